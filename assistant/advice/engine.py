"""The decision engine: a transparent sum of per-answer contributions.

Every number that moves a score comes from a rule with a reason, so the advice can be
shown, questioned and cited. The engine also decides which question is worth asking
next: the one whose answer could still change the recommendation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from assistant.advice.approaches import APPROACHES, NAMES
from assistant.advice.cases import CASES
from assistant.advice.factors import FACTORS, ORDER
from assistant.advice.profile import Answer, Profile
from assistant.advice.rules import INTERACTIONS, PRIOR, PRIOR_CLAIM, RULES

MAX_QUESTIONS = 8
#: While the user has told fewer factors than PAIR_LOOKAHEAD_TOLD and the leading approach is
#: fewer points than PAIR_LOOKAHEAD_MARGIN ahead of the next, the interview also looks two
#: answers ahead before it stops. Over the 41 persona sets (scripts/bench_conversations.py):
#: one answer ahead, 97.6% accepted, 3.65 questions on average; with both gates, 98.1% and 4.4
#: (each set's median 3-5); with the margin gate alone 98.1% and 4.6, but one set's median is
#: 6.5; always, 97.9% and 5.1, and clear cases (a cited manual, a weekend hackathon) are asked
#: again (docs/scenario-benchmark.md, "Two answers ahead").
PAIR_LOOKAHEAD_TOLD = 6
PAIR_LOOKAHEAD_MARGIN = 3.0


@dataclass(frozen=True)
class Contribution:
    factor: str  # "" for the prior, "+" for an interaction, CASES for the worked cases' vote
    deltas: dict[str, float]
    reason: str
    claim: str
    answer: Answer | None = None


@dataclass(frozen=True)
class Decision:
    approach: str
    scores: dict[str, float]
    confidence: float
    contributions: list[Contribution]

    def ranked(self) -> list[str]:
        return sorted(APPROACHES, key=lambda a: -self.scores[a])

    @staticmethod
    def edge(c: Contribution, approach: str, against: str | None = None) -> float:
        """How much ``c`` favours ``approach`` over ``against`` (or over the average of the rest)."""
        if against:
            return c.deltas.get(approach, 0) - c.deltas.get(against, 0)
        others = [c.deltas.get(a, 0) for a in APPROACHES if a != approach]
        return c.deltas.get(approach, 0) - sum(others) / len(others)

    def support(self, approach: str, against: str | None = None) -> list[Contribution]:
        """Contributions that favour ``approach`` (over ``against``, or over the average), strongest first."""
        def edge(c: Contribution) -> float:
            return self.edge(c, approach, against)
        return sorted((c for c in self.contributions if edge(c) > 0.05), key=edge, reverse=True)


def contributions(profile: Profile) -> list[Contribution]:
    out = [Contribution("", dict(PRIOR), "Start with the simplest approach that could work.", PRIOR_CLAIM)]
    for key in ORDER:
        answer = profile.get(key)
        rule = RULES.get((key, answer.value))
        if rule is None:
            continue
        out.append(Contribution(key, rule.deltas, rule.reason.format(answer=answer.describe()), rule.claim, answer))
    for inter in INTERACTIONS:
        if all(profile.value(f) in values for f, values in inter.when.items()) and all(profile.known(f) for f in inter.known):
            out.append(Contribution("+", inter.deltas, inter.reason, inter.claim))
    if profile.cases is not None:
        out.append(Contribution(CASES, profile.cases.deltas(), profile.cases.reason(), ""))
    return out


def decide(profile: Profile) -> Decision:
    parts = contributions(profile)
    scores = {a: round(sum(c.deltas.get(a, 0.0) for c in parts), 3) for a in APPROACHES}
    best = max(APPROACHES, key=lambda a: (scores[a], -APPROACHES.index(a)))
    exp = {a: math.exp(scores[a] - scores[best]) for a in APPROACHES}
    share = exp[best] / sum(exp.values())
    coverage = min(1.0, 0.55 + 0.07 * profile.told())
    confidence = round(max(0.25, min(0.97, share * coverage)), 2)
    return Decision(best, scores, confidence, parts)


def flips(profile: Profile, factor: str, current: str | None = None) -> list[tuple[str, str, float]]:
    """Values of ``factor`` that would change the recommendation: (value, approach, margin);
    ``current``: the approach to change from, when the caller has decided it already."""
    current = current or decide(profile).approach
    out = []
    for value in FACTORS[factor].values:
        if value == profile.value(factor):
            continue
        alt = decide(profile.with_value(factor, value))
        if alt.approach != current:
            out.append((value, alt.approach, alt.scores[alt.approach] - alt.scores[current]))
    return sorted(out, key=lambda t: -t[2])


def next_factor(profile: Profile, asked: set[str], with_cases: bool = False) -> str | None:
    """The unasked factor whose answer could most change the advice, or None to stop.

    One answer ahead first; while little is told and the lead is thin, two answers ahead
    (``_pair_question``), so a short interview does not stop on assumed data.

    The worked cases' vote is left out unless ``with_cases``: questions are for facts the rules
    can weigh, and a confident vote on half a story would stop an interview that has barely
    begun. The dialogue asks again ``with_cases`` once the rules are settled, so that a vote
    leaning elsewhere keeps the questions going while an answer could still tip the two together.
    """
    if len(asked) >= MAX_QUESTIONS:
        return None
    if not with_cases:
        profile = replace(profile, cases=None)
    if "task" not in asked and not profile.known("task"):
        return "task"
    decision = decide(profile)
    best, best_gain = None, 0.0
    open_keys = [key for key in ORDER if key not in asked and not profile.known(key)]
    for key in open_keys:
        options = flips(profile, key, decision.approach)
        if options:
            gain = options[0][2]
            if gain > best_gain:
                best, best_gain = key, gain
    if (best is None and not with_cases and profile.told() < PAIR_LOOKAHEAD_TOLD
            and _margin(decision) < PAIR_LOOKAHEAD_MARGIN):
        best = _pair_question(profile, open_keys, decision.approach)
    return best


def _margin(decision: Decision) -> float:
    """How far the leading approach is ahead of the next one."""
    first, second = sorted(decision.scores.values(), reverse=True)[:2]
    return first - second


def _pair_question(profile: Profile, open_keys: list[str], current: str) -> str | None:
    """When no one answer could change the advice (``current``), whether two together could:
    the factor to ask first of the pair that would change it by the widest margin, or None.

    Most of a short interview's profile is assumed, and two assumed answers (say the data and
    how often the task changes) can matter together where neither does alone.
    """
    best, best_gain = None, 0.0
    for i, first in enumerate(open_keys):
        for second in open_keys[i + 1:]:
            for v1 in FACTORS[first].values:
                if v1 == profile.value(first):
                    continue
                for v2, approach, gain in flips(profile.with_value(first, v1), second, current)[:1]:
                    if gain > best_gain:
                        best, best_gain = (first, second, v1, v2, approach), gain
    if best is None:
        return None
    first, second, v1, v2, approach = best
    # ask first the half of the pair that alone moves further towards the other approach
    def towards(key: str, value: str) -> float:
        alt = decide(profile.with_value(key, value))
        return alt.scores[approach] - alt.scores[current]
    return first if towards(first, v1) >= towards(second, v2) else second


def would_change(profile: Profile, limit: int = 3) -> list[str]:
    """Plain sentences: which different answers would lead to another approach.

    They are the rules' (the worked cases' vote is cast on the user's words, and different
    answers would be different words): when the vote tipped the choice, the first line says
    where the rules alone stand.
    """
    lines = []
    final = decide(profile).approach
    profile = replace(profile, cases=None)
    alone = decide(profile).approach
    head = [] if alone == final else [f"On the rules alone, {NAMES[alone]} would lead: the worked cases' vote tipped it."]
    for key in ORDER:
        for value, approach, margin in flips(profile, key, alone)[:1]:
            label = FACTORS[key].label(value)
            lines.append((margin, f"If {FACTORS[key].name.lower()} were '{label}', "
                                  f"{NAMES[approach]} would lead."))
    return head + [text for _, text in sorted(lines, key=lambda t: -t[0])[:limit - len(head)]]
