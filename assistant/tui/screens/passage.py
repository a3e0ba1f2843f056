"""The passage viewer: the whole text of one cited passage, with where it comes from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.content import Content
from textual.widgets import Markdown


class PassageScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, citation: dict) -> None:
        super().__init__()
        self.citation = citation

    def compose(self) -> ComposeResult:
        c = self.citation
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = Content(f"[{c['id']}] {c['title']}")
            dialog.border_subtitle = "Esc to close"
            where = f"**{c['section']}**  \n`{c['path']}`"
            if c.get("source"):
                where += f"  \nDraws on: {c['source']}"
            yield Markdown(where, classes="passage-where")
            yield Markdown(c["passage"], classes="passage-text")
