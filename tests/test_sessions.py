"""Saved sessions: written line by line as the chat goes, resumed after a crash."""

from __future__ import annotations

import json
import subprocess
import sys

from assistant.dialogue import Conversation, QuestionEvent, RecommendationEvent
from assistant.dialogue.sessions import SavedConversation, SessionLog
from tests.conftest import ROOT, cli_env

LINES = ["We're building a support chatbot for our product.", "We have about 200 labelled examples."]


def test_each_line_is_on_disk_before_the_reply(tmp_path, advisor):
    saved, opening = SavedConversation.begin(Conversation(advisor), tmp_path / "sessions")
    assert isinstance(opening[-1], QuestionEvent)
    for line in LINES:
        saved.reply(line)
        # What a crash right now would leave: the line is already in the file.
        assert SessionLog.read(saved.log.path).lines[-1] == line


def test_resume_restores_the_interview(tmp_path, advisor):
    sessions = tmp_path / "sessions"
    first = Conversation(advisor)
    saved, _ = SavedConversation.begin(first, sessions)
    last = [e for line in LINES for e in saved.reply(line)]
    resumed = Conversation(advisor)
    again, events = SavedConversation.begin(resumed, sessions, resume=True)
    assert "replayed 2 message(s)" in events[0].text
    assert resumed.profile.to_json() == first.profile.to_json() and resumed.current == first.current
    assert events[-1] == last[-1]
    again.reply("Budget is small.")
    assert SessionLog.latest(sessions).lines == [*LINES, "Budget is small."]


def test_a_torn_last_line_is_skipped_and_the_log_goes_on(tmp_path, advisor):
    sessions = tmp_path / "sessions"
    saved, _ = SavedConversation.begin(Conversation(advisor), sessions)
    saved.reply(LINES[0])
    with open(saved.log.path, "a", encoding="utf-8") as fh:
        fh.write('{"type": "user", "text": "half a li')  # the process died mid-write
    log = SessionLog.latest(sessions)
    assert log.lines == [LINES[0]] and log.torn == 1
    again, events = SavedConversation.begin(Conversation(advisor), sessions, resume=True)
    assert "1 damaged line(s)" in events[0].text
    again.reply(LINES[1])
    assert SessionLog.read(saved.log.path).lines == LINES


def test_an_unwritable_session_folder_does_not_stop_the_chat(tmp_path, advisor):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    saved, events = SavedConversation.begin(Conversation(advisor), blocker / "sessions")
    assert saved.log is None and "will not be saved" in events[0].text
    assert any(isinstance(e, QuestionEvent) for e in saved.reply(LINES[0]))


def test_cli_resume_continues_the_last_plain_session(kb_settings, tmp_path):
    settings = kb_settings.with_(data_dir=tmp_path / "data")

    def chat(stdin, *flags):
        return subprocess.run([sys.executable, "-m", "assistant", "chat", "--jsonl", *flags], input=stdin,
                              capture_output=True, text=True, cwd=ROOT, env=cli_env(settings), timeout=300)

    none = chat("", "--resume")
    assert none.returncode == 2 and "no saved session" in none.stderr
    chat("Hackathon this weekend: we want a bot that explains code snippets to students.\n")
    out = chat("", "--resume")
    assert out.returncode == 0, out.stderr
    events = [json.loads(l) for l in out.stdout.splitlines()]
    assert events[0]["event"] == "note" and "Resumed" in events[0]["text"]
    assert events[-1]["event"] == "recommendation" and events[-1]["approach"] == "prompt_engineering"


def test_replay_matches_a_live_session_to_the_recommendation(tmp_path, advisor):
    sessions = tmp_path / "sessions"
    saved, _ = SavedConversation.begin(Conversation(advisor), sessions)
    for line in [*LINES, "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip"]:
        live = saved.reply(line)
        if any(isinstance(e, RecommendationEvent) for e in live):
            break
    resumed = Conversation(advisor)
    _, events = SavedConversation.begin(resumed, sessions, resume=True)
    assert isinstance(events[-1], RecommendationEvent)
    assert events[-1].recommendation.approach == live[-1].recommendation.approach
