"""Bringing the index up to date with the knowledge folder (and the user's own folders).

Incremental: every file's digest is compared with the last build; only chunks whose
text changed are embedded again, chunks of deleted files are removed, and a change of
embedding model rebuilds everything. The work happens in a copy of the current
generation that is published atomically at the end (see ``layout``).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.errors import AdvisorError, BadInput, IndexCorrupt
from assistant.index import sidecars
from assistant.index.layout import CHUNKS, MANIFEST, IndexLayout, Manifest, write_atomic
from assistant.knowledge.documents import Document, load_folder

Log = Callable[[str], None]
Progress = Callable[[int, int], None]
UPSERT_BATCH = 256


@dataclass
class BuildSummary:
    files: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    full: bool = False
    reason: str = ""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    generation: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def to_dict(self) -> dict:
        return asdict(self)


def _check_source(path: Path) -> Path:
    if not path.exists():
        raise BadInput(f"--source {path}: no such folder")
    if not path.is_dir():
        raise BadInput(f"--source {path}: is a file, not a folder")
    try:
        next(iter(path.iterdir()), None)
    except OSError as exc:
        raise BadInput(f"--source {path}: cannot be read ({exc.strerror})") from exc
    return path.resolve()


def load_documents(settings: Settings, sources: list[Path], log: Log) -> tuple[list[Document], list]:
    kdir = settings.knowledge_dir
    if not kdir.is_dir():
        raise BadInput(f"the knowledge folder {kdir} does not exist")
    docs: list[Document] = []
    skipped: list[tuple[str, str]] = []
    for folder in [kdir, *sources]:
        report = load_folder(folder, settings.root)
        docs.extend(report.documents)
        skipped.extend(report.skipped)
    for path, reason in skipped:
        log(f"warning: skipped {path}: {reason}")
    seen: dict[str, Document] = {}
    for doc in docs:
        seen.setdefault(doc.path, doc)
    return list(seen.values()), skipped


def _read_chunks(gen: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    with open(gen / CHUNKS, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row
    return out


def update_index(
    settings: Settings,
    *,
    rebuild: bool = False,
    add_sources: tuple[Path, ...] = (),
    log: Log = lambda _m: None,
    progress: Progress | None = None,
    lock_wait: float = 60.0,
) -> BuildSummary:
    """Bring the index (embedded, or on the Chroma server of ``--chroma-url``) up to date."""
    started = time.perf_counter()
    new_sources = [_check_source(Path(p)) for p in add_sources]
    if settings.chroma_url:
        from assistant.index.remote import update_remote_index

        return update_remote_index(settings, rebuild=rebuild, new_sources=new_sources, log=log,
                                   progress=progress, lock_wait=lock_wait)
    layout = IndexLayout(settings.index_dir)
    with layout.lock(wait=lock_wait, on_wait=lambda: log("waiting for another index build to finish...")):
        current, old = None, None
        try:
            current = layout.current()
            old = layout.manifest(current) if current else None
        except IndexCorrupt as exc:
            log(f"warning: {exc}; rebuilding it")
            current, old = None, None
        plan = plan_update(settings, old, new_sources, rebuild, log)
        if plan.up_to_date and sidecars.present(current, settings):
            plan.summary.generation = current.name
        else:
            if plan.up_to_date:  # same documents, but the side files of the fast path are missing
                plan.summary.unchanged = plan.summary.chunks = 0
            with disk_errors(settings.index_dir):
                _build(settings, layout, current if not plan.full else None, old if not plan.full else None,
                       plan.docs, plan.sources, plan.summary, log, progress)
        plan.summary.seconds = time.perf_counter() - started
        layout.prune()
        return plan.summary


@dataclass
class UpdatePlan:
    """What a build has to do: the documents and folders to index and whether to start afresh."""

    docs: list[Document]
    sources: list[str]
    summary: BuildSummary
    full: bool
    up_to_date: bool = False


def plan_update(settings: Settings, old: Manifest | None, new_sources: list[Path], rebuild: bool, log: Log) -> UpdatePlan:
    """Read the documents and compare them with the last build's manifest (``old``)."""
    sources = list(dict.fromkeys([*(old.sources if old else []), *map(str, new_sources)]))
    kept_sources = []
    for s in sources:
        if Path(s).is_dir():
            kept_sources.append(s)
        else:
            log(f"warning: the source folder {s} is gone; its documents are removed from the index")
    docs, skipped = load_documents(settings, [Path(s) for s in kept_sources], log)
    if not docs:
        raise BadInput(
            f"no documents to index in {settings.knowledge_dir}: add .md or .txt notes"
        )
    summary = BuildSummary(files=len(docs), skipped=skipped)
    full = rebuild or old is None or old.model != settings.model_name
    if old is None:
        summary.reason = "no index yet"
    elif rebuild:
        summary.reason = "--rebuild"
    elif old.model != settings.model_name:
        summary.reason = f"embedding model changed from {old.model} to {settings.model_name}"
        log(f"{summary.reason}: rebuilding everything")
    summary.full = full
    plan = UpdatePlan(docs, kept_sources, summary, full)
    if not full:
        same = {d.path for d in docs if old.files.get(d.path, {}).get("digest") == d.digest}
        if len(same) == len(docs) == len(old.files) and kept_sources == old.sources:
            summary.unchanged = old.chunk_count
            summary.chunks = old.chunk_count
            plan.up_to_date = True
    return plan


