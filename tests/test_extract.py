"""The free-text extractors: amounts, negations, time, several factors in one line."""

import pytest

from assistant.advice.extract import read
from assistant.advice.numbers import find_amounts


def facts(text, focus=None):
    return {a.factor: a.value for a in read(text, focus).answers}


@pytest.mark.parametrize("text,value", [
    ("50k labelled tickets", 50_000), ("2 million a month", 2_000_000), ("a few hundred", 300),
    ("~1,200 examples", 1_200), ("fifty thousand rows", 50_000), ("2M/month", 2_000_000),
    ("tens of thousands of rows", 30_000),
])
def test_amounts_are_read_in_many_spellings(text, value):
    assert find_amounts(text)[0].value == value


def test_amount_context_separates_data_from_volume():
    f = facts("We classify 2 million support tickets a month and have 50k labelled tickets.")
    assert f["volume"] == "high" and f["data"] == "large"


@pytest.mark.parametrize("text", [
    "we don't have any labelled data", "We have no labelled data.", "zero examples so far",
    "There is no training data yet",
])
def test_negated_data_means_none(text):
    assert facts(text)["data"] == "none"


def test_several_factors_in_one_message():
    f = facts("A law firm wants clause drafting under strict regulations; we have 20k past contracts, "
              "no ML engineers, and the data cannot leave our servers. Demo by Friday.")
    assert f["domain"] == "highly"
    assert f["data"] == "large"
    assert f["expertise"] == "none"
    assert f["privacy"] == "on_prem"
    assert f["timeline"] == "urgent"


@pytest.mark.parametrize("text,value", [
    ("by Friday", "urgent"), ("hackathon this weekend", "urgent"), ("next quarter", "normal"),
    ("no rush at all", "long"), ("start quickly now, but eventually at scale", "phased"),
])
def test_time_phrases(text, value):
    assert facts(text)["timeline"] == value


def test_knowledge_change_is_not_a_requirements_change():
    f = facts("Our assistant answers from our product documentation, which changes every week.")
    assert f["freshness"] == "changing" and "change" not in f


def test_stable_core_with_changing_edges_is_mixed():
    f = facts("Resume parsing into our schema is a stable core, but clients keep asking for custom extra fields.")
    assert f["change"] == "mixed"


@pytest.mark.parametrize("focus,text,value", [
    ("data", "none", "none"), ("data", "about 500", "some"), ("volume", "millions", "high"),
    ("privacy", "no", "standard"), ("change", "weekly", "frequent"), ("budget", "tiny", "low"),
])
def test_short_replies_to_the_question_asked(focus, text, value):
    assert facts(text, focus)[focus] == value


def test_questions_are_recognised():
    assert read("what is LoRA?").is_question
    assert not read("We have 10k examples").is_question


@pytest.mark.parametrize("text", ["Step 1: a quick pilot", "GPT-4 is too slow", "top 5 results", "in 2025 we launched"])
def test_numbers_that_name_things_are_not_amounts(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text,factor,value", [
    ("the taxonomy hasn't changed in two years", "change", "stable"),
    ("regulators update the wording a few times a year", "volume", None),
    ("a couple of new output fields every month", "volume", None),
    ("prompting gets us to 85%. Target is 95%", "baseline", "plateau"),
    ("the base model already scores 94%. Target was 92", "baseline", "good"),
    ("We fine-tuned a model for invoice extraction last year and it works great", "baseline", "tuned"),
    ("we collect about 300 more labels a month", "timeline", "phased"),
    ("theres no big knowledge base behind it", "freshness", "static"),
    ("KB gets edited daily", "freshness", "changing"),
    ("answers should link to the KB article", "freshness", "cite"),
    ("a 30-page style guide", "freshness", None),
    ("Legal research over a corpus of ~2M court decisions", "freshness", "proprietary"),
])
def test_context_decides_what_a_phrase_means(text, factor, value):
    assert facts(text).get(factor) == value
