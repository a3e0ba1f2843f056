"""The widgets of the chat screen: each shows one kind of thing the conversation produces."""
