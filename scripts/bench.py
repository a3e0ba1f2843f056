#!/usr/bin/env python3
"""Speed benchmark (issue 5): start-up, per-turn latency, index builds and scale.

Every measurement runs in a fresh process (cold means cold), the median of --runs runs;
peak memory is the child's own maximum resident set (os.wait4). The naive baseline
(scripts/naive_baseline.py: sentence-transformers + langchain_chroma over the same
index) runs in the same session, interleaved with ``advisor ask --json``, so the ratio
holds even on a loaded machine. Prints a Markdown table and writes it to
docs/benchmark.md (--out to change).

Run: .venv/bin/python scripts/bench.py            (about 10 minutes on a loaded 2-core machine)
     .venv/bin/python scripts/bench.py --quick    (fewer runs, 10k instead of 50k chunks)
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import random
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PY = sys.executable
QUESTION = ("We classify 2 million support tickets a month into 12 categories. Our few-shot prompt is "
            "3,000 tokens and too expensive, and we have 50k labelled tickets.")
TURNS = [
    "We want an assistant that answers employee questions about our HR policies",
    "the policies change every month and answers must cite the policy section",
    "why?",
    "what is catastrophic forgetting?",
    "skip",
    "we have about 200 example questions",
    "budget is tight, a few thousand dollars",
    "no idea",
    "a couple of ML engineers",
    "actually we have 5,000 labelled examples",
    "how much data does fine-tuning need?",
]


# -- measuring child processes ---------------------------------------------------
def run_child(argv: list[str], env: dict | None = None, stdin: str | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MB) and stdout of one fresh process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as inp:
        if stdin is not None:
            inp.write(stdin)
            inp.seek(0)
        started = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, env={**os.environ, **(env or {})}, stdin=inp,
                                stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv[:4])} failed with exit {proc.returncode}")
    return wall, usage.ru_maxrss // 1024, text


def child(mode: str, *args: str) -> list[str]:
    return [PY, str(Path(__file__).resolve()), "--child", mode, *args]


def median(values):
    return statistics.median(values)


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


# -- the measurements -------------------------------------------------------------
def cold_ask(env, runs):
    ours, naive = [], []
    for _ in range(runs):  # interleaved, so both see the same load
        ours.append(run_child([PY, "-m", "assistant", "ask", "--json", QUESTION], env)[:2])
        naive.append(run_child([PY, "scripts/naive_baseline.py", QUESTION], env)[:2])
    return ours, naive


BARE_TEXTUAL = """
from textual.app import App
from textual.widgets import Footer, Header
class Bare(App):
    TITLE = "Approach Advisor"
    BINDINGS = [("ctrl+q", "quit", "Quit")]
    def compose(self):
        yield Header()
        yield Footer()
Bare().run()
"""


def first_paint(env, runs, argv=(PY, "-m", "assistant", "chat")):
    """Seconds from start to the first full frame of the Textual UI, in a real pty."""
    times = []
    for _ in range(runs):
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update({**env, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"})
            os.chdir(ROOT)
            os.execv(argv[0], list(argv))
        started = time.perf_counter()
        seen = b""
        while time.perf_counter() - started < 60:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
            if b"Approach Advisor" in seen and b"Quit" in seen:  # header and footer are painted
                times.append(time.perf_counter() - started)
                break
        os.write(fd, b"\x11")  # ctrl+q
        deadline = time.time() + 10
        while time.time() < deadline:
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            if select.select([fd], [], [], 0.1)[0]:
                _drain(fd)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    return times


def _drain(fd):
    try:
        os.read(fd, 65536)
    except OSError:
        pass


def synthetic_texts(rows: list[dict], n: int, seed: int, words: int | None = None) -> list[str]:
    """Passages made of a real passage's words, shuffled: the notes' lengths and vocabulary."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        w = rows[rng.randrange(len(rows))]["text"].split()
        rng.shuffle(w)
        out.append(" ".join(w[:words] if words else w))
    return out


