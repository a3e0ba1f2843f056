"""Rendering recommendations, answers and events as readable text (Rich) or plain lines."""

from __future__ import annotations

from assistant.advice.approaches import NAMES
from assistant.advice.recommendation import CitedAnswer, Recommendation
from assistant.dialogue.events import AnswerEvent, ErrorEvent, Event, NoteEvent, QuestionEvent, RecommendationEvent


def _marks(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def recommendation_lines(rec: Recommendation) -> list[str]:
    """The recommendation as plain text lines (for --plain, exports and Rich alike)."""
    out = [f"Recommendation: {NAMES[rec.approach]}  (confidence {rec.confidence:.0%})", "", rec.summary, "", "Why:"]
    out += [f"  - {r.text} {_marks(r.citations)}".rstrip() for r in rec.reasons]
    out += ["", "Alternatives:"]
    out += [f"  - {a.why_not} {_marks(a.citations)}".rstrip() for a in rec.alternatives]
    if rec.would_change_if:
        out += ["", "What would change this advice:"] + [f"  - {w}" for w in rec.would_change_if]
    out += ["", "Action plan:"]
    out += [f"  {i}. {s.step}: {s.detail} {_marks(s.citations)}".rstrip() for i, s in enumerate(rec.action_plan, 1)]
    for note in rec.notes:
        out += ["", f"Note: {note}"]
    out += ["", "Sources:"] + citation_lines(rec.citations)
    return out


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
        console.print(Markdown("\n".join(["**Sources**", ""] + [f"- {l.strip()}" for l in citation_lines(result.citations)])))


def recommendation_markdown(rec: Recommendation) -> str:
    lines = [f"## Recommendation: {NAMES[rec.approach]}", f"*Confidence {rec.confidence:.0%}*", "", rec.summary, "",
             "### Why"]
    lines += [f"- {r.text} {_marks(r.citations)}" for r in rec.reasons]
    lines += ["", "### Alternatives"] + [f"- {a.why_not} {_marks(a.citations)}" for a in rec.alternatives]
    if rec.would_change_if:
        lines += ["", "### What would change this advice"] + [f"- {w}" for w in rec.would_change_if]
    lines += ["", "### Action plan"]
    lines += [f"{i}. **{s.step}**: {s.detail} {_marks(s.citations)}" for i, s in enumerate(rec.action_plan, 1)]
    for note in rec.notes:
        lines += ["", f"> {note}"]
    lines += ["", "### Sources"] + [f"- {l.strip()}" for l in citation_lines(rec.citations)]
    return "\n".join(lines)
