"""The suggested answers under a question, as compact buttons."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button


class QuickReplies(Vertical):
    """One button per suggested answer; pressing one sends it as the user's reply."""

    class Chosen(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, options: list[str]) -> None:
        super().__init__(classes="quick-replies")
        self.options = list(options)

    def compose(self) -> ComposeResult:
        for option in self.options:
            yield Button(Content(option), compact=True, classes="reply")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Chosen(str(event.button.label)))
