"""``python -m assistant`` is the same as the ``advisor`` command."""

from assistant.cli.app import main

if __name__ == "__main__":
    main()
