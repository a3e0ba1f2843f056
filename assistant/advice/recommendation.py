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
    llm: dict | None = None  # what the optional LLM did (see llm_json); None without one
    notice: str | None = None  # why the LLM was not used, for the front end to show
    similar_cases: dict | None = None  # the worked cases' vote (CaseVote.to_json), if there was one

    def to_json(self) -> dict:
        return with_llm(self.llm, {
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
            "similar_cases": self.similar_cases,
        })


@dataclass
class CitedAnswer:
    text: str
    citations: list[dict]
    llm: dict | None = None
    notice: str | None = None

    def to_json(self) -> dict:
        return with_llm(self.llm, {"type": "answer", "text": self.text, "citations": self.citations})


def with_llm(llm: dict | None, out: dict) -> dict:
    """Add the ``llm`` field only when an LLM is configured, so the plain output is unchanged."""
    if llm is not None:
        out["llm"] = llm
    return out


def llm_json(model: str, fallback: str | None = None, flags: list[str] | None = None, **more) -> dict:
    """``{"model", "used", "fallback" | "flags", ...}``: whether the LLM's text is in the output and why not."""
    if fallback is not None:
        return {"model": model, "used": False, "fallback": fallback, **more}
    return {"model": model, "used": True, "flags": flags or [], **more}
