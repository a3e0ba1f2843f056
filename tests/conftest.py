"""Shared fixtures: a real index of knowledge/ built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# One ONNX export of the model for every test index (made once, then reused across runs).
os.environ.setdefault("ADVISOR_MODEL_CACHE", str(ROOT / ".advisor" / "test-models"))


@pytest.fixture(scope="session")
def kb_settings(tmp_path_factory):
    """Settings whose index (of the real knowledge/ notes) lives in a temp folder."""
    from assistant.config import Settings
    from assistant.index.builder import update_index

    settings = Settings(root=ROOT, index_dir=tmp_path_factory.mktemp("index"))
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
