"""Errors a user can act on: each carries one plain line and an exit status."""

from __future__ import annotations


class AdvisorError(Exception):
    """A failure to report as one line on stderr (exit status 1)."""

    exit_code = 1


class BadInput(AdvisorError):
    """The user's input or usage was wrong (exit status 2)."""

    exit_code = 2


class IndexMissing(AdvisorError):
    """No usable index exists yet."""


class IndexCorrupt(AdvisorError):
    """The index exists but cannot be read."""


class IndexBusy(AdvisorError):
    """Another process holds the index write lock."""


class StoreUnavailable(AdvisorError):
    """The Chroma server (or store) could not be reached."""
