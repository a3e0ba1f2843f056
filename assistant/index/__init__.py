"""The passage index: embeddings, the Chroma store, and safe incremental builds."""
