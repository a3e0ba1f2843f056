"""Worked cases: situations an expert has already judged, and what their words say about yours.

The rules read a message factor by factor, and a wording they have not met reads as
nothing. The worked cases fill that gap: a word model fitted on them (``words.py``, a
logistic regression over word and word-pair weights) gives each approach a share, and
those shares, times ``WEIGHT``, are one visible contribution next to the rules', with the
words it leaned on and the cases that share the most words with yours, so it can be
shown and questioned like any other.

The library (``cases.jsonl``) and its model (``cases_model.json``) are built by
``scripts/build_cases.py`` from the labelled situation and interview sets in tests/eval.
Benchmarks leave a set's own cases out when they score it (``exclude``): the model is then
fitted again without them.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from assistant.advice.approaches import APPROACHES, SHORT
from assistant.advice.words import MODEL_FILE, WordModel, fit

CASES_FILE = Path(__file__).with_name("cases.jsonl")
SHOWN = 3  # the cases shown beside the vote
#: The points the model's shares are multiplied by: chosen by scripts/calibrate_cases.py on the
#: first reads of 42 labelled sets, each scored by the engine that first read it plus a model
#: fitted without it: 78.1% alone, 95.1% with this weight (docs/scenario-benchmark.md, "Word
#: model"). A confident model outweighs the rules' usual margin (a median of 2 points between
#: the first two approaches); when its shares are close, the rules decide.
WEIGHT = 12.0
#: The vote's name among the engine's contributions (the prior is "", an interaction "+").
CASES = "cases"


#: When the cases lead: what each approach is chosen for, as a claim to retrieve a citation for
#: and as the sentence that follows the vote in the reason.
LEAN_CLAIMS = {
    "prompt_engineering": "prompt engineering is the fastest and cheapest start when a capable model can already do the task",
    "fine_tuning": "fine-tuning suits a stable, narrow task with many labelled examples where consistency matters",
    "hybrid": "start with prompts now and fine-tune the core task once data and requirements settle",
    "rag": "retrieval-augmented generation grounds answers in private or frequently changing documents",
}
LEAN_REASONS = {
    "prompt_engineering": "Situations like these are usually served by a well-built prompt on a capable model.",
    "fine_tuning": "Situations like these usually need a model trained on their own examples.",
    "hybrid": "Situations like these usually start on prompts and fine-tune the core task later.",
    "rag": "Situations like these usually need answers retrieved from their own documents.",
}


@dataclass(frozen=True)
class Case:
    set: str  # the labelled set it comes from (benchmarks leave a set's own cases out)
    id: str
    situation: str
    accept: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Neighbour:
    case: Case
    similarity: float  # cosine of the two TF-IDF vectors


def leader(shares: dict[str, float]) -> str:
    """The approach with the largest share (ties to the earlier in APPROACHES)."""
    return max(APPROACHES, key=lambda a: (shares.get(a, 0.0), -APPROACHES.index(a)))


@dataclass(frozen=True)
class CaseVote:
    shares: dict[str, float]  # approach -> the model's probability, summing to 1
    words: tuple[str, ...]  # the message's terms that leaned most to the leader
    neighbours: tuple[Neighbour, ...]
    cases: int  # how many worked cases the model was fitted on

    def deltas(self) -> dict[str, float]:
        return {a: round(WEIGHT * s, 3) for a, s in self.shares.items() if s >= 0.0005}

    def leader(self) -> str:
        return leader(self.shares)

    def reason(self) -> str:
        lead = self.leader()
        rest = sorted((a for a in APPROACHES if a != lead and self.shares.get(a, 0) >= 0.005),
                      key=lambda a: -self.shares[a])
        others = "; " + ", ".join(f"{SHORT[a]} {self.shares[a]:.0%}" for a in rest) if rest else ""
        words = (", most on " + ", ".join(f"'{w}'" for w in self.words)) if self.words else ""
        return (f"The words of {self.cases:,} worked cases lean to {SHORT[lead]} for yours "
                f"({self.shares[lead]:.0%}{others}){words}.")

    def to_json(self) -> dict:
        return {
            "weight": WEIGHT,
            "shares": {a: round(s, 3) for a, s in self.shares.items()},
            "words": list(self.words),
            "summary": self.reason(),
            "cases": [{"situation": n.case.situation, "accept": list(n.case.accept), "why": n.case.note,
                       "similarity": round(n.similarity, 3), "id": n.case.id, "set": n.case.set}
                      for n in self.neighbours],
        }


def _case(row: dict) -> Case:
    accept = tuple(a for a in row["accept"] if a in APPROACHES)
    if not accept or not str(row.get("situation", "")).strip():
        raise ValueError(f"case {row.get('id')!r} has no situation or no known approach")
    return Case(str(row["set"]), str(row["id"]), row["situation"], accept, row.get("note", ""))


@dataclass
class CaseLibrary:
    cases: list[Case]
    digest: str = ""
    model_file: Path | None = None  # the shipped model fitted on all of ``cases``
    _models: dict = field(default_factory=dict, repr=False)  # exclude -> (model, case vectors)

    @classmethod
    def load(cls, path: Path | None = None, model_file: Path | None = None) -> "CaseLibrary":
        data = (path or CASES_FILE).read_bytes()
        cases = [_case(json.loads(line)) for line in data.decode("utf-8").splitlines() if line.strip()]
        return cls(cases, hashlib.sha256(data).hexdigest(), model_file or MODEL_FILE)

    def model(self, exclude: frozenset[str] = frozenset()) -> tuple[WordModel, list[Case], list[dict[int, float]]]:
        """The word model for the cases not in ``exclude``, those cases, and their vectors."""
        key = frozenset(exclude & {c.set for c in self.cases})
        if key not in self._models:
            kept = [c for c in self.cases if c.set not in key]
            if not kept:
                raise ValueError("no worked cases are left to vote")
            model = None
            if not key and self.model_file is not None and self.model_file.is_file():
                model = WordModel.load(self.model_file)
                if model.cases_digest != self.digest:
                    model = None  # fitted on another library: fitted again below
            if model is None:
                model = fit([c.situation for c in kept], [c.accept for c in kept], self.digest if not key else "")
            self._models[key] = (model, kept, [model.weights(c.situation) for c in kept])
        return self._models[key]

    def vote(self, text: str, exclude: frozenset[str] = frozenset(), shown: int = SHOWN) -> CaseVote | None:
        """The model's vote on ``text``, with its words and the ``shown`` cases most like it;
        None when ``text`` has no word the cases know."""
        model, kept, vectors = self.model(exclude)
        query = model.weights(text)
        if not query:
            return None
        shares = model.shares(text, query)
        sims = [sum(v * query.get(i, 0.0) for i, v in vec.items()) if len(vec) < len(query)
                else sum(v * vec.get(i, 0.0) for i, v in query.items()) for vec in vectors]
        order = sorted(range(len(kept)), key=lambda i: -sims[i])[:shown]
        neighbours = tuple(Neighbour(kept[i], sims[i]) for i in order if sims[i] > 0 and math.isfinite(sims[i]))
        return CaseVote(shares, tuple(model.evidence(text, leader(shares), x=query)), neighbours, len(kept))
