"""On-disk layout of the embedded index, made so that no reader ever sees half a build.

``index/`` holds generations: each build writes a complete new folder under
``gens/`` and then switches the ``CURRENT`` pointer with an atomic rename. A build that
dies leaves only an unpublished ``tmp-*`` folder behind, which the next build removes;
readers keep using the previous generation. A lock file serialises writers.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import AdvisorError, IndexBusy, IndexCorrupt

FORMAT = 1
MANIFEST = "manifest.json"
CHUNKS = "chunks.jsonl"


@dataclass
class Manifest:
    """What a generation holds: the model it was embedded with and each file's chunks."""

    model: str
    files: dict[str, dict] = field(default_factory=dict)  # path -> {"digest", "chunks": [ids]}
    sources: list[str] = field(default_factory=list)  # user folders indexed with --source
    built_at: float = 0.0
    format: int = FORMAT

    @property
    def chunk_count(self) -> int:
        return sum(len(f["chunks"]) for f in self.files.values())

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True)

    @classmethod
    def read(cls, path: Path) -> "Manifest":
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown index format {data.get('format')!r}")
        return cls(**data)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class IndexLayout:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.gens = self.root / "gens"
        self.pointer = self.root / "CURRENT"

    # -- readers ---------------------------------------------------------
    def current(self) -> Path | None:
        """The published generation, or None if there is none yet."""
        try:
            name = self.pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise IndexCorrupt(f"cannot read the index pointer {self.pointer}: {exc.strerror}") from exc
        gen = self.gens / name
        if not name or not (gen / MANIFEST).is_file():
            raise IndexCorrupt(
                f"the index at {self.root} is damaged (generation '{name}' is missing): "
                "run 'advisor index --rebuild'"
            )
        return gen

    def manifest(self, gen: Path) -> Manifest:
        try:
            return Manifest.read(gen / MANIFEST)
        except (OSError, ValueError, TypeError) as exc:
            raise IndexCorrupt(
                f"the index at {self.root} is damaged ({exc}): run 'advisor index --rebuild'"
            ) from exc

    # -- writers ---------------------------------------------------------
    def new_workspace(self, copy_from: Path | None = None) -> Path:
        self.gens.mkdir(parents=True, exist_ok=True)
        tmp = self.gens / f"tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        if copy_from is not None:
            shutil.copytree(copy_from, tmp)
        else:
            tmp.mkdir()
        return tmp

    def publish(self, workspace: Path) -> Path:
        """Make a finished workspace the current generation (atomic for readers)."""
        _fsync_dir(workspace)
        gen = self.gens / f"gen-{time.time_ns()}"
        os.rename(workspace, gen)
        _fsync_dir(self.gens)
        write_atomic(self.pointer, gen.name + "\n")
        return gen

    def prune(self, keep: int = 2) -> None:
        """Remove leftovers of dead builds and all but the newest ``keep`` generations.

        The previous generation is kept so that a reader that opened it just before the
        switch can finish.
        """
        if not self.gens.is_dir():
            return
        current = self.pointer.read_text().strip() if self.pointer.exists() else ""
        gens = sorted((p for p in self.gens.glob("gen-*")), key=lambda p: p.name)
        old = [g for g in gens if g.name != current][: max(0, len(gens) - keep)]
        stale = [t for t in self.gens.glob("tmp-*") if not _pid_alive(t.name.split("-")[1])]
        for path in old + stale:
            shutil.rmtree(path, ignore_errors=True)

    @contextmanager
    def lock(self, wait: float = 30.0, on_wait=None):
        """Hold the writer lock; wait up to ``wait`` seconds for another build, then refuse."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fh = open(self.root / ".lock", "a+")
        except OSError as exc:
            raise AdvisorError(f"cannot write to the index folder {self.root}: {exc.strerror}") from exc
        deadline = time.monotonic() + wait
        told = False
        try:
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        raise IndexBusy(
                            "another 'advisor index' is still running on this index; "
                            "try again when it has finished"
                        ) from None
                    if on_wait and not told:
                        on_wait()
                        told = True
                    time.sleep(0.2)
            yield
        finally:
            try:
                fcntl.flock(fh, fcntl.LOCK_UN)
            finally:
                fh.close()


def _pid_alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
