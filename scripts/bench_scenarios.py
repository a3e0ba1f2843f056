#!/usr/bin/env python3
"""Scenario benchmark: how often the engine's approach is one an expert accepts.

Sets: the shared dev set (if ../shared is beside the repo), our own set, and blind sets written
by someone who never saw the engine. Each blind set is read once before any tuning (that
first figure is the honest one, recorded in docs/scenario-benchmark.md); after that it is
"tuned on" and only guards against regressions. Prints accuracy by approach and lists the
misses.

Two columns: the rules alone, and the rules with the worked cases' vote
(assistant/advice/cases.py), which is what the advisor does; a set's own cases are left out
of its vote. Run: .venv/bin/python scripts/bench_scenarios.py [--rules] [SET_FILE ...]
(--rules: the rules alone; files: score those sets instead of the list below)
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
    "blind 27 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind27.jsonl",
    "blind 28 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind28.jsonl",
    "blind 29 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind29.jsonl",
    "blind 30 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind30.jsonl",
    "blind 31 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind31.jsonl",
    "blind 32 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind32.jsonl",
    "blind 33 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind33.jsonl",
    "blind 34 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind34.jsonl",
    "blind 35 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind35.jsonl",
    "blind 36 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind36.jsonl",
    "blind 37 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind37.jsonl",
    "blind 38 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind38.jsonl",
    "blind 39 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind39.jsonl",
    "blind 40 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind40.jsonl",
    "blind 41 (tuned on since)": ROOT / "tests" / "eval" / "scenarios_blind41.jsonl",
    "blind 42 (read once in session 11, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind42.jsonl",
    "blind 43 (read once in session 11, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind43.jsonl",
    "blind 44 (read once in session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind44.jsonl",
    "blind 45 (read once in session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind45.jsonl",
    "blind 46 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind46.jsonl",
    "blind 47 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind47.jsonl",
    "blind 48 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind48.jsonl",
    "blind 49 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind49.jsonl",
    "blind 50 (read once last in session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind50.jsonl",
    "blind 51 (read once last in session 12, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind51.jsonl",
    "blind 52 (read once first in session 13, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind52.jsonl",
    "blind 53 (read once first in session 13, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind53.jsonl",
    "blind 54 (held out in session 13, read once after its rounds, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind54.jsonl",
    "blind 55 (held out in session 13, read once after its rounds, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind55.jsonl",
    "blind 56 (read once last in session 13, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind56.jsonl",
    "blind 57 (read once last in session 13, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind57.jsonl",
    "blind 58 (read once first in session 14, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind58.jsonl",
    "blind 59 (read once first in session 14, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind59.jsonl",
    "blind 60 (held out through session 14's round, read once last, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind60.jsonl",
    "blind 61 (held out through session 14's round, read once last, not tuned on)": ROOT / "tests" / "eval" / "scenarios_blind61.jsonl",
}


def case_voter():
    """Votes of the worked cases for a batch of texts, leaving one set's own cases out.

    The library holds every labelled set (scripts/build_cases.py), so a set scored with its
    own cases in it would be looking up its answers: ``exclude`` is the set being scored, and
    the word model is fitted again without it (a second or two per set).
    """
    from assistant.advice.cases import CaseLibrary

    library = CaseLibrary.load()

    def votes(texts: list[str], exclude: str):
        return [library.vote(t, frozenset({exclude})) for t in texts]
    return votes


def run(path: Path, votes=None):
    """(total, accepted by the rules, accepted by rules + cases, misses) for one set."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    cast = votes([r["question"] for r in rows], path.stem) if votes else [None] * len(rows)
    total, ok_rules, ok, misses = Counter(), Counter(), Counter(), []
    for row, vote in zip(rows, cast):
        profile = Profile()
        for a in read(row["question"]).answers:
            profile.set(a)
        alone = decide(profile).approach
        profile.cases = vote
        got = decide(profile).approach
        label = row["accept"][0]
        total[label] += 1
        ok_rules[label] += alone in row["accept"]
        if got in row["accept"]:
            ok[label] += 1
        else:
            misses.append((row["id"], row["accept"], got, alone, row["question"]))
    return total, ok_rules, ok, misses


def main() -> None:
    rules_only = "--rules" in sys.argv[1:]
    votes = None if rules_only else case_voter()
    head = "| set | n | rules alone |" + ("" if rules_only else " rules + cases |")
    lines = [head + " prompt_engineering | fine_tuning | hybrid | rag |", "| --- " * (head.count("|") + 3) + "|"]
    all_misses = {}
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    chosen = {p.stem: p for p in files} if files else SETS
    for name, path in chosen.items():
        if not path.exists():
            continue
        total, ok_rules, ok, misses = run(path, votes)
        n = sum(total.values())
        cells = [f"{ok[a]}/{total[a]}" for a in ("prompt_engineering", "fine_tuning", "hybrid", "rag")]
        both = "" if rules_only else f" {sum(ok.values()) / n:.1%} |"
        lines.append(f"| {name} | {n} | {sum(ok_rules.values()) / n:.1%} |{both} " + " | ".join(cells) + " |")
        all_misses[name] = misses
    print("\n".join(lines))
    for name, misses in all_misses.items():
        print(f"\nmisses in {name}: {len(misses)}")
        for qid, accept, got, alone, text in misses:
            rules = "" if rules_only or alone == got else f" (rules alone: {alone})"
            print(f"  {qid}: expected {'/'.join(accept)}, got {got}{rules}: {text[:90]}")


if __name__ == "__main__":
    main()
