"""The interview as a conversation object that takes lines and returns events.

``Conversation`` is imported on first use (PEP 562): it brings in the whole advisor, and
the terminal UI needs only the event classes to paint its first screen.
"""

from assistant.dialogue.events import AnswerEvent, ErrorEvent, Event, NoteEvent, QuestionEvent, RecommendationEvent

__all__ = ["AnswerEvent", "Conversation", "ErrorEvent", "Event", "NoteEvent", "QuestionEvent", "RecommendationEvent"]


def __getattr__(name: str):
    if name == "Conversation":
        from assistant.dialogue.conversation import Conversation

        return Conversation
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
