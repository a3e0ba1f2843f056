#!/usr/bin/env python3
"""Same as `advisor ask`: run it from a checkout with .venv/bin/python scripts/ask.py ..."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.cli.app import main  # noqa: E402

if __name__ == "__main__":
    sys.argv[1:1] = ["ask"]
    main()
