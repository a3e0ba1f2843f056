"""Cutting documents into passages that stand on their own.

Notes are split at their headings (LangChain's Markdown header splitter), so a passage
is one section and carries its heading; an over-long section is split again by size.
The passage text is the file's own text (only white space may differ), so that every
citation can be checked against its file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from assistant.knowledge.documents import Document

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 120
_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3")]


@dataclass(frozen=True)
class Chunk:
    """A citable passage of one document."""

    id: str
    text: str
    path: str
    title: str
    section: str
    sources: str
    ordinal: int
    questions: str = ""  # the section's questions from front matter, one a line

    def embedding_text(self) -> str:
        return search_text(self.title, self.section, self.text, self.questions)

    def metadata(self) -> dict:
        return {
            "path": self.path,
            "title": self.title,
            "section": self.section,
            "sources": self.sources,
            "ordinal": self.ordinal,
            "questions": self.questions,
        }


def search_text(title: str, section: str, text: str, questions: str = "") -> str:
    """What is embedded and keyword-indexed: the passage with its headings and the questions it
    answers, so that a user's wording meets the note's (the citation stays the bare text)."""
    head = f"{title}. {section}.\n{text}"
    return f"{head}\nQuestions it answers: {' '.join(questions.splitlines())}" if questions else head


def _splitters():
    # Imported here: the splitters cost half a second and only indexing needs them.
    from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

    return (
        MarkdownHeaderTextSplitter(headers_to_split_on=_HEADERS, strip_headers=True),
        RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP),
    )


def chunk_id(path: str, ordinal: int, embedded: str) -> str:
    """Deterministic: the same file content always yields the same ids, and a change to
    anything that is embedded (text, headings, questions) yields a new one."""
    return hashlib.sha1(f"{path}\x00{ordinal}\x00{embedded}".encode()).hexdigest()[:20]


def chunk_document(doc: Document) -> list[Chunk]:
    headers, sizer = _splitters()
    is_markdown = not doc.path.lower().endswith(".txt")
    pieces = headers.split_text(doc.body) if is_markdown else []
    if not pieces:
        pieces = [(doc.body, {})]
    else:
        pieces = [(p.page_content, p.metadata) for p in pieces]
    chunks: list[Chunk] = []
    for content, meta in pieces:
        content = content.replace("  \n", "\n\n").strip()
        if not content:
            continue
        section = meta.get("h3") or meta.get("h2") or meta.get("h1") or doc.title
        if meta.get("h3") and meta.get("h2"):
            section = f"{meta['h2']} / {meta['h3']}"
        heading = meta.get("h3") or meta.get("h2") or meta.get("h1") or ""
        questions = "\n".join(doc.questions.get(heading, ()))
        for piece in sizer.split_text(content):
            piece = piece.strip()
            if not re.search(r"\w", piece):
                continue
            chunk = Chunk(id="", text=piece, path=doc.path, title=doc.title, section=section,
                          sources="; ".join(doc.sources), ordinal=len(chunks), questions=questions)
            chunks.append(replace(chunk, id=chunk_id(doc.path, chunk.ordinal, chunk.embedding_text())))
    return chunks