def build_synthetic_index(root: Path, export: Path, n: int, seed: int = 7) -> None:
    """A generation of ``n`` synthetic passages (words of the notes, vectors near theirs)."""
    import numpy as np

    from assistant.index import sidecars, vectors
    from assistant.index.layout import CHUNKS, MANIFEST, IndexLayout, Manifest, write_atomic
    from assistant.knowledge.chunking import chunk_id
    from assistant.retrieval.keyword import KeywordIndex

    real = IndexLayout(Path(os.environ["ADVISOR_INDEX_DIR"]))
    gen = real.current()
    rows = [json.loads(line) for line in (gen / CHUNKS).read_text().splitlines() if line.strip()]
    base = np.load(gen / vectors.VECTORS)
    bodies = synthetic_texts(rows, n, seed)
    nrng = np.random.default_rng(seed)
    layout = IndexLayout(root)
    work = layout.new_workspace()
    out, texts = [], []
    for i in range(n):
        src = rows[i % len(rows)]
        text = bodies[i]
        cid = chunk_id(f"synthetic/{i}.md", 0, text)
        out.append(json.dumps({"id": cid, "text": text, "path": f"synthetic/{i}.md", "title": src["title"],
                               "section": f"{src['section']} #{i}", "sources": "", "ordinal": 0}))
        texts.append(f"{src['title']}. {src['section']} #{i}.\n{text}")
    (work / CHUNKS).write_text("\n".join(out) + "\n")
    noisy = base[np.arange(n) % len(base)] + nrng.normal(0, 0.03, (n, base.shape[1])).astype(np.float32)
    vectors.save(work / vectors.VECTORS, noisy / np.linalg.norm(noisy, axis=1, keepdims=True))
    KeywordIndex(texts).save(work / sidecars.KEYWORD_DIR)
    (work / sidecars.EMBEDDER).write_text(json.dumps({"onnx": export.name}))
    ids = [json.loads(r)["id"] for r in out]
    write_atomic(work / MANIFEST, Manifest(model="synthetic", files={"synthetic": {"digest": "-", "chunks": ids}}).to_json())
    layout.publish(work)


# -- children (run in a fresh process) ---------------------------------------------
def child_turns(rounds: str) -> None:
    from assistant.advice.advisor import Advisor
    from assistant.config import Settings
    from assistant.dialogue import Conversation

    conversation = Conversation(Advisor(Settings()))
    conversation.advisor.retriever.warm_up()
    times, first = [], None
    for r in range(int(rounds) + 1):  # the first round warms up and is not counted
        conversation.reply("start over") if r else conversation.start()
        for line in TURNS:
            started = time.perf_counter()
            events = conversation.reply(line)
            ms = (time.perf_counter() - started) * 1000
            if r:
                times.append(ms)
            elif first is None and any(type(e).__name__ == "RecommendationEvent" for e in events):
                first = ms
    print(json.dumps({"warm": times, "first_recommendation": first}))


def child_throughput(n: str, short: str) -> None:
    from assistant.config import Settings
    from assistant.index.onnx_model import OnnxEncoder, export_dir
    from assistant.index.layout import CHUNKS, IndexLayout

    gen = IndexLayout(Settings().index_dir).current()
    rows = [json.loads(line) for line in (gen / CHUNKS).read_text().splitlines() if line.strip()]
    texts = synthetic_texts(rows, int(n), 3, 16 if short == "1" else None)
    encoder = OnnxEncoder(export_dir(Settings()))
    encoder.load()
    tokens = sum(len(e.ids) for e in encoder._tokenizer.encode_batch(texts[:200])) / min(200, len(texts))
    started = time.perf_counter()
    encoder.encode(texts)
    onnx_rate = len(texts) / (time.perf_counter() - started)
    from assistant.index.embeddings import SentenceEmbeddings

    st = SentenceEmbeddings(Settings().model_location(), "st")
    st.load()
    started = time.perf_counter()
    st.embed_documents(texts)
    st_rate = len(texts) / (time.perf_counter() - started)
    print(json.dumps({"onnx": onnx_rate, "st": st_rate, "tokens": tokens}))


def child_query(n_queries: str) -> None:
    from assistant.config import Settings
    from assistant.retrieval import Retriever

    questions = [json.loads(line)["question"] for line in
                 (ROOT / "tests/eval/retrieval_questions.jsonl").read_text().splitlines() if line.strip()]
    started = time.perf_counter()
    retriever = Retriever(Settings(), auto_build=False).open()
    retriever.search(questions[0], 5)
    first = time.perf_counter() - started
    lat = {"hybrid": [], "dense": [], "keyword": []}
    for q in (questions * 10)[: int(n_queries)]:
        for method in lat:
            t = time.perf_counter()
            retriever.search(q, 5, method)
            lat[method].append((time.perf_counter() - t) * 1000)
    print(json.dumps({"first": first, **lat}))


