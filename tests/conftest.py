"""Shared fixtures: a real index of knowledge/ built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# A developer's own LLM (environment or .advisor/config.toml) must not reach the tests; tests
# that want one pass it explicitly (--llm wins over this).
os.environ["ADVISOR_LLM"] = "off"
# One ONNX export of the model for every test index (made once, then reused across runs).
os.environ.setdefault("ADVISOR_MODEL_CACHE", str(ROOT / ".advisor" / "test-models"))


@pytest.fixture(scope="session")
def kb_settings(tmp_path_factory):
    """Settings whose index (of the real knowledge/ notes) lives in a temp folder."""
    from assistant.config import Settings
    from assistant.index.builder import update_index

    settings = Settings(root=ROOT, index_dir=tmp_path_factory.mktemp("index"), data_dir=tmp_path_factory.mktemp("data"))
    update_index(settings)
    return settings


@pytest.fixture(scope="session")
def advisor(kb_settings):
    from assistant.advice.advisor import Advisor

    return Advisor(kb_settings)


def write_note(folder: Path, name: str, title: str, sections: dict[str, str]) -> Path:
    body = "".join(f"## {h}\n\n{t}\n\n" for h, t in sections.items())
    path = folder / name
    path.write_text(f"---\ntitle: \"{title}\"\nsources:\n  - title: \"Test\"\n    publisher: \"Tests\"\n---\n# {title}\n\n{body}",
                    encoding="utf-8")
    return path


NOTES_FOR_SMALL_KB = ("cost-at-volume.md", "data-requirements.md", "rag.md")


@pytest.fixture
def notes_kb(tmp_path):
    """Settings over a copy of three real notes (a quick real build), with temp index and data."""
    import shutil

    from assistant.config import Settings

    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    for name in NOTES_FOR_SMALL_KB:
        shutil.copy(ROOT / "knowledge" / name, kdir / name)
    return Settings(root=tmp_path, knowledge_dir=kdir, index_dir=tmp_path / "index", data_dir=tmp_path / "data")


def cli_env(settings, **extra) -> dict:
    """The environment that points a ``python -m assistant`` subprocess at ``settings``."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "ADVISOR_HOME": str(settings.root),
            "ADVISOR_KNOWLEDGE_DIR": str(settings.knowledge_dir), "ADVISOR_INDEX_DIR": str(settings.index_dir),
            "ADVISOR_DATA_DIR": str(settings.data_dir), "PYTHONPATH": str(ROOT), **extra}
