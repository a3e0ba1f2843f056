"""The generation's exact passage vectors as one float32 matrix, searched with numpy.

Chroma stays the store of record; this copy of its vectors (row order = chunks.jsonl)
lets a local query run without importing chromadb (over a second) and is exact, not
approximate: the vectors are unit length, so cosine similarity is one matrix product.
"""

from __future__ import annotations

from pathlib import Path

VECTORS = "vectors.npy"


def save(path: Path, matrix) -> None:
    import numpy as np

    with open(path, "wb") as fh:
        np.save(fh, np.ascontiguousarray(matrix, dtype=np.float32))


class VectorIndex:
    def __init__(self, matrix):
        self.matrix = matrix

    @classmethod
    def load(cls, path: Path, rows: int) -> "VectorIndex | None":
        """The saved matrix if it matches the generation's ``rows`` passages, else None."""
        import numpy as np

        try:
            matrix = np.load(path, mmap_mode="r")
        except (OSError, ValueError):
            return None
        if matrix.ndim != 2 or matrix.shape[0] != rows or matrix.dtype != np.float32:
            return None
        return cls(matrix)

    @property
    def size(self) -> int:
        return self.matrix.shape[0]

    def search(self, vector, k: int) -> list[tuple[int, float]]:
        """Row numbers and cosine similarities of the ``k`` nearest rows, best first."""
        import numpy as np

        k = min(k, self.size)
        if k <= 0:
            return []
        scores = self.matrix @ np.asarray(vector, dtype=np.float32)
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(i), float(scores[i])) for i in top]
