"""The index on a shared Chroma server (``--chroma-url``), as safe as the embedded one.

A server is shared by many machines, so everything the embedded layout keeps in files
lives on the server:

* each build writes a complete new collection ``knowledge-gen-<ns>``; its metadata holds
  the build's manifest (model, files and their digests, sources) once it is complete;
* the collection ``advisor-index`` is the pointer: its metadata names the current
  generation. Publishing replaces that metadata in one request (one row on the server),
  so readers see the old or the new generation, never a half-built one;
* the collection ``advisor-build-lock`` is a lease: creating a collection that exists
  fails on the server, so only one build can create it. It names its holder and expires
  unless renewed, so a build killed on another machine blocks the next one only for
  ``LEASE_SECONDS`` (or not at all when the holder is a dead process on this machine).

The lease only saves wasted work: safety does not depend on it. Should two builds ever
run at once (an expired lease taken over), each writes its own collection and the last
to publish wins with a complete index.

Readers fetch the passages (ids, texts, metadata) from the current collection and query
it through langchain-chroma with the HTTP client. Every call to the server is retried a
few times; then a :class:`StoreUnavailable` says what is wrong and what to do.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.errors import AdvisorError, IndexBusy, IndexCorrupt, StoreUnavailable
from assistant.index import store
from assistant.index.layout import Manifest

POINTER = "advisor-index"
LOCK = "advisor-build-lock"
PREFIX = "knowledge-gen-"
LEASE_SECONDS = 120.0
RETRY_DELAYS = (0.3, 1.0, 2.0)  # seconds before each retry of a failed request
TIMEOUT_SECONDS = 30.0
PAGE = 1000
QUESTIONS_SUFFIX = "-questions"  # beside each generation: its sections' questions as vectors
KEEP = 2  # the current generation and the previous one (for readers that opened it)
PAUSE_SECONDS = 30.0  # after the retries fail, calls fail at once for this long


class GenerationGone(AdvisorError):
    """The generation a reader opened was dropped by later builds: open the current one."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _is_not_found(exc: BaseException) -> bool:
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc)


def _is_server_error(exc: BaseException) -> bool:
    """Errors that mean the server is unreachable or failing, as opposed to our mistakes."""
    import httpx

    return isinstance(exc, (httpx.TransportError, ConnectionError, TimeoutError)) or (
        type(exc).__name__ in ("InternalError", "ChromaError") and "already exists" not in str(exc)
    )


