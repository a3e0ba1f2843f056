"""User text as the core receives it."""

from __future__ import annotations


def valid_text(text: str) -> str:
    """``text`` with undecodable bytes replaced by U+FFFD.

    Python hands bytes that are not UTF-8 (from argv, or stdin under a C locale) over as lone
    surrogates, which cannot be written back out or tokenised: each becomes one replacement
    character, so the rest of the message is still read and nothing fails later."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def text_stdin():
    """Standard input read as UTF-8 whatever the locale, undecodable bytes kept for ``valid_text``
    (under a strict UTF-8 locale they would otherwise stop the whole read with an error)."""
    import sys

    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(encoding="utf-8", errors="surrogateescape")
    return sys.stdin