def child_gflops() -> None:
    """The machine's float32 matrix-product rate now, in the shape of MiniLM's feed-forward
    layer: the ceiling any embedding of this model can reach here."""
    import numpy as np

    a = np.random.default_rng(0).random((2048, 384), dtype=np.float32)
    b = np.random.default_rng(1).random((384, 1536), dtype=np.float32)
    for _ in range(3):
        a @ b
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(10):
            a @ b
        best = min(best, (time.perf_counter() - started) / 10)
    print(json.dumps({"gflops": 2 * 2048 * 384 * 1536 / best / 1e9}))


CHILDREN = {"gflops": child_gflops, "turns": child_turns, "throughput": child_throughput, "query": child_query}


# -- main ----------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="fewer runs and a 10k-chunk scale test")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmark.md"))
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = parser.parse_args()
    if a.child:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        CHILDREN[a.child[0]](*a.child[1:])
        return
    runs = 2 if a.quick else max(3, a.runs)
    big = 10_000 if a.quick else 50_000
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from assistant.config import Settings
    from assistant.index.onnx_model import ensure_export

    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="advisor-bench-"))
    models = work / "models"
    env = {"ADVISOR_INDEX_DIR": str(work / "index"), "ADVISOR_MODEL_CACHE": str(models)}
    rows: list[tuple[str, str, str, str]] = []  # (measure, value, target, met)

    def say(msg):
        print(msg, file=sys.stderr, flush=True)

    say(f"bench: working in {work}")
    say("bench: first build (includes the one-time ONNX export)")
    first_build, _, _ = run_child([PY, "-m", "assistant", "index"], env)
    os.environ.update(env)
    export = ensure_export(Settings())
    if export is None:
        raise SystemExit("bench: the ONNX export failed; the fast path is not available")

    say("bench: index with nothing changed")
    noop = [run_child([PY, "-m", "assistant", "index"], env)[0] for _ in range(runs)]
    say("bench: index rebuilt from scratch (export cached)")
    scratch = []
    for i in range(max(1, runs - 1)):
        scratch.append(run_child([PY, "-m", "assistant", "index"],
                                 {**env, "ADVISOR_INDEX_DIR": str(work / f"scratch{i}")})[0])

    say("bench: cold ask --json vs the naive baseline")
    ours, naive = cold_ask(env, runs)
    o_wall, o_mem = median([w for w, _ in ours]), median([m for _, m in ours])
    n_wall, n_mem = median([w for w, _ in naive]), median([m for _, m in naive])

    say("bench: TUI first paint")
    paints = first_paint(env, runs)
    bare = first_paint(env, runs, (PY, "-c", BARE_TEXTUAL))  # the floor: Textual itself

    say("bench: warm turns")
    turn_data = json.loads(run_child(child("turns", "4" if a.quick else "8"), env)[2])
    turns, first_rec = turn_data["warm"], turn_data["first_recommendation"]

    say("bench: embedding throughput")
    n_chunks = "100" if a.quick else "300"
    real_len = json.loads(run_child(child("throughput", n_chunks, "0"), env)[2])
    short = json.loads(run_child(child("throughput", n_chunks, "1"), env)[2])
    gflops = json.loads(run_child(child("gflops"), env)[2])["gflops"]

    scale = {}
    for n in (1000, big):
        say(f"bench: query latency at {n} chunks")
        root = work / f"scale{n}"
        build_synthetic_index(root, export, n)
        wall, mem, text = run_child(child("query", "100"), {**env, "ADVISOR_INDEX_DIR": str(root)})
        scale[n] = (json.loads(text), mem)
    load_after = os.getloadavg()

    def row(measure, value, target, met):
        rows.append((measure, value, target, "yes" if met else "**no**"))

    row("cold `ask --json`: wall time (median)", f"{o_wall:.2f} s (naive {n_wall:.2f} s, ratio {o_wall / n_wall:.2f}x)",
        "<= 0.2x naive", o_wall <= 0.2 * n_wall)
    row("cold `ask --json`: peak memory (median)", f"{o_mem} MB (naive {n_mem} MB, ratio {o_mem / n_mem:.2f}x)",
        "<= 0.5x naive", o_mem <= 0.5 * n_mem)
    row("TUI first paint (median)", (f"{median(paints):.2f} s (a bare Textual app with a header and footer: "
                                     f"{median(bare):.2f} s)") if paints and bare else "not painted",
        "< 0.5 s", bool(paints) and median(paints) < 0.5)
    row(f"warm turn, p50 / p95 (n={len(turns)})", f"{pct(turns, 50):.0f} / {pct(turns, 95):.0f} ms",
        "p95 < 150 ms", pct(turns, 95) < 150)
    row("the session's first recommendation (nothing cached yet)", f"{first_rec:.0f} ms", "", True)
    row("`advisor index`, nothing changed (median)", f"{median(noop):.2f} s", "< 3 s", median(noop) < 3)
    row("`advisor index` from scratch, export cached (median)", f"{median(scratch):.1f} s", "", True)
    row("`advisor index`, very first build incl. ONNX export", f"{first_build:.1f} s", "", True)
    row(f"embedding, passages like the notes (~{real_len['tokens']:.0f} tokens)",
        f"{real_len['onnx']:.1f} chunks/s (sentence-transformers {real_len['st']:.1f})", ">= 150 chunks/s",
        real_len["onnx"] >= 150)
    row(f"embedding, short chunks of 16 words (~{short['tokens']:.0f} tokens)",
        f"{short['onnx']:.1f} chunks/s (sentence-transformers {short['st']:.1f})", ">= 150 chunks/s",
        short["onnx"] >= 150)
    # MiniLM-L6: 6 layers x (4 x 384^2 + 2 x 384 x 1536) multiply-adds per token, plus attention.
    per_token = 2 * 6 * (4 * 384 * 384 + 2 * 384 * 1536)
    for label, data in (("note-sized", real_len), ("short", short)):
        t = data["tokens"]
        flop = t * per_token + 2 * 6 * 2 * t * t * 384
        row(f"ceiling for {label} chunks at the measured {gflops:.0f} GFLOP/s float32 product",
            f"{gflops * 1e9 / flop:.0f} chunks/s ({flop / 1e9:.2f} GFLOP a chunk; the model reached "
            f"{data['onnx'] * flop / 1e9:.0f} GFLOP/s)", "", True)
    for n, (q, mem) in scale.items():
        row(f"query at {n:,} chunks: hybrid p50 / p95", f"{pct(q['hybrid'], 50):.1f} / {pct(q['hybrid'], 95):.1f} ms "
            f"(dense p95 {pct(q['dense'], 95):.1f}, keyword p95 {pct(q['keyword'], 95):.1f}; open + first query "
            f"{q['first']:.2f} s, {mem} MB)", "p95 < 50 ms" if n == big else "", pct(q["hybrid"], 95) < 50)

    table = ["| measure | result | target | met |", "| --- | --- | --- | --- |"]
    table += [f"| {m} | {v} | {t} | {ok if t else ''} |" for m, v, t, ok in rows]
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), "?")
    header = [
        "# Speed benchmark", "",
        f"Command: `.venv/bin/python scripts/bench.py{' --quick' if a.quick else ''}` "
        f"({runs} runs each; {time.strftime('%Y-%m-%d %H:%M')}).", "",
        f"Machine: {os.cpu_count()} cores ({cpu}), no GPU; load average {load_before[0]:.1f} before and "
        f"{load_after[0]:.1f} after (the machine is shared, so absolute times are noisy: the ratios to the "
        "naive baseline, measured interleaved in the same session, are the stable figures).", "",
    ]
    text = "\n".join(header + table) + "\n"
    print(text)
    if a.out:
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        notes = Path(a.out).read_text().split("\n## Notes", 1)[1] if Path(a.out).is_file() and "\n## Notes" in Path(a.out).read_text() else None
        Path(a.out).write_text(text + (f"\n## Notes{notes}" if notes else ""))
        say(f"bench: written to {a.out}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
