"""Saved chat sessions: an append-only log of what the user typed, one JSON line each.

The interview is deterministic (the same lines give the same state), so a session is
saved as its user lines alone and resumed by replaying them through a fresh
``Conversation``. Each line is flushed and fsynced as it is written, so a crash loses
at most the line being written; a torn last line is ignored on reading. One file per
session under ``Settings.sessions_dir``: several terminals never share a file.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import AdvisorError
from assistant.text import valid_text

FORMAT = 1
SUFFIX = ".jsonl"


@dataclass
class SessionLog:
    """One saved session: its file and the user lines read from it so far."""

    path: Path
    lines: list[str] = field(default_factory=list)
    torn: int = 0  # unreadable lines skipped when reading (a crash mid-write)

    # -- finding and opening -------------------------------------------
    @classmethod
    def create(cls, sessions_dir: Path) -> "SessionLog":
        """A new session file, named so that names sort by start time."""
        try:
            sessions_dir.mkdir(parents=True, exist_ok=True)
            path = sessions_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}{SUFFIX}"
            log = cls(path)
            log._write({"type": "session", "format": FORMAT, "started": time.time()})
        except OSError as exc:
            raise AdvisorError(f"cannot save the session in {sessions_dir}: {exc.strerror or exc}") from exc
        return log

    @classmethod
    def latest(cls, sessions_dir: Path) -> "SessionLog | None":
        """The session written to last (by modification time), or None if there is none."""
        try:
            files = [p for p in sessions_dir.glob(f"*{SUFFIX}") if p.is_file()]
        except OSError:
            return None
        if not files:
            return None
        return cls.read(max(files, key=lambda p: (p.stat().st_mtime_ns, p.name)))

    @classmethod
    def read(cls, path: Path) -> "SessionLog":
        log = cls(Path(path))
        try:
            raw = log.path.read_bytes()
        except OSError as exc:
            raise AdvisorError(f"cannot read the saved session {path}: {exc.strerror or exc}") from exc
        for line in raw.decode("utf-8", errors="replace").splitlines():
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                log.torn += 1
                continue
            if isinstance(entry, dict) and entry.get("type") == "user" and isinstance(entry.get("text"), str):
                log.lines.append(entry["text"])
        return log

    # -- writing ---------------------------------------------------------
    def append(self, line: str) -> None:
        """Save one user line durably before it is answered."""
        self._write({"type": "user", "text": line, "at": time.time()})
        self.lines.append(line)

    def _write(self, entry: dict) -> None:
        data = json.dumps(entry, ensure_ascii=False) + "\n"
        # O_APPEND: a single write lands whole at the end, even if a torn line precedes it.
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if self._ends_torn(fd):
                os.write(fd, b"\n")
            os.write(fd, data.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def _ends_torn(self, fd: int) -> bool:
        """True if the file ends in the middle of a line (a crash during the last write)."""
        size = os.fstat(fd).st_size
        if size == 0:
            return False
        with open(self.path, "rb") as fh:
            fh.seek(size - 1)
            return fh.read(1) != b"\n"

    # -- resuming --------------------------------------------------------
    def replay(self, conversation) -> list:
        """Bring a fresh conversation to where this session stopped; return what it says now.

        The events of the replayed lines are not shown again: the caller gets a note of
        what was restored followed by the last reply (the open question or the advice).
        """
        from assistant.dialogue.events import NoteEvent

        events = conversation.start()
        for line in self.lines:
            events = conversation.reply(line)
        answered = len(conversation.profile.answers)
        note = (f"Resumed the session saved in {self.path.name}: replayed {len(self.lines)} message(s), "
                f"{answered} answer(s) restored.")
        if self.torn:
            note += f" {self.torn} damaged line(s) could not be read and were left out."
        return [NoteEvent(note), *events]


class SavedConversation:
    """A conversation whose user lines are saved as they come (what every front end uses).

    Saving is best effort: if the session folder cannot be written (read-only, full
    disk) the chat goes on and says once that it is no longer saved.
    """

    def __init__(self, conversation, log: SessionLog | None):
        self.conversation = conversation
        self.log = log

    @classmethod
    def begin(cls, conversation, sessions_dir: Path, resume: bool = False) -> tuple["SavedConversation", list]:
        """Start a new saved session, or resume the latest one; return it and the opening events."""
        from assistant.dialogue.events import NoteEvent
        from assistant.errors import BadInput

        if resume:
            log = SessionLog.latest(sessions_dir)
            if log is None:
                raise BadInput(f"--resume: there is no saved session in {sessions_dir}; "
                               "start one with 'advisor chat'")
            return cls(conversation, log), log.replay(conversation)
        events = conversation.start()
        try:
            return cls(conversation, SessionLog.create(sessions_dir)), events
        except AdvisorError as exc:
            return cls(conversation, None), [NoteEvent(f"This session will not be saved: {exc}."), *events]

    def reply(self, line: str, on_token=None) -> list:
        """Save ``line``, then answer it (``on_token`` gets a streamed LLM answer's pieces)."""
        from assistant.dialogue.events import NoteEvent

        line = valid_text(line)  # a line that is not UTF-8 is saved as it is read, with U+FFFD
        notes = []
        if self.log is not None and line.strip():
            try:
                self.log.append(line)
            except OSError as exc:
                notes.append(NoteEvent(f"Could not save this session any more ({exc.strerror or exc}); "
                                       "the chat goes on unsaved."))
                self.log = None
        return [*notes, *self.conversation.reply(line, on_token=on_token)]
