"""Each section's questions as vectors of their own: a passage scores as its best question.

The questions a note lists for a section (front matter ``questions``) are folded into the
passage's embedded text too, but one vector for a long passage blurs them. Matching the
query against every question separately and keeping each passage's best match finds the
section a user's wording points to (multi-vector retrieval); it is fused with the dense
and keyword rankings. Derived data: saved beside the passage vectors of a local
generation, or embedded on first use (a Chroma server, an older generation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

QUESTIONS = "questions.npy"
Embed = Callable[[list[str]], Sequence[Sequence[float]]]


def question_lines(rows: Sequence[dict]) -> tuple[list[str], list[int]]:
    """Every question of every passage, and the row each belongs to, in row order."""
    texts, owners = [], []
    for i, row in enumerate(rows):
        for line in (row.get("questions") or "").splitlines():
            if line.strip():
                texts.append(line.strip())
                owners.append(i)
    return texts, owners


class QuestionIndex:
    def __init__(self, matrix, owners: list[int], rows: int):
        import numpy as np

        self.matrix = matrix
        self.owners = np.asarray(owners, dtype=np.int64)
        self.rows = rows

    @classmethod
    def build(cls, rows: Sequence[dict], embed: Embed, known: dict[str, object] | None = None) -> "QuestionIndex":
        """Embed the passages' questions; ``known`` vectors (by question text) are reused."""
        import numpy as np

        texts, owners = question_lines(rows)
        known = dict(known or {})
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            known.update(zip(missing, np.asarray(embed(missing), dtype=np.float32)))
        dim = len(next(iter(known.values()))) if known else 0
        matrix = np.array([known[t] for t in texts], dtype=np.float32).reshape(len(texts), dim)
        return cls(matrix, owners, len(rows))

    @classmethod
    def load(cls, path: Path, rows: Sequence[dict]) -> "QuestionIndex | None":
        """The saved vectors if they match these rows' questions, else None."""
        import numpy as np

        try:
            matrix = np.load(path, mmap_mode="r")
        except (OSError, ValueError):
            return None
        texts, owners = question_lines(rows)
        if matrix.ndim != 2 or matrix.shape[0] != len(texts) or matrix.dtype != np.float32:
            return None
        return cls(matrix, owners, len(rows))

    def vectors_by_text(self, rows: Sequence[dict]) -> dict[str, object]:
        texts, _ = question_lines(rows)
        return dict(zip(texts, self.matrix))

    def save(self, path: Path) -> None:
        from assistant.index.vectors import save

        save(path, self.matrix)

    def search(self, vector, k: int) -> list[tuple[int, float]]:
        """Rows whose best question is nearest the query, with that similarity, best first."""
        import numpy as np

        if not len(self.owners) or k <= 0:
            return []
        similarity = self.matrix @ np.asarray(vector, dtype=np.float32)
        best = np.full(self.rows, -np.inf, dtype=np.float32)
        np.maximum.at(best, self.owners, similarity)
        ranked = np.argsort(-best, kind="stable")[:k]
        return [(int(i), float(best[i])) for i in ranked if np.isfinite(best[i])]
