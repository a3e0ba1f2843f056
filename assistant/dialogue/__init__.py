"""The interview as a conversation object that takes lines and returns events."""

from assistant.dialogue.conversation import Conversation
from assistant.dialogue.events import AnswerEvent, ErrorEvent, Event, NoteEvent, QuestionEvent, RecommendationEvent

__all__ = ["AnswerEvent", "Conversation", "ErrorEvent", "Event", "NoteEvent", "QuestionEvent", "RecommendationEvent"]
