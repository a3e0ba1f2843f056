"""The recommendation as a card: heading, reasons, alternatives, and the plan as a checklist."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Checkbox, Static

from assistant.tui.widgets.messages import BotMessage


def step_prompt(number: int, step) -> Content:
    marks = "".join(f"[{n}]" for n in step.citations)
    return Content.assemble((f"{number}. {step.step}", "bold"), f": {step.detail} ", (marks, "$accent"))


class PlanItem(Horizontal):
    """One step of the action plan: a box to tick and its whole text, wrapped (a click anywhere ticks)."""

    def __init__(self, number: int, step) -> None:
        super().__init__(classes="plan-item")
        self.number, self.step = number, step

    def compose(self) -> ComposeResult:
        yield Checkbox(compact=True)
        yield Static(step_prompt(self.number, self.step), classes="step-text")

    @property
    def done(self) -> bool:
        return self.query_one(Checkbox).value

    def on_click(self, event: events.Click) -> None:
        if not isinstance(event.widget, Checkbox):
            self.query_one(Checkbox).toggle()


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
        for i, step in enumerate(rec.action_plan):
            yield PlanItem(i + 1, step)

    @property
    def done(self) -> set[int]:
        """Indexes of the plan steps the user ticked."""
        return {i for i, item in enumerate(self.query(PlanItem)) if item.done}

    def export_markdown(self) -> str:
        from assistant.cli.render import recommendation_markdown

        return recommendation_markdown(self.recommendation, done=self.done)
