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
from assistant.advice.profile import ASSUMED, Answer, Profile
from assistant.advice.rules import INTERACTIONS, PRIOR, PRIOR_CLAIM, RULES

MAX_QUESTIONS = 8


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
    stated = sum(1 for k in ORDER if profile.known(k) and profile.get(k).source != ASSUMED)
    coverage = min(1.0, 0.55 + 0.07 * stated)
    confidence = round(max(0.25, min(0.97, share * coverage)), 2)
    return Decision(best, scores, confidence, parts)


def flips(profile: Profile, factor: str) -> list[tuple[str, str, float]]:
    """Values of ``factor`` that would change the recommendation: (value, approach, margin)."""
    current = decide(profile).approach
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
    best, best_gain = None, 0.0
    for key in ORDER:
        if key in asked or profile.known(key):
            continue
        options = flips(profile, key)
        if options:
            gain = options[0][2]
            if gain > best_gain:
                best, best_gain = key, gain
    return best


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
        for value, approach, margin in flips(profile, key)[:1]:
            label = FACTORS[key].label(value)
            lines.append((margin, f"If {FACTORS[key].name.lower()} were '{label}', "
                                  f"{NAMES[approach]} would lead."))
    return head + [text for _, text in sorted(lines, key=lambda t: -t[0])[:limit - len(head)]]
