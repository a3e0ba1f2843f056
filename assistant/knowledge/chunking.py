"""Cutting documents into passages that stand on their own.

Notes are split at their headings (LangChain's Markdown header splitter), so a passage
is one section and carries its heading; an over-long section is split again by size.
The passage text is the file's own text (only white space may differ), so that every
citation can be checked against its file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

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

    def embedding_text(self) -> str:
        """What is embedded and keyword-indexed: the passage with its headings for context."""
        return f"{self.title}. {self.section}.\n{self.text}"

    def metadata(self) -> dict:
        return {
            "path": self.path,
            "title": self.title,
            "section": self.section,
            "sources": self.sources,
            "ordinal": self.ordinal,
        }


def _splitters():
    # Imported here: the splitters cost half a second and only indexing needs them.
    from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

    return (
        MarkdownHeaderTextSplitter(headers_to_split_on=_HEADERS, strip_headers=True),
        RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP),
    )


def chunk_id(path: str, ordinal: int, text: str) -> str:
    """Deterministic: the same file content always yields the same ids."""
    return hashlib.sha1(f"{path}\x00{ordinal}\x00{text}".encode()).hexdigest()[:20]


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
        for piece in sizer.split_text(content):
            piece = piece.strip()
            if not re.search(r"\w", piece):
                continue
            ordinal = len(chunks)
            chunks.append(
                Chunk(
                    id=chunk_id(doc.path, ordinal, piece),
                    text=piece,
                    path=doc.path,
                    title=doc.title,
                    section=section,
                    sources="; ".join(doc.sources),
                    ordinal=ordinal,
                )
            )
    return chunks
