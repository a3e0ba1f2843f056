"""Faults injected into real ``advisor`` processes: kills mid-build, concurrent builds and
readers, a full disk, a read-only or blocked index folder. Afterwards the old or the new
index is whole and answers. (docs/faults.md reports these runs.)"""

from __future__ import annotations

import errno
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import AdvisorError
from assistant.index import builder
from assistant.index.builder import update_index
from assistant.index.layout import CHUNKS, IndexLayout
from assistant.retrieval import Retriever
from tests.conftest import ROOT, cli_env

pytestmark = pytest.mark.slow
KILLS = 4
SEED = 20240611
QUESTION = "How much labelled data does fine-tuning need?"


def advisor(args, settings, **kw):
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=cli_env(settings),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def assert_whole(settings) -> str:
    """The published generation is complete: manifest, every passage row, and it answers."""
    layout = IndexLayout(settings.index_dir)
    gen = layout.current()
    manifest = layout.manifest(gen)
    rows = [json.loads(l) for l in (gen / CHUNKS).read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(rows) == manifest.chunk_count > 0
    hits = Retriever(settings, auto_build=False).open().search(QUESTION, 3)
    assert hits and all(h.id in {r["id"] for r in rows} for h in hits)
    return gen.name


def test_killed_rebuilds_leave_a_whole_index(notes_kb):
    update_index(notes_kb)
    first = assert_whole(notes_kb)
    started = time.monotonic()
    out = advisor(["index", "--rebuild"], notes_kb)
    assert out.wait(timeout=600) == 0, out.stderr.read()
    duration = time.monotonic() - started
    published = {first, assert_whole(notes_kb)}
    rng = random.Random(SEED)
    outcomes = []
    for i in range(KILLS):
        proc = advisor(["index", "--rebuild"], notes_kb)
        time.sleep(rng.uniform(0.4 * duration, 1.05 * duration))  # the later part: embedding and writing
        sig = signal.SIGTERM if i == KILLS - 1 else signal.SIGKILL
        proc.send_signal(sig)
        code = proc.wait(timeout=60)
        proc.stdout.close()
        proc.stderr.close()
        gen = assert_whole(notes_kb)
        outcomes.append((sig.name, code, "new" if gen not in published else "old"))
        published.add(gen)
    print("kill outcomes:", outcomes)
    # The next build cleans what the killed ones left and publishes normally.
    summary = update_index(notes_kb, rebuild=True)
    assert_whole(notes_kb)
    assert not [p for p in IndexLayout(notes_kb.index_dir).gens.glob("tmp-*")]
    assert summary.generation == IndexLayout(notes_kb.index_dir).current().name


def test_readers_and_two_builds_at_once(notes_kb):
    update_index(notes_kb)
    (Path(notes_kb.knowledge_dir) / "extra.md").write_text(
        "# Extra\n\n## Labels\n\nA few hundred good labelled examples often beat thousands of noisy ones.\n",
        encoding="utf-8")
    builds = [advisor(["index"], notes_kb) for _ in range(2)]
    readers = [advisor(["ask", "--json", "We have 300 labelled support tickets, a tight budget, "
                                         "and must launch in two weeks. Fine-tune or prompt?"], notes_kb)
               for _ in range(8)]
    results = [(p.wait(timeout=900), *p.communicate()) for p in builds + readers]
    build_results, reader_results = results[:2], results[2:]
    ok_builds = [r for r in build_results if r[0] == 0]
    assert ok_builds, build_results
    for code, _, err in build_results:
        assert code == 0 or (code == 1 and "still running" in err), err
    files = {}
    for code, out, err in reader_results:
        assert code == 0, err
        rec = json.loads(out)
        assert rec["type"] == "recommendation" and rec["citations"] and all(r["citations"] for r in rec["reasons"])
        for c in rec["citations"]:
            path = Path(notes_kb.root) / c["path"]
            text = files.setdefault(path, " ".join(path.read_text(encoding="utf-8").split()))
            assert " ".join(c["passage"].split()) in text
    assert_whole(notes_kb)
    hits = Retriever(notes_kb, auto_build=False).open().search("noisy labelled examples", 3)
    assert any(h.path.endswith("extra.md") for h in hits)  # the update was published


def test_full_disk_during_a_build_is_one_clear_error(notes_kb, monkeypatch):
    before = update_index(notes_kb).generation

    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(builder, "write_atomic", no_space)
    with pytest.raises(AdvisorError, match="no space left.*previous index is unchanged"):
        update_index(notes_kb, rebuild=True)
    layout = IndexLayout(notes_kb.index_dir)
    assert layout.current().name == before and not list(layout.gens.glob("tmp-*"))
    assert_whole(notes_kb)


def test_index_folder_blocked_by_a_file(notes_kb, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = notes_kb.with_(index_dir=blocker / "index")
    out = subprocess.run([sys.executable, "-m", "assistant", "index"], cwd=ROOT, env=cli_env(settings),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1 and "cannot write to the index folder" in out.stderr
    assert out.stderr.strip().count("\n") == 0


def _unshare_works() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-m", "true"], capture_output=True).returncode == 0


needs_mounts = pytest.mark.skipif(not _unshare_works(), reason="needs 'unshare -m' (root in a container) "
                                  "to mount a real read-only or full file system")


def _in_private_mounts(script: str, settings) -> subprocess.CompletedProcess:
    """Run a shell script in a private mount namespace: its mounts vanish with it."""
    return subprocess.run(["unshare", "-m", "sh", "-ec", script], cwd=ROOT, env=cli_env(settings),
                          capture_output=True, text=True, timeout=900)


@needs_mounts
def test_read_only_index_folder(notes_kb):
    before = update_index(notes_kb).generation
    idx, py = notes_kb.index_dir, sys.executable
    out = _in_private_mounts(
        f"mount --bind -o ro {idx} {idx}\n"
        f"{py} -m assistant ask --json '{QUESTION}' > {idx.parent}/ask.json\n"
        f"if {py} -m assistant index --rebuild; then exit 9; fi\n", notes_kb)
    assert out.returncode == 0, out.stderr
    assert "cannot write to the index folder" in out.stderr and "Read-only file system" in out.stderr
    answer = json.loads((idx.parent / "ask.json").read_text())
    assert answer["citations"], answer  # keyword search still cites real passages
    assert IndexLayout(idx).current().name == before
    assert_whole(notes_kb)


@needs_mounts
def test_really_full_disk(notes_kb, tmp_path):
    update_index(notes_kb)
    size_kb = sum(f.stat().st_size for f in notes_kb.index_dir.rglob("*") if f.is_file()) // 1024
    disk = tmp_path / "small-disk"
    disk.mkdir()
    settings = notes_kb.with_(index_dir=disk / "index")
    py = sys.executable
    out = _in_private_mounts(
        f"mount -t tmpfs -o size={size_kb + 200}k tmpfs {disk}\n"
        f"cp -a {notes_kb.index_dir} {disk}/index\n"
        f"cat {disk}/index/CURRENT > {tmp_path}/before\n"
        f"if ADVISOR_INDEX_DIR={disk}/index {py} -m assistant index --rebuild 2> {tmp_path}/err; then exit 9; fi\n"
        f"cat {disk}/index/CURRENT > {tmp_path}/after\n"
        f"ADVISOR_INDEX_DIR={disk}/index {py} -m assistant ask --json '{QUESTION}' > {tmp_path}/ask.json\n", settings)
    assert out.returncode == 0, out.stderr
    err = (tmp_path / "err").read_text()
    assert "no space left on the device" in err and "previous index is unchanged" in err, err
    assert err.strip().count("\n") <= 1 and "Traceback" not in err  # the progress line, then the error
    assert (tmp_path / "before").read_text() == (tmp_path / "after").read_text()
    assert json.loads((tmp_path / "ask.json").read_text())["citations"]
