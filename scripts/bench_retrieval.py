#!/usr/bin/env python3
"""Retrieval benchmark: hit@1, hit@3 and MRR of each method on tests/eval/retrieval_questions.jsonl.

A hit is a retrieved passage from one of the sections listed as answering the question.
Prints a Markdown table and writes it into docs/retrieval-benchmark.md (between its table markers).
Run: .venv/bin/python scripts/bench_retrieval.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.retrieval import METHODS, Retriever  # noqa: E402
from assistant.retrieval.retriever import DEFAULT_METHOD  # noqa: E402

SETS = {
    "own (118, seen while tuning)": ROOT / "tests" / "eval" / "retrieval_questions.jsonl",
    "blind 2 (written blind, used for cross-validation since)": ROOT / "tests" / "eval" / "retrieval_blind2.jsonl",
    "blind 3 (written blind)": ROOT / "tests" / "eval" / "retrieval_blind3.jsonl",
}
K = 10


def evaluate(retriever: Retriever, questions: list[dict], method: str) -> dict:
    hit1 = hit3 = rr = 0.0
    misses = []
    started = time.perf_counter()
    for q in questions:
        relevant = {(r["path"], r["section"]) for r in q["relevant"]}
        ranked = [(p.path, p.section) for p in retriever.search(q["question"], K, method)]
        rank = next((i for i, key in enumerate(ranked) if key in relevant), None)
        if rank is not None:
            hit1 += rank == 0
            hit3 += rank < 3
            rr += 1 / (rank + 1)
        if rank is None or rank >= 3:
            misses.append((q["id"], q["question"], ranked[:1]))
    n = len(questions)
    return {"hit@1": hit1 / n, "hit@3": hit3 / n, "mrr": rr / n,
            "ms": (time.perf_counter() - started) * 1000 / n, "misses": misses}


def main() -> None:
    retriever = Retriever(Settings()).open()
    retriever.warm_up()
    lines = [
        f"Retrieval benchmark over {len(retriever.rows)} passages (`.venv/bin/python scripts/bench_retrieval.py`)",
        "",
        "| questions | method | hit@1 | hit@3 | MRR@10 | ms/query |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    results = {}
    for name, path in SETS.items():
        questions = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
        for m in METHODS:
            r = results[name, m] = evaluate(retriever, questions, m)
            label = f"{m} (default)" if m == DEFAULT_METHOD else m
            lines.append(f"| {name} | {label} | {r['hit@1']:.3f} | {r['hit@3']:.3f} | {r['mrr']:.3f} | {r['ms']:.1f} |")
    table = "\n".join(lines)
    print(table)
    for (name, m), r in results.items():
        print(f"\n{name}, {m}: {len(r['misses'])} questions without a relevant passage in the top 3")
        for qid, text, top in r["misses"]:
            print(f"  {qid}: {text[:70]!r} -> {top}")
    out = ROOT / "docs" / "retrieval-benchmark.md"
    doc = out.read_text(encoding="utf-8")
    start, end = doc.index("<!-- table"), doc.index("<!-- end table -->")
    body = "\n".join(table.splitlines()[2:])  # the table itself, under the doc's own heading
    start = doc.index("\n", start) + 1
    out.write_text(doc[:start] + body + "\n" + doc[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
