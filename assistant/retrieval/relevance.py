"""Whether the knowledge base can answer a query at all, before any passage is quoted for it.

Retrieval always returns its nearest passages, so a line of keyboard mash, a question in
French or one about lasagna would each be "answered" with whatever lies nearest. Two checks,
measured on on-topic questions against gibberish, other languages and off-topic questions
(``scripts/bench_relevance.py``), stop that:

- words: at least ``KNOWN_SHARE`` of the query's content words occur in the indexed
  passages. Keyboard mash and other languages share almost no words with English notes
  about LLMs; an on-topic question, however worded, shares most of its own. An English
  question that fails it ("what is a good lasagna recipe?") is told the notes have nothing
  on it; one with no English in it, that it could not be read.
- closeness: the cosine of the nearest passage plus that of the nearest listed question
  reaches the floor. English off-topic questions pass the words check on common words
  ("best", "way") and fail this one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.text import TOPICS

KNOWN_SHARE = 0.4
MINILM_FLOOR = 0.55  # measured for the bundled all-MiniLM-L6-v2; another model has its own scale

NOTHING_ON_IT = f"The knowledge base has nothing on that; try asking about {TOPICS}."
UNREADABLE = f"I couldn't read a question in that. I read English and answer questions about {TOPICS}."
ENGLISH_ONLY = f"I read English only: please ask in English about {TOPICS}."


# Words of English that other languages written in Latin letters do not share: an English
# question about lasagna has them, keyboard mash and "¿Qué es el ajuste fino?" do not.
_ENGLISH = frozenset("the is are what how which who why when should would could can does you your my our "
                     "we this that with for and of to it there".split())
_WORD = re.compile(r"[a-z]+")


def _mostly_non_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    other = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    return bool(letters) and other > len(letters) / 2


@dataclass(frozen=True)
class Relevance:
    """How far a query lies from the knowledge base, and why it cannot be answered if it can't."""

    text: str
    words: int  # content words of the query (stop words aside, stemmed as for keyword search)
    known: int  # of them, words that occur in the indexed passages
    closeness: float | None  # nearest passage's cosine + nearest question's; None without dense search

    def refusal(self, floor: float) -> str | None:
        """The one-line reply when the query cannot be answered, else None."""
        if _mostly_non_latin(self.text):
            return ENGLISH_ONLY  # "Как выбрать размер чанка для RAG?" shares one word, and is still not read
        if not self.words or self.known < KNOWN_SHARE * self.words:
            english = any(w in _ENGLISH for w in _WORD.findall(self.text.lower()))
            return NOTHING_ON_IT if english else UNREADABLE
        if self.closeness is not None and self.closeness < floor:
            return NOTHING_ON_IT
        return None
