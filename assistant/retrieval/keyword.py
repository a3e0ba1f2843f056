"""BM25 keyword search over the passages (bm25s), for names and numbers dense search misses."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
_STOP = frozenset(
    "a an and are as at be but by can do does for from has have how i if in into is it its "
    "me my no not of on or our should so than that the their them then there these they this "
    "to too us was we what when where which while who why will with would you your".split()
)


def _stem(word: str) -> str:
    # A light suffix strip so "prompts"/"prompting"/"prompted" meet; enough for this corpus.
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def tokenize(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]


class KeywordIndex:
    def __init__(self, texts: list[str]):
        import bm25s

        self._size = len(texts)
        self._bm25 = bm25s.BM25()
        self._bm25.index([tokenize(t) for t in texts], show_progress=False)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        tokens = tokenize(query)
        if not tokens or not self._size:
            return []
        import numpy as np

        scores = self._bm25.get_scores(tokens)
        k = min(k, self._size)
        top = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
