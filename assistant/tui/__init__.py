"""The Textual terminal UI: a thin shell over ``assistant.dialogue.Conversation``."""
