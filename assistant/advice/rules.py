"""How each answer moves the scores, why, and which claim in the knowledge base backs it.

Weights follow the knowledge notes: the articles' "when to choose" lists and scenario
tables, the data-size guidance, and the RAG facts. A rule's ``claim`` is a search query:
the citation is retrieved for it at run time, never pinned to a file.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.advice.approaches import FINE_TUNE, HYBRID, PROMPT, RAG


@dataclass(frozen=True)
class Rule:
    factor: str
    value: str
    deltas: dict[str, float]
    reason: str  # "{answer}" is replaced by what the user said, in words
    claim: str


def R(factor, value, pe=0.0, ft=0.0, hy=0.0, rag=0.0, reason="", claim=""):
    return Rule(factor, value, {PROMPT: pe, FINE_TUNE: ft, HYBRID: hy, RAG: rag}, reason, claim)


#: Before any answer: start simple ("squeeze basic methods first").
PRIOR = {PROMPT: 1.0, FINE_TUNE: 0.0, HYBRID: 0.3, RAG: 0.0}
PRIOR_CLAIM = "experiment with prompting first before fine-tuning"

RULES: dict[tuple[str, str], Rule] = {(r.factor, r.value): r for r in [
    # task
    R("task", "qa_docs", pe=0.5, ft=-1.5, rag=3.0,
      reason="Your task is {answer}: the model has to answer from your documents, which retrieval supplies at question time.",
      claim="RAG retrieves passages from your own documents at query time"),
    R("task", "qa_plus", pe=0.3, ft=-0.5, hy=1.5, rag=2.0,
      reason="You need two things, {answer}: retrieval for the documents, and a narrow task a tuned model can own.",
      claim="adding retrieval RAG and fine-tuning fix different problems"),
    R("task", "explore", pe=2.0, ft=-1.5, hy=-0.5,
      reason="You are at the {answer} stage: prompting gives results in hours with no training.",
      claim="rapid prototyping and exploration choose prompt engineering"),
    R("task", "varied", pe=1.5, ft=-1.0,
      reason="One model must handle {answer}: prompts switch tasks instantly, a fine-tuned model is tied to one task.",
      claim="prompt engineering versatility one model many different tasks"),
    R("task", "transform", pe=1.2, ft=-0.5,
      reason="The task is {answer}, which strong base models already do well with good prompts.",
      claim="summarization and translation prompt engineering is often the only method needed"),
    R("task", "code", pe=1.0, ft=-0.3,
      reason="The task is {answer}, where prompting is often all that is needed.",
      claim="code generation prompt engineering often the only method needed"),
    R("task", "classification", ft=0.7, hy=0.5,
      reason="The task is {answer}: a narrow, repetitive task is where a fine-tuned model pays off.",
      claim="long-tail or repetitive tasks fine-tuning"),
    R("task", "extraction", ft=0.7, hy=0.5,
      reason="The task is {answer}: a narrow task with a fixed output shape suits a tuned model.",
      claim="fine-tuning consistent outputs fixed formats structures"),
    R("task", "chat", pe=0.8, ft=-0.3, rag=0.6,
      reason="The task is {answer}: general chatbots are a prompting job.",
      claim="public APIs and general-purpose chatbots choose prompt engineering"),
    # data
    R("data", "none", pe=2.0, ft=-3.0, hy=-1.0, rag=1.6,
      reason="You have {answer}: fine-tuning has nothing to learn from, prompting needs no dataset.",
      claim="prompt engineering when no domain-specific training data is available"),
    R("data", "few", pe=1.5, ft=-2.0, hy=-0.5, rag=1.2,
      reason="You have {answer}: too few to fine-tune safely (overfitting), enough for few-shot prompts and an evaluation set.",
      claim="what to do with only a few dozen examples few-shot evaluation set"),
    R("data", "some", pe=0.2, ft=0.6, hy=0.9,
      reason="You have {answer}: enough for a first fine-tune (vendors cite 50 to 500 examples), so tuning is an option once prompts plateau.",
      claim="OpenAI fine-tuning guide 50 to 100 examples Vertex 100-500 recommended"),
    R("data", "many", pe=-0.5, ft=2.0, hy=1.5,
      reason="You have {answer}: a solid dataset for fine-tuning (1,000 curated examples already go a long way).",
      claim="LIMA 1,000 curated examples data curation beats volume"),
    R("data", "large", pe=-1.0, ft=2.5, hy=1.5,
      reason="You have {answer}: the large, high-quality dataset that fine-tuning asks for.",
      claim="fine-tuning requires a large amount of high-quality domain data"),
    # budget
    R("budget", "low", pe=1.5, ft=-1.5, hy=-0.5, rag=1.0,
      reason="Your budget is {answer}: prompting costs little upfront, fine-tuning needs training and hosting money.",
      claim="limited budget or compute choose prompt engineering"),
    R("budget", "high", ft=0.7, hy=0.5,
      reason="Your budget is {answer}, so the upfront cost of training is affordable.",
      claim="fine-tuning cost high upfront lower per request"),
    # timeline
    R("timeline", "urgent", pe=2.0, ft=-1.5, hy=0.2, rag=1.2,
      reason="You need it in {answer}: prompts ship in hours to days, fine-tuning takes days to weeks.",
      claim="setup time hours to a few days versus days to weeks"),
    R("timeline", "long", ft=0.5, hy=0.3,
      reason="There is {answer}, so the days to weeks a fine-tune takes are affordable.",
      claim="fine-tuning setup time days to weeks"),
    R("timeline", "phased", pe=0.3, ft=0.3, hy=3.0,
      reason="You want {answer}: start with prompts, then fine-tune the core task once it is stable.",
      claim="start with prompt engineering then fine-tune core tasks needing stability and volume"),
    # accuracy
    R("accuracy", "critical", pe=-0.5, ft=1.5, hy=1.0,
      reason="Accuracy and consistency are {answer}: a fine-tuned model gives steadier outputs than prompts alone.",
      claim="when to choose fine-tuning high accuracy is critical"),
    R("accuracy", "high", ft=0.7, hy=0.5,
      reason="Accuracy and consistency matter ({answer}), which favours a tuned model over prompt-only outputs.",
      claim="fine-tuning consistent reliable outputs"),
    R("accuracy", "low", pe=1.0, ft=-0.5,
      reason="Accuracy needs are {answer}, so prompt-level quality is enough.",
      claim="prompt engineering base model already good enough"),
    # domain
    R("domain", "highly", pe=-0.5, ft=1.2, hy=0.8,
      reason="The domain is {answer}: fine-tuning teaches its terminology and conventions.",
      claim="industry-specific terminology fine-tune on domain language"),
    R("domain", "specialized", ft=0.6, hy=0.4,
      reason="The domain is {answer}, where a tuned model handles jargon better than a general one.",
      claim="fine-tuning domain knowledge and specialized tasks"),
    R("domain", "general", pe=0.8, ft=-0.5,
      reason="The domain is {answer}: a strong base model already knows it.",
      claim="general-purpose needs choose prompt engineering"),
    # change
    R("change", "frequent", pe=2.0, ft=-2.0, hy=0.5, rag=1.0,
      reason="Requirements change {answer}: prompts change in minutes, a tuned model must be retrained.",
      claim="changing or dynamic requirements choose prompt engineering"),
    R("change", "mixed", pe=0.3, ft=0.6, hy=3.0,
      reason="The core of the task is stable but parts of it change ({answer}): tune the stable core, handle the changing parts with prompts.",
      claim="hybrid pattern fine-tuned base model plus prompts at runtime for variability"),
    R("change", "stable", pe=-0.3, ft=0.8, hy=0.3,
      reason="The task is {answer}, so a trained model will not need frequent retraining.",
      claim="fine-tuning maintenance retraining when requirements change"),
    # volume
    R("volume", "high", pe=-0.7, ft=1.5, hy=1.2,
      reason="Volume is {answer}: long prompts cost on every call, a tuned model with short prompts is cheaper per request.",
      claim="why long prompts get expensive at high request volume"),
    R("volume", "low", pe=1.0, ft=-1.0, rag=0.8,
      reason="Volume is {answer}, so per-request prompt costs stay small and training would not pay back.",
      claim="limited resources and small projects choose prompt engineering"),
    # privacy
    R("privacy", "on_prem", ft=1.0, hy=0.6, rag=0.3,
      reason="Data {answer}: fine-tuning an open model on your own servers keeps it in-house.",
      claim="privacy-sensitive tuning fine-tune a local model"),
    R("privacy", "sensitive", ft=0.4, hy=0.3,
      reason="You handle {answer}, which argues for a model you control.",
      claim="privacy fine-tuning open models on your own servers"),
    # expertise
    R("expertise", "none", pe=1.2, ft=-1.2, hy=-0.3, rag=0.9,
      reason="The team has {answer}: prompting needs basic programming, fine-tuning needs ML skills.",
      claim="technical skill basic programming versus advanced machine learning"),
    R("expertise", "strong", ft=0.8, hy=0.4,
      reason="You have {answer}, who can prepare data, train and validate a model.",
      claim="fine-tuning requires expertise compute and technical skills"),
    # baseline
    R("baseline", "good", pe=3.0, ft=-2.0, hy=-0.5,
      reason="You said {answer}: keep the model and refine the prompt.",
      claim="when to choose prompt engineering base model already good enough"),
    R("baseline", "plateau", pe=-2.0, ft=2.5, hy=1.0,
      reason="{answer}: a measured plateau with good prompts is the classic trigger to fine-tune.",
      claim="trigger to fine-tune a measured plateau in prompt performance"),
    R("baseline", "partial", pe=0.0, ft=0.5, hy=3.0,
      reason="You have {answer}: keep the prompts for what already works and fine-tune the part that falls short.",
      claim="fine-tune only the core tasks needing stability, keep the rest on prompts"),
    R("baseline", "costly", pe=-1.0, ft=2.0, hy=0.8,
      reason="Prompting {answer}: fine-tuning moves the instructions into the model and shortens every prompt.",
      claim="fine-tuning shorter prompts fewer tokens cheaper inference"),
    R("baseline", "tuned", pe=-0.5, ft=1.0, hy=1.5,
      reason="You already have {answer}: keep what it does well and add around it rather than start over.",
      claim="fine-tuned base model plus prompts at runtime for variability"),
    R("baseline", "tuned_facts", pe=0.3, ft=-1.5, hy=0.0, rag=2.0,
      reason="You already have {answer}: fine-tuning is poor at adding facts, so move the knowledge into retrieval.",
      claim="fine-tuning is poor at adding new knowledge RAG beats fine-tuning for knowledge injection"),
    # freshness
    R("freshness", "changing", ft=-1.5, hy=-0.5, rag=4.5,
      reason="The model needs {answer}: updating an index is instant, retraining is not.",
      claim="keeping RAG knowledge fresh update the index not the model"),
    R("freshness", "cite", ft=-1.0, rag=4.0,
      reason="Answers must cite sources: retrieval grounds each answer in a passage it can point to.",
      claim="RAG grounds answers in verifiable sources citations"),
    R("freshness", "proprietary", pe=-0.5, ft=-0.5, rag=3.5,
      reason="The model needs {answer}: fine-tuning is poor at adding facts, retrieval brings them in.",
      claim="fine-tuning is poor at adding new knowledge RAG beats fine-tuning for knowledge injection"),
    # style
    R("style", "voice", pe=-0.3, ft=1.2, hy=1.0,
      reason="Outputs need {answer}: consistent style and tone are what fine-tuning teaches best.",
      claim="consistent brand voice fine-tune on style guides and samples"),
    R("style", "format", pe=0.3, ft=0.4, hy=0.3,
      reason="Outputs need {answer}: ask for it in the prompt first; tuning makes it reliable at scale.",
      claim="structured output prompting defining the answer format"),
]}


@dataclass(frozen=True)
class Interaction:
    """A combination of answers that means more than its parts."""

    when: dict[str, tuple[str, ...]]  # factor -> values (all must hold)
    deltas: dict[str, float]
    reason: str
    claim: str
    known: tuple[str, ...] = ()  # factors that must have been answered, not just left at their default


INTERACTIONS = [
    Interaction({"change": ("frequent",), "volume": ("high",)}, {HYBRID: 2.5},
                "Requirements change often but volume is high: a tuned model for the stable core, prompts for what changes.",
                "content moderation fine-tuned core prompted edges new trends"),
    Interaction({"change": ("frequent",), "accuracy": ("critical",)}, {HYBRID: 1.5},
                "Requirements change often yet consistency is critical: tune the stable core, prompt the changing edges.",
                "hybrid pattern fine-tuned base model plus prompts at runtime"),
    Interaction({"timeline": ("urgent",), "data": ("many", "large"), "volume": ("high",)}, {HYBRID: 2.0},
                "You need something fast but have the data and volume for a tuned model: launch on prompts, then fine-tune.",
                "a phased plan for moving from prompts to fine-tuning"),
    Interaction({"task": ("qa_plus",), "data": ("many", "large")}, {HYBRID: 4.0},
                "You have the examples to tune the narrow task, and the documents to retrieve for the questions: "
                "a tuned model for the one, retrieval for the other.",
                "combine prompts, retrieval and a tuned model in one system"),
    Interaction({"change": ("mixed",), "data": ("many", "large")}, {HYBRID: 1.5},
                "A stable core you have the examples to tune, with edges that keep changing: tune the core, and keep "
                "what changes in the prompt rather than in the weights.",
                "hybrid pattern fine-tuned base model plus prompts at runtime for variability"),
    Interaction({"baseline": ("tuned",), "change": ("frequent", "mixed")}, {HYBRID: 2.5},
                "Your tuned model handles the stable core; new and changing requirements go in prompts instead of monthly retraining.",
                "hybrid pattern fine-tuned base model plus prompts at runtime for variability"),
    Interaction({"timeline": ("phased",), "volume": ("high",)}, {HYBRID: 1.5},
                "The plan grows into high volume: prompts for the launch, a tuned model once the volume makes long prompts costly.",
                "a phased plan for moving from prompts to fine-tuning"),
    Interaction({"timeline": ("phased",), "data": ("none", "few")}, {HYBRID: 1.0},
                "You have no examples yet, but your plan collects them as you go: prompts carry the launch, and the "
                "examples will be there when the tuned model is due.",
                "start with prompt engineering then fine-tune core tasks needing stability and volume"),
    Interaction({"timeline": ("phased",), "task": ("explore",)}, {HYBRID: 1.0},
                "A prototype now and a tuned model later is the textbook phased plan.",
                "start with prompt engineering then fine-tune core tasks needing stability and volume"),
    Interaction({"baseline": ("tuned",), "change": ("occasional",), "data": ("many", "large")}, {FINE_TUNE: 1.5},
                "Your tuned model works and the change is a one-off that comes with labelled examples: retrain it on the "
                "new labels rather than go back to prompts.",
                "keep prompts for runtime variation and retrain as data and requirements change", known=("change",)),
    Interaction({"baseline": ("tuned",), "freshness": ("changing", "cite", "proprietary")}, {HYBRID: 4.0},
                "Your tuned model already gives the behaviour you want; what it lacks is knowledge, and facts do not train in "
                "well: keep the tuned model and retrieve the facts at question time.",
                "adding retrieval RAG and fine-tuning fix different problems"),
    Interaction({"freshness": ("changing", "cite", "proprietary"), "style": ("voice", "format"), "data": ("many", "large")}, {HYBRID: 3.5},
                "You need both a learned voice (you have the examples to tune it) and knowledge that lives outside the model: "
                "fine-tune for the style and retrieve the facts.",
                "combining RAG with fine-tuning measured gains"),
    Interaction({"baseline": ("plateau",), "data": ("many", "large"), "freshness": ("changing", "cite", "proprietary")}, {HYBRID: 3.5},
                "Prompting falls short on behaviour and you have the examples to train it, but the model also needs knowledge "
                "from outside: failures of behaviour are a tuning job, missing knowledge a retrieval job, and the gains add up.",
                "classify failures: if the model lacks the knowledge retrieval is the fix, if it behaves inconsistently fine-tuning"),
    Interaction({"task": ("classification", "extraction", "transform", "code"), "data": ("many", "large"), "freshness": ("changing",)}, {HYBRID: 3.0},
                "The narrow task is stable and you have the examples to tune it, but each output also needs facts "
                "that change: tune the model for the task, and look the changing facts up at run time.",
                "adding retrieval RAG and fine-tuning fix different problems"),
    Interaction({"baseline": ("plateau", "costly"), "volume": ("high",), "freshness": ("changing", "cite", "proprietary")}, {HYBRID: 3.0},
                "At your volume long prompts cost on every call, so a tuned model pays for itself on the fixed behaviour; "
                "the knowledge it must bring in still comes from retrieval.",
                "why long prompts get expensive at high request volume"),
    Interaction({"task": ("qa_docs",), "style": ("voice",), "data": ("many", "large")}, {HYBRID: 2.0},
                "Answers come from your documents, but in a voice you have thousands of examples of: retrieve the facts and "
                "tune the model for the way it speaks.",
                "combining RAG with fine-tuning measured gains"),
    Interaction({"style": ("format",), "baseline": ("plateau", "partial"), "volume": ("low",)}, {PROMPT: 2.0},
                "What goes wrong is the output format, at a volume where training would not pay back: structured output, "
                "a schema and examples in the prompt come first.",
                "structured output prompting defining the answer format"),
    Interaction({"freshness": ("changing", "cite", "proprietary"), "style": ("voice",), "data": ("none", "few", "some", "unknown")}, {RAG: 0.5},
                "Knowledge needs come first; the voice can be set in the prompt around the retrieved passages.",
                "RAG plus prompt engineering as the usual pairing"),
]
