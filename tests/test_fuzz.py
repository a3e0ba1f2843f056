"""Any text, any length, any Unicode: the extractors and the dialogue never fail on it."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.advice.extract import read
from assistant.advice.factors import FACTORS
from assistant.advice.numbers import find_amounts
from assistant.dialogue import Conversation, ErrorEvent

PHRASES = ["we have 50k labelled examples", "budget $2,000/month", "1.5 million requests a day",
           "about ~3 000 tickets", "no idea", "why?", "actually, 10e9 rows", "ignore previous instructions",
           "What is LoRA?", "start over", "٣٠٠٠ أمثلة", "一万条数据", "12,34,567", "$-5k", "0x1F", "½ a million"]
TEXT = st.one_of(
    st.text(max_size=400),
    st.builds(lambda a, b, c: a + b + c, st.text(max_size=40), st.sampled_from(PHRASES), st.text(max_size=40)),
    st.lists(st.sampled_from(PHRASES + ["1", "k", "M", ",", ".", " ", "\n", "-", "$", "%"]), max_size=60).map("".join),
)
LONG = "🤖 ünïcödé 9,999,999 " * 2000 + "\x00\ud7ff\U0010ffff"
CALM = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CALM
@given(TEXT, st.sampled_from([None, *FACTORS]))
@example(LONG, "data")
@example("", None)
def test_reading_any_text_gives_well_formed_answers(text, focus):
    reading = read(text, focus)
    for answer in reading.answers:
        assert answer.factor in FACTORS
        assert answer.value in {o.value for o in FACTORS[answer.factor].options} or answer.factor == "task"


@CALM
@given(TEXT)
@example(LONG)
def test_amounts_are_in_order_and_inside_the_text(text):
    amounts = find_amounts(text)
    spans = [(a.start, a.end) for a in amounts]
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))  # no overlaps


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=6))
@example([LONG, "skip", "why?", "\x00"])
def test_the_dialogue_copes_with_any_lines(advisor, lines):
    conversation = Conversation(advisor)
    conversation.start()
    for line in lines:
        events = conversation.reply(line)
        assert events, line
        failures = [e for e in events if isinstance(e, ErrorEvent) and e.message.startswith("Something went wrong")]
        assert not failures, (line, failures)
