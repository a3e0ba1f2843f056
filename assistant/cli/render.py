"""Rendering recommendations, answers and events as readable text (Rich) or plain lines."""

from __future__ import annotations

from collections.abc import Collection

from assistant.advice.approaches import NAMES, SHORT
from assistant.advice.recommendation import CitedAnswer, PlanStep, Recommendation
from assistant.dialogue.events import AnswerEvent, ErrorEvent, Event, NoteEvent, QuestionEvent, RecommendationEvent


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def recommendation_lines(rec: Recommendation) -> list[str]:
    """The recommendation as plain text lines (for --plain, exports and Rich alike)."""
    out = [f"{recommendation_heading(rec)}  (confidence {rec.confidence:.0%})", "", rec.summary, "", "Why:"]
    out += [f"  - {r.text} {_marks(r.citations)}".rstrip() for r in rec.reasons]
    out += ["", "Alternatives:"]
    out += [f"  - {a.why_not} {_marks(a.citations)}".rstrip() for a in rec.alternatives]
    if rec.would_change_if:
        out += ["", "What would change this advice:"] + [f"  - {w}" for w in rec.would_change_if]
    if rec.similar_cases:
        out += ["", "Worked cases like yours:"] + [f"  - {line}" for line in case_lines(rec.similar_cases)]
    out += ["", "Action plan:"]
    out += [f"  {i}. {s.step}: {s.detail} {_marks(s.citations)}".rstrip() for i, s in enumerate(rec.action_plan, 1)]
    for note in rec.notes:
        out += ["", f"Note: {note}"]
    out += ["", "Sources:"] + citation_lines(rec.citations)
    return out


def case_lines(cases: dict, width: int = 110) -> list[str]:
    """The worked cases' vote (``Recommendation.similar_cases``): its summary, then the closest cases."""
    lines = [f"{cases['summary']} Their vote adds up to {cases['weight']:g} points to the rules' scores."]
    for case in cases["cases"]:
        text = " ".join(case["situation"].split())
        text = text if len(text) <= width else text[:width - 3].rstrip() + "..."
        lines.append(f"\"{text}\" -> {', '.join(SHORT[a] for a in case['accept'])} "
                     f"(similarity {case['similarity']:.2f})")
    return lines


def citation_lines(citations: list[dict]) -> list[str]:
    return [f"  [{c['id']}] {c['title']} - {c['section']} ({c['path']})" for c in citations]


def answer_lines(ans: CitedAnswer) -> list[str]:
    out = [ans.text]
    if ans.citations:
        out += ["", "Sources:"] + citation_lines(ans.citations)
    return out


def event_lines(event: Event) -> list[str]:
    if isinstance(event, QuestionEvent):
        return [f"? {event.text}", "  options: " + " | ".join(event.options)]
    if isinstance(event, AnswerEvent):
        return answer_lines(CitedAnswer(event.text, event.citations))
    if isinstance(event, NoteEvent):
        return [f"* {event.text}"]
    if isinstance(event, RecommendationEvent):
        return recommendation_lines(event.recommendation)
    if isinstance(event, ErrorEvent):
        return [f"! {event.message}"]
    return [str(event)]


def print_rich(result) -> None:
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console()
    if isinstance(result, Recommendation):
        console.print(Markdown(recommendation_markdown(result)))
    else:
        console.print(Markdown(result.text))
        if result.citations:
            console.print(Markdown("**Sources**\n\n" + citations_markdown(result.citations)))


def recommendation_heading(rec: Recommendation) -> str:
    """The one line every front end opens a recommendation with."""
    return f"Recommendation: {NAMES[rec.approach]}"


def plan_step_markdown(step: PlanStep) -> str:
    return f"**{step.step}**: {step.detail} {_marks(step.citations)}".rstrip()


def short_sources(source: str, limit: int = 3) -> str:
    """The first few articles a note draws on, and how many more (a note may name a dozen)."""
    names = [n for n in source.split("; ") if n]
    if len(names) <= limit:
        return "; ".join(names)
    return "; ".join(names[:limit]) + f"; and {len(names) - limit} more"


def citations_markdown(citations: list[dict]) -> str:
    """A bullet list of sources: number, title, section, file and the articles behind it.

    Only the first articles are named here; the JSON output and the session export list them all.
    """
    def line(c: dict) -> str:
        origin = f"; from {short_sources(c['source'])}" if c.get("source") else ""
        return f"- [{c['id']}] **{c['title']}**: {c['section']} ({c['path']}{origin})"

    return "\n".join(line(c) for c in citations)


def recommendation_markdown(rec: Recommendation, *, heading: bool = True, plan: bool = True,
                            sources: bool = True, done: Collection[int] | None = None) -> str:
    """The recommendation as Markdown; parts can be left out for a front end that shows them its own way.

    With ``done`` (indexes of ticked steps) the action plan is written as a checklist.
    """
    lines = [f"## {recommendation_heading(rec)}"] if heading else []
    lines += [f"*Confidence {rec.confidence:.0%}*", "", rec.summary, "", "### Why"]
    lines += [f"- {r.text} {_marks(r.citations)}" for r in rec.reasons]
    lines += ["", "### Alternatives"] + [f"- {a.why_not} {_marks(a.citations)}" for a in rec.alternatives]
    if rec.would_change_if:
        lines += ["", "### What would change this advice"] + [f"- {w}" for w in rec.would_change_if]
    if rec.similar_cases:
        lines += ["", "### Worked cases like yours"] + [f"- {line}" for line in case_lines(rec.similar_cases)]
    if plan:
        lines += ["", "### Action plan"]
        if done is None:
            lines += [f"{i}. {plan_step_markdown(s)}" for i, s in enumerate(rec.action_plan, 1)]
        else:
            lines += [f"- [{'x' if i in done else ' '}] {plan_step_markdown(s)}" for i, s in enumerate(rec.action_plan)]
    for note in rec.notes:
        lines += ["", f"> {note}"]
    if sources:
        lines += ["", "### Sources", citations_markdown(rec.citations)]
    return "\n".join(lines)


def event_markdown(event: Event, *, sources: bool = True) -> str:
    """One conversation event as Markdown (the TUI's messages and its exported transcript)."""
    if isinstance(event, QuestionEvent):
        return f"**{event.text}**"
    if isinstance(event, AnswerEvent):
        if sources and event.citations:
            return f"{event.text}\n\n**Sources**\n\n{citations_markdown(event.citations)}"
        return event.text
    if isinstance(event, NoteEvent):
        return f"*{event.text}*"
    if isinstance(event, RecommendationEvent):
        return recommendation_markdown(event.recommendation, sources=sources)
    if isinstance(event, ErrorEvent):
        return f"**Error:** {event.message}"
    return str(event)


def profile_markdown(profile: dict) -> str:
    """The profile (``Profile.to_json()``) as a Markdown table: factor, value, and how it was known."""
    from assistant.advice.factors import FACTORS

    rows = [f"| {FACTORS[k].name} | {v['value']} | {v['source']} |" for k, v in profile.items()]
    return "\n".join(["| factor | value | source |", "| --- | --- | --- |", *rows])
