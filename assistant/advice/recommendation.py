"""The advisor's outputs as plain data: a recommendation or a cited answer."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    text: str
    citations: list[int]


@dataclass(frozen=True)
class Alternative:
    approach: str
    why_not: str
    citations: list[int]


@dataclass(frozen=True)
class PlanStep:
    step: str
    detail: str
    citations: list[int]


@dataclass
class Recommendation:
    approach: str
    confidence: float
    summary: str
    reasons: list[Reason]
    alternatives: list[Alternative]
    would_change_if: list[str]
    action_plan: list[PlanStep]
    profile: dict
    citations: list[dict]
    scores: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "type": "recommendation",
            "approach": self.approach,
            "confidence": self.confidence,
            "summary": self.summary,
            "reasons": [{"text": r.text, "citations": r.citations} for r in self.reasons],
            "alternatives": [{"approach": a.approach, "why_not": a.why_not, "citations": a.citations}
                             for a in self.alternatives],
            "would_change_if": self.would_change_if,
            "action_plan": [{"step": s.step, "detail": s.detail, "citations": s.citations} for s in self.action_plan],
            "profile": self.profile,
            "citations": self.citations,
            "scores": self.scores,
            "notes": self.notes,
        }


@dataclass
class CitedAnswer:
    text: str
    citations: list[dict]

    def to_json(self) -> dict:
        return {"type": "answer", "text": self.text, "citations": self.citations}
