#!/usr/bin/env python3
"""Conversation benchmark: simulated users answer the interview in their own words.

Each persona in tests/eval/personas*.jsonl has an opening line, an answer per factor written
in its own words, and maybe quirks: "not sure" for some factors, a "why do you ask?", a side
question, or a correction after N questions (or after the advice, if the interview ends first,
as a user would). The persona talks to the same Conversation that
``advisor chat --jsonl`` runs, reading its events as the JSON objects that mode prints. We
count the questions asked (distinct factors) and check the final approach against the ones an
expert accepts. Targets: >= 95% accepted, median <= 6 questions.

The worked cases' vote is on, as in the advisor, with the set's own users left out of the
library; --rules plays the rules alone, --only=TEXT the sets whose name contains TEXT.

Run: .venv/bin/python scripts/bench_conversations.py [--verbose] [--rules] [--only=TEXT]
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.advice.advisor import Advisor  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.dialogue.conversation import Conversation  # noqa: E402

SETS = {
    "personas (partly read while tuning)": ROOT / "tests" / "eval" / "personas.jsonl",
    "blind personas 1 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind.jsonl",
    "blind personas 2 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind2.jsonl",
    "blind personas 3 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind3.jsonl",
    "blind personas 4 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind4.jsonl",
    "blind personas 5 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind5.jsonl",
    "blind personas 6 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind6.jsonl",
    "blind personas 7 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind7.jsonl",
    "blind personas 8 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind8.jsonl",
    "blind personas 9 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind9.jsonl",
    "blind personas 10 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind10.jsonl",
    "blind personas 11 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind11.jsonl",
    "blind personas 12 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind12.jsonl",
    "blind personas 13 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind13.jsonl",
    "blind personas 14 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind14.jsonl",
    "blind personas 15 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind15.jsonl",
    "blind personas 16 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind16.jsonl",
    "blind personas 17 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind17.jsonl",
    "blind personas 18 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind18.jsonl",
    "blind personas 19 (read once, not tuned on)": ROOT / "tests" / "eval" / "personas_blind19.jsonl",
    "blind personas 20 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind20.jsonl",
    "blind personas 21 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind21.jsonl",
    "blind personas 22 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind22.jsonl",
    "blind personas 23 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind23.jsonl",
    "blind personas 24 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind24.jsonl",
    "blind personas 25 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind25.jsonl",
    "blind personas 26 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind26.jsonl",
    "blind personas 27 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind27.jsonl",
    "blind personas 28 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind28.jsonl",
    "blind personas 29 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind29.jsonl",
    "blind personas 30 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind30.jsonl",
    "blind personas 31 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind31.jsonl",
    "blind personas 32 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind32.jsonl",
    "blind personas 33 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind33.jsonl",
    "blind personas 34 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind34.jsonl",
    "blind personas 35 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind35.jsonl",
    "blind personas 36 (read once in session 11, not tuned on)": ROOT / "tests" / "eval" / "personas_blind36.jsonl",
    "blind personas 37 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind37.jsonl",
    "blind personas 38 (tuned on since)": ROOT / "tests" / "eval" / "personas_blind38.jsonl",
    "blind personas 39 (read once in session 12, tuned on since)": ROOT / "tests" / "eval" / "personas_blind39.jsonl",
    "blind personas 40 (read once in session 12, tuned on since)": ROOT / "tests" / "eval" / "personas_blind40.jsonl",
    "blind personas 41 (read once at the end of session 12, tuned on since)": ROOT / "tests" / "eval" / "personas_blind41.jsonl",
    "blind personas 42 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "personas_blind42.jsonl",
    "blind personas 43 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "personas_blind43.jsonl",
    "blind personas 44 (read once at the end of session 12, not tuned on)": ROOT / "tests" / "eval" / "personas_blind44.jsonl",
    "blind personas 45 (read once last in session 12, not tuned on)": ROOT / "tests" / "eval" / "personas_blind45.jsonl",
    "blind personas 46 (read once last in session 12, not tuned on)": ROOT / "tests" / "eval" / "personas_blind46.jsonl",
    "blind personas 47 (read once first in session 13, not tuned on)": ROOT / "tests" / "eval" / "personas_blind47.jsonl",
    "blind personas 48 (read once first in session 13, not tuned on)": ROOT / "tests" / "eval" / "personas_blind48.jsonl",
    "blind personas 49 (held out in session 13, read once after its rounds, not tuned on)": ROOT / "tests" / "eval" / "personas_blind49.jsonl",
    "blind personas 50 (held out in session 13, read once after its rounds, not tuned on)": ROOT / "tests" / "eval" / "personas_blind50.jsonl",
    "blind personas 51 (read once last in session 13, not tuned on)": ROOT / "tests" / "eval" / "personas_blind51.jsonl",
    "blind personas 52 (read once last in session 13, not tuned on)": ROOT / "tests" / "eval" / "personas_blind52.jsonl",
    "blind personas 53 (read once first in session 14, not tuned on)": ROOT / "tests" / "eval" / "personas_blind53.jsonl",
    "blind personas 54 (read once first in session 14, not tuned on)": ROOT / "tests" / "eval" / "personas_blind54.jsonl",
    "blind personas 55 (held out through session 14's round, read once last, not tuned on)": ROOT / "tests" / "eval" / "personas_blind55.jsonl",
    "blind personas 56 (held out through session 14's round, read once last, not tuned on)": ROOT / "tests" / "eval" / "personas_blind56.jsonl",
}
MAX_TURNS = 40


def simulate(persona: dict, conversation: Conversation) -> dict:
    """Play one persona to the recommendation; return what happened."""
    quirks = persona.get("quirks") or {}
    unsure = set(quirks.get("unsure") or ())
    pending = {k: v for k, v in quirks.items() if k in ("why", "side_question", "correction")}
    conversation.reset()
    events = [e.to_json() for e in conversation.start()]
    events += [e.to_json() for e in conversation.reply(persona["opening"])]
    asked: list[str] = []
    side_asked = side_answered = False
    for _ in range(MAX_TURNS):
        last = events[-1]
        if last["event"] == "recommendation" and "correction" in pending:
            # a user whose facts were wrong says so after the advice too, and gets it updated
            events = [e.to_json() for e in conversation.reply(pending.pop("correction")["text"])]
            continue
        if last["event"] == "recommendation":
            return {"approach": last["approach"], "questions": asked, "side_asked": side_asked, "side_answered": side_answered,
                    "ok": last["approach"] in persona["accept"]}
        if last["event"] == "note" and conversation.finished and not pending.get("correction"):
            # a correction after the advice that changed nothing: the advice stands (the note says so)
            approach = conversation.recommendation.approach
            return {"approach": approach, "questions": asked, "side_asked": side_asked, "side_answered": side_answered,
                    "ok": approach in persona["accept"], "unread_correction": True}
        if last["event"] != "question":
            return {"approach": None, "questions": asked, "ok": False, "stuck": last}
        factor = last["factor"]
        if factor not in asked:
            asked.append(factor)
        due = next((k for k, v in pending.items() if len(asked) > v["after"]), None)
        if due:
            quirk = pending.pop(due)
            line = "why do you ask?" if due == "why" else quirk["text"]
            events = [e.to_json() for e in conversation.reply(line)]
            if due == "side_question":
                side_asked = True
                side_answered = any(e["event"] == "answer" and e["citations"] for e in events)
            continue
        if factor in unsure:
            line = "not sure"
        else:
            line = persona["answers"].get(factor, "not sure")
        events = [e.to_json() for e in conversation.reply(line)]
    return {"approach": None, "questions": asked, "ok": False, "stuck": "too many turns"}


def run(name: str, path: Path, conversation: Conversation, verbose: bool) -> None:
    """Play every persona of one set and print its table and misses."""
    personas = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    conversation.advisor.case_exclude = frozenset({path.stem})  # the set's own users are not worked cases for it
    print(f"\n## {name}: {len(personas)} simulated users\n")
    total, ok, counts, misses = Counter(), Counter(), [], []
    side_total = side_ok = 0
    unread = []  # corrections after the advice that the advisor read nothing in
    for persona in personas:
        result = simulate(persona, conversation)
        label = persona["accept"][0]
        total[label] += 1
        ok[label] += result["ok"]
        counts.append(len(result["questions"]))
        if result.get("side_asked"):  # the interview may end before a late side question is due
            side_total += 1
            side_ok += bool(result.get("side_answered"))
        if result.get("unread_correction"):
            unread.append(persona["id"])
        if not result["ok"]:
            misses.append((persona["id"], persona["accept"], result))
        if verbose:
            print(persona["id"], result["approach"], len(result["questions"]), result["questions"])
    n = len(personas)
    approaches = ("prompt_engineering", "fine_tuning", "hybrid", "rag")
    print("| accepted | " + " | ".join(approaches) + " | questions: median | mean | max | side questions answered with citations |")
    print("| --- | " + " | ".join("---" for _ in approaches) + " | --- | --- | --- | --- |")
    print(f"| {sum(ok.values()) / n:.1%} | " + " | ".join(f"{ok[a]}/{total[a]}" for a in approaches)
          + f" | {statistics.median(counts):g} | {statistics.mean(counts):.1f} | {max(counts)} | {side_ok}/{side_total} |")
    if unread:
        print(f"\ncorrections after the advice that changed nothing (the advice stood): {', '.join(unread)}")
    print(f"\nmisses: {len(misses)}")
    for pid, accept, result in misses:
        print(f"  {pid}: expected {'/'.join(accept)}, got {result['approach']} after {result['questions']}"
              + (f" (stuck: {result['stuck']})" if "stuck" in result else "")
              + (" (its correction after the advice was not read)" if result.get("unread_correction") else ""))


def main() -> None:
    verbose = "--verbose" in sys.argv
    rules_only = "--rules" in sys.argv
    only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")), "")
    conversation = Conversation(Advisor(Settings(cases=not rules_only)))
    print("Conversation benchmark (`.venv/bin/python scripts/bench_conversations.py"
          + (" --rules`: the rules alone)" if rules_only else "`: rules and worked cases)"))
    for name, path in SETS.items():
        if path.exists() and only in name:
            run(name, path, conversation, verbose)


if __name__ == "__main__":
    main()
