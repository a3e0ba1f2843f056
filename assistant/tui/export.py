"""Exporting a chat session to a Markdown file: transcript, profile, recommendation, plan, sources."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def passages_markdown(citations: list[dict]) -> str:
    """Every distinct passage cited in the session, in full, with where it comes from."""
    seen: set[tuple[str, str, str]] = set()
    blocks = []
    for c in citations:
        key = (c["path"], c["section"], c["passage"])
        if key in seen:
            continue
        seen.add(key)
        quoted = "\n".join(f"> {line}".rstrip() for line in c["passage"].splitlines())
        origin = f" (from {c['source']})" if c.get("source") else ""
        blocks.append(f"### {c['title']}: {c['section']}\n\n`{c['path']}`{origin}\n\n{quoted}")
    return "\n\n".join(blocks)


def session_markdown(messages: list[str], profile: dict | None, citations: list[dict]) -> str:
    """The whole session as one Markdown document (messages already rendered by their widgets;
    the recommendation card writes its plan as a checklist with the user's ticks)."""
    from assistant.cli.render import profile_markdown

    parts = ["# Approach Advisor session", "", "## Conversation", "", "\n\n---\n\n".join(messages)]
    if profile:
        parts += ["", "## Your situation", "", profile_markdown(profile)]
    if citations:
        parts += ["", "## Passages cited", "", passages_markdown(citations)]
    return "\n".join(parts) + "\n"


def write_export(folder: Path, text: str, now: datetime | None = None) -> Path:
    """Write ``text`` to a new ``session-<time>.md`` in ``folder`` (never overwriting one)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"{now or datetime.now():%Y%m%d-%H%M%S}"
    path = folder / f"session-{stamp}.md"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"session-{stamp}-{n}.md"
    path.write_text(text, encoding="utf-8")
    return path
