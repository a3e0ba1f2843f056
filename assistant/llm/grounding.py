"""Checking what the model wrote instead of trusting it.

Citation markers may only point at passages the model was given: others are removed
(and the answer flagged). Text must look like prose, not an empty, looping or symbol
soup reply; callers fall back to the engine's own text when it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARKER = re.compile(r"\s*\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBERED = re.compile(r"^\s*(\d+)\s*[.)]\s*(.*\S)\s*$")
_SUMMARY = re.compile(r"^\s*\**\s*summary\s*\**\s*:\s*(.*)$", re.I)


@dataclass
class Checked:
    """Text with only valid markers left, the passages it cites, and what was removed."""

    text: str
    used: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)


def _lead(match: re.Match) -> str:
    """The white space a marker match starts with (kept, so ``a [1]`` and ``[1][2]`` stay so)."""
    whole = match.group(0)
    return whole[: len(whole) - len(whole.lstrip())]


def numbers(text: str) -> list[int]:
    """Every citation number in ``text``, in order, repeats included."""
    return [int(n) for m in MARKER.finditer(text) for n in re.split(r"\s*[,;]\s*", m.group(1))]


def check_citations(text: str, allowed: set[int]) -> Checked:
    """Keep markers that name an allowed passage (written ``[1][2]``), drop the rest."""
    used: list[int] = []
    removed: list[int] = []

    def fix(match: re.Match) -> str:
        found = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
        good = [n for n in found if n in allowed]
        removed.extend(n for n in found if n not in allowed)
        used.extend(n for n in good if n not in used)
        return (_lead(match) + "".join(f"[{n}]" for n in good)) if good else ""

    cleaned = MARKER.sub(fix, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned).strip()
    return Checked(cleaned, used, removed)


def renumber(text: str, order: list[int]) -> str:
    """Markers renumbered 1, 2, ... in ``order`` (the checked text's first-use order)."""
    new = {old: i for i, old in enumerate(order, 1)}
    return MARKER.sub(lambda m: _lead(m) + "".join(f"[{new[int(n)]}]" for n in re.split(r"\s*[,;]\s*", m.group(1))), text)


def looks_like_prose(text: str, min_words: int = 3) -> bool:
    """True for readable sentences; false for empty, looping or mostly non-letter output."""
    words = _WORD.findall(text)
    if len(words) < min_words:
        return False
    visible = [c for c in MARKER.sub("", text) if not c.isspace()]
    if sum(c.isalpha() for c in visible) < 0.6 * len(visible):
        return False
    lowered = [w.lower() for w in words]
    return len(lowered) < 12 or len(set(lowered)) >= 0.3 * len(lowered)


def parse_tailoring(text: str, steps: int) -> tuple[str | None, list[str | None]]:
    """``SUMMARY: ...`` then ``1. ...`` lines -> the summary and one detail per step (None if missing)."""
    summary: list[str] = []
    details: list[str | None] = [None] * steps
    current: int | None = None  # None: in the summary; -1: after it, outside a known step
    seen_summary = False
    for line in text.splitlines():
        head = _SUMMARY.match(line)
        numbered = _NUMBERED.match(line)
        if head and not seen_summary:
            seen_summary, current = True, None
            summary.append(head.group(1))
        elif numbered and seen_summary:
            n = int(numbered.group(1))
            current = n - 1 if 1 <= n <= steps and details[n - 1] is None else -1
            if current >= 0:
                details[current] = numbered.group(2)
        elif line.strip() and seen_summary:
            if current is None:
                summary.append(line)
            elif current >= 0:
                details[current] = f"{details[current]} {line.strip()}"
    text_summary = " ".join(" ".join(summary).split())
    return (text_summary or None), details
