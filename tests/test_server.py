"""The shared index on a real Chroma server (``chroma run`` on a free loopback port)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.advice.advisor import Advisor
from assistant.config import Settings
from assistant.dialogue import AnswerEvent, Conversation, RecommendationEvent
from assistant.errors import IndexBusy
from assistant.index import remote
from assistant.index.builder import update_index
from assistant.retrieval import Retriever
from tests.conftest import NOTES_FOR_SMALL_KB, ROOT, cli_env

pytestmark = [pytest.mark.server, pytest.mark.slow]
CHROMA = Path(sys.executable).parent / "chroma"
QUESTIONS = ["How many labelled examples does fine-tuning need?", "what does RAG cost per query at volume?",
             "retrieval keeps answers fresh and cites sources", "data quality versus quantity"]
SCENARIO = "We need Q&A over our policy manual, which changes every week, and answers must cite the section."


class ChromaServer:
    """A ``chroma run`` process of our own, on a loopback port, stopped and restarted at will."""

    def __init__(self, path: Path):
        self.path = path
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self) -> "ChromaServer":
        self.proc = subprocess.Popen([str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1).read()
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("chroma run did not answer its heartbeat within 60 s")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=30)
            self.proc = None


pytest.importorskip("chromadb")
if not CHROMA.exists():
    pytest.skip("the chroma executable is not installed next to python", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ChromaServer(tmp_path_factory.mktemp("chroma-server")).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def both(server, tmp_path_factory):
    """The same three notes built embedded and on the server."""
    root = tmp_path_factory.mktemp("kb")
    kdir = root / "knowledge"
    kdir.mkdir()
    for name in NOTES_FOR_SMALL_KB:
        shutil.copy(ROOT / "knowledge" / name, kdir / name)
    local = Settings(root=root, knowledge_dir=kdir, index_dir=root / "index", data_dir=root / "data")
    shared = local.with_(chroma_url=server.url, index_dir=root / "unused-index")
    update_index(local)
    update_index(shared)
    return local, shared


def test_server_index_gives_the_same_results_as_embedded(both):
    local, shared = both
    near, far = Retriever(local).open(), Retriever(shared).open()
    assert far.rows == near.rows
    for q in QUESTIONS:
        for method in ("dense", "keyword", "hybrid"):
            assert [p.id for p in far.search(q, 5, method)] == [p.id for p in near.search(q, 5, method)], (q, method)
    assert Advisor(shared).ask(SCENARIO).to_json() == Advisor(local).ask(SCENARIO).to_json()
    assert not shared.index_dir.exists()  # nothing of the index is kept locally


def test_cli_builds_into_and_reads_from_the_server(both, server):
    _, shared = both
    env = cli_env(shared)
    del env["ADVISOR_INDEX_DIR"]
    out = subprocess.run([sys.executable, "-m", "assistant", "index", "--chroma-url", server.url], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and "already up to date" in out.stdout, out.stderr
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "--json", SCENARIO], cwd=ROOT,
                         env={**env, "ADVISOR_CHROMA_URL": server.url}, capture_output=True, text=True, timeout=300)
    rec = json.loads(out.stdout)
    assert rec["approach"] == "rag" and rec["citations"], out.stderr
    assert not any("keyword" in n or "cannot" in n for n in rec["notes"]), rec["notes"]


def test_incremental_update_on_the_server_keeps_two_generations(both, server):
    _, shared = both
    store = remote.RemoteStore(server.url)
    before = store.current_name()
    note = Path(shared.knowledge_dir) / "rag.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n## Server test\n\nVector stores can live on a shared server.\n",
                    encoding="utf-8")
    summary = update_index(shared)
    assert not summary.full and summary.added == 1 and summary.generation != before
    assert store.current_name() == summary.generation
    names = {c.name for c in store.client.list_collections()}
    gens = sorted(n for n in names if n.startswith(remote.PREFIX) and not n.endswith(remote.QUESTIONS_SUFFIX))
    assert gens[-2:] == sorted([before, summary.generation]) and len(gens) <= remote.KEEP
    # each kept generation has its questions' vectors beside it, and no orphan is left
    assert {n for n in names if n.endswith(remote.QUESTIONS_SUFFIX)} <= {g + remote.QUESTIONS_SUFFIX for g in gens}
    hit = Retriever(shared).open().search("vector stores on a shared server", 1)[0]
    assert hit.section == "Server test"


def test_a_second_build_waits_for_the_lease_then_refuses(both, server, monkeypatch):
    _, shared = both
    store = remote.RemoteStore(server.url)
    with store.lease(wait=0):
        with pytest.raises(IndexBusy, match="building the index on"):
            update_index(shared, rebuild=True, lock_wait=0.5)
    # A lease left by a process that died on this machine is taken over at once.
    store.call(lambda c: remote._try_create_lock(c, f"{socket.gethostname()}:999999999"))
    assert update_index(shared).generation == store.current_name()
    assert remote._lock_meta(store.client) is None


def test_server_going_away_mid_chat(tmp_path, both, monkeypatch):
    local, _ = both
    monkeypatch.setattr(remote, "RETRY_DELAYS", (0.1,))
    monkeypatch.setattr(remote, "PAUSE_SECONDS", 0.0)
    srv = ChromaServer(tmp_path / "db").start()
    try:
        settings = local.with_(chroma_url=srv.url)
        update_index(settings)
        chat = Conversation(Advisor(settings))
        chat.start()
        first = [e for e in chat.reply(SCENARIO) if isinstance(e, RecommendationEvent)]
        assert first and not any("keyword" in n for n in first[0].recommendation.notes)
        srv.stop()
        answer = [e for e in chat.reply("what is retrieval-augmented generation?") if isinstance(e, AnswerEvent)][0]
        assert answer.citations and "keyword search only" in answer.text and "cannot reach the Chroma server" in answer.text
        rec = [e for e in chat.reply("Actually the budget is small.") if isinstance(e, RecommendationEvent)][0]
        assert rec.recommendation.citations and any("keyword search only" in n for n in rec.recommendation.notes)
        srv.start()  # the server comes back: dense search resumes
        answer = [e for e in chat.reply("what is fine-tuning?") if isinstance(e, AnswerEvent)][0]
        assert answer.citations and "keyword search only" not in answer.text
    finally:
        srv.stop()


def test_server_down_from_the_start_is_clear(notes_kb):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    run = lambda *a: subprocess.run([sys.executable, "-m", "assistant", *a, "--chroma-url", url], cwd=ROOT,
                                    env=cli_env(notes_kb), capture_output=True, text=True, timeout=300)
    out = run("index")
    assert out.returncode == 1 and "retrying (1/3)" in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith(f"advisor: cannot reach the Chroma server at {url}")
    out = run("ask", "--json", SCENARIO)
    assert out.returncode == 0 and "cannot reach the Chroma server" in " ".join(json.loads(out.stdout)["notes"])
    bad = subprocess.run([sys.executable, "-m", "assistant", "ask", "hi", "--chroma-url", "ftp://x"], cwd=ROOT,
                         env=cli_env(notes_kb), capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "--chroma-url must look like http://HOST:PORT" in bad.stderr