@contextmanager
def disk_errors(where):
    """A full disk or a read-only folder is one clear line; the previous index stays in use."""
    from assistant.index.store import storage_problem

    try:
        yield
    except Exception as exc:  # noqa: BLE001 - OS, sqlite and Chroma errors alike
        # Chroma's "cannot open the index" (it must write to open) is a failed write here too.
        cause = exc.__cause__ if isinstance(exc, AdvisorError) else exc
        reason = storage_problem(cause) if cause is not None else None
        if reason is None:
            raise
        raise AdvisorError(
            f"cannot write the index at {where}: {reason}; the previous index is unchanged and still in use"
        ) from exc


def plan_chunks(docs: list[Document], old_files: dict[str, dict], summary: BuildSummary):
    """Chunk every document; count added/updated/removed/unchanged against ``old_files``."""
    from assistant.knowledge.chunking import chunk_document

    new_chunks = []
    files: dict[str, dict] = {}
    for doc in docs:
        chunks = chunk_document(doc)
        files[doc.path] = {"digest": doc.digest, "chunks": [c.id for c in chunks]}
        new_chunks.extend(chunks)
        previous = old_files.get(doc.path, {}).get("chunks", [])
        now = [c.id for c in chunks]
        unchanged = set(previous) & set(now)
        summary.unchanged += len(unchanged)
        paired = min(len(previous), len(now)) - len(unchanged)
        summary.updated += max(0, paired)
        summary.added += len(now) - len(unchanged) - max(0, paired)
        summary.removed += len(previous) - len(unchanged) - max(0, paired)
    for path, entry in old_files.items():
        if path not in files:
            summary.removed += len(entry["chunks"])
    summary.chunks = len(new_chunks)
    return new_chunks, files


def embed_into(collection, chunks, settings: Settings, log: Log, progress: Progress | None,
               extra_metadata=None, embedder=None) -> None:
    """Embed ``chunks`` and upsert them into a Chroma collection (embedded or on a server)."""
    if not chunks:
        return
    if embedder is None:
        from assistant.index.onnx_model import document_embedder

        embedder, _ = document_embedder(settings, log)
    log(f"embedding {len(chunks)} passages with {settings.model_name}")
    done = 0
    for start in range(0, len(chunks), UPSERT_BATCH):
        batch = chunks[start:start + UPSERT_BATCH]
        vectors = embedder.embed_documents([c.embedding_text() for c in batch])
        collection.upsert(
            ids=[c.id for c in batch],
            embeddings=vectors,
            documents=[c.text for c in batch],
            metadatas=[{**c.metadata(), **(extra_metadata(c) if extra_metadata else {})} for c in batch],
        )
        done += len(batch)
        if progress:
            progress(done, len(chunks))


def _build(settings, layout, current, old, docs, sources, summary, log, progress) -> None:
    from assistant.index import store
    from assistant.index.onnx_model import document_embedder

    old_chunks = _read_chunks(current) if current else {}
    new_chunks, files = plan_chunks(docs, old.files if old else {}, summary)
    new_ids = {c.id for c in new_chunks}
    stale = [cid for cid in old_chunks if cid not in new_ids]
    to_embed = [c for c in new_chunks if c.id not in old_chunks]

    workspace = layout.new_workspace(copy_from=current)
    client = None
    try:
        client = store.local_client(workspace)
        collection = store.create_collection(client, store.COLLECTION, settings.model_name)
        if stale:
            for start in range(0, len(stale), UPSERT_BATCH):
                collection.delete(ids=stale[start:start + UPSERT_BATCH])
        embedder, export = document_embedder(settings, log)
        embed_into(collection, to_embed, settings, log, progress, embedder=embedder)
        if collection.count() != len(new_chunks):
            raise AdvisorError(
                f"index build check failed: {collection.count()} passages stored, {len(new_chunks)} expected"
            )
        sidecars.write(workspace, collection, new_chunks, export, embedder)
        rows = [json.dumps({"id": c.id, "text": c.text, **c.metadata()}, ensure_ascii=False) for c in new_chunks]
        (workspace / CHUNKS).write_text("\n".join(rows) + "\n", encoding="utf-8")
        manifest = Manifest(model=settings.model_name, files=files, sources=sources, built_at=time.time())
        write_atomic(workspace / MANIFEST, manifest.to_json())
        store.release(client)
        client = None
        summary.generation = layout.publish(workspace).name
    except BaseException:
        if client is not None:
            store.release(client)
        shutil.rmtree(workspace, ignore_errors=True)
        raise
