"""``advisor chat``: the interview in a Textual app, a thin shell over the Conversation.

Nothing heavy is imported or started before the first paint: the first frame is the
layout with empty panes, then the conversation thread starts (``on_mount`` defers it until
after the first refresh) and imports the advisor and the Markdown widgets off the UI
thread. Two daemon threads do the work: one owns the Conversation and feeds it the user's lines in order (``send`` is the single
place lines go in), the other, started once the first question is on screen, loads
the knowledge base. Retrieval goes through an IndexGate that waits for the loader, so
the first questions can be answered at once; only citations and side questions wait,
and never on the UI thread. Loading a model cannot be interrupted, so quitting does not
wait for it (see ``run_tui``).
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Iterable
from functools import partial

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static, TabbedContent, TabPane

from assistant.config import Settings
from assistant.tui.loading import IndexGate
from assistant.tui.widgets.citation import CitationSelected
from assistant.tui.widgets.profile import ProfilePanel
from assistant.tui.widgets.prompt import PromptInput
from assistant.tui.widgets.quick_replies import QuickReplies
from assistant.tui.widgets.sources import SourcesPanel

#: Widgets built on Textual's Markdown (markdown-it, pygments: about 0.1 s to import) and the
#: screens that show Markdown: imported by the conversation thread, not before the first frame.
#: The UI thread imports them where it first uses them, by then a lookup in ``sys.modules``.
MARKDOWN_MODULES = ("assistant.tui.widgets.messages", "assistant.tui.widgets.recommendation",
                    "assistant.tui.screens.help", "assistant.tui.screens.passage")

LOADING = "loading the knowledge base..."
WAITING = "waiting for the index..."
THINKING = "thinking..."
FIRST_FRAME_WAIT = 1.0  # seconds: the longest the conversation waits for the first frame
LIGHT, DARK = "textual-light", "textual-dark"


class AdvisorApp(App[None]):
    AUTO_FOCUS = None
    TITLE = "Approach Advisor"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("ctrl+s", "export", "Export"),
        Binding("ctrl+r", "restart", "Start over"),
        Binding("ctrl+o", "sources", "Sources"),
        Binding("f1", "help", "Help"),
        Binding("ctrl+b", "toggle_side", "Side panel", show=False),
        Binding("ctrl+t", "toggle_theme", "Light/dark theme", show=False),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    class Delivered(Message):
        """The conversation's events for one line, with the profile and leaning after it."""

        def __init__(self, events: list, profile: dict, scores: dict[str, float]) -> None:
            super().__init__()
            self.events, self.profile, self.scores = events, profile, scores

    class Streamed(Message):
        """A piece of an answer an LLM is still writing."""

        def __init__(self, fragment: str) -> None:
            super().__init__()
            self.fragment = fragment

    class Status(Message):
        """A new status line; ``loaded`` once the knowledge base is done; ``warning`` to notify."""

        def __init__(self, text: str, loaded: bool = False, warning: str | None = None) -> None:
            super().__init__()
            self.text, self.loaded, self.warning = text, loaded, warning

    def __init__(self, settings: Settings | None = None, conversation=None, resume: bool = False) -> None:
        """``conversation`` (optional) is taken over: its advisor's retriever is loaded in the
        background and put behind the app's IndexGate. The session is saved as it goes;
        ``resume`` continues the latest saved one."""
        super().__init__()
        self.settings = settings or Settings()
        self.conversation = conversation
        self.resume = resume
        self._streaming: BotMessage | None = None
        self.profile: dict | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._pending = 1  # the opening question
        self._idle_status = LOADING
        self._gate = IndexGate(on_wait=lambda: self._post(self.Status(WAITING)))
        self._retriever = None
        self._threads: list[threading.Thread] = []
        self._side_ready = False  # the side panel is mounted just after the first frame
        if conversation is not None:
            self._retriever = conversation.advisor.retriever
            conversation.advisor.retriever = self._gate

    @property
    def pending(self) -> int:
        """Lines (and the opening) the conversation has not answered yet."""
        return self._pending

    @property
    def settled(self) -> bool:
        """Nothing in flight: the knowledge base has loaded (or failed) and every line is answered."""
        return self._pending == 0 and self._gate.done

    # -- layout ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """The first frame: header, the conversation pane and prompt, status line and footer.

        The side panel (``compose_side``) is mounted once that frame is on screen.
        """
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="chat"):
                yield VerticalScroll(id="messages")
                yield PromptInput(placeholder="Your answer, or a question", id="prompt")
        yield Static(LOADING, id="status", markup=False)
        yield Footer()

    def compose_side(self) -> ComposeResult:
        """The side panel: the profile and the sources of the latest message, in tabs."""
        with TabbedContent(id="side"):
            with TabPane("Profile", id="tab-profile"):
                yield ProfilePanel(id="profile")
            with TabPane("Sources", id="tab-sources"):
                yield SourcesPanel(id="sources")

    def on_mount(self) -> None:
        # Focus waits for the first frame (AUTO_FOCUS is off): focusing the prompt makes the
        # footer gather the prompt's bindings and recompose before it can paint (~30 ms).
        self.call_after_refresh(self.query_one("#prompt").focus)
        self.query_one("#messages").anchor()
        self._after_first_frame(time.monotonic())

    def _after_first_frame(self, since: float) -> None:
        """Once the first frame is on screen, mount the side panel, then start the conversation.

        Painting is most of the start-up; the side panel's layout and the conversation
        thread's imports (the advisor, Markdown), which hold the GIL, would only delay it.
        The footer fills in its keys a few refreshes after mount: once they have a place on
        screen the frame is whole. If they never do (say, the terminal reports no focus),
        everything starts anyway after FIRST_FRAME_WAIT seconds.
        """
        if any(key.region for key in self.query_one(Footer).children) or time.monotonic() - since > FIRST_FRAME_WAIT:
            self.call_after_refresh(self._mount_side)
        else:
            self.set_timer(0.02, partial(self._after_first_frame, since))

    async def _mount_side(self) -> None:
        import gc

        gc.enable()  # off during start-up (assistant.cli.launch.run_chat); the first frame is up
        await self.query_one("#main", Horizontal).mount_compose(self.compose_side())
        self._side_ready = True
        self._spawn(self._converse, "conversation")

    def on_unmount(self) -> None:
        self._lines.put(None)

    # -- worker threads ----------------------------------------------------------
    def _spawn(self, target, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    @property
    def working(self) -> bool:
        """A worker thread is still running (say, loading the model after the user quit)."""
        return any(t.is_alive() for t in self._threads)

    def _post(self, message: Message) -> None:
        """Hand a message to the UI from a worker thread (dropped if the app has closed)."""
        try:
            self.post_message(message)
        except RuntimeError:
            pass

    def _converse(self) -> None:
        import importlib

        for module in MARKDOWN_MODULES:
            importlib.import_module(module)
        try:
            if self.conversation is None:
                from assistant.advice.advisor import Advisor
                from assistant.dialogue import Conversation

                self.conversation = Conversation(Advisor(self.settings, retriever=self._gate))
        except Exception as exc:  # noqa: BLE001 - shown; the app stays up to say so
            self._post(self.Status("the interview could not start",
                                   warning=f"Cannot start the interview: {type(exc).__name__}: {exc}"))
            return
        from assistant.dialogue.sessions import SavedConversation

        opened: list = []

        def begin():
            saved, events = SavedConversation.begin(self.conversation, self.settings.sessions_dir, resume=self.resume)
            opened.append(saved)
            return events

        self._deliver(begin)
        if not opened:
            return
        self._prepare_cases()
        def stream(fragment: str) -> None:
            self._post(self.Streamed(fragment))

        while (line := self._lines.get()) is not None:
            self._deliver(partial(opened[0].reply, line, on_token=stream))

    def _deliver(self, produce) -> None:
        try:
            events = produce()
        except Exception as exc:  # noqa: BLE001 - shown as a notification, the chat goes on
            from assistant.dialogue.events import ErrorEvent

            events = [ErrorEvent(f"Something went wrong ({type(exc).__name__}: {exc}).")]
        conversation = self.conversation
        self._post(self.Delivered(events, conversation.profile.to_json(), conversation.leaning()))

    def _load_knowledge(self) -> None:
        try:
            retriever = self._retriever
            if retriever is None:
                from assistant.retrieval import Retriever

                retriever = Retriever(self.settings, log=lambda m: self._post(self.Status(m)))
            retriever.warm_up()
            self._gate.open_with(retriever)
            self._post(self.Status(f"knowledge base ready: {len(retriever.rows)} passages", loaded=True))
        except Exception as exc:  # noqa: BLE001 - the advice still works, without citations
            self._gate.fail(exc)
            self._post(self.Status("no knowledge base: advice without citations", loaded=True,
                                   warning=f"Knowledge base unavailable: {self._gate.error}"))

    def _prepare_cases(self) -> None:
        """Read the worked cases and their word model now (under a second), not at the first advice."""
        if not self.settings.cases:
            return
        try:
            self.conversation.advisor.case_library().model()
        except Exception as exc:  # noqa: BLE001 - the rules still decide; the advice says the cases were not consulted
            self._post(self.Status(f"worked cases unavailable ({type(exc).__name__})"))

    # -- showing what the conversation said ----------------------------------------
    @on(Status)
    def _status_changed(self, message: Status) -> None:
        if message.warning:
            self.notify(message.warning, severity="warning", timeout=10)
        if message.loaded:
            self._idle_status = message.text
            text = self._idle_status if self._pending == 0 else THINKING
        else:
            text = message.text
        self.query_one("#status", Static).update(text)

    @on(Streamed)
    async def _streamed(self, message: Streamed) -> None:
        from assistant.tui.widgets.messages import BotMessage

        if self._streaming is None:
            self._streaming = BotMessage("", classes="answer streaming")
            await self.query_one("#messages", VerticalScroll).mount(self._streaming)
        await self._streaming.append_text(message.fragment)

    @on(Delivered)
    async def _delivered(self, message: Delivered) -> None:
        from assistant.cli.render import event_markdown
        from assistant.dialogue.events import AnswerEvent, ErrorEvent, QuestionEvent, RecommendationEvent
        from assistant.tui.widgets.messages import BotMessage
        from assistant.tui.widgets.recommendation import RecommendationCard

        pane = self.query_one("#messages", VerticalScroll)
        if self._streaming is not None:  # the checked answer (or the fallback) replaces the draft
            await self._streaming.remove()
            self._streaming = None
        await pane.query(QuickReplies).remove()
        widgets, card = [], None
        for event in message.events:
            if isinstance(event, ErrorEvent):
                self.notify(event.message, severity="error")
            elif isinstance(event, RecommendationEvent):
                card = RecommendationCard(event.recommendation)
                widgets.append(card)
                self._show_sources(event.recommendation.citations)
            elif isinstance(event, AnswerEvent):
                widgets.append(BotMessage(event_markdown(event, sources=False), event.citations, classes="answer"))
                self._show_sources(event.citations)
            elif isinstance(event, QuestionEvent):
                widgets += [BotMessage(event_markdown(event), classes="question"), QuickReplies(event.options)]
            else:
                widgets.append(BotMessage(event_markdown(event), classes="note"))
        await pane.mount_all(widgets)
        self.profile = message.profile
        self.query_one(ProfilePanel).show(message.profile, message.scores)
        if card is not None:
            pane.anchor(False)
            self.call_after_refresh(pane.scroll_to_widget, card, top=True, animate=False)
        if len(self._threads) == 1:  # after the first question, so loading does not slow it down
            self._spawn(self._load_knowledge, "knowledge base")
        self._pending -= 1
        if self._pending == 0:
            self.query_one("#status", Static).update(self._idle_status)

    def _show_sources(self, citations: list[dict]) -> None:
        if not self._side_ready:
            return
        self.query_one(SourcesPanel).show(citations)
        self.query_one(TabbedContent).get_tab("tab-sources").label = f"Sources ({len(citations)})"

    # -- the user's side ---------------------------------------------------------
    def send(self, text: str) -> None:
        """The one place a user line goes to the Conversation (typed, clicked, or a command)."""
        from assistant.tui.widgets.messages import UserMessage

        text = text.strip()
        if not text:
            return
        pane = self.query_one("#messages", VerticalScroll)
        pane.query(QuickReplies).remove()
        pane.mount(UserMessage(text))
        pane.anchor()
        self._pending += 1
        self.query_one("#status", Static).update(THINKING)
        self._lines.put(text)

    @on(Input.Submitted, "#prompt")
    def _submitted(self, event: Input.Submitted) -> None:
        event.input.value = ""
        self.send(event.value)

    @on(QuickReplies.Chosen)
    def _quick_reply(self, event: QuickReplies.Chosen) -> None:
        self.send(event.text)
        self.query_one("#prompt").focus()

    @on(CitationSelected)
    def _open_citation(self, event: CitationSelected) -> None:
        from assistant.tui.screens.passage import PassageScreen

        self.push_screen(PassageScreen(event.citation))

    # -- actions -------------------------------------------------------------------
    def action_restart(self) -> None:
        self.query_one("#messages", VerticalScroll).remove_children()
        self._show_sources([])
        self.send("start over")

    def action_export(self) -> None:
        from assistant.tui.export import session_markdown, write_export
        from assistant.tui.widgets.messages import BotMessage, UserMessage
        from assistant.tui.widgets.recommendation import RecommendationCard

        pane = self.query_one("#messages", VerticalScroll)
        parts = [w for w in pane.children if isinstance(w, (UserMessage, BotMessage, RecommendationCard))]
        citations = [c for w in pane.query(BotMessage) for c in w.citations]
        text = session_markdown([w.export_markdown() for w in parts], self.profile, citations)
        try:
            path = write_export(self.settings.data_dir / "exports", text)
        except OSError as exc:
            self.notify(f"Could not export: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Exported to {path}", title="Session exported")

    def action_help(self) -> None:
        from assistant.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_sources(self) -> None:
        if not self._side_ready:
            return
        side = self.query_one(TabbedContent)
        side.display = True
        side.active = "tab-sources"
        self.query_one("#sources-list", OptionList).focus()

    def action_toggle_side(self) -> None:
        if not self._side_ready:
            return
        side = self.query_one(TabbedContent)
        side.display = not side.display

    def action_toggle_theme(self) -> None:
        self.theme = DARK if self.theme == LIGHT else LIGHT

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Export session", "Save transcript, profile, recommendation, plan and sources as Markdown",
                            self.action_export)
        yield SystemCommand("Start over", "Forget the answers and begin a new interview", self.action_restart)
        yield SystemCommand("Help", "Key bindings and what you can type", self.action_help)
        yield SystemCommand("Show sources", "The passages behind the latest message", self.action_sources)
        yield SystemCommand("Toggle side panel", "Hide or show the profile and sources", self.action_toggle_side)
        yield SystemCommand("Toggle light/dark theme", "Switch between the light and dark themes",
                            self.action_toggle_theme)


def run_tui(settings: Settings, resume: bool = False) -> None:
    if resume:
        from assistant.dialogue.sessions import SessionLog
        from assistant.errors import BadInput

        if SessionLog.latest(settings.sessions_dir) is None:
            raise BadInput(f"--resume: there is no saved session in {settings.sessions_dir}; start one with 'advisor chat'")
    app = AdvisorApp(settings, resume=resume)
    app.run()
    if app.working:  # the model is still loading: do not make the user wait for it to quit
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(app.return_code or 0)
