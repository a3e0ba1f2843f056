"""A whole conversation in the app, driven like a user would: click, type, ask, tick, export."""

from __future__ import annotations

from textual.widgets import Button

from assistant.tui.screens.passage import PassageScreen
from assistant.tui.widgets.messages import UserMessage
from assistant.tui.widgets.recommendation import PlanItem, RecommendationCard
from tests.tui.conftest import screen_text, settle


async def test_a_whole_conversation_reaches_the_card_and_exports_it(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        screen = screen_text(app)
        assert "What are you building?" in screen
        assert "knowledge base ready" in screen

        # a quick reply under the question, clicked
        await pilot.click(app.query(Button).filter(".reply")[1])  # "Classify or tag text"
        await settle(pilot)
        assert "You: " not in screen_text(app)
        assert "Classify or tag text" in screen_text(app)  # the user's line
        assert "Extract fields from documents" not in screen_text(app)  # the old suggestions are gone
        assert "classification or tagging" in screen_text(app)  # the profile panel

        # free text answering several factors at once
        await pilot.press(*"We have about 50k labelled examples and 2 million requests a month", "enter")
        await settle(pilot)
        assert "Noted" in screen_text(app)
        assert "about 50,000 labelled" in screen_text(app)

        # a side question: a cited answer, its sources listed, a passage opened
        await pilot.press(*"what is catastrophic forgetting?", "enter")
        await settle(pilot)
        assert "[1]" in screen_text(app)
        assert "Sources (" in screen_text(app)
        await pilot.press("ctrl+o", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        passage = app.screen.citation["passage"]
        assert passage.split()[0] in screen_text(app)
        await pilot.press("escape")
        app.query_one("#prompt").focus()

        # skip the rest: the recommendation card comes
        for _ in range(13):
            if app.query(RecommendationCard):
                break
            await pilot.press(*"skip", "enter")
            await settle(pilot)
        card = app.query_one(RecommendationCard)
        name = card.recommendation.approach
        from assistant.advice.approaches import NAMES

        assert f"Recommendation: {NAMES[name].split(' (')[0]}" in screen_text(app)

        # tick the first step of the plan, then export
        first = card.query(PlanItem)[0]
        first.scroll_visible(animate=False)  # the user scrolls down to the plan
        await pilot.pause()
        await pilot.click(first, offset=(6, 0))  # on the step's text
        await pilot.pause()
        assert card.done == {0}
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Exported to" in screen_text(app)

    exports = list((tmp_path / "exports").glob("session-*.md"))
    assert len(exports) == 1
    text = exports[0].read_text()
    assert "**You:** Classify or tag text" in text
    assert "**You:** what is catastrophic forgetting?" in text
    assert f"## Recommendation: {NAMES[name]}" in text
    assert "- [x] **" in text and "- [ ] **" in text  # the plan, with the tick
    assert "| Labelled data | about 50,000 labelled examples | stated |" in text
    assert "## Passages cited" in text and passage.splitlines()[0] in text


async def test_start_over_clears_the_conversation(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"We classify support tickets", "enter")
        await settle(pilot)
        assert "stated" in screen_text(app)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert [m.text for m in app.query(UserMessage)] == ["start over"]
        assert "What are you building?" in screen_text(app)
        assert "stated" not in screen_text(app)
        assert len(app.query(Button).filter(".reply")) == 7  # the first question's suggestions again


async def test_the_palette_and_keys_reach_every_command(make_app, tmp_path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"export session", "enter")
        await pilot.pause(0.2)
        assert len(list((tmp_path / "exports").glob("session-*.md"))) == 1
        await pilot.press("ctrl+p", *"help", "enter")
        await pilot.pause(0.2)
        assert "What you can type" in screen_text(app)
        await pilot.press("escape")
        theme = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != theme and {theme, app.theme} == {"textual-dark", "textual-light"}
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert "Leaning" not in screen_text(app)  # the side panel is hidden
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert "Leaning" in screen_text(app)
