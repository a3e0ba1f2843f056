"""Screens shown over the chat: the key bindings help and the passage viewer."""
