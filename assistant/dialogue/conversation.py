"""The guided interview: one line in, a few events out.

Each user line is read for every factor at once, so a user who describes the whole
situation is not asked again. The next question is the one whose answer could still
change the advice; when none could, the recommendation comes. Side questions are
answered from the knowledge base and the interview resumes; "why?", "skip",
corrections and "start over" are understood at any point.

With an optional LLM, ``reply(line, on_token=...)`` streams a side question's answer to
``on_token`` as it is written; the ``AnswerEvent`` that follows is the checked final text.
When the LLM could not be used, a ``NoteEvent`` says so before the answer or advice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.advice.advisor import Advisor
from assistant.advice.approaches import NAMES
from assistant.advice.engine import decide, flips, next_factor
from assistant.advice.extract import read
from assistant.advice.factors import FACTORS
from assistant.advice.profile import STATED, Answer, Profile
from assistant.dialogue.events import (
    AnswerEvent, ErrorEvent, Event, NoteEvent, QuestionEvent, RecommendationEvent,
)
from assistant.text import INSTRUCTED, INSTRUCTION_NOTE, instructions, valid_text

MAX_LINE = 20_000
_SKIP = re.compile(r"^\s*(skip|pass|next|not sure|unsure|no idea|don'?t know|dunno|idk|i'?m not sure|i don'?t know|no clue|can'?t say|n/?a|\?+)\b", re.I)
_WHY = re.compile(r"^\s*(why\??|why (do|would) you (ask|need|want)\w*|why (does|is) (that|this|it) (matter|important|relevant)|what does (that|this) (matter|change)|why that\??)", re.I)
_RESTART = re.compile(r"^\s*(start over|restart|reset|new session|begin again)\b", re.I)
_CORRECTION = re.compile(r"^\s*((hmm+|oh|ok(ay)?|um+|uh+|er+|so|well|oops)[,.!]*\s+)*(actually|correction|sorry|i meant|wait|no,|update:|oh and|in fact)\b"
                         r"|\b(i (was|got (that|it|this)) wrong|i misspoke|let me correct|i should (say|correct|mention)|to correct (that|myself))\b", re.I)
GREETING = ("I'll help you choose between prompt engineering, fine-tuning, a hybrid of the two, "
            "and retrieval (RAG). Answer in your own words; say 'skip' if you're not sure, "
            "'why?' to know why I ask, or ask me anything along the way.")


class Conversation:
    def __init__(self, advisor: Advisor | None = None):
        self.advisor = advisor or Advisor()
        self._on_token: Callable[[str], None] | None = None
        self.reset()

    def reset(self) -> None:
        self.profile = Profile()
        self.asked: set[str] = set()
        self.current: str | None = None
        self.misses = 0
        self._last_side: str | None = None  # the last line answered as a side question
        self._reasked: set[str] = set()  # questions put again once after a reply that answered others
        self._direct: set[str] = set()  # factors answered in reply to their own question
        self.recommendation = None
        self.transcript: list[tuple[str, str]] = []
        self._situation: list[str] = []  # the lines that told us about the situation, for the cases' vote

    # -- public ----------------------------------------------------------
    def start(self) -> list[Event]:
        return [NoteEvent(GREETING), *self._advance()]

    @property
    def finished(self) -> bool:
        return self.recommendation is not None

    def leaning(self) -> dict[str, float]:
        """Current scores by approach, for a live view of where the advice is heading."""
        return decide(self.profile).scores

    def reply(self, line: str, on_token: Callable[[str], None] | None = None) -> list[Event]:
        """Events answering ``line``; ``on_token`` receives a streamed LLM answer's pieces, if any."""
        self._on_token = on_token
        try:
            return self._reply(valid_text(line))
        except Exception as exc:  # noqa: BLE001 - a conversation must survive anything
            return [ErrorEvent(f"Something went wrong handling that ({type(exc).__name__}); please rephrase."),
                    *self._reask()]
        finally:
            self._on_token = None

    # -- internals -------------------------------------------------------
    def _reply(self, line: str) -> list[Event]:
        line = line.replace("\x00", "")
        if not line.strip():
            return [ErrorEvent("Empty message: type an answer, 'skip', or a question."), *self._reask()]
        events: list[Event] = []
        if len(line) > MAX_LINE:
            events.append(NoteEvent(f"That message is long; I read the first {MAX_LINE:,} characters."))
            line = line[:MAX_LINE]
        self.transcript.append(("user", line))
        if _RESTART.match(line):
            self.reset()
            return [NoteEvent("Starting over."), *self.start()]
        instructed, rest = instructions(line)
        if instructed:
            if not rest:
                return [NoteEvent(INSTRUCTED), *self._reask()]
            events.append(NoteEvent(INSTRUCTION_NOTE))
            line = rest
        if self.current and _WHY.match(line):
            f = FACTORS[self.current]
            return [*events, NoteEvent(f"Why I ask about {f.name.lower()}: {f.why}"), *self._reask()]
        if self.current and _SKIP.match(line) and not read(line, self.current).answers:
            return [*events, *self._skip()]

        correction = bool(_CORRECTION.search(line))
        reading = None
        if correction and self.current:
            # "actually, I said 900 a day but it's nine thousand": a correction names what it corrects,
            # so the question just asked must not bend its amounts; only a bare "no, about 300" needs it
            unfocused = read(line)
            if unfocused.answers:
                keep = [a for a in unfocused.answers if a.factor != "task" or self.current == "task"]
                reading = replace(unfocused, answers=keep)
        reading = reading or read(line, focus=self.current)
        found = reading.answers
        if self.current == "task" and not any(a.factor == "task" for a in found) and not reading.is_question:
            if re.search(r"[a-zA-Z]{3,}", line):
                found = [Answer("task", "other", STATED, line.strip()[:200]), *found]
        # "maybe 20k a month?" answers another factor with a doubt; it asks nothing
        if reading.is_question and not any(a.factor == self.current for a in found) and (
                reading.asks or not found or len(line.split()) > 6):
            if self._last_side is not None and line.strip().lower() == self._last_side:
                return [*events, *self._not_understood(line)]  # the same line again: an answer we cannot read
            self._last_side = line.strip().lower()
            return [*events, *self._side_question(line)]
        self._last_side = None
        if not found:
            return [*events, *self._not_understood(line)]
        applied = self._apply(found, correction=correction)
        events.extend(applied)
        self._situation.append(line)
        if reading.asks and not self.finished:
            # "How many examples do you need? We have about 10k": the answer is taken, and the
            # question gets its cited answer before the interview goes on.
            events.extend(self._cited_answer(line))
        return [*events, *self._advance(reopen=self.finished and bool(applied))]

    def _apply(self, answers: list[Answer], correction: bool) -> list[Event]:
        changed = []
        for answer in answers:
            if answer.factor in self._direct and answer.factor != self.current and not correction:
                continue  # "No documents to look up", then "two years of transcripts": the direct answer stands
            if answer.factor == self.current:
                self._direct.add(answer.factor)
            if answer.factor == "task" and answer.evidence and not self.profile.task_text:
                self.profile.task_text = answer.evidence
            old = self.profile.answers.get(answer.factor)
            if self.profile.set(answer) is not None or old is None:
                if old is not None and old.value != answer.value:
                    changed.append(f"{FACTORS[answer.factor].name.lower()}: {old.describe()} -> {answer.describe()}")
                elif old is None and answer.factor != self.current:
                    changed.append(f"{FACTORS[answer.factor].name.lower()}: {answer.describe()}")
        self.misses = 0
        if not changed:
            return []
        verb = "Updated" if correction or self.finished else "Noted"
        return [NoteEvent(f"{verb} " + "; ".join(changed) + ".")]

    def _skip(self) -> list[Event]:
        f = FACTORS[self.current]
        self._reasked.add(self.current)  # skipped: not to be put again
        note = NoteEvent(f"No problem: I'll assume {f.label(f.default)} for {f.name.lower()}.")
        return [note, *self._advance()]

    def _side_question(self, line: str) -> list[Event]:
        return [*self._cited_answer(line), *self._reask()]

    def _cited_answer(self, line: str) -> list[Event]:
        answer = self.advisor.answer(line, on_token=self._on_token)
        notice = [NoteEvent(answer.notice)] if answer.notice else []
        return [*notice, AnswerEvent(answer.text, answer.citations)]

    def _not_understood(self, line: str) -> list[Event]:
        self.misses += 1
        if self.current and self.misses >= 2:
            return self._skip()
        hint = ""
        if self.current:
            hint = " You can pick one of: " + ", ".join(o.label for o in FACTORS[self.current].options) + "."
        if self.finished:
            # said after the advice: nothing read means nothing changed, and the user should know that
            return [NoteEvent(f"I didn't catch a change in that, so the advice stands: {NAMES[self.recommendation.approach]}. "
                              "Ask me a question, correct an answer, or say 'start over'.")]
        return [NoteEvent(f"I couldn't read an answer about {FACTORS[self.current].name.lower()} in that.{hint}"
                          if self.current else f"I didn't understand that.{hint}"), *self._reask()]

    def _reask(self) -> list[Event]:
        if self.current is None:
            return []
        f = FACTORS[self.current]
        return [QuestionEvent(f.key, f.question, [o.label for o in f.options])]

    def _recommend(self) -> list[Event]:
        # The cases vote on everything the user told us, once the questions are done: the
        # interview asks what the rules need, and a vote on half a story would end it early.
        self.profile.cases = self.advisor.case_vote(" ".join(self._situation))
        self.recommendation = rec = self.advisor.recommend(self.profile)
        return [*([NoteEvent(rec.notice)] if rec.notice else []), RecommendationEvent(rec)]

    def _ask(self, factor: str) -> list[Event]:
        self.current = factor
        self.asked.add(factor)
        return self._reask()

    def _advance(self, reopen: bool = False) -> list[Event]:
        """The next question, or the advice; ``reopen``: an answer changed after the advice was given."""
        if self.finished:
            # "actually, we have 6,000 past reports": a corrected fact can make an unasked question
            # decisive; ask it before updating the advice.
            factor = next_factor(self.profile, self.asked) if reopen else None
            if factor is None:
                return self._recommend()
            self.recommendation = None
            return [NoteEvent("That changes the picture: one more question before I update the advice."), *self._ask(factor)]
        # "about 300 emails a month" in reply to the knowledge question answers volume, not
        # knowledge: put the question once more if its answer could still change the advice.
        pending = self.current
        if (pending and not self.profile.known(pending) and pending not in self._reasked
                and flips(self.profile, pending)):
            self._reasked.add(pending)
            return self._reask()
        factor = next_factor(self.profile, self.asked)
        if factor is None:
            # The rules are settled, but the worked cases may lean elsewhere on the story so far:
            # while one more answer could still tip rules and vote together, ask it.
            vote = self.advisor.case_vote(" ".join(self._situation))
            if vote is not None:
                factor = next_factor(replace(self.profile, cases=vote), self.asked, with_cases=True)
        if factor is None:
            self.current = None
            return self._recommend()
        return self._ask(factor)
