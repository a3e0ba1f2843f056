"""``chat --plain`` and ``chat --jsonl``: the same conversation on stdin/stdout, saved as it goes."""

from __future__ import annotations

import json
import sys

from assistant.advice.advisor import Advisor
from assistant.cli.render import event_lines
from assistant.config import Settings
from assistant.dialogue import Conversation
from assistant.dialogue.sessions import SavedConversation
from assistant.text import text_stdin


def run_stream(settings: Settings, jsonl: bool, stdin=None, stdout=None, resume: bool = False) -> None:
    stdin = stdin or text_stdin()
    stdout = stdout or sys.stdout

    def emit(events) -> None:
        for event in events:
            if jsonl:
                stdout.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
            else:
                stdout.write("\n".join(event_lines(event)) + "\n")
            stdout.flush()

    conversation = Conversation(Advisor(settings, log=lambda m: print(m, file=sys.stderr)))
    saved, opening = SavedConversation.begin(conversation, settings.sessions_dir, resume=resume)
    emit(opening)
    for raw in stdin:
        emit(saved.reply(raw.rstrip("\n")))
