"""A retrieved passage: what a citation points to."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.knowledge.chunking import search_text


@dataclass(frozen=True)
class Passage:
    id: str
    text: str  # verbatim from the file at ``path`` (white space aside)
    path: str
    title: str
    section: str
    sources: str  # the original article(s) the note draws on
    score: float = 0.0
    questions: str = ""  # indexed with the passage to help finding it; not part of a citation

    @classmethod
    def from_row(cls, row: dict, score: float = 0.0) -> "Passage":
        return cls(
            id=row["id"], text=row["text"], path=row["path"], title=row["title"],
            section=row["section"], sources=row.get("sources", ""), score=score,
            questions=row.get("questions", ""),
        )

    def search_text(self) -> str:
        return search_text(self.title, self.section, self.text, self.questions)
