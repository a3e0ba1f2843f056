"""Worked cases: situations an expert has already judged, and a vote of the ones most like yours.

The rules read a message factor by factor, and a wording they have not met reads as
nothing. A message's meaning still sits near the situations it resembles, so the engine
also hears from its nearest worked cases: the ten most similar situations (cosine of
their embeddings, weighted by its square) share ``WEIGHT`` points among the approaches
their experts accepted. The vote is one visible contribution next to the rules', with
the cases it came from, so it can be shown and questioned like any other.

The library (``cases.jsonl``) is built by ``scripts/build_cases.py`` from the labelled
situation and interview sets in tests/eval. Its vectors are embedded once per model and
kept beside the ONNX export (``advisor index`` makes them; the first vote does if needed).
Benchmarks leave a set's own cases out when they score it (``exclude``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.advice.approaches import APPROACHES, SHORT

CASES_FILE = Path(__file__).with_name("cases.jsonl")
K = 10
#: The points the nearest cases share: chosen on the first reads of 28 blind sets, where
#: the rules alone were right 78% of the time and rules plus this vote 86% (see
#: docs/scenario-benchmark.md, "Worked cases"); a clear rules case outweighs it.
WEIGHT = 5.0
VECTORS_FORMAT = 1
BATCH = 128  # cases embedded per step, so that progress can be shown
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
    similarity: float


@dataclass(frozen=True)
class CaseVote:
    neighbours: tuple[Neighbour, ...]
    shares: dict[str, float]  # approach -> share of the vote, summing to 1

    def deltas(self) -> dict[str, float]:
        return {a: round(WEIGHT * s, 3) for a, s in self.shares.items() if s > 0}

    def leader(self) -> str:
        return max(APPROACHES, key=lambda a: (self.shares.get(a, 0.0), -APPROACHES.index(a)))

    def reason(self) -> str:
        lead = self.leader()
        rest = sorted((a for a in APPROACHES if a != lead and self.shares.get(a, 0) >= 0.005),
                      key=lambda a: -self.shares[a])
        others = "; " + ", ".join(f"{SHORT[a]} {self.shares[a]:.0%}" for a in rest) if rest else ""
        return (f"The {len(self.neighbours)} worked cases most like yours lean to {SHORT[lead]} "
                f"({self.shares[lead]:.0%} of their similarity-weighted vote{others}).")

    def to_json(self, shown: int = 3) -> dict:
        return {
            "weight": WEIGHT,
            "shares": {a: round(s, 3) for a, s in self.shares.items()},
            "summary": self.reason(),
            "cases": [{"situation": n.case.situation, "accept": list(n.case.accept), "why": n.case.note,
                       "similarity": round(n.similarity, 3), "id": n.case.id, "set": n.case.set}
                      for n in self.neighbours[:shown]],
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
    _vectors: object = field(default=None, repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> "CaseLibrary":
        data = (path or CASES_FILE).read_bytes()
        cases = [_case(json.loads(line)) for line in data.decode("utf-8").splitlines() if line.strip()]
        return cls(cases, hashlib.sha256(data).hexdigest())

    def vectors_path(self, cache: Path, model_key: str) -> Path:
        key = hashlib.sha256(f"{VECTORS_FORMAT}\0{model_key}\0{self.digest}".encode()).hexdigest()[:20]
        return cache / f"cases-{key}.npy"

    def vectors(self, embed: Callable[[list[str]], list[list[float]]], cache: Path | None, model_key: str,
                log: Callable[[str], None] = lambda m: None, progress: Callable[[int, int], None] | None = None):
        """The cases' unit vectors: read from ``cache`` if embedded before, else embedded now and saved."""
        import numpy as np

        if self._vectors is not None:
            return self._vectors
        path = self.vectors_path(cache, model_key) if cache else None
        if path is not None and path.is_file():
            try:
                found = np.load(path)
                if found.shape[0] == len(self.cases):
                    self._vectors = found
                    return found
            except (OSError, ValueError):
                pass  # a damaged cache is embedded again
        log(f"embedding {len(self.cases):,} worked cases (once for this model)")
        texts = [c.situation for c in self.cases]
        parts = []
        for start in range(0, len(texts), BATCH):
            parts.append(np.asarray(embed(texts[start:start + BATCH]), dtype=np.float32))
            if progress:
                progress(min(start + BATCH, len(texts)), len(texts))
        vectors = np.vstack(parts) if parts else np.zeros((0, 0), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1, norms)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.name}.{os.getpid()}.npy")
                np.save(tmp, vectors)
                os.replace(tmp, path)
            except OSError:
                pass  # a read-only cache: embedded again next time, never wrong
        self._vectors = vectors
        return vectors

    def vote(self, vector, vectors, exclude: frozenset[str] = frozenset(), k: int = K) -> CaseVote | None:
        """The ``k`` nearest cases to ``vector`` (not from the ``exclude`` sets) and their vote."""
        import numpy as np

        query = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(query))
        if norm == 0 or not self.cases:
            return None
        sims = vectors @ (query / norm)
        if exclude:
            sims = np.where(np.array([c.set in exclude for c in self.cases]), -np.inf, sims)
        order = [int(i) for i in np.argsort(-sims)[:k] if np.isfinite(sims[i])]
        if not order:
            return None
        neighbours = tuple(Neighbour(self.cases[i], float(sims[i])) for i in order)
        totals = {a: 0.0 for a in APPROACHES}
        for n in neighbours:
            weight = max(n.similarity, 0.0) ** 2
            for a in n.case.accept:
                totals[a] += weight / len(n.case.accept)
        whole = sum(totals.values())
        if whole <= 0:
            return None
        return CaseVote(neighbours, {a: v / whole for a, v in totals.items()})
