"""Reading the knowledge notes (and users' own documents) and cutting them into passages."""

from assistant.knowledge.chunking import Chunk, chunk_document
from assistant.knowledge.documents import Document, LoadReport, load_folder

__all__ = ["Chunk", "Document", "LoadReport", "chunk_document", "load_folder"]
