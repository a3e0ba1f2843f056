"""What ``advisor chat`` does, without the CLI framework, so the entry point can skip it.

Typer (with click and, in 0.29, pydantic) costs 0.3-0.5 s to import, more than the whole
Textual UI needs to paint. ``advisor chat`` run interactively is the one command where that
is felt, so ``assistant.cli.app.main`` reads its arguments with ``chat_options`` (the
plain, unambiguous spellings only) and calls ``run_chat`` directly; anything else, help
and errors included, goes to the Typer app in ``assistant.cli.commands``, whose ``chat``
command calls the same ``run_chat``. Only the standard library is imported here.
"""

from __future__ import annotations

import sys

from assistant.errors import AdvisorError

#: The flags of ``advisor chat`` (see ``assistant.cli.commands.chat``) that take no value...
CHAT_FLAGS = {"--resume": "resume", "--debug": "debug"}
#: ...and those that take one.
CHAT_VALUES = {"--llm": "llm", "--llm-base-url": "llm_base_url", "--chroma-url": "chroma_url"}


def chat_options(args: list[str]) -> dict | None:
    """The keyword arguments of ``run_chat`` for the interactive ``chat``, or None for Typer.

    ``args`` is ``sys.argv[1:]``. Only ``chat`` followed by the flags above (``--opt VALUE``
    or ``--opt=VALUE``, the last one winning, as with click) is read here; ``--plain``,
    ``--jsonl``, ``--help``, a value that looks like an option, anything unknown or
    malformed is left to Typer, which parses it exactly as before.
    """
    if not args or args[0] != "chat":
        return None
    options: dict = {"plain": False, "jsonl": False, "resume": False, "llm": None, "llm_base_url": None,
                     "chroma_url": None, "debug": False}
    rest = args[1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        name, eq, value = arg.partition("=")
        if not eq and arg in CHAT_FLAGS:
            options[CHAT_FLAGS[arg]] = True
        elif name in CHAT_VALUES:
            if not eq:
                i += 1
                if i == len(rest):
                    return None  # click reports the missing value
                value = rest[i]
                if value.startswith("-"):
                    return None  # an option where a value should be: let click decide
            options[CHAT_VALUES[name]] = value
        else:
            return None
        i += 1
    return options


def settings_for(chroma_url: str | None, debug: bool, llm: str | None = None, llm_base_url: str | None = None):
    from assistant.config import Settings

    settings = Settings(chroma_url=chroma_url, debug=debug, llm=llm, llm_base_url=llm_base_url)
    if settings.chroma_url:
        from assistant.index.store import parse_url

        parse_url(settings.chroma_url)  # a malformed URL is bad usage, before any work
    return settings


def report(exc: BaseException, debug: bool) -> int:
    """Say what went wrong in one line on stderr (traceback with --debug); the exit status."""
    if debug:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, AdvisorError):
        print(f"advisor: {exc}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        print("advisor: interrupted", file=sys.stderr)
        return 130
    if isinstance(exc, BrokenPipeError):
        # The reader went away (``advisor ask ... | head``): nothing is wrong and no one is
        # listening. (Rich, finding the same, points stdout at /dev/null and exits 1 itself.)
        _silence_stdout()
        return 1
    if isinstance(exc, SystemExit):  # an exit asked for (Rich's, above), not a failure to report
        return 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
    print(f"advisor: unexpected error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
          " (run again with --debug for details)", file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    """Send what is left in stdout's buffer to /dev/null, so exiting does not fail on it again."""
    try:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def check_llm(llm) -> None:
    """Create the configured model now: a bad name or missing package is reported before any work."""
    if llm is not None:
        llm.check()


def run_chat(plain: bool = False, jsonl: bool = False, resume: bool = False, llm: str | None = None,
             llm_base_url: str | None = None, chroma_url: str | None = None, debug: bool = False) -> None:
    """The interview: Textual UI by default, or --plain / --jsonl on stdin/stdout. Raises on failure."""
    settings = settings_for(chroma_url, debug, llm, llm_base_url)
    from assistant.llm.settings import configured_llm

    check_llm(configured_llm(settings))
    if plain or jsonl:
        from assistant.cli.streams import run_stream

        run_stream(settings, jsonl=jsonl, resume=resume)
    else:
        # Start-up allocates hundreds of thousands of objects (Textual's CSS, widgets) and
        # none of them is garbage yet: the collector's passes over them are pure cost until
        # the first frame is up, when the app turns it back on (AdvisorApp._mount_side).
        import gc

        gc.disable()
        try:
            from assistant.tui.app import run_tui

            run_tui(settings, resume=resume)
        finally:
            gc.enable()


def chat(options: dict) -> int:
    """``run_chat`` with every failure turned into one line on stderr; the exit status."""
    try:
        run_chat(**options)
    except BaseException as exc:  # noqa: BLE001 - as the Typer command does (assistant.cli.commands._errors)
        return report(exc, options.get("debug", False))
    return 0
