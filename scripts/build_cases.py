#!/usr/bin/env python3
"""Build the worked-case library (assistant/advice/cases.jsonl) and its word model from the labelled sets.

Every situation in tests/eval/scenarios_*.jsonl (and ../shared/eval/scenarios_dev.jsonl
when it is beside the repository) becomes a case as written; every simulated user in
tests/eval/personas*.jsonl becomes one whose situation is its opening and answers, in
order. Each case keeps the name of the set it came from, so that a benchmark can leave
a set's own cases out when it scores that set. The word model (cases_model.json, see
assistant/advice/words.py) is then fitted on the whole library.

Run after adding or changing a set: .venv/bin/python scripts/build_cases.py
(tests/test_cases.py fails while the library and the sets disagree).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.advice.cases import CASES_FILE, CaseLibrary  # noqa: E402
from assistant.advice.words import MODEL_FILE, fit  # noqa: E402


def set_files(root: Path = ROOT) -> list[Path]:
    files = sorted((root / "tests" / "eval").glob("scenarios_*.jsonl")) + sorted((root / "tests" / "eval").glob("personas*.jsonl"))
    dev = root.parent / "shared" / "eval" / "scenarios_dev.jsonl"
    return ([dev] if dev.is_file() else []) + files


def cases_of(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "question" in row:
            situation = row["question"]
        else:
            situation = " ".join([row["opening"], *row["answers"].values()])
        out.append({"set": path.stem, "id": row["id"], "situation": situation,
                    "accept": row["accept"], "note": row.get("note", "")})
    return out


def build(root: Path = ROOT) -> list[dict]:
    return [case for path in set_files(root) for case in cases_of(path)]


def main() -> int:
    cases = build()
    CASES_FILE.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    sets = sorted({c["set"] for c in cases})
    print(f"{len(cases):,} cases from {len(sets)} sets -> {CASES_FILE.relative_to(ROOT)}")
    library = CaseLibrary.load()
    model = fit([c.situation for c in library.cases], [c.accept for c in library.cases], library.digest)
    model.save()
    print(f"word model: {len(model.vocabulary):,} terms -> {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
