"""Citations retrieved for claims at run time, numbered in order of first use.

A claim that retrieves nothing gets no citation, and the caller says so; nothing is
ever cited that is not a passage of the index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.retrieval.passage import Passage


@dataclass
class CitationList:
    search: object  # callable(query, k) -> list[Passage]; None when the index is unavailable
    passages: list[Passage] = field(default_factory=list)
    _cache: dict[str, list[int]] = field(default_factory=dict)
    error: str | None = None  # the first search failure, so the caller can say why a claim is uncited

    def cite(self, claim: str, n: int = 1) -> list[int]:
        """Numbers of the passages that back ``claim`` (empty if none could be found)."""
        if not claim or self.search is None:
            return []
        if claim in self._cache:
            return self._cache[claim]
        try:
            hits = self.search(claim, max(3, n))
        except Exception as exc:  # noqa: BLE001 - a failing store degrades to "no citation"
            self.error = self.error or str(exc) or type(exc).__name__
            hits = []
        numbers = [self._number(p) for p in hits[:n]]
        self._cache[claim] = numbers
        return numbers

    def _number(self, passage: Passage) -> int:
        for i, p in enumerate(self.passages):
            if p.id == passage.id:
                return i + 1
        self.passages.append(passage)
        return len(self.passages)

    def to_json(self) -> list[dict]:
        return [
            {"id": i + 1, "title": p.title, "source": p.sources, "path": p.path,
             "section": p.section, "passage": p.text}
            for i, p in enumerate(self.passages)
        ]
