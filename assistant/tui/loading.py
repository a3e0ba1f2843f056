"""The retriever's stand-in while the knowledge base loads in a worker thread.

The conversation can start at once: reading answers needs no model. Only citations and
side questions need retrieval; those calls wait here (off the UI thread) until the
loader hands over the real retriever, or fail softly if loading failed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from assistant.errors import AdvisorError


class IndexGate:
    """Forwards every attribute to the loaded retriever, waiting for it first."""

    def __init__(self, on_wait: Callable[[], None] = lambda: None) -> None:
        self._loaded = threading.Event()
        self._retriever = None
        self._error: AdvisorError | None = None
        self._on_wait = on_wait

    @property
    def done(self) -> bool:
        """True once loading finished, successfully or not."""
        return self._loaded.is_set()

    @property
    def error(self) -> AdvisorError | None:
        return self._error

    def open_with(self, retriever) -> None:
        self._retriever = retriever
        self._loaded.set()

    def fail(self, error: BaseException) -> None:
        """Record why loading failed; retrieval then raises it (the advisor answers without citations)."""
        self._error = error if isinstance(error, AdvisorError) else AdvisorError(
            f"the knowledge base could not be loaded ({type(error).__name__}: {error})")
        self._loaded.set()

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy, pickle and friends probe these: never wait for them
            raise AttributeError(name)
        if not self._loaded.is_set():
            self._on_wait()
            self._loaded.wait()
        if self._error is not None:
            raise self._error
        return getattr(self._retriever, name)
