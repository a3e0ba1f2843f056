#!/usr/bin/env python3
"""Retrieval when passages list no questions: the rankings re-done in numpy over worlds
where some or all notes' front-matter questions are removed (from the question vectors,
the embedded text and the BM25 text), to compare ways of fusing them.

Worlds: ``full`` (the index as built), ``half`` (the questions of every other note file
removed, 2 folds, averaged; ``strp`` is hit@3 on the questions whose answers lost theirs),
``none`` (no note lists questions). Prints hit@3 (and hit@1, MRR on ``full``) per method.
Run: .venv/bin/python scripts/retrieval_robustness.py  (about a minute; uses the built index)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.knowledge.chunking import search_text  # noqa: E402
from assistant.retrieval import Retriever  # noqa: E402
from assistant.retrieval.keyword import KeywordIndex, tokenize  # noqa: E402

CAND = 20
SETS = {"own": "tests/eval/retrieval_questions.jsonl", "blind2": "tests/eval/retrieval_blind2.jsonl"}


def load():
    r = Retriever(Settings()).open()
    r.warm_up()
    rows, emb = r.rows, r.embedder()
    qi = r._question_index()
    data = dict(rows=rows, P=np.asarray(r._vector_index().matrix, dtype=np.float32),
                Q=np.asarray(qi.matrix, dtype=np.float32), owners=np.asarray(qi.owners))
    data["P0"] = np.asarray(emb.embed_documents([search_text(x["title"], x["section"], x["text"]) for x in rows]),
                            dtype=np.float32)
    data["H"] = np.asarray(emb.embed_documents([f"{x['title']}. {x['section']}" for x in rows]), dtype=np.float32)
    key = {(x["path"], x["section"]) for x in rows}
    data["sets"] = {}
    for name, path in SETS.items():
        qs = [json.loads(line) for line in (ROOT / path).read_text().splitlines() if line.strip()]
        rel = [[i for i, x in enumerate(rows) if (x["path"], x["section"]) in {(a["path"], a["section"]) for a in q["relevant"]}]
               for q in qs]
        assert all(rel) and key
        data["sets"][name] = dict(qs=qs, rel=rel, V=np.asarray([emb.embed_query(q["question"]) for q in qs], dtype=np.float32))
    return data


class World:
    """The index as it would be if the passages in ``stripped`` listed no questions."""

    def __init__(self, D, stripped=frozenset()):
        rows, n = D["rows"], len(D["rows"])
        self.n, self.stripped = n, stripped
        self.has = np.array([i not in stripped for i in range(n)])
        self.P = np.where(self.has[:, None], D["P"], D["P0"])
        keep = self.has[D["owners"]]
        self.Q, self.owners = D["Q"][keep], D["owners"][keep]
        self.kw = KeywordIndex([search_text(x["title"], x["section"], x["text"], x["questions"] if self.has[i] else "")
                                for i, x in enumerate(rows)])
        self.H = D["H"]

    def bm25(self, q):
        t = tokenize(q)
        return np.asarray(self.kw._bm25.get_scores(t), dtype=np.float64) if t else np.zeros(self.n)

    def qbest(self, v):
        best = np.full(self.n, -np.inf)
        if len(self.owners):
            np.maximum.at(best, self.owners, self.Q @ v)
        return best


def cands(scores, k=CAND, positive=False):
    """The k best as {row: score}, best first (what each ranking hands the fusion)."""
    order = np.argsort(-scores, kind="stable")[:k]
    return {int(i): float(scores[i]) for i in order if np.isfinite(scores[i]) and (not positive or scores[i] > 0)}


def z(c):
    if not c:
        return {}
    x = np.array(list(c.values()))
    sd = x.std() or 1.0
    return {i: (s - x.mean()) / sd for i, s in c.items()}


def ordered(c):
    return dict(sorted(c.items(), key=lambda kv: -kv[1])[:CAND])


# -- the multi-vector ranking, ways of treating passages that list no questions
def mv_best_of(w, v):  # previous default: max(own vector, best question)
    d, q = cands(w.P @ v), cands(w.qbest(v))
    return ordered({i: max(d.get(i, -9), q.get(i, -9)) for i in {**d, **q}})


def mv_questions_only(w, v):
    return cands(w.qbest(v)) or cands(w.P @ v)


def mv_offset(b):
    def mv(w, v):
        q = cands(w.qbest(v))
        return ordered({**q, **{i: s + b for i, s in cands(w.P @ v).items() if not w.has[i]}}) if q else cands(w.P @ v)
    return mv


def mv_standardised(w, v):  # shipped
    q = z(cands(w.qbest(v)))
    d = z(cands(w.P @ v))
    return ordered({**q, **{i: s for i, s in d.items() if not w.has[i]}}) if q else d


def mv_headings(w, v):  # question-less passages answer with their heading as a pseudo-question
    return cands(np.where(w.has, w.qbest(v), w.H @ v))


# -- fusion of dense, keyword and a multi-vector ranking
def rrf(mv, k=60):
    def method(w, q, v):
        fused = {}
        for ranking in (cands(w.P @ v), cands(w.bm25(q), positive=True), mv(w, v)):
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (k + rank + 1)
        return sorted(fused, key=lambda i: -fused[i])
    return method


def zsum(mv):
    """Score fusion: the sum of each candidate list's z-scores (a list's lowest if absent)."""
    def method(w, q, v):
        lists = [z(cands(w.P @ v)), z(cands(w.bm25(q), positive=True)), mv(w, v) if mv is mv_standardised else z(mv(w, v))]
        ids = list(dict.fromkeys(i for l in lists for i in l))
        fused = {i: sum(l.get(i, min(l.values())) for l in lists if l) for i in ids}
        return sorted(ids, key=lambda i: -fused[i])
    return method


def evaluate(D, method, world, name, only=None):
    S = D["sets"][name]
    out = []
    for n, (q, rel, v) in enumerate(zip(S["qs"], S["rel"], S["V"])):
        if only is not None and n not in only:
            continue
        ranked = method(world, q["question"], v)[:10]
        rank = next((i for i, x in enumerate(ranked) if x in rel), None)
        out.append((rank is not None and rank < 3, rank == 0, 0.0 if rank is None else 1 / (rank + 1)))
    return np.array(out, dtype=float).mean(0)


def main() -> None:
    D = load()
    rows = D["rows"]
    files = sorted({x["path"] for x in rows})
    full, none = World(D), World(D, frozenset(range(len(rows))))
    halves = [World(D, frozenset(i for i, x in enumerate(rows) if files.index(x["path"]) % 2 == f)) for f in (0, 1)]
    methods = {
        "rrf60, best of own vector and questions (previous)": rrf(mv_best_of),
        "rrf60, questions only": rrf(mv_questions_only),
        "rrf60, questions, own vector if none, raw": rrf(mv_offset(0.0)),
        "rrf60, questions, own vector +0.12 if none": rrf(mv_offset(0.12)),
        "rrf60, questions, heading if none": rrf(mv_headings),
        "rrf60, questions, own vector if none, z-scores": rrf(mv_standardised),
        "rrf10, questions, own vector if none, z-scores": rrf(mv_standardised, 10),
        "z-score sum, best of own vector and questions": zsum(mv_best_of),
        "z-score sum, questions, own vector if none, z-scores": zsum(mv_standardised),
    }
    print("| method | set | full hit@3 | full hit@1 | full MRR | half hit@3 | half, stripped answers | none hit@3 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, m in methods.items():
        for name in SETS:
            f = evaluate(D, m, full, name)
            half = np.mean([evaluate(D, m, w, name)[0] for w in halves])
            hit = [{n for n, rel in enumerate(D["sets"][name]["rel"]) if all(i in w.stripped for i in rel)} for w in halves]
            strp = np.mean([evaluate(D, m, w, name, h)[0] for w, h in zip(halves, hit)])
            print(f"| {label} | {name} | {f[0]:.3f} | {f[1]:.3f} | {f[2]:.3f} | {half:.3f} | {strp:.3f} | "
                  f"{evaluate(D, m, none, name)[0]:.3f} |", flush=True)


if __name__ == "__main__":
    main()
