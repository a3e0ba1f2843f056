"""Streaming a reply with a deadline; every failure becomes ``LLMUnavailable``.

The model streams in a worker thread and the caller waits on a queue, so a server that
hangs before its first token cannot hold the conversation longer than the time-out,
whatever the provider's own client does. ``on_token`` runs in the caller's thread.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from assistant.errors import AdvisorError
from assistant.llm.model import first_line

_POLL = 0.1


class LLMUnavailable(AdvisorError):
    """The model did not give a usable reply (time-out, unreachable, error)."""


def describe_failure(exc: BaseException) -> str:
    """A short reason for the notice the user sees."""
    name = type(exc).__name__
    text = f"{name} {exc}".lower()
    if "timeout" in text or "timed out" in text:
        return "it timed out"
    if "connect" in text or "refused" in text or isinstance(exc, ConnectionError):
        return f"it cannot be reached ({first_line(exc)})"
    return f"it failed ({name}: {first_line(exc)})"


def stream_text(model, messages: list, timeout: float, on_token: Callable[[str], None] | None = None) -> str:
    """The whole reply; ``on_token`` gets each piece as it arrives. Raises ``LLMUnavailable``."""
    pieces: queue.Queue = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            for chunk in model.stream(messages):
                if stop.is_set():
                    return
                text = chunk.text
                if text:
                    pieces.put(("token", text))
            pieces.put(("done", None))
        except BaseException as exc:  # noqa: BLE001 - reported to the caller, never lost
            pieces.put(("error", exc))

    threading.Thread(target=work, name="llm-stream", daemon=True).start()
    deadline = time.monotonic() + timeout
    parts: list[str] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LLMUnavailable(f"it timed out after {timeout:g}s")
            try:
                kind, value = pieces.get(timeout=min(left, _POLL))
            except queue.Empty:
                continue
            if kind == "done":
                return "".join(parts)
            if kind == "error":
                raise LLMUnavailable(describe_failure(value)) from value
            parts.append(value)
            if on_token is not None:
                on_token(value)
    finally:
        stop.set()  # a late worker stops at its next piece and closes the stream
