#!/usr/bin/env python3
"""The straightforward LangChain script the benchmark compares against (issue 5).

It does the obvious thing for one question: load all-MiniLM-L6-v2 through
sentence-transformers behind LangChain's ``Embeddings``, open the index's current
generation with langchain_chroma's ``Chroma`` and print the top passages as JSON.
Run: .venv/bin/python scripts/naive_baseline.py "QUESTION"   (ADVISOR_INDEX_DIR picks the index)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import chromadb  # noqa: E402
from langchain_chroma import Chroma  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.index.layout import IndexLayout  # noqa: E402


class MiniLM(Embeddings):
    """What ``HuggingFaceEmbeddings`` does: sentence-transformers, normalised vectors."""

    def __init__(self, location: str):
        self.model = SentenceTransformer(location, device="cpu")

    def embed_documents(self, texts):
        return self.model.encode(texts, normalize_embeddings=True).tolist()

    def embed_query(self, text):
        return self.embed_documents([text])[0]


def main() -> None:
    settings = Settings()
    generation = IndexLayout(settings.index_dir).current()
    if generation is None:
        sys.exit("no index yet: run 'advisor index' first")
    client = chromadb.PersistentClient(path=str(generation / "chroma"),
                                       settings=chromadb.Settings(anonymized_telemetry=False))
    store = Chroma(collection_name="knowledge", client=client,
                   embedding_function=MiniLM(settings.model_location()))
    hits = store.similarity_search_with_relevance_scores(sys.argv[1], k=5)
    print(json.dumps([{"id": d.id, "section": d.metadata.get("section"), "path": d.metadata.get("path"),
                       "score": s} for d, s in hits]))


if __name__ == "__main__":
    main()
