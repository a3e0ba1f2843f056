#!/usr/bin/env python3
"""Experiment (not shipped): reading by meaning, a fallback for factors the patterns leave unset.

Each factor value has a few short prototype sentences, written generically. A message's
sentences (and clauses) are embedded with the retrieval query encoder and compared with the
prototypes; a value is taken only when one sentence is close to it (``THRESHOLD``) and
clearly closer than to any other value of that factor or to the contrast sentences
(``MARGIN``). What is found is marked inferred, with the sentence it came from, so the
profile shows it and a stated answer always overrides it.

The encoder is the ONNX export the index already made; it is loaded on first use and only
if that export exists. Without it (no index yet, the scenario benchmark, the unit tests)
this reader is simply absent and the patterns decide alone.

Measured on every scenario set (see docs/scenario-benchmark.md): on the current extractor
it changes no decision on any set; on the extractor before the engine-5 round it fixed 2 of
the 7 misses of engine 5 and none of the 12 of blind 4 (its contrast sentences were added
after seeing its false hits, so even that is optimistic). A warm call costs about 60 ms
(p90 ~100 ms) against ~3 ms for the patterns. So it is not wired into the engine; this
script keeps it measurable: .venv/bin/python scripts/experiment_meaning_fallback.py [THRESHOLD MARGIN] [-v]
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import json
import sys

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.advice.profile import INFERRED, Answer  # noqa: E402

THRESHOLD = 0.50
MARGIN = 0.08
METHOD = "meaning"

#: (factor, value) -> prototypes. "~" values are contrasts: close to a factor's wording, but
#: not any of its values (a requirements change is not a knowledge change).
PROTOTYPES: dict[tuple[str, str], tuple[str, ...]] = {
    ("freshness", "changing"): (
        "the information the answers depend on is updated every week",
        "the facts change all the time, so answers must use the latest version",
        "new documents are published regularly and answers must reflect them",
        "prices, schedules and availability change daily",
        "it has to know what happened today, not what it was trained on",
        "the source data is refreshed constantly",
    ),
    ("freshness", "proprietary"): (
        "answers must come from our internal documents",
        "the knowledge lives in our private files, manuals and wiki",
        "it needs to know facts about our company that are not public",
        "answer questions using our own document collection",
    ),
    ("freshness", "cite"): (
        "every answer must cite the source document it came from",
        "answers need references to the exact passage",
        "users must be able to verify each answer against the source",
    ),
    ("freshness", "~"): (
        "the requirements and the instructions change often",
        "the output format keeps changing",
        "we want a particular tone of voice",
        "we write a weekly newsletter",
        "do we need to train a model",
    ),
    ("baseline", "tuned"): (
        "we already have a fine-tuned model in production",
        "our custom-trained model already does this task well",
        "we trained our own model on our examples and it works",
        "the model we tuned last year handles the core task",
    ),
    ("baseline", "~"): (
        "we have not tried anything yet",
        "should we fine-tune a model",
        "later we would want a tuned model",
        "we have a lot of labelled examples",
        "we have budget and machine learning engineers",
        "prompting is not good enough",
    ),
    ("style", "voice"): (
        "the writing must sound like our brand",
        "replies must keep our house tone and voice",
        "each character must keep their own way of speaking",
        "the output should match the style of our past writing",
    ),
    ("style", "format"): (
        "the output must follow a strict fixed structure",
        "results must be returned in our exact template",
    ),
    ("style", "~"): (
        "the content must be accurate",
        "answers must use up-to-date facts",
    ),
}

FACTORS = sorted({f for f, _ in PROTOTYPES})
_SPLIT = re.compile(r"(?<=[.!?;])\s+|\s+(?:but|and also|while|whereas|although)\s+|\s+[—–-]{1,2}\s+", re.I)


def sentences(text: str) -> list[str]:
    """Sentences and clauses worth comparing (at least four words)."""
    parts = [p.strip(" ,.;:!?()'\"") for p in _SPLIT.split(text[:4000])]
    return [p for p in parts if len(p.split()) >= 4][:24]


class MeaningReader:
    """Compares a message with the prototypes; ``encode`` maps texts to unit vectors."""

    def __init__(self, encode, threshold: float = THRESHOLD, margin: float = MARGIN):
        self.encode = encode
        self.threshold, self.margin = threshold, margin
        self._protos = None
        self._lock = threading.Lock()

    def _prototypes(self):
        with self._lock:
            if self._protos is None:
                keys = [(f, v) for (f, v), texts in PROTOTYPES.items() for _ in texts]
                vectors = self.encode([t for texts in PROTOTYPES.values() for t in texts])
                self._protos = (keys, vectors)
        return self._protos

    def infer(self, text: str, known: set[str] | frozenset[str] = frozenset()) -> list[Answer]:
        """Inferred answers for prototype factors not in ``known``."""
        wanted = [f for f in FACTORS if f not in known]
        parts = sentences(text)
        if not wanted or not parts:
            return []
        keys, protos = self._prototypes()
        sims = self.encode(parts) @ protos.T  # (sentences, prototypes)
        out = []
        for factor in wanted:
            best: dict[str, tuple[float, int]] = {}
            for j, (f, value) in enumerate(keys):
                if f != factor:
                    continue
                i = int(sims[:, j].argmax())
                if value not in best or sims[i, j] > best[value][0]:
                    best[value] = (float(sims[i, j]), i)
            ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
            (value, (score, i)), rest = ranked[0], ranked[1:]
            if value == "~" or score < self.threshold:
                continue
            if rest and score - rest[0][1][0] < self.margin:
                continue
            out.append(Answer(factor, value, INFERRED, f"{parts[i]} (by {METHOD})"))
        return out


_READERS: dict[Path, MeaningReader] = {}
_GUARD = threading.Lock()


def reader_for(export: Path | None) -> MeaningReader | None:
    """A reader on the ONNX export at ``export`` (shared, loaded on first use), or None."""
    if export is None or not Path(export).is_dir():
        return None
    with _GUARD:
        if export not in _READERS:
            from assistant.index.onnx_model import OnnxEncoder

            encoder = OnnxEncoder(Path(export))
            _READERS[export] = MeaningReader(encoder.encode)
        return _READERS[export]


def main() -> None:
    from assistant.advice.engine import decide
    from assistant.advice.extract import read
    from assistant.advice.profile import Profile
    from assistant.config import Settings

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_scenarios import SETS

    exports = sorted((Settings().index_dir / "models").glob("onnx-v*"))
    reader = reader_for(exports[0] if exports else None)
    if reader is None:
        sys.exit("no ONNX export under the index folder: run 'advisor index' first")
    args = [a for a in sys.argv[1:] if a != "-v"]
    if args:
        reader.threshold, reader.margin = float(args[0]), float(args[1])
    for name, path in SETS.items():
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        before = after = fired = 0
        for row in rows:
            profile, answers = Profile(), read(row["question"]).answers
            for a in answers:
                profile.set(a)
            d0 = decide(profile).approach
            extra = reader.infer(row["question"], {a.factor for a in answers})
            for a in extra:
                profile.set(a)
            d1 = decide(profile).approach
            before, after, fired = before + (d0 in row["accept"]), after + (d1 in row["accept"]), fired + len(extra)
            if "-v" in sys.argv and extra:
                print(f"  {row['id']}: {[(a.factor, a.value, a.evidence[:60]) for a in extra]} {d0} -> {d1}")
        print(f"{name}: without {before / len(rows):.1%}, with {after / len(rows):.1%} ({fired} values inferred)")


if __name__ == "__main__":
    main()
