#!/usr/bin/env python3
"""Scenario benchmark: how often the engine's approach is one an expert accepts.

Sets: the shared dev set (if ../shared is beside the repo), our own set, and blind sets written
by someone who never saw the engine. Each blind set is read once before any tuning (that
first figure is the honest one, recorded in docs/scenario-benchmark.md); after that it is
"tuned on" and only guards against regressions. Prints accuracy by approach and lists the
misses. Run: .venv/bin/python scripts/bench_scenarios.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.advice.engine import decide  # noqa: E402
from assistant.advice.extract import read  # noqa: E402
from assistant.advice.profile import Profile  # noqa: E402

SETS = {
    "dev (shared)": ROOT.parent / "shared" / "eval" / "scenarios_dev.jsonl",
    "own (tuned on)": ROOT / "tests" / "eval" / "scenarios_own.jsonl",
    "holdout (blind 1, tuned on since)": ROOT / "tests" / "eval" / "scenarios_holdout.jsonl",
    "blind 2 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind2.jsonl",
    "blind 3 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind3.jsonl",
    "blind 4 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind4.jsonl",
    "blind 5 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind5.jsonl",
    "engine 5 (own, written before tuning)": ROOT / "tests" / "eval" / "scenarios_engine5.jsonl",
    "blind 6 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind6.jsonl",
    "blind 7 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind7.jsonl",
    "blind 8 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind8.jsonl",
    "blind 9 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind9.jsonl",
    "blind 10 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind10.jsonl",
    "blind 11 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind11.jsonl",
    "blind 12 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind12.jsonl",
    "blind 13 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind13.jsonl",
    "blind 14 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind14.jsonl",
    "blind 15 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind15.jsonl",
    "blind 16 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind16.jsonl",
    "blind 17 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind17.jsonl",
    "blind 18 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind18.jsonl",
    "blind 19 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind19.jsonl",
    "blind 20 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind20.jsonl",
    "blind 21 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind21.jsonl",
    "blind 22 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind22.jsonl",
    "blind 23 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind23.jsonl",
    "blind 24 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind24.jsonl",
    "blind 25 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind25.jsonl",
    "blind 26 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind26.jsonl",
    "blind 27 (held out)": ROOT / "tests" / "eval" / "scenarios_blind27.jsonl",
}


def run(path: Path):
    total, ok, misses = Counter(), Counter(), []
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        profile = Profile()
        for a in read(row["question"]).answers:
            profile.set(a)
        got = decide(profile).approach
        label = row["accept"][0]
        total[label] += 1
        if got in row["accept"]:
            ok[label] += 1
        else:
            misses.append((row["id"], row["accept"], got, row["question"]))
    return total, ok, misses


def main() -> None:
    lines = ["| set | n | accepted | prompt_engineering | fine_tuning | hybrid | rag |", "| --- | --- | --- | --- | --- | --- | --- |"]
    all_misses = {}
    for name, path in SETS.items():
        if not path.exists():
            continue
        total, ok, misses = run(path)
        n = sum(total.values())
        cells = [f"{ok[a]}/{total[a]}" for a in ("prompt_engineering", "fine_tuning", "hybrid", "rag")]
        lines.append(f"| {name} | {n} | {sum(ok.values()) / n:.1%} | " + " | ".join(cells) + " |")
        all_misses[name] = misses
    print("\n".join(lines))
    for name, misses in all_misses.items():
        print(f"\nmisses in {name}: {len(misses)}")
        for qid, accept, got, text in misses:
            print(f"  {qid}: expected {'/'.join(accept)}, got {got}: {text[:90]}")


if __name__ == "__main__":
    main()
