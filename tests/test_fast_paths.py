"""The fast paths give the same answers as the straightforward ones (issue 5).

ONNX export vs sentence-transformers, numpy vectors vs Chroma, the saved BM25 index vs
bm25s, and whole recommendations; plus what a user notices: a cold ``ask`` loads none
of the heavy libraries, a failed export falls back, an older index gets its side files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.advice.advisor import Advisor
from assistant.index import onnx_model, sidecars
from assistant.index.builder import update_index
from assistant.index.layout import IndexLayout
from assistant.retrieval import Retriever
from assistant.retrieval.keyword import KeywordIndex, tokenize
from assistant.retrieval.passage import Passage
from assistant.retrieval.retriever import CANDIDATES
from tests.conftest import ROOT, write_note

QUESTIONS = [json.loads(line) for line in (ROOT / "tests/eval/retrieval_questions.jsonl").read_text().splitlines()
             if line.strip()]
SCENARIOS = [json.loads(line)["question"] for line in
             (ROOT / "tests/eval/scenarios_own.jsonl").read_text().splitlines()[:4]]


@pytest.fixture(scope="module")
def fast(kb_settings):
    retriever = Retriever(kb_settings).open()
    assert isinstance(retriever.embedder(), onnx_model.OnnxEncoder), "the index was built without its ONNX export"
    return retriever


@pytest.fixture(scope="module")
def straightforward(kb_settings):
    return Retriever(kb_settings, fast=False).open()


def test_onnx_export_matches_sentence_transformers(fast, straightforward):
    texts = [q["question"] for q in QUESTIONS[:40]] + [r["text"] for r in fast.rows[:8]]
    reference = np.array(straightforward.embedder().embed_documents(texts), dtype=np.float32)
    one_by_one = np.array([fast.embedder().embed_query(t) for t in texts[:10]], dtype=np.float32)
    batched = fast.embedder().encode(texts)
    assert (batched * reference).sum(axis=1).min() >= onnx_model.MIN_COSINE
    assert (one_by_one * reference[:10]).sum(axis=1).min() >= onnx_model.MIN_COSINE
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-4)


def test_vector_search_returns_the_passages_chroma_returns(fast, straightforward):
    """Every candidate list the fusion sees is the same, in the same order, so hybrid is too.

    Two passages whose similarities differ by less than float noise (1e-5; the corpus has
    gaps of 3e-6) may come in either order: that is a tie, not a different answer.
    """
    questions = [q["question"] for q in QUESTIONS]
    chroma = straightforward._dense_store()  # LangChain's Chroma
    matrix = fast._vector_index().matrix
    position = {r["id"]: i for i, r in enumerate(fast.rows)}
    differing, swapped = [], 0
    for question, vector in zip(questions, straightforward.embedder().embed_documents(questions)):
        theirs = [d.id for d, _ in chroma.similarity_search_by_vector_with_relevance_scores(vector, k=CANDIDATES)]
        ours = [p.id for p in fast.dense(question, CANDIDATES)]
        if ours == theirs:
            continue
        similarity = matrix @ np.asarray(fast.embedder().embed_query(question), dtype=np.float32)
        for a, b in zip(ours, theirs):
            if a != b and abs(similarity[position[a]] - similarity[position[b]]) >= 1e-5:
                differing.append((question, a, b))
        swapped += 1
    assert not differing
    assert swapped <= 3  # ties are rare


def test_saved_keyword_index_scores_like_bm25s(fast):
    saved = fast._keyword_index()
    assert saved is not None and type(saved._bm25).__name__ == "SavedBM25"
    fresh = KeywordIndex([Passage.from_row(r).search_text() for r in fast.rows])
    for q in QUESTIONS:
        tokens = tokenize(q["question"])
        assert np.allclose(saved._bm25.get_scores(tokens), fresh._bm25.get_scores(tokens)), q["id"]


def test_recommendations_are_the_same_on_both_paths(kb_settings, advisor, straightforward):
    slow = Advisor(kb_settings, retriever=straightforward)
    for text in SCENARIOS + ["what is catastrophic forgetting?"]:
        assert advisor.ask(text).to_json() == slow.ask(text).to_json(), text


def test_cold_ask_loads_no_heavy_library(kb_settings):
    probe = (
        "import sys\n"
        "from assistant.cli.app import main\n"
        "sys.argv = ['advisor', 'ask', '--json', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['torch', 'sentence_transformers', 'chromadb', 'langchain_chroma', 'bm25s', 'transformers']\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(kb_settings.index_dir)}
    out = subprocess.run([sys.executable, "-c", probe, "We have 50k labelled tickets and a 3,000-token prompt that costs too much."],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    payload = json.loads(out.stdout.splitlines()[0])
    assert payload["type"] == "recommendation" and payload["citations"]
    assert out.stdout.splitlines()[-1] == "LOADED []"


def test_a_failed_export_falls_back_to_sentence_transformers(kb_settings, monkeypatch, tmp_path):
    monkeypatch.setenv("ADVISOR_MODEL_CACHE", str(tmp_path / "models"))

    def broken(settings, folder):
        folder.mkdir(parents=True)
        raise RuntimeError("exporter unavailable")

    monkeypatch.setattr(onnx_model, "_export", broken)
    said = []
    embedder, export = onnx_model.document_embedder(kb_settings, said.append)
    assert export is None and type(embedder).__name__ == "SentenceEmbeddings"
    assert any("ONNX export failed (RuntimeError: exporter unavailable)" in m for m in said)
    assert not list((tmp_path / "models").iterdir())  # nothing half-written is left to be used


def test_an_index_without_side_files_is_served_then_completed(tmp_path):
    from assistant.config import Settings

    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    write_note(kdir, "alpha.md", "Alpha", {"Lemons": "Lemons are sour yellow citrus fruits used in lemonade.",
                                           "Rockets": "Rockets burn fuel to push spacecraft into orbit."})
    settings = Settings(root=tmp_path, knowledge_dir=kdir, index_dir=tmp_path / "index")
    first = update_index(settings)
    gen = IndexLayout(settings.index_dir).current()
    for name in (sidecars.EMBEDDER, "vectors.npy"):
        (gen / name).unlink()  # as an index built before the fast path existed
    old = Retriever(settings).open()
    assert old.search("sour citrus", 1)[0].section == "Lemons"
    assert type(old.embedder()).__name__ == "SentenceEmbeddings"
    again = update_index(settings)
    assert not again.changed and again.generation != first.generation
    new = Retriever(settings).open()
    assert isinstance(new.embedder(), onnx_model.OnnxEncoder)
    assert new.search("spacecraft orbit", 1)[0].section == "Rockets"
    assert update_index(settings).generation == again.generation  # now complete: nothing to do


def test_a_damaged_export_falls_back_to_sentence_transformers(tmp_path, monkeypatch):
    import shutil

    from assistant.config import Settings

    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    write_note(kdir, "alpha.md", "Alpha", {"Lemons": "Lemons are sour yellow citrus fruits used in lemonade.",
                                           "Rockets": "Rockets burn fuel to push spacecraft into orbit."})
    settings = Settings(root=tmp_path, knowledge_dir=kdir, index_dir=tmp_path / "index")
    update_index(settings)
    export = sidecars.query_export(IndexLayout(settings.index_dir).current(), settings)
    copy = tmp_path / "models"
    shutil.copytree(export.parent, copy)
    (copy / export.name / onnx_model.MODEL_FILE).write_bytes(b"not a model")
    monkeypatch.setenv("ADVISOR_MODEL_CACHE", str(copy))
    said = []
    retriever = Retriever(settings, log=said.append).open()
    assert retriever.search("spacecraft orbit", 1)[0].section == "Rockets"
    assert type(retriever.embedder()).__name__ == "SentenceEmbeddings"
    assert any("cannot be loaded" in m for m in said)
