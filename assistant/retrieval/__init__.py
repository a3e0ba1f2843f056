"""Finding the passages that answer a question: dense, keyword, and their fusion."""

from assistant.retrieval.passage import Passage
from assistant.retrieval.retriever import METHODS, Retriever

__all__ = ["METHODS", "Passage", "Retriever"]
