"""The Typer app of ``advisor``: chat, ask, index. Every error is one line on stderr (traceback with --debug).

Heavy libraries are imported inside the commands, so ``advisor --help`` is instant. The entry
point is ``assistant.cli.app.main``, which starts a plain interactive ``advisor chat`` without
importing this module (see ``assistant.cli.launch``).
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from assistant.cli.launch import check_llm, report, run_chat, settings_for
from assistant.errors import AdvisorError, BadInput
from assistant.text import text_stdin

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Approach Advisor: prompt engineering, fine-tuning, RAG, or a mix?")

ChromaUrl = Annotated[Optional[str], typer.Option("--chroma-url", help="Use a Chroma server (also ADVISOR_CHROMA_URL).")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks and timings.")]
Llm = Annotated[Optional[str], typer.Option(
    "--llm", help="PROVIDER:MODEL of an optional chat model, e.g. openai:gpt-4o-mini or ollama:llama3.2 "
                  "(also ADVISOR_LLM or .advisor/config.toml; 'off' disables).")]
LlmBaseUrl = Annotated[Optional[str], typer.Option(
    "--llm-base-url", help="Endpoint of the LLM, e.g. an OpenAI-compatible server (also ADVISOR_LLM_BASE_URL).")]


def _fail(exc: BaseException, debug: bool) -> None:
    raise typer.Exit(report(exc, debug))


@contextmanager
def _errors(debug: bool):
    """Turn any failure into one line on stderr and the spec's exit status."""
    try:
        yield
    except typer.Exit:
        raise
    except BaseException as exc:  # noqa: BLE001
        _fail(exc, debug)


def _log(message: str) -> None:
    print(message, file=sys.stderr)


def _notice(result) -> None:
    if getattr(result, "notice", None):
        _log(f"advisor: note: {result.notice}")


@app.command()
def ask(
    text: Annotated[Optional[str], typer.Argument(help="A situation to advise on, or a question.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    batch: Annotated[Optional[str], typer.Option("--batch", help="One question a line from FILE ('-' for stdin).")] = None,
    llm: Llm = None,
    llm_base_url: LlmBaseUrl = None,
    chroma_url: ChromaUrl = None,
    debug: Debug = False,
):
    """One-shot: a cited recommendation for a situation, or a cited answer to a question."""
    started = time.perf_counter()
    with _errors(debug):
        settings = settings_for(chroma_url, debug, llm, llm_base_url)
        from assistant.advice.advisor import Advisor

        advisor = Advisor(settings, log=_log)
        check_llm(advisor.llm)
        if batch is not None:
            if not as_json:
                raise BadInput("--batch needs --json")
            _ask_batch(advisor, batch)
        else:
            if text is None:
                raise BadInput("give a situation or question: advisor ask \"...\"")
            result = advisor.ask(text)
            _notice(result)
            if as_json:
                print(json.dumps(result.to_json(), ensure_ascii=False))
            else:
                from assistant.cli.render import print_rich

                print_rich(result)
    if debug:
        _log(f"[debug] ask took {time.perf_counter() - started:.2f}s")


def _ask_batch(advisor, batch: str) -> None:
    try:
        stream = text_stdin() if batch == "-" else open(batch, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise BadInput(f"--batch {batch}: {exc.strerror}") from exc
    with stream:
        for line in stream:
            line = line.strip()
            if not line:
                continue
            try:
                result = advisor.ask(line)
                _notice(result)
                out = result.to_json()
            except AdvisorError as exc:
                out = {"type": "error", "message": str(exc)}
            print(json.dumps(out, ensure_ascii=False), flush=True)


@app.command()
def index(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild from scratch.")] = False,
    source: Annotated[Optional[list[Path]], typer.Option("--source", readable=False, help="Also index a folder of your own documents (repeatable).")] = None,
    chroma_url: ChromaUrl = None,
    debug: Debug = False,
):
    """Bring the index up to date with knowledge/ (incremental)."""
    with _errors(debug):
        settings = settings_for(chroma_url, debug)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from assistant.index.builder import update_index

        console = Console(stderr=True)
        with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, transient=True) as bar:
            task = bar.add_task("embedding passages", total=None)
            summary = update_index(
                settings, rebuild=rebuild, add_sources=tuple(source or ()), log=lambda m: console.print(m),
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        state = "rebuilt" if summary.full else ("updated" if summary.changed else "already up to date")
        print(f"index {state}: {summary.files} files, {summary.chunks} passages "
              f"(added {summary.added}, updated {summary.updated}, removed {summary.removed}, "
              f"unchanged {summary.unchanged}) in {summary.seconds:.1f}s"
              + (f"; skipped {len(summary.skipped)} file(s)" if summary.skipped else ""))


@app.command()
def chat(
    plain: Annotated[bool, typer.Option("--plain", help="Plain lines on stdin/stdout.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON lines on stdin/stdout.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the last saved session.")] = False,
    llm: Llm = None,
    llm_base_url: LlmBaseUrl = None,
    chroma_url: ChromaUrl = None,
    debug: Debug = False,
):
    """The interview: Textual UI by default, or --plain / --jsonl on stdin/stdout."""
    with _errors(debug):
        run_chat(plain=plain, jsonl=jsonl, resume=resume, llm=llm, llm_base_url=llm_base_url,
                 chroma_url=chroma_url, debug=debug)


def main() -> None:
    """Run the Typer app (what ``assistant.cli.app.main`` falls back to)."""
    app()


if __name__ == "__main__":
    main()
