"""Opening the Chroma collection, embedded on disk or on a Chroma server.

chromadb is imported here and only here, lazily: it costs over a second to import.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

from assistant.errors import AdvisorError, BadInput, StoreUnavailable

COLLECTION = "knowledge"
CHROMA_DIR = "chroma"


def _chroma_settings():
    import chromadb

    return chromadb.Settings(anonymized_telemetry=False)


_STORAGE = (
    (re.compile(r"no space left|disk is full|quota exceeded", re.I), "no space left on the device"),
    (re.compile(r"read-?only (file system|database)|readonly database", re.I), "the folder is read-only"),
    (re.compile(r"permission denied", re.I), "permission denied"),
)


def storage_problem(exc: BaseException) -> str | None:
    """A short reason if ``exc`` (from the OS, sqlite or Chroma) means the disk cannot be written."""
    text = str(exc)
    for pattern, reason in _STORAGE:
        if pattern.search(text):
            return reason
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return None


def local_client(generation: Path):
    import chromadb

    try:
        return chromadb.PersistentClient(path=str(generation / CHROMA_DIR), settings=_chroma_settings())
    except Exception as exc:  # noqa: BLE001 - Chroma reports storage trouble as InternalError
        chromadb.api.client.SharedSystemClient.clear_system_cache()  # else the next try fails obscurely
        reason = storage_problem(exc)
        if reason is None:
            raise
        raise AdvisorError(
            f"cannot open the index at {generation.parent.parent}: {reason} (Chroma writes to its "
            "store even to read it); point ADVISOR_INDEX_DIR at a writable copy"
        ) from exc


def parse_url(url: str) -> tuple[str, int, bool]:
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise BadInput(f"--chroma-url must look like http://HOST:PORT, not '{url}'")
    ssl = parsed.scheme == "https"
    return parsed.hostname, parsed.port or (443 if ssl else 8000), ssl


def http_client(url: str):
    import chromadb

    host, port, ssl = parse_url(url)
    try:
        return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=_chroma_settings())
    except Exception as exc:  # noqa: BLE001 - connection errors come in many types
        raise StoreUnavailable(
            f"cannot reach the Chroma server at {url}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}; "
            "start it with 'chroma run' or drop --chroma-url"
        ) from exc


# A denser graph and a wider search than Chroma's defaults (16 / 100 / 100): with the
# defaults, HNSW missed a passage in the top 20 for 1 of 118 benchmark questions, so the
# straightforward path returned other passages than the exact fast path. A knowledge base is
# thousands of passages, not millions, so recall is worth more than the extra milliseconds.
HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 400}


def create_collection(client, name: str, model: str):
    """A fresh cosine collection that records its embedding model (no Chroma default EF)."""
    return client.get_or_create_collection(
        name,
        configuration={"hnsw": dict(HNSW)},
        metadata={"embedding_model": model},
        embedding_function=None,
    )


def get_collection(client, name: str):
    return client.get_collection(name, embedding_function=None)


def release(client) -> None:
    """Drop chromadb's per-path client cache so a finished build's folder can be moved."""
    try:
        client.clear_system_cache()
    except Exception:  # noqa: BLE001 - best effort
        pass
