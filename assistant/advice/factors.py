"""The factors the advisor asks about, each with its question, quick replies and why.

Every factor has a neutral default (no effect on the scores): what is assumed when the
user skips it or never mentions it, and said so in the profile.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    label: str  # the quick reply shown to the user
    value: str  # the factor value it stands for


@dataclass(frozen=True)
class Factor:
    key: str
    name: str
    question: str
    why: str
    options: tuple[Option, ...]
    values: dict[str, str]  # value -> human label
    default: str

    def label(self, value: str) -> str:
        return self.values.get(value, value)


def _f(key, name, question, why, options, values, default) -> Factor:
    return Factor(key, name, question, why, tuple(Option(l, v) for l, v in options), values, default)


FACTORS: dict[str, Factor] = {f.key: f for f in [
    _f("task", "Task", "What are you building? Describe the task the model should do.",
       "The kind of task decides a lot: summarizing, translating or brainstorming usually need "
       "only good prompts, narrow repetitive tasks can repay fine-tuning, and answering from "
       "your own documents calls for retrieval.",
       [("Answer questions from our documents", "qa_docs"), ("Classify or tag text", "classification"),
        ("Extract fields from documents", "extraction"), ("Write or generate content", "generation"),
        ("Summarize, translate or rewrite", "transform"), ("A general chatbot", "chat"),
        ("Just exploring / a prototype", "explore")],
       {"qa_docs": "answering questions from documents", "classification": "classification or tagging",
        "extraction": "structured extraction", "generation": "content generation",
        "transform": "summarizing, translating or rewriting", "code": "code generation or explanation",
        "chat": "a general-purpose chatbot", "varied": "many different tasks",
        "explore": "exploration or a prototype", "qa_plus": "a narrow trainable task plus answers from documents",
        "other": "not specified"},
       "other"),
    _f("data", "Labelled data", "How many labelled examples (inputs with the outputs you want) do you have?",
       "Fine-tuning learns from examples: vendors suggest at least 10 to 16, clear gains from 50 to "
       "100, and hundreds to thousands for deep domain work. With few or none, prompting comes first.",
       [("None", "none"), ("Under 100", "few"), ("Hundreds", "some"), ("Thousands", "many"),
        ("Tens of thousands or more", "large")],
       {"none": "no labelled examples", "few": "fewer than 100 examples", "some": "hundreds of examples",
        "many": "thousands of examples", "large": "10,000 or more examples", "unknown": "not known"},
       "unknown"),
    _f("budget", "Budget", "What budget do you have for this (training, hosting, API calls)?",
       "Fine-tuning costs more upfront (training, hosting, expertise); prompting costs little to "
       "start but more per request.",
       [("Very small", "low"), ("Moderate", "moderate"), ("Generous", "high")],
       {"low": "small", "moderate": "moderate", "high": "generous"}, "moderate"),
    _f("timeline", "Timeline", "When do you need a first working version?",
       "Prompt engineering can ship in hours to days; fine-tuning takes days to weeks. A need to "
       "start fast but scale later suggests doing both in phases.",
       [("Days", "urgent"), ("A month or two", "normal"), ("No rush", "long"),
        ("Fast now, scale later", "phased")],
       {"urgent": "days to a couple of weeks", "normal": "weeks to a few months",
        "long": "no rush", "phased": "something quickly now, a sturdier version later"}, "normal"),
    _f("accuracy", "Accuracy and consistency", "How critical are accuracy and consistency of the outputs?",
       "When accuracy and consistent outputs are critical (regulated, medical, high stakes), a "
       "fine-tuned model is more dependable than prompts alone.",
       [("Critical", "critical"), ("High", "high"), ("Important but not critical", "moderate"),
        ("Rough is fine", "low")],
       {"critical": "critical", "high": "high", "moderate": "important, not critical", "low": "rough is fine"},
       "moderate"),
    _f("domain", "Domain", "How specialized is the domain (jargon, regulations, expert knowledge)?",
       "Specialized domains with their own terminology are where fine-tuning earns its cost; "
       "general tasks are served well by a strong base model and good prompts.",
       [("General", "general"), ("Somewhat specialized", "specialized"),
        ("Highly specialized (medical, legal...)", "highly")],
       {"general": "general", "specialized": "specialized", "highly": "highly specialized"}, "general"),
    _f("change", "Changing requirements", "How often do the task's requirements or rules change?",
       "Prompts can be changed in minutes; a fine-tuned model must be retrained when requirements "
       "change. Frequent change favours prompts, or a tuned core with prompted edges.",
       [("Often (weekly/monthly)", "frequent"), ("Now and then", "occasional"), ("Stable", "stable"),
        ("Stable core, changing edges", "mixed")],
       {"frequent": "often", "occasional": "now and then", "stable": "stable",
        "mixed": "a stable core with parts that change"}, "occasional"),
    _f("volume", "Volume", "Roughly how many requests will it handle (per day or month)?",
       "At high volume, long prompts cost on every call; a fine-tuned model with short prompts "
       "can be cheaper and faster per request.",
       [("A few hundred a month", "low"), ("Up to a few thousand a day", "moderate"), ("5,000 a day or more", "high")],
       {"low": "low", "moderate": "moderate", "high": "high (150,000 or more a month)"}, "moderate"),
    _f("privacy", "Privacy", "Is the data sensitive, or must it stay on your own servers?",
       "Sensitive data may rule out sending prompts to a hosted API; tuning a local open model "
       "keeps data in-house.",
       [("No special constraints", "standard"), ("Sensitive data", "sensitive"),
        ("Must stay on our servers", "on_prem")],
       {"standard": "no special constraints", "sensitive": "sensitive data", "on_prem": "must stay on-premises"},
       "standard"),
    _f("expertise", "ML expertise", "What ML skills does the team have?",
       "Fine-tuning needs machine-learning skills (data preparation, training, evaluation); "
       "prompting needs basic programming.",
       [("None, we're developers", "none"), ("Some", "some"), ("An experienced ML team", "strong")],
       {"none": "no ML expertise", "some": "some", "strong": "an experienced ML team"}, "some"),
    _f("baseline", "What you tried", "Have you tried prompting a base model yet? How did it do?",
       "If a base model already does the task well, prompts are enough; a measured plateau with "
       "good prompts is the classic trigger to fine-tune.",
       [("Not yet", "untried"), ("It already works well", "good"), ("It plateaued / not good enough", "plateau"),
        ("It works but costs too much", "costly"),
        ("Works for most, one part falls short", "partial"), ("We already run a fine-tuned model", "tuned")],
       {"untried": "not tried yet", "good": "the base model already does well",
        "plateau": "prompting plateaued", "costly": "works, but prompts are too long or costly",
        "partial": "prompting that handles most of the task but falls short on one part",
        "tuned": "a fine-tuned model already in use",
        "tuned_facts": "a model fine-tuned on documents that still gets facts wrong"}, "untried"),
    _f("freshness", "Knowledge", "Does the model need knowledge that changes, or that lives in your documents, with sources cited?",
       "Fine-tuning is poor at adding facts; retrieval (RAG) brings current or private knowledge at "
       "question time and lets answers cite their sources.",
       [("No", "static"), ("Our documents / private knowledge", "proprietary"),
        ("Knowledge changes often", "changing"), ("Answers must cite sources", "cite")],
       {"static": "no special knowledge needs", "proprietary": "knowledge from private documents",
        "changing": "knowledge that changes often", "cite": "answers must cite sources"}, "static"),
    _f("style", "Style", "Do outputs need a particular tone, brand voice or strict format?",
       "A consistent brand voice or house style is a classic fine-tuning job; a simple output "
       "format can usually be asked for in the prompt.",
       [("No", "none"), ("A strict output format", "format"), ("A brand voice or house style", "voice")],
       {"none": "no special style", "format": "a strict output format", "voice": "a brand voice or house style"},
       "none"),
]}

ORDER = list(FACTORS)
