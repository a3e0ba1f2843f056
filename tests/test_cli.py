"""The real ``advisor`` command in a subprocess: JSON contract, batch, errors, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(args, settings, stdin=None):
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(settings.index_dir), "ADVISOR_DATA_DIR": str(settings.data_dir),
           "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)


def test_ask_json_recommendation(kb_settings):
    out = run(["ask", "--json", "I'm a student exploring LLMs for a class project with no budget."], kb_settings)
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    assert rec["approach"] == "prompt_engineering" and rec["citations"]


def test_ask_batch_keeps_order(kb_settings):
    lines = "what is LoRA?\nWe need internal Q&A over our policy manual and must cite sections.\n"
    out = run(["ask", "--json", "--batch", "-"], kb_settings, stdin=lines)
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert [r["type"] for r in rows] == ["answer", "recommendation"]


def test_bad_input_is_one_line_and_exit_2(kb_settings):
    out = run(["ask", "--json", "   "], kb_settings)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "Traceback" not in out.stderr


def test_plain_chat_runs_the_interview(kb_settings):
    out = run(["chat", "--plain"], kb_settings,
              stdin="Hackathon this weekend: we want to build a bot that explains code snippets.\n")
    assert out.returncode == 0, out.stderr
    assert "Recommendation: Prompt engineering" in out.stdout


def test_jsonl_chat_speaks_first_and_asks_a_factor(kb_settings):
    out = run(["chat", "--jsonl"], kb_settings, stdin="")
    events = [json.loads(l) for l in out.stdout.splitlines()]
    assert events[0]["event"] == "note" and events[-1]["event"] == "question" and events[-1]["factor"] == "task"


def test_readable_sources_name_a_few_articles_and_count_the_rest():
    from assistant.cli.render import citations_markdown

    many = "; ".join(f"Article {i} (Publisher {i})" for i in range(1, 12))
    text = citations_markdown([{"id": 1, "title": "Fine-tuning", "section": "Costs", "path": "knowledge/f.md", "source": many}])
    assert "Article 3 (Publisher 3)" in text and "Article 4" not in text and "and 8 more" in text
    two = citations_markdown([{"id": 1, "title": "T", "section": "S", "path": "p.md", "source": "A (X); B (Y)"}])
    assert "from A (X); B (Y))" in two


def _run_bytes(args, settings, stdin: bytes, strict: bool):
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(settings.index_dir), "ADVISOR_DATA_DIR": str(settings.data_dir),
           "HF_HUB_OFFLINE": "1", "PYTHONIOENCODING": "utf-8:strict" if strict else "utf-8:surrogateescape"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True,
                          env=env, cwd=ROOT, timeout=300)


@pytest.mark.parametrize("strict", [True, False])
def test_lines_that_are_not_utf8_are_read_not_fatal(kb_settings, strict):
    """Latin-1 and stray bytes on stdin: the rest of the line is still read, in batch and in chat."""
    line = "caf\xe9 \xff\xfe what is LoRA?\n".encode("latin-1")
    out = _run_bytes(["ask", "--json", "--batch", "-"], kb_settings, line, strict)
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout.decode("utf-8"))
    assert row["type"] == "answer" and row["citations"]
    out = _run_bytes(["chat", "--jsonl"], kb_settings, line, strict)
    assert out.returncode == 0, out.stderr
    events = [json.loads(l) for l in out.stdout.decode("utf-8").splitlines()]
    assert any(e["event"] == "answer" and e["citations"] for e in events)


def test_an_argument_that_is_not_utf8_is_read_not_fatal(kb_settings):
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(kb_settings.index_dir), "ADVISOR_DATA_DIR": str(kb_settings.data_dir),
           "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "--json", "caf\xe9 \xff what is LoRA?".encode("latin-1")],
                         capture_output=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.decode("utf-8"))["type"] == "answer"


@pytest.mark.parametrize("args", [["ask", "what is LoRA?"], ["ask", "--json", "what is LoRA?"]])
def test_a_reader_that_stops_early_gets_no_error(kb_settings, args):
    """``advisor ask ... | head``: the pipe closes before the answer is written; exit quietly."""
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(kb_settings.index_dir),
           "ADVISOR_DATA_DIR": str(kb_settings.data_dir), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    proc.stdout.close()  # the reader is gone before the first byte
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 1
    assert stderr == ""
