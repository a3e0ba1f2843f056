"""Sentence embeddings behind LangChain's ``Embeddings`` interface.

sentence-transformers costs seconds to import and load, so nothing happens until the
first text is embedded. Long embedding runs report progress through a callback.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence

from langchain_core.embeddings import Embeddings

from assistant.index.onnx_model import OnnxEncoder

Progress = Callable[[int, int], None]  # (done, total)
BATCH = 32
_LOADED: dict[str, object] = {}  # one model per process, whatever asks for it
_LOAD_LOCK = threading.Lock()


class SentenceEmbeddings(Embeddings):
    """all-MiniLM-L6-v2 (or any sentence-transformers model) loaded from a path or name."""

    def __init__(self, location: str, name: str, progress: Progress | None = None):
        self.location = location
        self.name = name
        self.progress = progress
        self._model = None

    def load(self):
        """Load the model once (thread-safe); offline, since weights ship with a package."""
        with _LOAD_LOCK:
            if self._model is None and self.location in _LOADED:
                self._model = _LOADED[self.location]
            if self._model is None:
                if os.path.isdir(self.location):
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()

                try:
                    self._model = SentenceTransformer(self.location, device="cpu")
                except Exception as exc:  # noqa: BLE001 - any load failure is one message
                    from assistant.errors import AdvisorError

                    raise AdvisorError(
                        f"cannot load embedding model '{self.name}': {str(exc).splitlines()[0]}"
                    ) from exc
                _LOADED[self.location] = self._model
            return self._model

    def _encode(self, texts: Sequence[str]) -> list[list[float]]:
        model = self.load()
        vectors = model.encode(
            list(texts), batch_size=BATCH, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        total = len(texts)
        for start in range(0, total, BATCH * 2):
            out.extend(self._encode(texts[start:start + BATCH * 2]))
            if self.progress:
                self.progress(len(out), total)
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0]


class OnnxEmbeddings(OnnxEncoder, Embeddings):
    """The ONNX export of the model (see ``onnx_model``) as a LangChain ``Embeddings``."""
