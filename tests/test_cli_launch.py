"""``advisor chat`` starts the TUI without importing Typer; both paths must mean the same thing.

``assistant.cli.app.main`` reads a plain interactive ``chat`` itself (``launch.chat_options``)
and leaves every other command line to the Typer app. Each command line below is given to
both parsers; wherever the light one accepts it, it must produce exactly the call the
Typer ``chat`` command makes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import commands, launch

ROOT = Path(__file__).resolve().parent.parent

ACCEPTED = [
    [],
    ["--resume"],
    ["--debug"],
    ["--resume", "--debug"],
    ["--llm", "openai:gpt-4o-mini"],
    ["--llm=ollama:llama3.2"],
    ["--llm", "off"],
    ["--llm", ""],
    ["--llm", "openai:gpt-4o-mini", "--llm-base-url", "http://127.0.0.1:8000/v1"],
    ["--llm-base-url=http://h:1/v1", "--llm", "a:b"],
    ["--chroma-url", "http://127.0.0.1:8000"],
    ["--chroma-url=http://127.0.0.1:8000", "--resume"],
    ["--llm", "a:b", "--llm", "c:d"],  # the last one wins, as with click
    ["--llm", "a:b=c"],
    ["--debug", "--resume", "--chroma-url", "http://x:1", "--llm", "off", "--llm-base-url", "http://y:2"],
]
LEFT_TO_TYPER = [
    ["--plain"],
    ["--jsonl"],
    ["--jsonl", "--resume"],
    ["--help"],
    ["--resume", "--help"],
    ["--resume=1"],
    ["--debug=true"],
    ["--llm"],
    ["--llm", "--debug"],
    ["--chroma-url", "-x"],
    ["--bogus"],
    ["extra"],
    ["--"],
    ["-h"],
    ["--res"],
]


def typer_call(args, monkeypatch):
    """What the Typer ``chat`` command passes to ``run_chat`` for ``args`` (or its exit code)."""
    calls = []
    monkeypatch.setattr(commands, "run_chat", lambda **kw: calls.append(kw))
    result = CliRunner().invoke(commands.app, ["chat", *args])
    return (calls[0] if calls else None), result.exit_code


@pytest.mark.parametrize("args", ACCEPTED, ids=" ".join)
def test_the_light_parser_makes_the_typer_call(args, monkeypatch):
    options = launch.chat_options(["chat", *args])
    expected, code = typer_call(args, monkeypatch)
    assert code == 0 and expected is not None
    assert options == expected


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=" ".join)
def test_anything_else_is_left_to_typer(args):
    assert launch.chat_options(["chat", *args]) is None


@pytest.mark.parametrize("argv", [[], ["ask", "x"], ["index"], ["--help"], ["--debug", "chat"], ["chatx"]])
def test_other_commands_go_to_typer(argv):
    assert launch.chat_options(argv) is None


def test_the_parser_knows_every_option_of_the_typer_command():
    import typer.main

    command = typer.main.get_command(commands.app).commands["chat"]
    names = {opt for param in command.params for opt in param.opts}
    assert names == set(launch.CHAT_FLAGS) | set(launch.CHAT_VALUES) | {"--plain", "--jsonl"}


def run(args, tmp_path):
    env = {**os.environ, "ADVISOR_DATA_DIR": str(tmp_path), "ADVISOR_INDEX_DIR": str(tmp_path / "index")}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("args", [
    ["chat", "--llm", "bogus"],  # the light path
    ["chat", "--plain", "--llm", "bogus"],  # Typer
])
def test_a_bad_llm_is_one_line_and_exit_2_on_both_paths(args, tmp_path):
    out = run(args, tmp_path)
    assert out.returncode == 2
    assert out.stderr == "advisor: --llm: expected PROVIDER:MODEL (for example openai:gpt-4o-mini or " \
                         "ollama:llama3.2), got 'bogus'\n"


@pytest.mark.parametrize("extra", [[], ["--plain"]])
def test_resume_without_a_session_fails_the_same_on_both_paths(extra, tmp_path):
    out = run(["chat", "--resume", *extra], tmp_path)
    assert out.returncode == 2 and out.stderr.startswith("advisor: --resume: ") and out.stderr.count("\n") == 1


def test_the_interactive_chat_does_not_import_typer(tmp_path):
    probe = (
        "import sys\n"
        "import assistant.tui.app as tui\n"
        "tui.run_tui = lambda settings, resume=False: print('TUI', resume, settings.debug)\n"
        "from assistant.cli.app import main\n"
        "sys.argv = ['advisor', 'chat', '--debug']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    print('EXIT', exc.code)\n"
        "print('LOADED', [m for m in ('typer', 'click', 'pydantic', 'assistant.advice.advisor') if m in sys.modules])\n"
    )
    env = {**os.environ, "ADVISOR_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.splitlines() == ["TUI False True", "EXIT 0", "LOADED []"], out.stderr


def test_an_exit_asked_for_is_not_reported_as_an_error(capsys):
    """Rich exits with SystemExit(1) when the pipe closes: the status stands and nothing is printed."""
    from assistant.cli.launch import report

    assert [report(SystemExit(code), False) for code in (None, 1, 3, "x")] == [0, 1, 3, 1]
    assert capsys.readouterr().err == ""
