"""Finding amounts in free text: "50k", "2 million", "~1,200", "a few hundred", "fifty thousand"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mil": 1e6, "million": 1e6,
          "millions": 1e6, "milhão": 1e6, "milhao": 1e6, "milhões": 1e6, "milhoes": 1e6, "millón": 1e6, "millon": 1e6,
          "millones": 1e6, "mio": 1e6, "mln": 1e6, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "b": 1e9, "bn": 1e9, "billion": 1e9, "hundred": 100, "thousands": 1e3}
_WORDS = {
    "zero": 0, "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "dozen": 12, "a dozen": 12,
}
_VAGUE = [
    (r"a couple(?: of)? (?:million|mil)", 2e6), (r"a couple(?: of)? hundred thousand", 2e5),
    (r"a few hundred thousand", 3e5), (r"several hundred thousand", 4e5),
    (r"hundreds of millions", 3e8), (r"tens of millions", 3e7), (r"three quarters of a million", 7.5e5),
    (r"(?:a|one) quarter of a million", 2.5e5), (r"half a million", 5e5), (r"a million", 1e6),
    (r"a billion", 1e9), (r"a hundred thousand", 1e5), (r"a thousand", 1e3),
    (r"tens of thousands", 30_000), (r"hundreds of thousands", 300_000), (r"a few (?:million|mil)", 3e6),
    (r"several million", 4e6), (r"millions", 3e6), (r"a few (?:thousand|k|grand)", 3_000), (r"several thousand", 4_000),
    (r"a couple(?: of)? (?:thousand|k|grand)", 2_000), (r"thousands", 3_000), (r"a few hundred", 300),
    (r"several hundred", 400), (r"a couple(?: of)? hundred", 200), (r"hundreds", 300),
    (r"a few dozen", 40), (r"dozens", 40), (r"a handful", 5), (r"a couple(?: of)?", 2), (r"a few", 4),
]
_NUM = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d.,]?\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)?)\s?(k|mm|mil|milh(?:ão|ao|ões|oes)|mill(?:ón|on|ones)|mio|mln|million|thousand|hundred|lakhs?|crores?|bn|billion|m|b)?(?!\w)(\+)?",
    re.I,
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORDNUM = re.compile(
    r"\b(" + "|".join(sorted((w for w in _WORDS if w not in ("a", "one")), key=len, reverse=True))
    + r")(?:[ -](" + "|".join(_UNIT_WORDS) + r"))?(?:[ -](hundred))?(?:[ -]odd)?(?:[ -](thousand|million|lakh|crore|k))?\b",
    re.I,
)
_VAGUE_RE = re.compile(r"\b(" + "|".join(p for p, _ in _VAGUE) + r")\b", re.I)
# A number that names something is not an amount: "step 1", "phase 2", "GPT-4", "top 5", "#3".
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:step|phase|stage|version|tier|level|top|round|part|chapter|section|article|number|no\.?|gpt|llama|claude|"
    r"gemini|mistral|qwen|phi|iso|sla|day|week|month|year|q)|[#v])\s?-?$", re.I)
_RANGE_UNIT = re.compile(r"\s?(?:or|to|-|–|—)\s?(\d+(?:\.\d+)?)\s?(k|thousand|million|mil|mln|bn|billion)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|before|after|of|to|from|q[1-4]|fy|early|late|mid|spring|summer|fall|autumn|winter)\s$", re.I)


@dataclass(frozen=True)
class Amount:
    value: float
    start: int
    end: int
    vague: bool = False


def find_amounts(text: str) -> list[Amount]:
    """All amounts in ``text``, left to right, without overlaps."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _VAGUE_RE.finditer(text):
        phrase = m.group(1).lower()
        for pattern, value in _VAGUE:
            if re.fullmatch(pattern, phrase):
                found.append(Amount(float(value), m.start(), m.end(), vague=True))
                taken.append((m.start(), m.end()))
                break
    for m in _NUM.finditer(text):
        if (not free(m.start(), m.end()) or _LABEL_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                or re.match(r"[A-Za-z]-$", text[max(0, m.start() - 2):m.start()]) or re.match(r"-[A-Za-z]\b", text[m.end():])):
            continue  # "ICD-10", "10-K": codes, not amounts
        raw, unit = re.sub(r"[,\s]", "", m.group(1)), (m.group(2) or "").lower()  # "60 000": sixty thousand
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw) and not unit:
            raw = raw.replace(".", "")  # "9.000 reports": nine thousand, not nine
        if not unit and _YEAR.fullmatch(m.group(1)) and _YEAR_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "in 2025" is a date
        try:
            value = float(raw)
        except ValueError:
            continue
        if unit in ("m", "b") and re.match(r"\s?(?:in|at|of|for)\b", text[m.end():]) is None and text[m.start(2) - 1:m.start(2)] == " ":
            unit = ""  # "5 m" is rarely a count; "5M" and "5m" are
        shared = _RANGE_UNIT.match(text, m.end()) if not unit else None
        if shared and float(shared.group(1)) > value:
            unit = shared.group(2).lower()  # "20 or 25 thousand", "20-25k": the range shares its unit
        value *= _UNITS.get(unit, 1)
        found.append(Amount(value, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _WORDNUM.finditer(text):
        if not free(m.start(), m.end()) or re.match(r"[- ]shot\b", text[m.end():], re.I):
            continue  # "zero-shot", "one-shot": a way of prompting, not an amount
        tens, unit = m.group(1).lower(), (m.group(2) or "").lower()
        if unit and tens not in _TENS:  # "five two" is not a number
            continue
        value = (_WORDS[tens] + _WORDS.get(unit, 0)) * _UNITS.get((m.group(3) or "").lower(), 1) * _UNITS.get((m.group(4) or "").lower(), 1)
        found.append(Amount(float(value), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    return sorted(found, key=lambda a: a.start)


def per_month(value: float, period: str) -> float:
    period = period.lower()
    if period.startswith(("sec",)):
        return value * 86400 * 30
    if period.startswith(("min",)):
        return value * 60 * 24 * 30
    if period.startswith(("hour", "hr")):
        return value * 24 * 30
    if period.startswith(("day", "daily")):
        return value * 30
    if period.startswith(("week",)):
        return value * 4.3
    if period.startswith(("year", "annual", "yr")):
        return value / 12
    if period.startswith(("quarter", "season")):
        return value / 3
    if period.startswith(("term", "semester")):
        return value / 4
    if period.startswith(("weekend",)):
        return value * 4.3
    return value
