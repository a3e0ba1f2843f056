"""What the advisor knows about the user's situation, and how it came to know it."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.advice.cases import CaseVote
from assistant.advice.factors import FACTORS

STATED, INFERRED, ASSUMED = "stated", "inferred", "assumed"


@dataclass(frozen=True)
class Answer:
    factor: str
    value: str
    source: str = STATED  # stated | inferred | assumed
    evidence: str = ""  # the user's words it came from
    amount: float | None = None  # a number the user gave (examples, requests per month, ...)

    def describe(self) -> str:
        label = FACTORS[self.factor].label(self.value)
        if self.amount is not None:
            unit = {"data": "labelled examples", "volume": "requests a month"}.get(self.factor, "")
            return f"about {self.amount:,.0f} {unit}".strip()
        if self.factor == "task" and self.evidence and self.value == "other":
            return self.evidence[:80]
        return label


@dataclass
class Profile:
    answers: dict[str, Answer] = field(default_factory=dict)
    task_text: str = ""
    #: The nearest worked cases' vote on the user's own words (None: not available or not asked for).
    cases: CaseVote | None = None

    def get(self, factor: str) -> Answer:
        """The answer for a factor, or its neutral default marked as assumed."""
        return self.answers.get(factor) or Answer(factor, FACTORS[factor].default, ASSUMED)

    def value(self, factor: str) -> str:
        return self.get(factor).value

    def known(self, factor: str) -> bool:
        return factor in self.answers

    def told(self) -> int:
        """How many factors the user stated or implied (not assumed)."""
        return sum(1 for a in self.answers.values() if a.source != ASSUMED)

    def set(self, answer: Answer) -> Answer | None:
        """Record an answer; a stated answer is never overwritten by an inferred one."""
        old = self.answers.get(answer.factor)
        if old and old.source == STATED and answer.source == INFERRED:
            return None
        self.answers[answer.factor] = answer
        return old

    def with_value(self, factor: str, value: str) -> "Profile":
        copy = Profile(dict(self.answers), self.task_text, self.cases)
        copy.answers[factor] = Answer(factor, value, ASSUMED)
        return copy

    def to_json(self) -> dict:
        out = {}
        for key in FACTORS:
            a = self.get(key)
            out[key] = {"value": a.describe(), "source": a.source, "code": a.value}
            if a.evidence:
                out[key]["evidence"] = a.evidence
        return out
