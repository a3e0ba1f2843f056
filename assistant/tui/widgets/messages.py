"""Messages in the conversation pane: the user's lines and the advisor's Markdown.

Citation markers ``[n]`` in the advisor's text become links; following one opens the
passage behind it. Text can be appended to a bot message (for streamed replies).
"""

from __future__ import annotations

import re

from textual.widgets import Markdown, Static

from assistant.tui.widgets.citation import CitationSelected

_MARKER = re.compile(r"\[(\d+)\](?!\()")


def link_citations(markdown: str) -> str:
    """Turn citation markers ``[n]`` into ``cite:n`` links that the message handles itself."""
    return _MARKER.sub(lambda m: f"[\\[{m.group(1)}\\]](cite:{m.group(1)})", markdown)


class UserMessage(Static):
    """A line the user sent, shown as typed (never read as markup)."""

    def __init__(self, text: str) -> None:
        super().__init__(text, markup=False, classes="message user")
        self.text = text

    def export_markdown(self) -> str:
        return f"**You:** {self.text}"


class BotMessage(Markdown):
    """The advisor's Markdown, with clickable citation markers."""

    def __init__(self, markdown: str, citations: list[dict] | None = None, classes: str = "") -> None:
        super().__init__(link_citations(markdown), open_links=False, classes=f"message bot {classes}".strip())
        self.text = markdown
        self.citations = list(citations or [])

    def append_text(self, fragment: str):
        """Add streamed text at the end (awaitable); the markers in it become links too."""
        self.text += fragment
        return self.append(link_citations(fragment))

    def export_markdown(self) -> str:
        from assistant.cli.render import citations_markdown

        if not self.citations:
            return self.text
        return f"{self.text}\n\n**Sources**\n\n{citations_markdown(self.citations)}"

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        if event.href.startswith("cite:"):
            number = int(event.href.removeprefix("cite:"))
            found = [c for c in self.citations if c["id"] == number]
            if found:
                self.post_message(CitationSelected(found[0]))
        else:
            self.app.open_url(event.href)
