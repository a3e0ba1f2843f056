"""The word model: which approach the worked cases' words point to, as a linear model one can read.

The rules read a message factor by factor, and a wording they have not met reads as
nothing. The worked cases (situations an expert has already judged) say more than that:
across a few thousand of them, words such as "cite", "labelled" or "our tone" lean to an
approach, and so do pairs such as "changes weekly". This is a multinomial logistic
regression over the cases' TF-IDF word and word-pair weights. Its evidence for a message
is a sum of per-term contributions, so the advice can show the words it leaned on.

It is fitted by ``scripts/build_cases.py`` (scikit-learn, at build time) and shipped as
``cases_model.json`` beside the library; reading a message needs neither numpy nor
scikit-learn, and no embedding model. ``fit`` is also what a benchmark uses to leave a set's own cases out.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from assistant.advice.approaches import APPROACHES

MODEL_FILE = Path(__file__).with_name("cases_model.json")
FORMAT = 1
#: Regularisation (inverse strength) and the least number of cases a term must occur in:
#: chosen by leaving each labelled set out in turn (docs/scenario-benchmark.md, "Word model").
C = 8.0
MIN_DF = 2
MAX_CHARS = 20_000  # a message longer than this is read from its start
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
#: Words that weigh in the model but say nothing to a reader: not shown as evidence alone.
_PLAIN = set("an and are as at be by can do does for from has have how if in is it its of on or our so than "
             "that the their them then these they this to us was we what when which who why will with would "
             "you your my me".split())


def terms(text: str) -> list[str]:
    """The words (two letters or more, lower-cased) and adjacent word pairs of ``text``."""
    words = _TOKEN.findall(text[:MAX_CHARS].lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass(frozen=True)
class WordModel:
    vocabulary: dict[str, int]
    idf: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]  # one row per approach, in APPROACHES order
    intercept: tuple[float, ...]
    cases_digest: str = ""  # the library it was fitted on

    # -- reading a message -------------------------------------------------
    def weights(self, text: str) -> dict[int, float]:
        """The message's TF-IDF vector (sublinear counts, unit length) over known terms."""
        counts = Counter(i for t in terms(text) if (i := self.vocabulary.get(t)) is not None)
        raw = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in raw.values()))
        return {i: v / norm for i, v in raw.items()} if norm else {}

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Each term by its index (the vocabulary the other way round), made once."""
        return tuple(sorted(self.vocabulary, key=self.vocabulary.get))

    def shares(self, text: str, x: dict[int, float] | None = None) -> dict[str, float]:
        """The probability of each approach (the model's softmax), summing to 1; ``x``: the
        message's ``weights``, when the caller has them already."""
        x = self.weights(text) if x is None else x
        logits = [b + sum(row[i] * v for i, v in x.items()) for row, b in zip(self.coef, self.intercept)]
        top = max(logits)
        exp = [math.exp(z - top) for z in logits]
        whole = sum(exp)
        return {a: e / whole for a, e in zip(APPROACHES, exp)}

    def evidence(self, text: str, approach: str, n: int = 3, x: dict[int, float] | None = None) -> list[str]:
        """The terms of ``text`` that pushed most towards ``approach`` against the others; ``x``
        as for ``shares``."""
        row = APPROACHES.index(approach)
        others = [r for r in range(len(APPROACHES)) if r != row]
        push = {i: v * (self.coef[row][i] - sum(self.coef[r][i] for r in others) / len(others))
                for i, v in (self.weights(text) if x is None else x).items()}
        ranked = sorted((i for i in push if push[i] > 0), key=lambda i: -push[i])
        chosen: list[str] = []
        for i in ranked:
            term = self.names[i]
            if all(w in _PLAIN for w in term.split(" ")):
                continue
            if any(term in c.split(" ") or c in term.split(" ") for c in chosen):
                continue  # "labelled" and "labelled tickets" say one thing
            chosen.append(term)
            if len(chosen) == n:
                break
        return chosen

    # -- storing ------------------------------------------------------------
    def to_json(self) -> dict:
        return {"format": FORMAT, "approaches": list(APPROACHES), "cases_digest": self.cases_digest,
                "C": C, "min_df": MIN_DF, "terms": list(self.names), "idf": [round(v, 6) for v in self.idf],
                "coef": [[round(v, 6) for v in row] for row in self.coef],
                "intercept": [round(v, 6) for v in self.intercept]}

    @classmethod
    def from_json(cls, data: dict) -> "WordModel":
        if data.get("format") != FORMAT or data.get("approaches") != list(APPROACHES):
            raise ValueError("the word model was written by another version: run scripts/build_cases.py")
        vocabulary = {t: i for i, t in enumerate(data["terms"])}
        coef = tuple(tuple(row) for row in data["coef"])
        if len(coef) != len(APPROACHES) or any(len(r) != len(vocabulary) for r in coef) or len(data["idf"]) != len(vocabulary):
            raise ValueError("the word model is damaged: run scripts/build_cases.py")
        return cls(vocabulary, tuple(data["idf"]), coef, tuple(data["intercept"]), data.get("cases_digest", ""))

    @classmethod
    def load(cls, path: Path | None = None) -> "WordModel":
        path = path or MODEL_FILE
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (KeyError, TypeError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"the word model {path.name} cannot be read ({type(exc).__name__}): run scripts/build_cases.py") from exc

    def save(self, path: Path | None = None) -> None:
        (path or MODEL_FILE).write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                                        encoding="utf-8")


def fit(situations: Iterable[str], accepts: Iterable[tuple[str, ...]], cases_digest: str = "") -> WordModel:
    """Fit the model on labelled situations; a case with two accepted approaches counts half to each.

    Needs scikit-learn (a build-time tool: the benchmarks and scripts/build_cases.py).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = list(situations), [tuple(a) for a in accepts]
    vectorizer = TfidfVectorizer(analyzer=terms, min_df=MIN_DF, sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    rows, targets, weights = [], [], []
    for i, accept in enumerate(labels):
        for a in accept:
            rows.append(i)
            targets.append(APPROACHES.index(a))
            weights.append(1 / len(accept))
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix[rows], targets, sample_weight=weights)
    if list(model.classes_) != list(range(len(APPROACHES))):
        raise ValueError("every approach needs at least one worked case to fit the word model")
    vocabulary = {t: int(i) for t, i in vectorizer.vocabulary_.items()}
    return WordModel(vocabulary, tuple(float(v) for v in vectorizer.idf_),
                     tuple(tuple(float(v) for v in row) for row in model.coef_),
                     tuple(float(v) for v in model.intercept_), cases_digest)
