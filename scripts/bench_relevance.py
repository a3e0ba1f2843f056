#!/usr/bin/env python3
"""Relevance benchmark: which questions `advisor ask` answers from the knowledge base, and which
it declines (gibberish, other languages, off-topic, text that instructs the bot).

Answerable: every question of the retrieval sets, the simulated users' side questions, and
the on-topic rows of the relevance sets; not answerable: the relevance sets' other rows. A
question counts as answered when the reply cites passages (a cited answer or a
recommendation), as declined when it cites none. Prints, per set and kind, how many were
handled as they should be, the closeness of each group (``retrieval.relevance``: nearest
passage's cosine + nearest question's) against the floor, and every mistake.

Run: .venv/bin/python scripts/bench_relevance.py [FILE.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.advice.advisor import Advisor  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.text import instructions  # noqa: E402

EVAL = ROOT / "tests" / "eval"
RELEVANCE_SETS = {
    "relevance dev (written before the floor was chosen)": EVAL / "relevance_questions.jsonl",
    "relevance blind 1 (written blind, read once after the floor was chosen; tuned on since)": EVAL / "relevance_blind1.jsonl",
    "relevance blind 2 (written blind, read once after the blind-1 round)": EVAL / "relevance_blind2.jsonl",
}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def on_topic_sets() -> dict[str, list[tuple[str, str]]]:
    """(kind, question) of the questions the knowledge base should answer, by set."""
    retrieval = [("retrieval", r["question"]) for p in sorted(EVAL.glob("retrieval_*.jsonl")) for r in _rows(p)]
    side = [("side question", q["side_question"]["text"]) for p in sorted(EVAL.glob("personas*.jsonl"))
            for q in ((r.get("quirks") or {}) for r in _rows(p)) if "side_question" in q]
    return {"retrieval questions (all sets)": retrieval, "side questions of the simulated users": side}


def judge(advisor: Advisor, question: str) -> tuple[bool, float | None]:
    """(answered with citations, closeness of what is left once instructions are set aside)."""
    result = advisor.ask(question)
    answered = bool(result.citations) if hasattr(result, "citations") else True
    rest = instructions(question)[1]
    closeness = advisor.retriever.relevance(rest).closeness if rest.strip() else None
    return answered, closeness


def main() -> None:
    advisor = Advisor(Settings(), llm=None)
    floor = advisor.settings.relevance_floor
    groups: dict[str, list[tuple[str, str, bool]]] = dict(
        (name, [(kind, q, True) for kind, q in rows]) for name, rows in on_topic_sets().items())
    paths = [Path(a).resolve() for a in sys.argv[1:]] or [p for p in RELEVANCE_SETS.values() if p.exists()]
    names = {p: n for n, p in RELEVANCE_SETS.items()}
    for path in paths:
        groups[names.get(path, path.stem)] = [(r["kind"], r["question"], r["answerable"]) for r in _rows(path)]
    print(f"Relevance benchmark (`.venv/bin/python scripts/bench_relevance.py`), floor {floor:.2f}\n")
    print("| set | kind | should | handled right | closeness min | median | max |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    mistakes = []
    totals = defaultdict(lambda: [0, 0])
    for name, rows in groups.items():
        by_kind: dict[tuple[str, bool], list] = defaultdict(list)
        for kind, question, should in rows:
            answered, closeness = judge(advisor, question)
            by_kind[(kind, should)].append((answered == should, closeness))
            totals[should][0] += answered == should
            totals[should][1] += 1
            if answered != should:
                mistakes.append((name, kind, "declined" if should else "answered", closeness, question))
        for (kind, should), results in sorted(by_kind.items()):
            right = sum(ok for ok, _ in results)
            near = sorted(c for _, c in results if c is not None)
            spread = (f"{near[0]:.2f} | {near[len(near) // 2]:.2f} | {near[-1]:.2f}" if near else "- | - | -")
            print(f"| {name} | {kind} | {'answer' if should else 'decline'} | {right}/{len(results)} | {spread} |")
    for should, (right, n) in sorted(totals.items(), reverse=True):
        print(f"\n{'answerable' if should else 'not answerable'}: {right}/{n} handled right ({right / n:.1%})", end="")
    print(f"\n\nmistakes: {len(mistakes)}")
    for name, kind, what, closeness, question in mistakes:
        near = "-" if closeness is None else f"{closeness:.2f}"
        print(f"  {what} ({name}, {kind}, closeness {near}): {question[:110]}")


if __name__ == "__main__":
    main()
