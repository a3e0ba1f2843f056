"""The optional LLM: fluent, cited answers and tailored wording, never the decision.

Nothing here is imported unless an LLM is configured, except ``settings`` (stdlib only),
which tells whether one is. LangChain is imported when the model is first created.

- ``settings``: which model, from ``--llm``, ``ADVISOR_LLM`` or ``.advisor/config.toml``
- ``model``: creating the chat model through LangChain's ``init_chat_model``
- ``prompt``: messages that pass retrieved passages as numbered data blocks
- ``grounding``: checking citation markers and the shape of the model's text
- ``runner``: streaming with a deadline, every failure turned into ``LLMUnavailable``
- ``answerer``: ``LLMAnswerer``, what the ``Advisor`` calls
"""
