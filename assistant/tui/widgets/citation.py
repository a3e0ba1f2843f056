"""The message a widget sends when the user asks to read a cited passage.

Kept apart from ``messages`` (which needs Textual's Markdown, slow to import) so the app
can handle it without loading Markdown before its first frame.
"""

from __future__ import annotations

from textual.message import Message


class CitationSelected(Message):
    """The user asked to read a cited passage (a citation dict of the spec)."""

    def __init__(self, citation: dict) -> None:
        super().__init__()
        self.citation = citation