class RemoteStore:
    """One Chroma server: a client that retries, and names a down server clearly."""

    def __init__(self, url: str, log: Callable[[str], None] = lambda m: None, retry_delays=None):
        self.url = url
        self.log = log
        self.retry_delays = RETRY_DELAYS if retry_delays is None else retry_delays
        self._client = None
        self._down_until = 0.0
        self._down: StoreUnavailable | None = None

    def unavailable(self, exc: BaseException) -> StoreUnavailable:
        return StoreUnavailable(
            f"cannot reach the Chroma server at {self.url} ({_first_line(exc)}); "
            "check that 'chroma run' is up there, or drop --chroma-url to use the embedded index"
        )

    def call(self, what: Callable):
        """Run ``what(client)``, reconnecting and retrying while the server does not answer.

        Once the retries have failed, calls fail at once for ``PAUSE_SECONDS`` so that a
        conversation does not wait on every citation, then the server is tried again.
        """
        if self._down is not None and time.monotonic() < self._down_until:
            raise self._down
        for attempt, delay in enumerate((*self.retry_delays, None)):
            try:
                if self._client is None:
                    self._client = store.http_client(self.url)
                    _limit_wait(self._client)
                result = what(self._client)
                self._down = None
                return result
            except StoreUnavailable as exc:
                error: BaseException = exc
            except Exception as exc:  # noqa: BLE001 - classified below
                if not _is_server_error(exc):
                    raise
                error = exc
            self._client = None
            if delay is None:
                break
            self.log(f"the Chroma server at {self.url} did not answer ({_first_line(error)}); "
                     f"retrying ({attempt + 1}/{len(self.retry_delays)})")
            time.sleep(delay)
        self._down_until = time.monotonic() + PAUSE_SECONDS
        if isinstance(error, StoreUnavailable):
            self._down = error
            raise error
        self._down = self.unavailable(error)
        raise self._down from error

    @property
    def client(self):
        return self.call(lambda c: c)

    # -- the pointer -----------------------------------------------------
    def current_name(self) -> str | None:
        def read(client):
            try:
                meta = client.get_collection(POINTER, embedding_function=None).metadata or {}
            except Exception as exc:  # noqa: BLE001
                if _is_not_found(exc):
                    return None
                raise
            return meta.get("current") or None

        return self.call(read)

    def publish(self, name: str) -> None:
        def flip(client):
            pointer = client.get_or_create_collection(POINTER, embedding_function=None)
            previous = (pointer.metadata or {}).get("current", "")
            pointer.modify(metadata={"current": name, "previous": previous, "published_at": time.time()})

        self.call(flip)

    def manifest(self, name: str) -> Manifest:
        collection = self.call(lambda c: store.get_collection(c, name))
        try:
            return Manifest(**json.loads((collection.metadata or {})["manifest"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise IndexCorrupt(
                f"the index on {self.url} is damaged (generation {name} has no manifest): "
                "run 'advisor index --rebuild --chroma-url ...'"
            ) from exc

    def prune(self, keep: int = KEEP) -> None:
        """Drop generations that are neither current nor the newest previous ones."""
        current = self.current_name()
        names = sorted(c.name if hasattr(c, "name") else str(c) for c in self.call(lambda c: c.list_collections()))
        gens = [n for n in names if n.startswith(PREFIX) and not n.endswith(QUESTIONS_SUFFIX)]
        old = [g for g in gens if g != current][: max(0, len(gens) - keep)]
        orphans = [n for n in names if n.endswith(QUESTIONS_SUFFIX) and n[: -len(QUESTIONS_SUFFIX)] not in gens]
        for name in [*old, *(g + QUESTIONS_SUFFIX for g in old), *orphans]:
            self.call(lambda c, n=name: _delete_quietly(c, n))

    # -- the writer lease ------------------------------------------------
    def lease(self, wait: float, on_wait: Callable[[], None] | None = None) -> "Lease":
        holder = f"{socket.gethostname()}:{os.getpid()}"
        deadline = time.monotonic() + wait
        told = False
        while True:
            if self.call(lambda c: _try_create_lock(c, holder)):
                return Lease(self, holder)
            meta = self.call(lambda c: _lock_meta(c))
            if meta is not None and _stale(meta):
                self.log(f"taking over the build lease of {meta.get('holder')}, which is gone")
                self.call(lambda c: _delete_quietly(c, LOCK))
                continue
            if time.monotonic() >= deadline:
                who = (meta or {}).get("holder", "another build")
                raise IndexBusy(f"another 'advisor index' ({who}) is building the index on {self.url}; "
                                "try again when it has finished")
            if on_wait and not told:
                on_wait()
                told = True
            time.sleep(0.5)


class Lease:
    """The build lease on the server; renew it while working, release it at the end."""

    def __init__(self, remote: RemoteStore, holder: str):
        self.remote = remote
        self.holder = holder
        self._renewed = time.monotonic()

    def renew(self) -> None:
        if time.monotonic() - self._renewed < LEASE_SECONDS / 4:
            return
        self._renewed = time.monotonic()
        self.remote.call(lambda c: c.get_collection(LOCK, embedding_function=None).modify(
            metadata={"holder": self.holder, "expires": time.time() + LEASE_SECONDS}))

    def release(self) -> None:
        meta = self.remote.call(_lock_meta)
        if meta is not None and meta.get("holder") == self.holder:
            self.remote.call(lambda c: _delete_quietly(c, LOCK))

    def __enter__(self) -> "Lease":
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.release()
        except AdvisorError:
            pass  # the lease expires by itself


def _try_create_lock(client, holder: str) -> bool:
    try:
        client.create_collection(LOCK, metadata={"holder": holder, "expires": time.time() + LEASE_SECONDS},
                                 embedding_function=None)
        return True
    except Exception as exc:  # noqa: BLE001
        if "already exists" in str(exc):
            return False
        raise


def _lock_meta(client) -> dict | None:
    try:
        return dict(client.get_collection(LOCK, embedding_function=None).metadata or {})
    except Exception as exc:  # noqa: BLE001
        if _is_not_found(exc):
            return None
        raise


def _stale(meta: dict) -> bool:
    """The lease expired, or its holder was a process on this machine that is gone."""
    if float(meta.get("expires", 0)) < time.time():
        return True
    host, _, pid = str(meta.get("holder", "")).rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return False


def _delete_quietly(client, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception as exc:  # noqa: BLE001
        if not _is_not_found(exc):
            raise


def _limit_wait(client) -> None:
    """chromadb's HTTP client waits forever by default; a hung server must fail instead."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if session is not None:
        import httpx

        session.timeout = httpx.Timeout(TIMEOUT_SECONDS, connect=5.0)


# -- reading -------------------------------------------------------------
@dataclass
class RemoteGeneration:
    """The current generation on the server, as the retriever needs it."""

    remote: RemoteStore
    name: str
    manifest: Manifest
    rows: list[dict]
    _dense: object = None
    _dense_client: object = None

    def question_vectors(self) -> dict[str, object]:
        """The generation's question vectors by question text ({} for an index built without them)."""
        name = self.name + QUESTIONS_SUFFIX
        vectors: dict[str, object] = {}

        def page(client, offset):
            return store.get_collection(client, name).get(include=["documents", "embeddings"], limit=PAGE, offset=offset)

        try:
            while True:
                got = self.remote.call(lambda c, o=len(vectors): page(c, o))
                vectors.update(zip(got["documents"], got["embeddings"]))
                if len(got["ids"]) < PAGE:
                    return vectors
        except Exception as exc:  # noqa: BLE001
            if _is_not_found(exc):
                return {}
            raise

    def dense_search(self, embedder, vector: list[float], k: int):
        """Nearest passages through langchain-chroma on the HTTP client: [(Document, distance)]."""
        def search(client):
            if self._dense is None or self._dense_client is not client:
                from langchain_chroma import Chroma

                self._dense = Chroma(collection_name=self.name, client=client, embedding_function=embedder,
                                     create_collection_if_not_exists=False)
                self._dense_client = client
            return self._dense.similarity_search_by_vector_with_relevance_scores(vector, k=k)

        try:
            return self.remote.call(search)
        except Exception as exc:  # noqa: BLE001
            if _is_not_found(exc):
                raise GenerationGone(f"generation {self.name} is gone from {self.remote.url}") from exc
            raise


def open_current(settings: Settings, log: Callable[[str], None] = lambda m: None) -> RemoteGeneration | None:
    """The passages of the published generation, or None when the server has no index yet."""
    remote = RemoteStore(settings.chroma_url, log)
    name = remote.current_name()
    if name is None:
        return None
    manifest = remote.manifest(name)
    return RemoteGeneration(remote, name, manifest, read_rows(remote, name))


def read_rows(remote: RemoteStore, name: str) -> list[dict]:
    """Every passage of a collection, in the order the build made them (as chunks.jsonl)."""
    def page(client, offset):
        return store.get_collection(client, name).get(include=["documents", "metadatas"], limit=PAGE, offset=offset)

    rows: list[dict] = []
    while True:
        got = remote.call(lambda c, o=len(rows): page(c, o))
        for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
            rows.append({"id": cid, "text": text, **(meta or {})})
        if len(got["ids"]) < PAGE:
            break
    rows.sort(key=lambda r: r.get("position", 0))
    for row in rows:
        row.pop("position", None)
    return rows


# -- building ------------------------------------------------------------
def update_remote_index(settings: Settings, *, rebuild: bool, new_sources: list[Path], log, progress,
                        lock_wait: float):
    """``advisor index --chroma-url``: the same incremental build, into a new server collection."""
    from assistant.index.builder import plan_update

    started = time.perf_counter()
    remote = RemoteStore(settings.chroma_url, log)
    with remote.lease(wait=lock_wait, on_wait=lambda: log("waiting for another index build to finish...")) as lease:
        current, old = remote.current_name(), None
        if current is not None:
            try:
                old = remote.manifest(current)
            except IndexCorrupt as exc:
                log(f"warning: {exc}; rebuilding it")
                current = None
        plan = plan_update(settings, old, new_sources, rebuild, log)
        if plan.up_to_date:
            plan.summary.generation = current
        else:
            def beat(done, total):
                lease.renew()
                if progress:
                    progress(done, total)

            _build_remote(settings, remote, current if not plan.full else None, plan, log, beat)
        plan.summary.seconds = time.perf_counter() - started
        remote.prune()
        return plan.summary


def _build_remote(settings, remote: RemoteStore, current: str | None, plan, log, progress) -> None:
    from assistant.index.builder import embed_into, plan_chunks

    old = remote.manifest(current) if current else None
    new_chunks, files = plan_chunks(plan.docs, old.files if old else {}, plan.summary)
    position = {c.id: i for i, c in enumerate(new_chunks)}
    name = f"{PREFIX}{time.time_ns()}"
    collection = remote.call(lambda c: store.create_collection(c, name, settings.model_name))
    try:
        kept = _copy_unchanged(remote, current, name, position) if current else set()
        embed_into(collection, [c for c in new_chunks if c.id not in kept], settings, log, progress,
                   extra_metadata=lambda c: {"position": position[c.id]})
        _store_questions(remote, current, name, new_chunks, settings, log)
        stored = remote.call(lambda c: store.get_collection(c, name).count())
        if stored != len(new_chunks):
            raise AdvisorError(f"index build check failed: {stored} passages stored, {len(new_chunks)} expected")
        manifest = Manifest(model=settings.model_name, files=files, sources=plan.sources, built_at=time.time())
        remote.call(lambda c: store.get_collection(c, name).modify(
            metadata={"embedding_model": settings.model_name, "manifest": manifest.to_json()}))
        remote.publish(name)
        plan.summary.generation = name
    except BaseException as exc:
        try:
            remote.call(lambda c: _delete_quietly(c, name))
            remote.call(lambda c: _delete_quietly(c, name + QUESTIONS_SUFFIX))
        except AdvisorError:
            pass  # the next build's prune removes it
        if isinstance(exc, Exception) and _is_server_error(exc):
            raise remote.unavailable(exc) from exc
        raise


def _store_questions(remote: RemoteStore, current: str | None, name: str, chunks, settings, log) -> None:
    """Each distinct question's vector, in a collection beside the generation (reused when unchanged)."""
    from assistant.retrieval.questions import question_lines

    texts = list(dict.fromkeys(question_lines([c.metadata() for c in chunks])[0]))
    if not texts:
        return
    known = RemoteGeneration(remote, current, None, []).question_vectors() if current else {}
    missing = [t for t in texts if t not in known]
    if missing:
        from assistant.index.onnx_model import document_embedder

        embedder, _ = document_embedder(settings, log)
        known.update(zip(missing, embedder.embed_documents(missing)))
    target = remote.call(lambda c: store.create_collection(c, name + QUESTIONS_SUFFIX, settings.model_name))
    for start in range(0, len(texts), PAGE):
        batch = texts[start:start + PAGE]
        remote.call(lambda c, b=batch, s=start: target.upsert(
            ids=[f"q{s + i}" for i in range(len(b))], documents=b, embeddings=[list(map(float, known[t])) for t in b]))


def _copy_unchanged(remote: RemoteStore, current: str, name: str, position: dict[str, int]) -> set[str]:
    """Copy the passages that did not change (with their vectors) from the current generation."""
    keep = [cid for cid in position]
    copied: set[str] = set()
    for start in range(0, len(keep), PAGE):
        ids = keep[start:start + PAGE]
        got = remote.call(lambda c, i=ids: store.get_collection(c, current).get(
            ids=i, include=["embeddings", "documents", "metadatas"]))
        if not len(got["ids"]):
            continue
        metas = [{**(m or {}), "position": position[cid]} for cid, m in zip(got["ids"], got["metadatas"])]
        remote.call(lambda c, g=got, m=metas: store.get_collection(c, name).upsert(
            ids=list(g["ids"]), embeddings=g["embeddings"], documents=list(g["documents"]), metadatas=m))
        copied.update(got["ids"])
    return copied
