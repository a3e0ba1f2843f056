"""What the advisor says in a conversation, as data every front end renders its own way."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.advice.recommendation import Recommendation


@dataclass(frozen=True)
class Event:
    def to_json(self) -> dict:
        raise NotImplementedError


@dataclass(frozen=True)
class QuestionEvent(Event):
    factor: str
    text: str
    options: list[str]

    def to_json(self) -> dict:
        return {"event": "question", "factor": self.factor, "text": self.text, "options": self.options}


@dataclass(frozen=True)
class AnswerEvent(Event):
    text: str
    citations: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"event": "answer", "text": self.text, "citations": self.citations}


@dataclass(frozen=True)
class NoteEvent(Event):
    text: str

    def to_json(self) -> dict:
        return {"event": "note", "text": self.text}


@dataclass(frozen=True)
class RecommendationEvent(Event):
    recommendation: Recommendation

    def to_json(self) -> dict:
        return {"event": "recommendation", **self.recommendation.to_json()}


@dataclass(frozen=True)
class ErrorEvent(Event):
    message: str

    def to_json(self) -> dict:
        return {"event": "error", "message": self.message}
