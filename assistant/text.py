"""User text as the core receives it."""

from __future__ import annotations

import re


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


TOPICS = "prompting, fine-tuning, RAG, data, cost or evaluation"  # what the knowledge base covers, for replies
INSTRUCTED = f"I don't take instructions from a message: describe your situation for advice, or ask about {TOPICS}."
INSTRUCTION_NOTE = "I base the advice on your situation, not on instructions in the text; I read the rest of it."

_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\s+(all\s+|the\s+|your\s+|any\s+|these\s+)*"
    r"(previous\s+|prior\s+|above\s+|earlier\s+|preceding\s+|system\s+|original\s+)*"
    r"(instructions|rules|guidelines|prompts?|knowledge\s+base|training|programming)\b"
    r"|\bforget\s+(that\s+)?(you('re|\s+are)|everything|all\s+(above|before|previous))"
    r"|\b(print|show|reveal|repeat|output|tell\s+me|what\s+(is|are)|what's)\s+(me\s+)?your\s+"
    r"(system\s+|initial\s+|hidden\s+|secret\s+|internal\s+)?(prompt|instructions|configuration|config|rules)\b"
    r"|\b(repeat|print|output|show|reveal)\s+(me\s+)?(the\s+|all\s+)?(text|words|everything|messages?)\s+(above|before)\b"
    r"|\byou\s+are\s+now\b|\byou\s+are\s+my\b|\bfrom\s+now\s+on,?\s+(you|respond|answer|reply|only|speak|talk|act|always)\b|\bpretend\s+(that\s+)?you('re|\s+are)\b"
    r"|\b(respond|reply|answer)\s+only\s+(with|in)\b|\b(jailbreak|developer\s+mode|dan\s+mode)\b"
    r"|\byou\s+must\s+(recommend|say)\b|\bjust\s+(recommend|say\s+it)\b"
    r"|\bsay\s+(that\s+)?[\w-]+(\s+[\w-]+)?\s+is\s+(always\s+)?(the\s+)?best\b",
    re.I,
)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
_QUOTED = re.compile(r"(?<!\w)['\"\u201c\u2018][^'\"\u201d\u2019\n]{1,200}['\"\u201d\u2019](?!\w)")
_LEAD = re.compile(r"(^|[,;:]|\b(and|then|so|now|please|also|first|hey|hi|ok|okay|bot|assistant))\W*$", re.I)


def _before_instruction(sentence: str) -> str | None:
    """The sentence up to the clause that instructs the bot, or None if no clause does.

    An instruction is an imperative addressed to the bot: the phrase opens its sentence or
    clause, and is not quoted ("how do we stop 'ignore previous instructions' hidden in a
    PDF?" asks about one)."""
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    for m in _INSTRUCTION.finditer(unquoted):
        if _LEAD.search(unquoted[: m.start()]):
            clause = max(unquoted.rfind(c, 0, m.start()) for c in ",;:")
            return sentence[: max(clause, 0)]
    return None


def instructions(text: str) -> tuple[bool, str]:
    """Whether ``text`` tries to instruct the advisor, and the text without those sentences.

    The advice comes from the user's situation and answers from the knowledge base; a line that
    tells the bot to drop its rules, reveal a prompt or play a part changes neither, and the
    user is told so. The rest of the message (a real question beside it) is still read."""
    found, kept = False, []
    for sentence in _SENTENCES.findall(text):
        before = _before_instruction(sentence)
        found = found or before is not None
        kept.append(sentence if before is None else before)
    return (True, " ".join(s.strip() for s in kept if s.strip())) if found else (False, text)
