"""The worked cases: their library, their word model's vote, and how the advice shows and uses it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from assistant.advice.cases import CASES, CASES_FILE, WEIGHT, Case, CaseLibrary, CaseVote
from assistant.advice.engine import decide, next_factor
from assistant.advice.extract import read
from assistant.advice.profile import Profile
from assistant.advice.words import MODEL_FILE, WordModel, fit, terms

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

#: A small library whose words clearly point: retrieval from documents, tuning on labels, a tone.
ROWS = [
    ("a", "1", "answer staff questions from our policy manuals and cite the page", ["rag"]),
    ("a", "2", "questions about the handbook, answers must cite the policy", ["rag"]),
    ("a", "3", "we have thousands of labelled tickets to classify by type", ["fine_tuning"]),
    ("b", "4", "labelled claims, classify each by type, stable labels", ["fine_tuning", "hybrid"]),
    ("b", "5", "write friendly product descriptions in our tone, no data", ["prompt_engineering"]),
    ("b", "6", "short friendly emails in our tone for a small shop", ["prompt_engineering"]),
    ("c", "7", "prompts now, later tune on the labelled tickets once the categories settle", ["hybrid"]),
    ("c", "8", "start with a prompt, fine-tune later when labelled data grows", ["hybrid"]),
]


def _library(rows=ROWS, model_file=None):
    cases = [Case(s, i, text, tuple(acc)) for s, i, text, acc in rows]
    return CaseLibrary(cases, "test", model_file)


def test_the_library_is_the_labelled_sets_as_written_and_its_model_is_fitted_on_it():
    import build_cases

    shipped = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines()]
    for path in build_cases.set_files():
        expected = build_cases.cases_of(path)
        got = [c for c in shipped if c["set"] == path.stem]
        assert got == expected, f"{path.name} changed: run scripts/build_cases.py"
    library = CaseLibrary.load()
    assert len(library.cases) == len(shipped)
    model = WordModel.load()
    assert model.cases_digest == library.digest, "the library changed since its model was fitted: run scripts/build_cases.py"
    again = fit([c.situation for c in library.cases], [c.accept for c in library.cases])
    assert again.vocabulary == model.vocabulary
    for text in ("We want to answer tenants' questions from our lease files.", "20k labelled claims to tag"):
        assert again.shares(text) == pytest.approx(model.shares(text), abs=1e-3)


def test_the_model_reads_a_message_as_scikit_learn_does():
    """The shipped reader is numpy-free Python; it must agree with the fitted estimator."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [r[2] for r in ROWS]
    labels = [r[3] for r in ROWS]
    model = fit(texts, labels)
    vectorizer = TfidfVectorizer(analyzer=terms, min_df=2, sublinear_tf=True).fit(texts)
    matrix = vectorizer.transform(texts)
    rows = [i for i, acc in enumerate(labels) for _ in acc]
    targets = [["prompt_engineering", "fine_tuning", "hybrid", "rag"].index(a) for acc in labels for a in acc]
    weights = [1 / len(acc) for acc in labels for _ in acc]
    estimator = LogisticRegression(C=8.0, max_iter=5000).fit(matrix[rows], targets, sample_weight=weights)
    for text in ("cite the policy manuals", "labelled tickets by type, and our tone", "nothing known here"):
        expected = estimator.predict_proba(vectorizer.transform([text]))[0]
        assert list(model.shares(text).values()) == pytest.approx(list(expected), abs=1e-6)


def test_the_vote_leans_where_the_words_point_and_says_which_words():
    vote = _library().vote("Staff ask questions about the policy manuals; answers must cite the page.")
    assert vote.leader() == "rag" and sum(vote.shares.values()) == pytest.approx(1)
    assert vote.words and all(any(w in t for t in terms("policy manuals cite the page questions answers must")) for w in vote.words)
    assert vote.neighbours[0].case.id in {"1", "2"} and len(vote.neighbours) <= 3
    assert "rag" in vote.reason().lower() and vote.words[0] in vote.reason()
    assert sum(vote.deltas().values()) == pytest.approx(WEIGHT, abs=0.01)
    assert _library().vote("we have labelled tickets, classify them by type").leader() == "fine_tuning"


def test_a_set_left_out_casts_no_vote_for_itself():
    library = _library()
    vote = library.vote("start with a prompt, tune later on labelled tickets", exclude=frozenset({"c"}))
    assert vote.neighbours and all(n.case.set != "c" for n in vote.neighbours) and vote.cases == 6
    assert library.vote("start with a prompt, tune later on labelled tickets").neighbours[0].case.set == "c"
    with pytest.raises(ValueError, match="no worked cases"):
        library.vote("anything", exclude=frozenset({"a", "b", "c"}))
    assert library.vote("zzz qqq") is None  # no word the cases know: no vote rather than the prior's


def test_the_shipped_model_is_used_only_for_the_library_it_was_fitted_on(tmp_path):
    model_file = tmp_path / "model.json"
    fitted = fit([r[2] for r in ROWS], [r[3] for r in ROWS], "test")
    fitted.save(model_file)
    assert _library(model_file=model_file).model()[0] == WordModel.load(model_file)
    model_file.write_text(model_file.read_text().replace('"cases_digest":"test"', '"cases_digest":"old"'))
    assert _library(model_file=model_file).model()[0].cases_digest == "test"  # stale: fitted again
    model_file.write_text("{not json")
    with pytest.raises(ValueError, match="cannot be read.*build_cases"):
        _library(model_file=model_file).model()


def test_the_vote_is_one_shown_contribution_and_asks_no_question():
    text = "Our support chatbot should answer from the policy wiki."
    profile = Profile()
    for a in read(text).answers:
        profile.set(a)
    alone = decide(profile)
    profile.cases = CaseVote({"prompt_engineering": 0.0, "fine_tuning": 1.0, "hybrid": 0.0, "rag": 0.0}, ("labelled",), (), 8)
    both = decide(profile)
    vote = [c for c in both.contributions if c.factor == CASES]
    assert len(vote) == 1 and vote[0].deltas == {"fine_tuning": WEIGHT} and "fine-tuning" in vote[0].reason
    assert both.scores["fine_tuning"] == pytest.approx(alone.scores["fine_tuning"] + WEIGHT)
    assert {k: v for k, v in both.scores.items() if k != "fine_tuning"} == {k: v for k, v in alone.scores.items() if k != "fine_tuning"}
    assert next_factor(profile, {"task"}) == next_factor(Profile(profile.answers, profile.task_text), {"task"})


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

    monkeypatch.setattr(cases_module, "CASES_FILE", tmp_path / "gone.jsonl")
    advisor = Advisor(Settings(root=tmp_path, index_dir=tmp_path / "index"), llm=None)
    assert advisor.case_vote("We have 20k labelled tickets.") is None
    assert "gone.jsonl" in advisor.cases_error
