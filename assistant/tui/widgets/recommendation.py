"""The recommendation as a card: heading, reasons, alternatives, and the plan as a checklist."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from assistant.tui.widgets.messages import BotMessage


def step_prompt(number: int, step) -> Content:
    marks = "".join(f"[{n}]" for n in step.citations)
    return Content.assemble((f"{number}. {step.step}", "bold"), f": {step.detail} ", (marks, "$accent"))


class RecommendationCard(Vertical):
    """Shows one Recommendation; the plan's ticks are kept for the export."""

    def __init__(self, recommendation) -> None:
        super().__init__(classes="message card")
        self.recommendation = recommendation

    def compose(self) -> ComposeResult:
        from assistant.cli.render import recommendation_heading, recommendation_markdown

        rec = self.recommendation
        yield Static(Content(recommendation_heading(rec)), classes="card-heading")
        yield BotMessage(recommendation_markdown(rec, heading=False, plan=False, sources=False), rec.citations,
                         classes="card-body")
        yield Static("Action plan (tick the steps as you go)", classes="card-subheading")
        yield SelectionList[int](*(Selection(step_prompt(i + 1, s), i) for i, s in enumerate(rec.action_plan)),
                                 classes="plan")

    @property
    def done(self) -> set[int]:
        """Indexes of the plan steps the user ticked."""
        return set(self.query_one(SelectionList).selected)

    def export_markdown(self) -> str:
        from assistant.cli.render import recommendation_markdown

        return recommendation_markdown(self.recommendation, done=self.done)
