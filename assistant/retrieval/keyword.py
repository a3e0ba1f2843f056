"""BM25 keyword search over the passages (bm25s), for names and numbers dense search misses."""

from __future__ import annotations

import json
import re
from pathlib import Path

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
    """BM25 over the passages; saved beside Chroma at build time so opening is a file read."""

    def __init__(self, texts: list[str] | None = None, *, bm25=None, size: int = 0):
        if bm25 is None:
            import bm25s

            bm25 = bm25s.BM25()
            bm25.index([tokenize(t) for t in texts or []], show_progress=False)
            size = len(texts or [])
        self._bm25 = bm25
        self._size = size

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> "KeywordIndex | None":
        """The saved index if it covers ``size`` passages, else None (the caller rebuilds it)."""
        try:
            saved = SavedBM25(folder)
        except (OSError, ValueError, KeyError):
            return None
        return cls(bm25=saved, size=size) if saved.num_docs == size else None

    def known(self, tokens: list[str]) -> int:
        """How many of ``tokens`` occur in the indexed passages."""
        vocab = getattr(self._bm25, "vocab", None) or getattr(self._bm25, "vocab_dict", {})
        return sum(1 for t in tokens if t in vocab)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        tokens = tokenize(query)
        if not tokens or not self._size:
            return []
        import numpy as np

        scores = self._bm25.get_scores(tokens)
        # The k best positive scores, ties in passage order: what a stable sort of all the
        # scores gives, without sorting them all (at 50k passages that sort was most of the cost).
        hits = np.flatnonzero(scores > 0)
        if hits.size > k:
            threshold = np.partition(scores[hits], hits.size - k)[hits.size - k]
            hits = hits[scores[hits] >= threshold]
        top = hits[np.argsort(-scores[hits], kind="stable")][:k]
        return [(int(i), float(scores[i])) for i in top]


class SavedBM25:
    """A BM25 index saved by bm25s, scored with numpy alone.

    Importing bm25s costs most of a second (it pulls in scipy and tqdm), more than the
    whole query; its saved index is plain arrays (per-term BM25 weights in CSC form) and
    a query's scores are the sum of its terms' columns, exactly as bm25s computes them
    (tests compare the two).
    """

    def __init__(self, folder: Path):
        import numpy as np

        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        self.vocab: dict[str, int] = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        self.num_docs = int(params["num_docs"])
        self.dtype = np.dtype(params.get("dtype", "float32"))
        self.data = np.load(folder / "data.csc.index.npy")
        self.indices = np.load(folder / "indices.csc.index.npy")
        self.indptr = np.load(folder / "indptr.csc.index.npy")
        nnoc = folder / "nonoccurrence_array.index.npy"
        self.nonoccurrence = np.load(nnoc) if nnoc.is_file() else None

    def get_scores(self, tokens: list[str]):
        import numpy as np

        ids = np.array([self.vocab[t] for t in tokens if t in self.vocab], dtype=np.int64)
        scores = np.zeros(self.num_docs, dtype=self.dtype)
        if ids.size:
            at = np.concatenate([np.arange(self.indptr[i], self.indptr[i + 1]) for i in ids])
            scores += np.bincount(self.indices[at], weights=self.data[at], minlength=self.num_docs).astype(self.dtype)
            if self.nonoccurrence is not None:
                scores += self.nonoccurrence[ids].sum()
        return scores
