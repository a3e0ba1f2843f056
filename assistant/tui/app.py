"""``advisor chat``: the interview in a Textual app.

All advisor work (loading the model, retrieval, recommendations) runs in a thread
worker; the UI only renders the conversation's events.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Markdown, Static

from assistant.advice.approaches import NAMES
from assistant.config import Settings
from assistant.dialogue.events import (
    AnswerEvent, ErrorEvent, NoteEvent, QuestionEvent, RecommendationEvent,
)


def _sources_md(citations: list[dict]) -> str:
    return "\n".join(f"- [{c['id']}] **{c['title']}**: {c['section']} ({c['path']})" for c in citations)


class AdvisorApp(App):
    TITLE = "Approach Advisor"
    CSS = """
    #conversation { width: 2fr; }
    #side { width: 1fr; min-width: 28; border-left: solid $primary; padding: 0 1; }
    .user { background: $boost; margin: 1 0 0 8; padding: 0 1; }
    .bot { margin: 1 0 0 0; }
    #replies { height: auto; }
    #replies Button { margin: 0 1 0 0; min-width: 8; }
    """
    BINDINGS = [
        Binding("ctrl+e", "export", "Export"),
        Binding("ctrl+r", "restart", "Start over"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, settings: Settings | None = None, conversation=None):
        super().__init__()
        self.settings = settings or Settings()
        self._conversation = conversation
        self.transcript: list[str] = []
        self.last_recommendation = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="conversation"):
                yield VerticalScroll(id="messages")
                yield Horizontal(id="replies")
                yield Input(placeholder="Type your answer or a question, Enter to send", id="input")
            with VerticalScroll(id="side"):
                yield Static("Profile", id="profile")
                yield Static("", id="leaning")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "loading the knowledge base..."
        self.query_one("#input", Input).focus()
        self.start_conversation()

    # -- workers -----------------------------------------------------------
    @work(thread=True, exclusive=False)
    def start_conversation(self) -> None:
        if self._conversation is None:
            from assistant.advice.advisor import Advisor
            from assistant.dialogue import Conversation

            self._conversation = Conversation(Advisor(self.settings))
        events = self._conversation.start()
        self.call_from_thread(self.show_events, events)
        try:
            self._conversation.advisor.retriever.warm_up()
            self.call_from_thread(setattr, self, "sub_title", "ready")
        except Exception as exc:  # noqa: BLE001 - shown, never fatal
            self.call_from_thread(self.notify, f"Knowledge base unavailable: {exc}", severity="warning")
            self.call_from_thread(setattr, self, "sub_title", "no citations")

    @work(thread=True, group="reply")
    def send(self, text: str) -> None:
        events = self._conversation.reply(text)
        self.call_from_thread(self.show_events, events)

    # -- rendering -----------------------------------------------------------
    def add_message(self, markdown: str, who: str) -> None:
        messages = self.query_one("#messages", VerticalScroll)
        messages.mount(Markdown(markdown, classes=who))
        messages.scroll_end(animate=False)
        self.transcript.append(("**You:** " if who == "user" else "") + markdown)

    def show_events(self, events) -> None:
        replies = self.query_one("#replies", Horizontal)
        replies.remove_children()
        for event in events:
            if isinstance(event, QuestionEvent):
                self.add_message(f"**{event.text}**", "bot")
                replies.mount_all(Button(o, classes="reply") for o in event.options)
            elif isinstance(event, AnswerEvent):
                self.add_message(event.text + ("\n\n" + _sources_md(event.citations) if event.citations else ""), "bot")
            elif isinstance(event, NoteEvent):
                self.add_message(f"*{event.text}*", "bot")
            elif isinstance(event, ErrorEvent):
                self.notify(event.message, severity="error")
            elif isinstance(event, RecommendationEvent):
                from assistant.cli.render import recommendation_markdown

                self.last_recommendation = event.recommendation
                self.add_message(recommendation_markdown(event.recommendation), "bot")
        self.update_side()

    def update_side(self) -> None:
        if self._conversation is None:
            return
        profile = self._conversation.profile.to_json()
        lines = ["**Profile**", ""] + [f"- {k}: {v['value']} ({v['source']})" for k, v in profile.items()]
        self.query_one("#profile", Static).update("\n".join(lines))
        scores = self._conversation.leaning()
        best = max(scores, key=scores.get)
        lean = ["", "Leaning:"] + [f"{'>' if a == best else ' '} {NAMES[a]}: {s:.1f}" for a, s in
                                   sorted(scores.items(), key=lambda kv: -kv[1])]
        self.query_one("#leaning", Static).update("\n".join(lean))

    # -- input -----------------------------------------------------------------
    @on(Input.Submitted, "#input")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value
        event.input.value = ""
        if not text.strip() or self._conversation is None:
            return
        self.add_message(text, "user")
        self.send(text)

    @on(Button.Pressed, ".reply")
    def quick_reply(self, event: Button.Pressed) -> None:
        text = str(event.button.label)
        self.add_message(text, "user")
        self.send(text)

    def action_restart(self) -> None:
        if self._conversation is not None:
            self.query_one("#messages", VerticalScroll).remove_children()
            self.add_message("start over", "user")
            self.send("start over")

    def action_export(self) -> None:
        folder = self.settings.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"session-{datetime.now():%Y%m%d-%H%M%S}.md"
        path.write_text("# Approach Advisor session\n\n" + "\n\n".join(self.transcript) + "\n", encoding="utf-8")
        self.notify(f"Exported to {path}")


def run_tui(settings: Settings) -> None:
    AdvisorApp(settings).run()
