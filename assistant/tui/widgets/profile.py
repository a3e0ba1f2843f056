"""The side panel's profile: where the advice is leaning, and each factor as it fills in."""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

SOURCE_STYLES = {"stated": "bold green", "inferred": "yellow", "assumed": "dim"}
BAR = 10


def short_name(approach: str) -> str:
    """``Prompting``, ``Fine-tuning``, ``Hybrid``, ``RAG``: names that fit a narrow panel."""
    from assistant.advice.approaches import SHORT

    name = SHORT[approach].removeprefix("a ")
    return name[0].upper() + name[1:]


def leaning_table(scores: dict[str, float]) -> Table:
    """The approaches best first, with a bar scaled between the lowest and highest score."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    low, high = min(scores.values()), max(scores.values())
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    for rank, (approach, score) in enumerate(ranked):
        filled = round(BAR * (score - low) / (high - low)) if high > low else BAR
        style = "bold" if rank == 0 else ""
        table.add_row(Text(short_name(approach), style=style), Text("█" * filled + "░" * (BAR - filled),
                      style="green" if rank == 0 else "dim"), Text(f"{score:.1f}", style=style))
    return table


def factors_view(profile: dict) -> Group:
    """Known factors first, then the assumed ones; each with how it came to be known."""
    from assistant.advice.factors import FACTORS

    rows = []
    for key, entry in sorted(profile.items(), key=lambda kv: kv[1]["source"] == "assumed"):
        dim = "dim" if entry["source"] == "assumed" else ""
        head = Table.grid(expand=True)
        head.add_column(ratio=1)
        head.add_column(justify="right", no_wrap=True)
        head.add_row(Text(FACTORS[key].name, style=f"bold {dim}".strip()),
                     Text(entry["source"], style=SOURCE_STYLES.get(entry["source"], "")))
        rows += [head, Padding(Text(entry["value"], style=dim), (0, 0, 0, 2))]
    return Group(*rows)


class ProfilePanel(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Static("Leaning", classes="panel-title")
        yield Static("", id="leaning")
        yield Static("Your situation", classes="panel-title")
        yield Static("Nothing yet: describe what you are building.", id="factors")

    def show(self, profile: dict, scores: dict[str, float]) -> None:
        self.query_one("#leaning", Static).update(leaning_table(scores))
        self.query_one("#factors", Static).update(factors_view(profile))
