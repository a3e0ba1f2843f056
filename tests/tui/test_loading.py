"""Start-up: the interview goes on while the knowledge base loads, and survives a failed load."""

from __future__ import annotations

import threading

from assistant.errors import IndexCorrupt
from assistant.tui.screens.help import HelpScreen
from assistant.tui.widgets.recommendation import RecommendationCard
from tests.tui.conftest import screen_text, settle


class HeldRetriever:
    """The session's real retriever, whose loading waits until the test lets it go (or fails)."""

    def __init__(self, inner, error: Exception | None = None) -> None:
        self.inner, self.error = inner, error
        self.release = threading.Event()

    def warm_up(self) -> None:
        assert self.release.wait(60)
        if self.error:
            raise self.error
        self.inner.warm_up()

    def __getattr__(self, name):
        return getattr(self.inner, name)


async def until(pilot, condition, timeout: float = 30.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("timed out")


async def test_the_interview_goes_on_while_the_knowledge_base_loads(make_app, advisor):
    held = HeldRetriever(advisor.retriever)
    app = make_app(retriever=held)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.pending == 0)
        assert "What are you building?" in screen_text(app)
        assert "loading the knowledge base..." in screen_text(app)

        await pilot.press(*"We classify support tickets into categories", "enter")
        await until(pilot, lambda: app.pending == 0)
        assert "classification or tagging" in screen_text(app)
        assert "loading the knowledge base..." in screen_text(app)

        # a side question needs the index: it waits, off the UI thread
        await pilot.press(*"what is LoRA?", "enter")
        await until(pilot, lambda: "waiting for the index..." in screen_text(app))
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)  # the UI still answers keys
        await pilot.press("escape")

        held.release.set()
        await settle(pilot)
        assert "knowledge base ready" in screen_text(app)
        assert "[1]" in screen_text(app)


async def test_a_failed_load_is_a_notification_and_the_advice_still_comes(make_app, advisor):
    held = HeldRetriever(advisor.retriever, IndexCorrupt("the index is damaged: run 'advisor index --rebuild'"))
    held.release.set()
    app = make_app(retriever=held)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = screen_text(app)
        assert "Knowledge base unavailable" in screen
        assert "no knowledge base" in screen  # the status line (the toast may cover its end)
        await pilot.press(*"We need internal Q&A over our policy manual and must cite the policy section.", "enter")
        await settle(pilot)
        card = app.query_one(RecommendationCard)
        assert "No passages could be cited" in card.export_markdown()
        assert "Recommendation: Retrieval-augmented" in screen_text(app)


async def test_the_first_frame_comes_before_the_side_panel_and_the_conversation(make_app, advisor):
    """Start-up paints header, prompt, status and footer first; the rest follows that frame."""
    from textual.widgets import TabbedContent

    app = make_app()
    seen: list[tuple[bool, int, str]] = []
    spawn = app._spawn

    def spying_spawn(target, name):
        seen.append((app._side_ready, len(app.query(TabbedContent)), name))
        spawn(target, name)

    app._spawn = spying_spawn
    async with app.run_test(size=(80, 24)) as pilot:
        first = screen_text(app)
        assert "Approach Advisor" in first
        assert "loading the knowledge base..." in first
        await settle(pilot)
        assert seen[0] == (True, 1, "conversation")  # the side panel was mounted first
        assert app.query_one("#side", TabbedContent).active == "tab-profile"
        assert app.focused is app.query_one("#prompt")  # mounting the side panel took no focus
        assert "Your situation" in screen_text(app) and "What are you building?" in screen_text(app)


def test_the_tui_module_imports_nothing_heavy():
    """The first frame needs Textual only: the advisor and Markdown come after it."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    probe = ("import sys\nimport assistant.tui.app\n"
             "print([m for m in ('markdown_it', 'pygments', 'assistant.advice', 'assistant.dialogue', "
             "'assistant.retrieval', 'textual.widgets._markdown', 'typer') if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
