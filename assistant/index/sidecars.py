"""Files written beside Chroma in each generation so that a query needs neither chromadb,
torch nor a BM25 build: the exact vectors (``vectors.npy``), the saved keyword index
(``keyword/``), the vectors of the sections' questions (``questions.npy``) and which ONNX
export embeds queries (``embedder.json``).

They are derived data: a generation without them (or with ones that do not match) is
still served correctly through Chroma and sentence-transformers, only slower.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from assistant.index import vectors
from assistant.index.layout import CHUNKS
from assistant.index.onnx_model import cache_root, is_export

KEYWORD_DIR = "keyword"
EMBEDDER = "embedder.json"
_GET_BATCH = 1000


def write(workspace: Path, collection, chunks, export: Path | None, embedder) -> None:
    """Write the side files of a finished build (``chunks`` in chunks.jsonl order)."""
    import numpy as np

    from assistant.retrieval.keyword import KeywordIndex
    from assistant.retrieval.questions import QUESTIONS, QuestionIndex

    # The questions' vectors: those of the previous build (copied into the workspace) are reused.
    known = {}
    try:
        previous = [json.loads(line) for line in (workspace / CHUNKS).read_text(encoding="utf-8").splitlines() if line.strip()]
        old = QuestionIndex.load(workspace / QUESTIONS, previous)
        known = old.vectors_by_text(previous) if old is not None else {}
    except (OSError, ValueError):
        pass
    QuestionIndex.build([c.metadata() for c in chunks], embedder.embed_documents, known).save(workspace / QUESTIONS)

    ids = [c.id for c in chunks]
    found: dict[str, list[float]] = {}
    for start in range(0, len(ids), _GET_BATCH):
        got = collection.get(ids=ids[start:start + _GET_BATCH], include=["embeddings"])
        found.update(zip(got["ids"], got["embeddings"]))
    vectors.save(workspace / vectors.VECTORS, np.array([found[i] for i in ids], dtype=np.float32))
    shutil.rmtree(workspace / KEYWORD_DIR, ignore_errors=True)
    KeywordIndex([c.embedding_text() for c in chunks]).save(workspace / KEYWORD_DIR)
    (workspace / EMBEDDER).write_text(
        json.dumps({"onnx": export.name if export else None}), encoding="utf-8")


def _recorded_export(generation: Path) -> tuple[bool, str | None]:
    try:
        name = json.loads((generation / EMBEDDER).read_text(encoding="utf-8")).get("onnx")
    except (OSError, ValueError, AttributeError):
        return False, None
    return True, name


def query_export(generation: Path, settings) -> Path | None:
    """The ONNX export this generation's queries run on, if it was recorded and still exists."""
    _, name = _recorded_export(generation)
    folder = cache_root(settings) / name if name else None
    return folder if is_export(folder) else None


def present(generation: Path, settings) -> bool:
    """Whether the generation has its side files (else ``advisor index`` adds them).

    A generation recorded as having no export (the export failed) is complete as it is:
    a no-change ``advisor index`` does not retry the export; ``--rebuild`` does.
    """
    recorded, name = _recorded_export(generation)
    from assistant.retrieval.questions import QUESTIONS

    return ((generation / vectors.VECTORS).is_file() and (generation / KEYWORD_DIR).is_dir()
            and (generation / QUESTIONS).is_file()
            and recorded and (name is None or query_export(generation, settings) is not None))
