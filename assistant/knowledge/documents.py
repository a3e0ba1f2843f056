"""Loading documents from a folder, skipping what cannot be read instead of crashing.

A note is Markdown with YAML front matter (title, sources, topics); a user's own
document may be any ``.md`` or ``.txt`` file with or without it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SUFFIXES = (".md", ".markdown", ".txt")
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """One readable text file."""

    path: str  # as shown and cited: relative to the repository root, or absolute
    title: str
    sources: tuple[str, ...]  # "Article title (Publisher)"
    topics: tuple[str, ...]
    body: str  # the text after the front matter, verbatim
    digest: str  # sha256 of the file's bytes: what incremental indexing compares
    # Questions each section answers, by heading (front matter ``questions``): indexed with the
    # section so that users' wording finds it, never shown or cited.
    questions: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class LoadReport:
    """What a folder held: the documents read and what was skipped, with why."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)


def _display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path.resolve())


def _format_source(item) -> str:
    if isinstance(item, dict):
        title = str(item.get("title", "")).strip()
        publisher = str(item.get("publisher", "")).strip()
        if title and publisher:
            return f"{title} ({publisher})"
        return title or publisher
    return str(item).strip()


def split_front_matter(text: str) -> tuple[dict, str]:
    """Return (front matter, body); a note without valid front matter keeps its whole text."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end == -1:
        return {}, text
    try:
        meta = yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    body_start = text.find("\n", end + 4)
    return meta, text[body_start + 1:] if body_start != -1 else ""


def read_document(path: Path, root: Path | None = None) -> Document:
    """Read one file; raise ``ValueError`` with a short reason if it cannot be used."""
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ValueError("binary file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    meta, body = split_front_matter(text.replace("\r\n", "\n"))
    if not body.strip():
        raise ValueError("no text")
    title = str(meta.get("title") or "").strip() or path.stem.replace("-", " ").replace("_", " ")
    sources = meta.get("sources") or []
    if not isinstance(sources, list):
        sources = [sources]
    topics = meta.get("topics") or []
    if not isinstance(topics, list):
        topics = [topics]
    return Document(
        path=_display_path(path, root),
        title=title,
        sources=tuple(s for s in (_format_source(x) for x in sources) if s),
        topics=tuple(str(t) for t in topics),
        body=body,
        digest=hashlib.sha256(raw).hexdigest(),
        questions=_questions(meta.get("questions")),
    )


def _questions(value) -> dict[str, tuple[str, ...]]:
    """``{heading: [question, ...]}`` from front matter; anything malformed is ignored."""
    if not isinstance(value, dict):
        return {}
    out = {}
    for heading, items in value.items():
        if isinstance(items, str):
            items = [items]
        if isinstance(items, list):
            kept = tuple(str(q).strip() for q in items if isinstance(q, (str, int, float)) and str(q).strip())
            if kept:
                out[str(heading).strip()] = kept
    return out


def iter_files(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files with a known suffix below ``folder``, sorted; links leading outside are refused."""
    base = folder.resolve()
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(dirpath) / name
            target = path.resolve()
            if path.is_symlink() and not target.is_relative_to(base):
                refused.append((str(path), "link leads outside the folder"))
                continue
            if not target.is_file():
                refused.append((str(path), "not a regular file"))
                continue
            files.append(path)
    return files, refused


def load_folder(folder: Path, root: Path | None = None) -> LoadReport:
    """Read every usable document below ``folder``; report the rest as skipped."""
    report = LoadReport()
    files, refused = iter_files(folder)
    report.skipped.extend(refused)
    for path in files:
        try:
            report.documents.append(read_document(path, root))
        except (ValueError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            report.skipped.append((_display_path(path, root), reason))
    return report
