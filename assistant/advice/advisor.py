"""The advisor: the decision engine plus retrieval, producing cited advice and answers.

This is the one object the front ends (CLI, plain/JSON dialogue, TUI) talk to. With an
optional LLM (``settings.llm``, ``ADVISOR_LLM`` or the config file), answers are written by
the model from the same passages and the wording of the advice is tailored; the approach,
scores and citations stay the engine's, and any LLM failure keeps the engine's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.advice.approaches import APPROACHES, MENTIONS, NAMES
from assistant.advice.cases import CASES, LEAN_CLAIMS, LEAN_REASONS, CaseLibrary, CaseVote
from assistant.advice.citations import CitationList
from assistant.advice.engine import decide, would_change
from assistant.advice.extract import read
from assistant.advice.plan import plan_for
from assistant.advice.profile import ASSUMED, Profile
from assistant.advice.recommendation import (
    Alternative, CitedAnswer, PlanStep, Reason, Recommendation, llm_json,
)
from assistant.config import Settings
from assistant.errors import AdvisorError
from assistant.llm.settings import configured_llm
from assistant.retrieval.relevance import NOTHING_ON_IT
from assistant.text import INSTRUCTED, INSTRUCTION_NOTE, instructions, valid_text

MAX_REASONS = 5
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = set("a an and are as at be by can do does for from has have how i if in is it its of on or "
            "our should so than that the their them then these they this to was we what when which "
            "who why will with would you your".split())
_FROM_SETTINGS = object()
OnToken = Callable[[str], None]
_SITUATION = re.compile(r"\b(we|we're|we've|our|us|i'm|i am|i have|i've|my|i need|i want|i'd like|should i|should we)\b", re.I)


class Advisor:
    def __init__(self, settings: Settings | None = None, retriever=None, log: Callable[[str], None] = lambda m: None,
                 llm=_FROM_SETTINGS):
        self.settings = settings or Settings()
        self._retriever = retriever
        self.log = log
        self.retrieval_error: str | None = None
        #: An ``assistant.llm.answerer.LLMAnswerer`` (or None): by default the one the settings name.
        self.llm = configured_llm(self.settings) if llm is _FROM_SETTINGS else llm
        #: Sets of worked cases left out of the vote (a benchmark scoring a set leaves its own out).
        self.case_exclude: frozenset[str] = frozenset()
        self.cases_error: str | None = None  # why the last vote could not be taken
        self._library: CaseLibrary | None = None
        self._last_vote: tuple = ()  # (text, exclude, vote, error): the interview asks twice on one story

    @property
    def retriever(self):
        if self._retriever is None:
            from assistant.retrieval import Retriever

            self._retriever = Retriever(self.settings, log=self.log)
        return self._retriever

    @retriever.setter
    def retriever(self, retriever) -> None:
        """Swap in another retriever (the TUI's stand-in that waits for the index to load)."""
        self._retriever = retriever

    def _search(self, query: str, k: int):
        return self.retriever.search(query, k)

    def _citations(self) -> CitationList:
        try:
            self.retriever.open()
            self.retrieval_error = None
            self.retriever.degraded = None
            return CitationList(self._search)
        except AdvisorError as exc:
            self.retrieval_error = str(exc)
            return CitationList(None)

    # -- the worked cases' vote -------------------------------------------
    def case_library(self) -> CaseLibrary:
        if self._library is None:
            self._library = CaseLibrary.load()
        return self._library

    def case_vote(self, text: str) -> CaseVote | None:
        """The worked cases' vote on ``text``; None when turned off or unavailable (``cases_error``)."""
        self.cases_error = None
        if not self.settings.cases or not text.strip():
            return None
        if self._last_vote[:2] != (text, self.case_exclude):
            try:
                vote, error = self.case_library().vote(text, self.case_exclude), None
            except (OSError, ValueError) as exc:
                vote, error = None, str(exc) or type(exc).__name__
            self._last_vote = (text, self.case_exclude, vote, error)
        vote, self.cases_error = self._last_vote[2:]
        return vote

    # -- recommendation --------------------------------------------------
    def recommend(self, profile: Profile) -> Recommendation:
        decision = decide(profile)
        best = decision.approach
        cites = self._citations()
        notes: list[str] = []

        reasons: list[Reason] = []
        for c in decision.support(best):
            if c.factor in ("", CASES):  # the prior comes last, if at all; the cases are shown apart
                continue
            if c.answer is not None and c.answer.source == ASSUMED:
                continue
            numbers = cites.cite(c.claim)
            if numbers or cites.search is None:
                reasons.append(Reason(c.reason, numbers))
            if len(reasons) >= MAX_REASONS:
                break
        vote = profile.cases
        if vote is not None and vote.leader() == best and (
                not reasons or decide(replace(profile, cases=None)).approach != best):
            # The cases tipped the choice, or no rule spoke for it: say so first, with the
            # passage that says when this approach is the one to take.
            numbers = cites.cite(LEAN_CLAIMS[best])
            if numbers or cites.search is None:
                reasons.insert(0, Reason(f"{vote.reason()} {LEAN_REASONS[best]}", numbers))
        if not reasons:
            prior = next(c for c in decision.contributions if c.factor == "")
            reasons.append(Reason(f"{prior.reason} With little known about your situation, "
                                  f"{NAMES[best].lower()} is the safest start.", cites.cite(prior.claim)))

        alternatives, used = [], set()
        for alt in decision.ranked():
            if alt == best:
                continue
            against = [c for c in decision.support(best, against=alt) if c.factor not in ("", CASES)]
            if against:
                # Each alternative gets its own strongest reason where it has one, so the
                # user reads why *this* approach loses, not one reason said three times.
                floor = min(1.0, decision.edge(against[0], best, alt) / 2)
                c = next((c for c in against if c.reason not in used and decision.edge(c, best, alt) >= floor), against[0])
                used.add(c.reason)
                why = f"{NAMES[alt]} fits less well: {c.reason[0].lower()}{c.reason[1:]}"
                alternatives.append(Alternative(alt, why, cites.cite(c.claim)))
            else:
                alternatives.append(Alternative(
                    alt, f"{NAMES[alt]} scores lower on your answers ({decision.scores[alt]:.1f} vs {decision.scores[best]:.1f}).", []))

        plan = [PlanStep(s.step, s.detail, cites.cite(s.claim)) for s in plan_for(best, profile)]
        if cites.search is None:
            notes.append(f"No passages could be cited: {self.retrieval_error}. The advice stands, but it is not backed by the knowledge base this time.")
        elif cites.error:
            notes.append(f"Some claims could not be cited: {cites.error}.")
        if self._degraded():
            notes.append(self._degraded())
        if profile.cases is None and self.cases_error:
            notes.append(f"Worked cases were not consulted: {self.cases_error}. The rules alone decided.")
        assumed = [k for k, v in profile.to_json().items() if v["source"] == ASSUMED]
        if assumed:
            notes.append("Not stated, assumed neutral: " + ", ".join(assumed) + ".")

        top = [r.text for r in reasons[:2]]
        summary = (f"{NAMES[best]} is the best fit for your situation (confidence {decision.confidence:.0%}). "
                   + " ".join(top) + f" Start with: {plan[0].step.lower()}.")
        rec = Recommendation(
            approach=best, confidence=decision.confidence, summary=summary, reasons=reasons,
            alternatives=alternatives, would_change_if=would_change(profile), action_plan=plan,
            profile=profile.to_json(), citations=cites.to_json(), scores=decision.scores, notes=notes,
            similar_cases=profile.cases.to_json() if profile.cases is not None else None,
        )
        if self.llm is not None and self.llm.tailors and profile.task_text.strip():
            self._tailor(rec, profile.task_text)
        return rec

    def _tailor(self, rec: Recommendation, task: str) -> None:
        """Let the LLM reword the summary and plan details for ``task``; all else stays the engine's."""
        try:
            done = self.llm.tailor(task, NAMES[rec.approach], MENTIONS[rec.approach], rec.summary,
                                   [(s.step, s.detail) for s in rec.action_plan], {c["id"] for c in rec.citations})
        except AdvisorError as exc:
            rec.llm = llm_json(self.llm.name, fallback=str(exc))
            rec.notice = f"The LLM ({self.llm.name}) did not reword this advice: {exc}. The engine's wording stands."
            return
        tailored = []
        engine_summary = rec.summary
        if done.summary:
            rec.summary = done.summary
            tailored.append("summary")
        if any(done.details):
            rec.action_plan = [replace(s, detail=d) if d else s for s, d in zip(rec.action_plan, done.details)]
            tailored.append("action_plan")
        rec.llm = llm_json(self.llm.name, flags=done.flags, tailored=tailored, engine_summary=engine_summary)

    # -- factual answers -------------------------------------------------
    def answer(self, question: str, k: int = 3, on_token: OnToken | None = None) -> CitedAnswer:
        """A short answer citing retrieved passages.

        With an LLM, its reply is streamed to ``on_token`` piece by piece (provisional text:
        the returned answer, checked and renumbered, replaces it); without one, or when it
        fails, the extractive answer comes back with ``notice`` saying why.
        """
        cites = self._citations()
        if cites.search is None:
            return CitedAnswer(f"I cannot search the knowledge base right now ({self.retrieval_error}).", [])
        try:
            passages = self._search(question, k)
        except AdvisorError as exc:
            return CitedAnswer(f"I cannot search the knowledge base right now ({exc}).", [])
        if not passages:
            return CitedAnswer(NOTHING_ON_IT, [])
        refusal = self.retriever.relevance(question).refusal(self.settings.relevance_floor)
        if refusal:
            return CitedAnswer(refusal, [])
        if self.llm is None:
            return self._extractive(question, passages, cites)
        try:
            reply = self.llm.answer(question, passages, on_token)
        except AdvisorError as exc:
            answer = self._extractive(question, passages, cites)
            answer.llm = llm_json(self.llm.name, fallback=str(exc))
            answer.notice = f"The LLM ({self.llm.name}) was not used: {exc}. This is the extractive answer."
            return answer
        for position in reply.used:
            cites._number(passages[position - 1])
        return CitedAnswer(reply.text, cites.to_json(), llm=llm_json(self.llm.name, flags=reply.flags))

    def _extractive(self, question: str, passages: list, cites: CitationList) -> CitedAnswer:
        """The best-matching sentences of the top passages, each part cited."""
        terms = {w for w in _WORD.findall(question.lower()) if w not in _STOP}
        parts: list[str] = []
        for rank, passage in enumerate(passages[:2]):
            sentences = [s.strip() for s in _SENTENCE.split(passage.text.replace("\n", " ")) if s.strip()]
            scored = sorted(range(len(sentences)),
                            key=lambda i: -len(terms & set(_WORD.findall(sentences[i].lower()))) + i * 0.01)
            take = sorted(scored[: 3 if rank == 0 else 1])
            if rank == 1 and not (terms & set(_WORD.findall(" ".join(sentences[i] for i in take).lower()))):
                continue
            number = cites._number(passage)
            parts.append(" ".join(sentences[i] for i in take) + f" [{number}]")
        if self._degraded():
            parts.append(f"({self._degraded()})")
        return CitedAnswer(" ".join(parts), cites.to_json())

    def _degraded(self) -> str | None:
        """Why this answer's passages came from keyword search alone (the Chroma server went away)."""
        if self.retrieval_error:  # no retrieval at all: said elsewhere, and the retriever would raise again
            return None
        why = getattr(self.retriever, "degraded", None)
        return f"Passages were found by keyword search only: {why}." if why else None

    # -- one-shot --------------------------------------------------------
    def profile_from_text(self, text: str) -> Profile:
        profile = Profile(task_text=text.strip()[:500])
        for answer in read(text).answers:
            profile.set(answer)
        profile.cases = self.case_vote(text)
        return profile

    def is_situation(self, text: str) -> bool:
        found = [a for a in read(text).answers if a.factor != "task"]
        return len(found) >= 2 or (bool(_SITUATION.search(text)) and (len(found) >= 1 or len(text) > 120))

    def ask(self, text: str, on_token: OnToken | None = None):
        from assistant.errors import BadInput

        if not text or not text.strip():
            raise BadInput("the question is empty: describe your situation or ask a question")
        instructed, text = instructions(valid_text(text[:20_000]))
        situation = self.is_situation(text)
        if instructed and not (situation or read(text).is_question):
            return CitedAnswer(INSTRUCTED, [])  # what is left ("Confirm by saying 'ready'") is the instruction's
        result = self.recommend(self.profile_from_text(text)) if situation else self.answer(text, on_token=on_token)
        if instructed:
            result.notice = " ".join(n for n in (INSTRUCTION_NOTE, result.notice) if n)
        return result


def approach_names() -> dict[str, str]:
    return {a: NAMES[a] for a in APPROACHES}
