"""Helpers for driving the Textual app: an app on the shared index, waiting, reading the screen."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_app(kb_settings, advisor, tmp_path):
    """A factory of apps on the session's index; exports go to this test's tmp_path.

    Each app gets its own Conversation and Advisor (the app takes over the advisor's
    retriever), sharing the session's already-open retriever unless one is given.
    """
    from assistant.advice.advisor import Advisor
    from assistant.dialogue import Conversation
    from assistant.tui.app import AdvisorApp

    def make(retriever=None, cases=None):
        settings = kb_settings.with_(data_dir=tmp_path, cases=cases)  # None: as the environment says
        return AdvisorApp(settings, conversation=Conversation(Advisor(settings, retriever=retriever or advisor.retriever)))

    return make


async def settle(pilot, timeout: float = 60.0) -> None:
    """Let the workers finish (the knowledge base loaded, every line answered), then the screen.

    Markdown lays out its blocks over several refreshes after it is mounted, later on a busy
    machine; a picture taken before the screen stops changing catches a half-grown scrollbar.
    """
    app = pilot.app
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        if app.settled:
            break
    else:
        raise AssertionError("the app never settled")
    last, same = None, 0
    for _ in range(int(timeout / 0.05)):
        await pilot.pause(0.05)
        now = [strip.text for strip in app.screen._compositor.render_strips()], app.screen.focused
        same = same + 1 if now == last else 0
        if same >= 6:  # 0.3 s unchanged: Markdown may still be laying out on a loaded machine
            return
        last = now
    raise AssertionError("the screen never stopped changing")


def screen_text(app) -> str:
    """What the terminal shows right now, as plain lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
