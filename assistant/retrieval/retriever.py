"""The retriever the advisor uses: opens the current index and answers queries.

Three methods are kept so the benchmark can compare them: ``dense`` (Chroma through
LangChain), ``keyword`` (BM25) and ``hybrid`` (the two and a multi-vector ranking by the
sections' questions, fused by summing each list's z-scores).

The fast path (the default for the embedded index) answers the same queries from the
generation's side files (see ``index.sidecars``): the query is embedded by the ONNX
export and searched in the exact vectors with numpy, and the BM25 index is read from
disk, so no query imports torch, sentence-transformers or chromadb. ``fast=False``
keeps the straightforward path (LangChain's Chroma, sentence-transformers).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.config import Settings
from assistant.errors import AdvisorError, IndexCorrupt, IndexMissing
from assistant.index import sidecars
from assistant.index.layout import CHUNKS, IndexLayout
from assistant.index.onnx_model import OnnxEncoder
from assistant.index.vectors import VECTORS, VectorIndex
from assistant.retrieval.keyword import tokenize
from assistant.retrieval.passage import Passage
from assistant.retrieval.relevance import Relevance

METHODS = ("dense", "keyword", "hybrid")
DEFAULT_METHOD = "hybrid"
CANDIDATES = 20
RESULT_CACHE = 2048


def standardised(ranking: list[Passage]) -> list[Passage]:
    """The ranking with each score as its z-score within the ranking (order unchanged)."""
    if not ranking:
        return []
    n = len(ranking)
    mean = sum(p.score for p in ranking) / n
    spread = (sum((p.score - mean) ** 2 for p in ranking) / n) ** 0.5 or 1.0
    return [Passage(**{**p.__dict__, "score": (p.score - mean) / spread}) for p in ranking]


def _closeness(nearest: list[Passage], asked: list[Passage]) -> float | None:
    """The nearest passage's cosine plus the nearest listed question's (``retrieval.relevance``)."""
    if not nearest:
        return None
    return nearest[0].score + (asked[0].score if asked else nearest[0].score)


def _lists_questions(p: Passage) -> bool:
    return any(line.strip() for line in p.questions.splitlines())


class Retriever:
    def __init__(self, settings: Settings, *, auto_build: bool = True, log: Callable[[str], None] = lambda m: None,
                 fast: bool = True):
        self.settings = settings
        self.auto_build = auto_build
        self.fast = fast and not settings.chroma_url
        self._vectors = None
        self._questions = None
        self._last_query: tuple[str, list[float]] | None = None
        self._results: dict[tuple, list[Passage]] = {}
        self.log = log
        self._lock = threading.Lock()
        self._rows: list[dict] | None = None
        self._keyword = None
        self._dense = None
        self._embedder = None
        self.generation: Path | None = None
        self._remote = None  # the RemoteGeneration when the index is on a Chroma server
        self.degraded: str | None = None  # why dense search was skipped (server gone), if it was

    # -- opening ---------------------------------------------------------
    def open(self) -> "Retriever":
        """Open the current generation, building the index first if there is none."""
        with self._lock:
            if self._rows is not None:
                return self
            if self.settings.chroma_url:
                return self._open_remote()
            layout = IndexLayout(self.settings.index_dir)
            gen = layout.current()
            if gen is None:
                if not self.auto_build:
                    raise IndexMissing("there is no index yet: run 'advisor index'")
                from assistant.index.builder import update_index

                self.log("building the index for the first time...")
                update_index(self.settings, log=self.log)
                gen = layout.current()
            layout.manifest(gen)
            try:
                with open(gen / CHUNKS, encoding="utf-8") as fh:
                    self._rows = [json.loads(line) for line in fh if line.strip()]
            except (OSError, ValueError) as exc:
                raise IndexCorrupt(
                    f"the index at {self.settings.index_dir} is damaged ({exc}): run 'advisor index --rebuild'"
                ) from exc
            self.generation = gen
            return self

    def _open_remote(self) -> "Retriever":
        from assistant.index import remote

        gen = remote.open_current(self.settings, self.log)
        if gen is None:
            if not self.auto_build:
                raise IndexMissing(f"there is no index on {self.settings.chroma_url} yet: "
                                   "run 'advisor index --chroma-url ...'")
            from assistant.index.builder import update_index

            self.log(f"building the index on {self.settings.chroma_url} for the first time...")
            update_index(self.settings, log=self.log)
            gen = remote.open_current(self.settings, self.log)
        self._remote, self._rows, self.generation = gen, gen.rows, gen.name
        return self

    def _reopen(self) -> None:
        with self._lock:
            self._rows = self._keyword = self._dense = self._remote = self._vectors = self._questions = None
            self._last_query = None
            self._results.clear()
        self.open()

    @property
    def rows(self) -> list[dict]:
        self.open()
        return self._rows  # type: ignore[return-value]

    def embedder(self):
        if self._embedder is None:
            self.open()
            export = sidecars.query_export(self.generation, self.settings) if self.fast else None
            if export is not None:
                try:
                    self._embedder = OnnxEncoder(export)
                    self._embedder.load()
                except Exception as exc:  # noqa: BLE001 - a damaged export is slower, never wrong
                    self.log(f"warning: the ONNX model at {export} cannot be loaded ({type(exc).__name__}); "
                             "using sentence-transformers (run 'advisor index --rebuild' to export it again)")
                    self._embedder = None
            if self._embedder is None:
                from assistant.index.embeddings import SentenceEmbeddings

                self._embedder = SentenceEmbeddings(self.settings.model_location(), self.settings.model_name)
        return self._embedder

    def warm_up(self) -> None:
        """Load everything a first query needs (call from a worker to hide the cost)."""
        self.open()
        self._keyword_index()
        if self._vector_index() is None:
            self._dense_store()
        self.embedder().embed_query("warm up")

    def _keyword_index(self):
        if self._keyword is None:
            from assistant.retrieval.keyword import KeywordIndex

            if self.fast:
                self._keyword = KeywordIndex.load(self.generation / sidecars.KEYWORD_DIR, len(self.rows))
            if self._keyword is None:
                self._keyword = KeywordIndex([Passage.from_row(r).search_text() for r in self.rows])
        return self._keyword

    def _vector_index(self):
        """The generation's exact vectors (fast path), or None to search through Chroma."""
        if self._vectors is None:
            usable = self.fast and isinstance(self.embedder(), OnnxEncoder)
            self._vectors = [VectorIndex.load(self.generation / VECTORS, len(self.rows)) if usable else None]
        return self._vectors[0]

    def _dense_store(self):
        if self._dense is None:
            from langchain_chroma import Chroma

            from assistant.index import store

            client = store.local_client(self.generation)
            self._dense = Chroma(
                collection_name=store.COLLECTION,
                client=client,
                embedding_function=self.embedder(),
                create_collection_if_not_exists=False,
            )
        return self._dense

    # -- searching -------------------------------------------------------
    def _query_vector(self, query: str) -> list[float]:
        """The query's embedding (kept for the next ranking of the same query)."""
        last = self._last_query
        if last is None or last[0] != query:
            last = self._last_query = (query, self.embedder().embed_query(query))
        return last[1]

    def _question_index(self):
        """The sections' questions as vectors: saved with the generation (locally or on the
        server); a local generation built before they were saved has them embedded once."""
        if self._questions is None:
            from assistant.retrieval.questions import QUESTIONS, QuestionIndex, question_lines

            index = None
            if self._remote is not None:
                known = self._remote.question_vectors()
                if known:
                    index = QuestionIndex.build(self.rows, self.embedder().embed_documents, known)
            elif isinstance(self.generation, Path):
                index = QuestionIndex.load(self.generation / QUESTIONS, self.rows)
            if index is None and question_lines(self.rows)[0] and self._remote is None:
                index = QuestionIndex.build(self.rows, self.embedder().embed_documents)
            self._questions = [index]
        return self._questions[0]

    def by_questions(self, query: str, k: int = 5) -> list[Passage]:
        """Passages ranked by their best-matching listed question."""
        self.open()
        index = self._question_index() if self.rows else None
        if index is None:
            return []
        return [Passage.from_row(self.rows[i], score) for i, score in index.search(self._query_vector(query), k)]

    def _multi_vector(self, dense_z: list[Passage], asked: list[Passage]) -> list[Passage]:
        """Each passage scored by its questions if it lists any, else by its own vector.

        A passage's listed questions match a user's wording better than its one blurred
        vector does, so they alone speak for it; a passage that lists none (a user's own
        document, say) is ranked by its own vector. The two cosines run on different
        scales (a query lies nearer a question than a passage), so each candidate list
        is standardised (z-scores) before the two are merged: a question-less passage
        that answers the query stands as far above its list as a listed question would.
        ``dense_z`` is the dense ranking, already standardised; ``asked``, the ranking by questions.
        """
        if not dense_z:
            return []
        asked = standardised(asked)
        if not asked:
            return dense_z
        merged = asked + [p for p in dense_z if not _lists_questions(p)]
        return sorted(merged, key=lambda p: -p.score)[:CANDIDATES]

    def dense(self, query: str, k: int = 5) -> list[Passage]:
        self.open()
        if not self.rows:
            return []
        vector = self._query_vector(query)
        if self._remote is not None:
            hits = self._remote_dense(vector, min(k, len(self.rows)))
        else:
            vectors = self._vector_index()
            if vectors is not None:
                return [Passage.from_row(self.rows[i], score) for i, score in vectors.search(vector, k)]
            hits = self._dense_store().similarity_search_by_vector_with_relevance_scores(vector, k=min(k, len(self.rows)))
        by_id = {r["id"]: r for r in self.rows}
        out = []
        for doc, distance in hits:
            row = by_id.get(doc.id) or {"id": doc.id, "text": doc.page_content, **doc.metadata}
            out.append(Passage.from_row(row, score=1.0 - float(distance)))
        return out

    def _remote_dense(self, vector, k: int):
        from assistant.index.remote import GenerationGone

        try:
            return self._remote.dense_search(self.embedder(), vector, k)
        except GenerationGone:
            self.log("the index on the server was replaced; reading the new one")
            self._reopen()
            return self._remote.dense_search(self.embedder(), vector, k)

    def keyword(self, query: str, k: int = 5) -> list[Passage]:
        self.open()
        return [Passage.from_row(self.rows[i], s) for i, s in self._keyword_index().search(query, k)]

    def hybrid(self, query: str, k: int = 5) -> list[Passage]:
        try:
            dense = self.dense(query, CANDIDATES)
        except AdvisorError as exc:
            # The server went away, or a read-only store cannot be opened: keyword search
            # over the passages already read still gives real citations.
            self.open()
            self.degraded = str(exc)
            dense = []
        asked = self.by_questions(query, CANDIDATES) if dense else []
        # what the relevance check needs comes with this search (None: no dense search to tell)
        self._remember(("closeness", query), _closeness(dense, asked))
        keyword = self.keyword(query, CANDIDATES)
        # Score fusion: each candidate list's scores as z-scores, summed; a passage missing
        # from a list counts as that list's lowest. Unlike rank fusion it keeps how far a
        # passage stands above the rest of a list, and z-scores need no weights or scales.
        dense_z = standardised(dense)
        rankings = [r for r in (dense_z, standardised(keyword), self._multi_vector(dense_z, asked)) if r]
        rows: dict[str, Passage] = {}
        for ranking in rankings:
            for p in ranking:
                rows.setdefault(p.id, p)
        fused = dict.fromkeys(rows, 0.0)
        for ranking in rankings:
            scores = {p.id: p.score for p in ranking}
            floor = min(scores.values())
            for i in fused:
                fused[i] += scores.get(i, floor)
        best = sorted(fused, key=lambda i: -fused[i])[:k]
        return [Passage(**{**rows[i].__dict__, "score": fused[i]}) for i in best]

    def relevance(self, query: str) -> Relevance:
        """How near the knowledge base ``query`` lies (see ``retrieval.relevance``); cached with
        the searches, as a side question is asked again and its vector is long gone by then."""
        cached = self._results.get(("relevance", query))
        if cached is not None:
            return cached
        self.open()
        tokens = tokenize(query)
        known = self._keyword_index().known(tokens) if self.rows else 0
        closeness = None
        if tokens and self.rows:
            if ("closeness", query) in self._results:
                # measured by the hybrid search for this query: no second search, and no second
                # wait on a server that search just found gone (None)
                closeness = self._results[("closeness", query)]
            else:
                try:
                    closeness = _closeness(self.dense(query, 1), self.by_questions(query, 1))
                except AdvisorError:
                    pass  # keyword search alone (the server went away): only the words can tell
        found = Relevance(query, len(tokens), known, closeness)
        if closeness is not None or not tokens:  # not a reading made without dense search
            self._remember(("relevance", query), found)
        return found

    def search(self, query: str, k: int = 5, method: str = DEFAULT_METHOD) -> list[Passage]:
        """The best ``k`` passages; repeated queries (the rules' claims, turn after turn) are
        answered from a bounded cache, which is exact since a retriever reads one generation."""
        if method not in METHODS:
            raise ValueError(f"unknown retrieval method {method!r}")
        key = (query, k, method)
        hits = self._results.get(key)
        if hits is None:
            hits = getattr(self, method)(query, k)
            self._remember(key, hits)
        return list(hits)

    def _remember(self, key: tuple, value) -> None:
        if len(self._results) >= RESULT_CACHE:
            self._results.pop(next(iter(self._results), None), None)
        self._results[key] = value
