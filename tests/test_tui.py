"""The Textual app driven by Pilot: a whole conversation to the recommendation card."""

from __future__ import annotations

from textual.widgets import Markdown

from assistant.tui.app import AdvisorApp


def screen_text(app) -> str:
    return "\n".join(m.source for m in app.query(Markdown))


async def test_conversation_reaches_the_recommendation_card(kb_settings, advisor):
    from assistant.dialogue import Conversation

    app = AdvisorApp(kb_settings, conversation=Conversation(advisor))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "What are you building" in screen_text(app)
        await pilot.click("#input")
        await pilot.press(*"We need internal Q&A over our policy manual and must cite the policy section.")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Recommendation: Retrieval-augmented generation (RAG)" in screen_text(app)
        app.action_export()
        exports = list((kb_settings.data_dir / "exports").glob("session-*.md"))
        assert exports and "Recommendation:" in exports[-1].read_text()
