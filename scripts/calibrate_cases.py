#!/usr/bin/env python3
"""How much should the worked cases' vote weigh? Measured on first reads, not on tuned sets.

Every blind situation set was committed unread, before any rule was tuned on it. The engine
at that commit is the engine that first read it, so its scores are honest for that set. For
each set this script checks out that commit (a git worktree in a temp folder), scores the
set there, then adds the worked cases' vote (today's library, its word model fitted without
the set's own cases) for a grid of weights, and prints the mean accuracy over the sets: the
first read with the vote, next to today's engine on the same sets (where the rules are
tuned, so the vote can mostly only cost).

Run: .venv/bin/python scripts/calibrate_cases.py [--skip=SET,...]   (about two minutes; needs
git and scikit-learn; --skip leaves out sets not to be read yet, by file stem). The chosen value
is ``WEIGHT`` in assistant/advice/cases.py; ``C`` in assistant/advice/words.py was chosen the same way.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.advice.approaches import APPROACHES  # noqa: E402

WEIGHTS = (0, 3, 5, 7, 9, 12, 16, 1000)
#: Run inside a worktree: scores of one set by the engine of that commit.
_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from assistant.advice.engine import decide
from assistant.advice.extract import read
from assistant.advice.profile import Profile
out = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        p = Profile()
        found = read(row["question"])
        for a in getattr(found, "answers", found):
            p.set(a)
        out[row["id"]] = decide(p).scores
print(json.dumps(out))
"""


def first_commit(path: Path) -> str:
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%h", "--", str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    return out[-1] if out else ""


def first_reads(sets: list[Path], tmp: Path) -> dict[str, dict]:
    scores: dict[str, dict] = {}
    trees: dict[str, Path] = {}
    for path in sets:
        commit = first_commit(path)
        if not commit:
            continue
        if commit not in trees:
            trees[commit] = tmp / commit
            subprocess.run(["git", "worktree", "add", "-q", "--detach", str(trees[commit]), commit], cwd=ROOT, check=True)
        done = subprocess.run([sys.executable, "-c", _DUMP, str(trees[commit]), str(path)],
                              capture_output=True, text=True, check=True)
        scores[path.stem] = json.loads(done.stdout)
    for tree in trees.values():
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    return scores


def main() -> int:
    import numpy as np

    from assistant.advice.cases import CaseLibrary
    from assistant.advice.engine import decide
    from assistant.advice.extract import read
    from assistant.advice.profile import Profile

    skip = {s for a in sys.argv[1:] if a.startswith("--skip=") for s in a[7:].split(",")}
    sets = [p for p in sorted((ROOT / "tests" / "eval").glob("scenarios_*.jsonl"))
            if p.stem != "scenarios_own" and p.stem not in skip]
    with tempfile.TemporaryDirectory() as tmp:
        old = first_reads(sets, Path(tmp))
    library = CaseLibrary.load()
    rows = {p.stem: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()] for p in sets}
    print(f"{len(old)} sets with a first read, {sum(len(rows[s]) for s in old):,} situations\n")
    today, shares = {}, {}
    for s in old:
        for row in rows[s]:
            profile = Profile()
            for a in read(row["question"]).answers:
                profile.set(a)
            today[s, row["id"]] = np.array([decide(profile).scores[a] for a in APPROACHES])
            vote = library.vote(row["question"], frozenset({s}))
            shares[s, row["id"]] = np.array([vote.shares[a] if vote else 0.0 for a in APPROACHES])
    print("| weight | first read + cases | sets at 95%+ | today's engine + cases |")
    print("| --- | --- | --- | --- |")
    for weight in WEIGHTS:
        firsts, todays = [], []
        for s in old:
            ok_first = ok_today = 0
            for row in rows[s]:
                first = np.array([old[s][row["id"]][a] for a in APPROACHES]) + weight * shares[s, row["id"]]
                now = today[s, row["id"]] + weight * shares[s, row["id"]]
                ok_first += APPROACHES[int(np.argmax(first))] in row["accept"]
                ok_today += APPROACHES[int(np.argmax(now))] in row["accept"]
            firsts.append(ok_first / len(rows[s]))
            todays.append(ok_today / len(rows[s]))
        label = "the vote alone" if weight >= 1000 else weight
        print(f"| {label} | {np.mean(firsts):.1%} | {sum(f >= 0.95 for f in firsts)}/{len(firsts)} | {np.mean(todays):.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
