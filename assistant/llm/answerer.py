"""``LLMAnswerer``: cited answers and reworded advice from a chat model, checked before use.

Every method either returns text that passed the checks in ``grounding`` or raises
``LLMUnavailable`` with a reason for the user's notice; the caller then keeps the
engine's extractive answer or wording. After the model fails to answer (time-out,
unreachable), it is not asked again for ``retry_after`` seconds, so a dead server costs
one wait, not one per message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.errors import AdvisorError
from assistant.llm.grounding import check_citations, looks_like_prose, numbers, parse_tailoring, renumber
from assistant.llm.model import create_chat_model
from assistant.llm.prompt import answer_messages, tailor_messages
from assistant.llm.runner import LLMUnavailable, stream_text
from assistant.llm.settings import LLMSettings

MAX_SUMMARY = 1500
MAX_DETAIL = 600


class LLMRejected(LLMUnavailable):
    """The model answered, but its text failed the checks."""


@dataclass
class LLMReply:
    """A checked answer whose markers are renumbered 1, 2, ... in order of first use.

    ``used[i]`` is the 1-based position, among the passages given, of citation ``i + 1``.
    """

    text: str
    used: list[int]
    flags: list[str] = field(default_factory=list)


@dataclass
class Tailoring:
    """Reworded summary and step details; ``None`` where the engine's text stays."""

    summary: str | None
    details: list[str | None]
    flags: list[str] = field(default_factory=list)


def _removed_flag(removed: list[int]) -> str:
    marks = ", ".join(f"[{n}]" for n in dict.fromkeys(removed))
    return f"removed citation {marks}: not a retrieved passage"


class LLMAnswerer:
    retry_after = 60.0

    def __init__(self, settings: LLMSettings, model=None):
        self.settings = settings
        self._model = model
        self._down_until = 0.0
        self._down_reason = ""

    @property
    def name(self) -> str:
        return self.settings.spec

    @property
    def tailors(self) -> bool:
        return self.settings.tailor

    def check(self) -> None:
        """Create the model now, so that a missing package or bad name is reported at start."""
        if self._model is None:
            self._model = create_chat_model(self.settings)

    def _stream(self, messages: list, on_token: Callable[[str], None] | None) -> str:
        now = time.monotonic()
        if now < self._down_until:
            raise LLMUnavailable(f"{self._down_reason}; trying again in {self._down_until - now:.0f}s")
        try:
            self.check()
            return stream_text(self._model, messages, self.settings.timeout, on_token)
        except AdvisorError as exc:
            self._down_until, self._down_reason = time.monotonic() + self.retry_after, str(exc)
            raise LLMUnavailable(str(exc)) from exc

    def answer(self, question: str, passages: list, on_token: Callable[[str], None] | None = None) -> LLMReply:
        """An answer citing only ``passages`` (numbered from 1); raises ``LLMUnavailable``."""
        raw = self._stream(answer_messages(question, passages), on_token)
        checked = check_citations(raw, set(range(1, len(passages) + 1)))
        if not looks_like_prose(checked.text):
            raise LLMRejected("its answer was empty or unreadable")
        if not checked.used:
            raise LLMRejected("its answer cited none of the retrieved passages")
        return LLMReply(renumber(checked.text, checked.used), checked.used, [_removed_flag(checked.removed)] if checked.removed else [])

    def tailor(self, task: str, approach_name: str, mentions: tuple[str, ...], summary: str,
               steps: list[tuple[str, str]], allowed: set[int]) -> Tailoring:
        """Summary and step details reworded for ``task``; each part checked on its own."""
        raw = self._stream(tailor_messages(task, approach_name, summary, steps), None)
        new_summary, details = parse_tailoring(raw, len(steps))
        flags: list[str] = []
        if new_summary is not None:
            problem = self._summary_problem(new_summary, mentions, allowed)
            if problem:
                flags.append(f"summary kept: the reworded one {problem}")
                new_summary = None
        kept = []
        for i, detail in enumerate(details):
            if detail is not None and (numbers(detail) or not looks_like_prose(detail) or len(detail) > MAX_DETAIL):
                details[i] = None
                kept.append(str(i + 1))
        if kept:
            flags.append("plan step(s) " + ", ".join(kept) + " kept: the reworded text was unusable")
        if new_summary is None and not any(details):
            raise LLMRejected("its rewording was unusable" + (f" ({flags[0]})" if flags else ""))
        return Tailoring(new_summary, details, flags)

    @staticmethod
    def _summary_problem(text: str, mentions: tuple[str, ...], allowed: set[int]) -> str | None:
        if not looks_like_prose(text, min_words=8) or len(text) > MAX_SUMMARY:
            return "was empty, too long or unreadable"
        if any(n not in allowed for n in numbers(text)):
            return "cited passages that are not among the advice's sources"
        if not any(m in text.lower() for m in mentions):
            return "did not name the recommended approach"
        return None
