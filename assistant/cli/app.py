"""``advisor`` (also ``python -m assistant``): the entry point, kept light on purpose.

The commands are the Typer app in ``assistant.cli.commands``. Importing Typer costs more
than painting the whole terminal UI, so a plain interactive ``advisor chat [--resume]
[--llm ...] [--llm-base-url ...] [--chroma-url ...] [--debug]`` is started here directly
(``assistant.cli.launch``, the same code the Typer command runs); every other command line
(``--plain``, ``--jsonl``, ``--help``, ``ask``, ``index``, mistakes) goes to Typer.
"""

from __future__ import annotations

import sys


def main() -> None:
    from assistant.cli.launch import chat, chat_options

    options = chat_options(sys.argv[1:])
    if options is not None:
        sys.exit(chat(options))
    from assistant.cli.commands import app

    app()


def __getattr__(name: str):
    """``from assistant.cli.app import app`` still gives the Typer app (imported on demand)."""
    if name == "app":
        from assistant.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    main()
