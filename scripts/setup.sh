#!/usr/bin/env bash
# Installs Approach Advisor into .venv/ (CPU torch pinned by constraints.txt). Safe to re-run:
# it only reinstalls when pyproject.toml or constraints.txt changed.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python3 -m venv .venv 2>/dev/null || python3 -m venv .venv
stamp=".venv/.installed${extra:+-$extra}"
want="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
# Byte-compile the package (an editable install does not, and PYTHONDONTWRITEBYTECODE stops
# Python from caching it later): start-up then reads .pyc files instead of compiling ~80 modules.
compile() { .venv/bin/python -m compileall -q assistant >/dev/null || true; }
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then compile; exit 0; fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".${extra:+[$extra]}"
echo "$want" > "$stamp"
compile
