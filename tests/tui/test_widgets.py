"""Each widget on its own, in a small host app: what the user sees and what it sends on."""

from __future__ import annotations

import threading

import pytest
from textual.app import App, ComposeResult
from textual.widgets import OptionList

from assistant.errors import AdvisorError
from assistant.tui.loading import IndexGate
from assistant.tui.widgets.messages import BotMessage, CitationSelected, link_citations
from assistant.tui.widgets.profile import ProfilePanel
from assistant.tui.widgets.prompt import PromptInput
from assistant.tui.widgets.quick_replies import QuickReplies
from assistant.tui.widgets.sources import SourcesPanel
from tests.tui.conftest import screen_text

CITATIONS = [
    {"id": 1, "title": "Fine-tuning guide", "section": "How much data", "path": "knowledge/ft.md",
     "source": "Article A; Article B", "passage": "Fine-tuning needs hundreds of examples."},
    {"id": 2, "title": "RAG facts", "section": "Citing sources", "path": "knowledge/rag.md",
     "source": "Article C", "passage": "Retrieval lets answers cite a passage."},
]


class Host(App):
    """Hosts one widget and records the messages it posts."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.widget = widget
        self.received: list = []

    def compose(self) -> ComposeResult:
        yield self.widget

    def on_quick_replies_chosen(self, message) -> None:
        self.received.append(message.text)

    def on_citation_selected(self, message: CitationSelected) -> None:
        self.received.append(message.citation["id"])


async def test_prompt_walks_through_what_was_sent():
    app = Host(PromptInput())
    async with app.run_test() as pilot:
        prompt = app.query_one(PromptInput)
        prompt.focus()
        for line in ("first", "second"):
            await pilot.press(*line, "enter")
            prompt.value = ""  # the app clears the line once it is sent
        await pilot.press(*"draft")
        await pilot.press("up")
        assert prompt.value == "second"
        await pilot.press("up", "up")
        assert prompt.value == "first"
        await pilot.press("down")
        assert prompt.value == "second"
        await pilot.press("down")
        assert prompt.value == "draft"  # what was being typed comes back


async def test_a_quick_reply_click_sends_its_text():
    app = Host(QuickReplies(["Days", "A month or two", "No rush"]))
    async with app.run_test() as pilot:
        await pilot.click(app.query("Button")[1])
        await pilot.pause()
        assert app.received == ["A month or two"]
        assert "No rush" in screen_text(app)


def test_citation_markers_become_links_but_links_stay():
    assert link_citations("Cheap [1][2].") == "Cheap [\\[1\\]](cite:1)[\\[2\\]](cite:2)."
    assert link_citations("see [docs](https://x.y)") == "see [docs](https://x.y)"


async def test_clicking_a_citation_marker_opens_its_passage():
    app = Host(BotMessage("Use data [2]", CITATIONS))
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        assert "Use data [2]" in screen_text(app)
        await pilot.click(BotMessage, offset=(12, 0))  # on the marker, after the padding
        await pilot.pause()
        assert app.received == [2]


async def test_sources_panel_lists_title_section_and_article_and_opens_one():
    panel = SourcesPanel()
    app = Host(panel)
    async with app.run_test(size=(40, 16)) as pilot:
        panel.show(CITATIONS)
        await pilot.pause()
        text = screen_text(app)
        assert "[1] Fine-tuning guide" in text and "How much data" in text
        assert "from Article A (+1 more)" in text
        app.query_one(OptionList).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.received == [2]
        panel.show([])
        await pilot.pause()
        assert "No sources yet" in screen_text(app)


async def test_profile_panel_shows_leaning_and_how_each_factor_is_known():
    panel = ProfilePanel()
    app = Host(panel)
    async with app.run_test(size=(32, 30)) as pilot:
        panel.show(
            {"data": {"value": "about 50,000 labelled examples", "source": "stated", "code": "large"},
             "budget": {"value": "moderate", "source": "assumed", "code": "moderate"},
             "style": {"value": "a strict output format", "source": "inferred", "code": "format"}},
            {"prompt_engineering": 0.5, "fine_tuning": 4.2, "hybrid": 3.5, "rag": -1.0})
        await pilot.pause()
        lines = screen_text(app).splitlines()
        leaning = [l for l in lines if any(n in l for n in ("Prompting", "Fine-tuning", "Hybrid", "RAG"))]
        assert leaning[0].split()[0] == "Fine-tuning" and "4.2" in leaning[0]
        assert leaning[-1].split()[0] == "RAG"
        text = "\n".join(lines)
        assert text.index("Labelled data") < text.index("Style") < text.index("Budget")  # known first
        assert "stated" in text and "inferred" in text and "assumed" in text


def test_the_gate_waits_for_the_loaded_retriever():
    waited = []
    gate = IndexGate(on_wait=lambda: waited.append(True))

    class Loaded:
        rows = ["a passage"]

    threading.Timer(0.05, gate.open_with, args=(Loaded(),)).start()
    assert gate.rows == ["a passage"]  # blocks until the loader hands it over
    assert waited == [True] and gate.done
    assert gate.rows == ["a passage"] and waited == [True]  # no more waiting afterwards


def test_a_failed_load_raises_an_advisor_error_the_advisor_can_handle():
    gate = IndexGate()
    gate.fail(RuntimeError("disk on fire"))
    with pytest.raises(AdvisorError, match="disk on fire"):
        gate.open()


async def test_the_plan_is_a_checklist_whose_ticks_go_to_the_export(advisor):
    from assistant.tui.widgets.recommendation import PlanItem, RecommendationCard

    rec = advisor.recommend(advisor.profile_from_text("We have 50k labelled tickets to classify, 2 million a month"))
    card = RecommendationCard(rec)
    app = Host(card)
    async with app.run_test(size=(60, 80)) as pilot:
        await pilot.pause()
        last = rec.action_plan[-1]
        assert last.detail.split()[-1].rstrip(".") in screen_text(app)  # the whole step, wrapped, not cut
        items = card.query(PlanItem)
        await pilot.click(items[1].query_one("Checkbox"))
        await pilot.click(items[2], offset=(10, 0))
        await pilot.click(items[2], offset=(10, 0))  # a second click unticks
        await pilot.pause()
        assert card.done == {1}
        lines = [l for l in card.export_markdown().splitlines() if l.startswith(("- [ ]", "- [x]"))]
        assert [l[:5] for l in lines] == ["- [ ]", "- [x]"] + ["- [ ]"] * (len(rec.action_plan) - 2)
