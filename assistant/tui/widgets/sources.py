"""The sources panel: the passages behind the latest message; selecting one opens it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.tui.widgets.citation import CitationSelected

EMPTY = "No sources yet: they appear when the advisor cites its knowledge base."


def first_source(source: str) -> str:
    """The first article a passage draws on, and how many more (the viewer shows them all)."""
    articles = [a.strip() for a in source.split(";") if a.strip()]
    if not articles:
        return ""
    return articles[0] + (f" (+{len(articles) - 1} more)" if len(articles) > 1 else "")


def citation_prompt(citation: dict) -> Content:
    """``[1] Title``, then the section and the article it draws on."""
    parts = [(f"[{citation['id']}] ", "bold $accent"), (citation["title"], "bold"), "\n", (citation["section"], "italic")]
    if citation.get("source"):
        parts += ["\n", (f"from {first_source(citation['source'])}", "dim")]
    return Content.assemble(*parts)


class SourcesPanel(Vertical):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.citations: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static(EMPTY, id="sources-caption")
        yield OptionList(id="sources-list")

    def show(self, citations: list[dict]) -> None:
        self.citations = list(citations)
        caption = "Sources of the latest message (Enter or click to read):" if citations else EMPTY
        self.query_one("#sources-caption", Static).update(caption)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(Option(citation_prompt(c), id=str(c["id"])) for c in citations)
        options.highlighted = 0 if citations else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(CitationSelected(self.citations[event.option_index]))
