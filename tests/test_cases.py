"""The worked cases: their library, their vote, and how the advice shows and uses it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.advice.cases import CASES, CASES_FILE, WEIGHT, Case, CaseLibrary
from assistant.advice.engine import decide, next_factor
from assistant.advice.extract import read
from assistant.advice.profile import Profile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def _library(*rows):
    return CaseLibrary([Case(s, i, text, tuple(acc)) for s, i, text, acc in rows], "test")


def _unit(*xs):
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_the_library_is_the_labelled_sets_as_written():
    import build_cases

    shipped = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines()]
    for path in build_cases.set_files():
        expected = build_cases.cases_of(path)
        got = [c for c in shipped if c["set"] == path.stem]
        assert got == expected, f"{path.name} changed: run scripts/build_cases.py"
    assert len(CaseLibrary.load().cases) == len(shipped)


def test_the_nearest_cases_share_the_vote_by_similarity():
    lib = _library(("a", "1", "x", ["rag"]), ("a", "2", "y", ["fine_tuning", "hybrid"]), ("b", "3", "z", ["prompt_engineering"]))
    vectors = np.vstack([_unit(1, 0, 0), _unit(1, 1, 0), _unit(0, 0, 1)])
    vote = lib.vote(_unit(1, 0.2, 0), vectors, k=2)
    assert [n.case.id for n in vote.neighbours] == ["1", "2"]
    assert vote.shares["rag"] > 0.5 and vote.shares["fine_tuning"] == pytest.approx(vote.shares["hybrid"])
    assert vote.shares["prompt_engineering"] == 0 and sum(vote.shares.values()) == pytest.approx(1)
    assert vote.leader() == "rag"
    assert sum(vote.deltas().values()) == pytest.approx(WEIGHT, abs=0.01)


def test_a_set_left_out_casts_no_vote_for_itself():
    lib = _library(("a", "1", "x", ["rag"]), ("b", "2", "y", ["fine_tuning"]))
    vectors = np.vstack([_unit(1, 0), _unit(1, 1)])
    vote = lib.vote(_unit(1, 0), vectors, exclude=frozenset({"a"}))
    assert [n.case.set for n in vote.neighbours] == ["b"] and vote.leader() == "fine_tuning"
    assert lib.vote(_unit(1, 0), vectors, exclude=frozenset({"a", "b"})) is None
    assert lib.vote(np.zeros(2), vectors) is None
    assert lib.vote(_unit(-1, -1), vectors) is None  # nothing alike: no vote rather than a random one


def test_the_vote_is_one_shown_contribution_and_asks_no_question():
    text = "Our support chatbot should answer from the policy wiki."
    profile = Profile()
    for a in read(text).answers:
        profile.set(a)
    alone = decide(profile)
    lib = _library(("a", "1", "x", ["fine_tuning"]))
    profile.cases = lib.vote(_unit(1), np.array([[1.0]], dtype=np.float32))
    both = decide(profile)
    vote = [c for c in both.contributions if c.factor == CASES]
    assert len(vote) == 1 and vote[0].deltas == {"fine_tuning": WEIGHT} and "fine-tuning" in vote[0].reason
    assert both.scores["fine_tuning"] == pytest.approx(alone.scores["fine_tuning"] + WEIGHT)
    assert {k: v for k, v in both.scores.items() if k != "fine_tuning"} == {k: v for k, v in alone.scores.items() if k != "fine_tuning"}
    assert next_factor(profile, {"task"}) == next_factor(Profile(profile.answers, profile.task_text), {"task"})


def test_vectors_are_embedded_once_and_a_damaged_cache_again(tmp_path):
    calls = []

    def embed(texts):
        calls.append(len(texts))
        return [[float(len(t)), 1.0] for t in texts]

    rows = [("a", str(i), "case " * (i + 1), ["rag"]) for i in range(300)]
    seen = []
    first = _library(*rows).vectors(embed, tmp_path, "model", progress=lambda done, total: seen.append((done, total)))
    assert sum(calls) == 300 and seen[-1] == (300, 300) and len(seen) > 1  # in steps, with progress
    again = _library(*rows).vectors(embed, tmp_path, "model")
    assert sum(calls) == 300 and np.allclose(first, again)
    assert np.allclose(np.linalg.norm(again, axis=1), 1)
    for path in tmp_path.glob("cases-*.npy"):
        path.write_bytes(b"not numpy")
    _library(*rows).vectors(embed, tmp_path, "model")
    assert sum(calls) == 600
    _library(*rows).vectors(embed, tmp_path, "another model")
    assert sum(calls) == 900


@pytest.mark.slow
def test_advice_shows_the_cases_it_heard_and_they_are_real(advisor):
    from tests.test_advice import assert_citations_are_verbatim

    text = ("Can our bakery staff ask which products contain sesame or nuts? The head baker changes "
            "recipes and the day's lineup every morning across our shops.")
    rec = advisor.ask(text).to_json()
    assert_citations_are_verbatim(rec)
    assert all(r["citations"] for r in rec["reasons"])
    shown = rec["similar_cases"]
    library = {(c.set, c.id): c for c in CaseLibrary.load().cases}
    assert shown and len(shown["cases"]) == 3
    for case in shown["cases"]:
        assert library[(case["set"], case["id"])].situation == case["situation"]
    assert sum(shown["shares"].values()) == pytest.approx(1, abs=0.01)
    assert rec["scores"][rec["approach"]] == max(rec["scores"].values())


@pytest.mark.slow
def test_the_cases_can_be_turned_off(kb_settings):
    from assistant.advice.advisor import Advisor

    text = "We want a bot that drafts replies to customer emails in our tone. We have 3,000 past replies."
    rules = Advisor(kb_settings.with_(cases=False)).ask(text).to_json()
    assert rules["similar_cases"] is None
    profile = Profile()
    for a in read(text).answers:
        profile.set(a)
    assert rules["scores"] == decide(profile).scores
    assert Advisor(kb_settings).ask(text).to_json()["similar_cases"] is not None


@pytest.mark.slow
def test_an_interview_asks_the_same_questions_and_votes_at_the_end(kb_settings):
    from assistant.advice.advisor import Advisor
    from assistant.dialogue.conversation import Conversation

    lines = ["We want to tag incoming insurance claims by type.", "about 20k labelled claims", "fairly stable",
             "a few hundred a day", "skip", "skip", "skip", "skip", "skip", "skip"]

    def play(settings):
        conv = Conversation(Advisor(settings))
        events = [e.to_json() for e in conv.start()]
        asked = []
        for line in lines:
            if conv.finished:
                break
            asked += [e["factor"] for e in events if e["event"] == "question"]
            events = [e.to_json() for e in conv.reply(line)]
        return conv, asked

    with_cases, asked = play(kb_settings)
    without, asked_alone = play(kb_settings.with_(cases=False))
    assert asked == asked_alone and with_cases.finished and without.finished
    assert with_cases.profile.cases is not None and without.profile.cases is None
    assert with_cases.recommendation.similar_cases is not None


def test_a_missing_library_leaves_the_rules_to_decide(tmp_path, monkeypatch):
    from assistant.advice import cases as cases_module
    from assistant.advice.advisor import Advisor
    from assistant.config import Settings

    class Embedder:
        def embed_documents(self, texts):
            return [[1.0, 0.0] for _ in texts]

        def embed_query(self, text):
            return [1.0, 0.0]

    class Retriever:
        def embedder(self):
            return Embedder()

    monkeypatch.setattr(cases_module, "CASES_FILE", tmp_path / "gone.jsonl")
    advisor = Advisor(Settings(root=tmp_path, index_dir=tmp_path / "index"), retriever=Retriever(), llm=None)
    assert advisor.case_vote("We have 20k labelled tickets.") is None
    assert "gone.jsonl" in advisor.cases_error
