"""Action plans: ordered, concrete steps for each approach, using the user's own numbers."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.advice.approaches import FINE_TUNE, HYBRID, PROMPT, RAG
from assistant.advice.profile import Profile


@dataclass(frozen=True)
class Step:
    step: str
    detail: str
    claim: str


def _n(x: float) -> str:
    return f"{x:,.0f}"


def _data_phrase(p: Profile) -> str:
    a = p.get("data")
    return f"your {_n(a.amount)} examples" if a.amount else "your labelled examples"


def _holdout(p: Profile) -> str:
    a = p.get("data")
    if a.amount and a.amount >= 200:
        return f" Hold out about {_n(max(50, a.amount * 0.1))} of {_data_phrase(p)} for validation and never train on them."
    return " Hold out a validation set and never train on it."


def _eval_step(p: Profile) -> Step:
    a = p.get("data")
    source = (f"Take 20 to 50 of {_data_phrase(p)}" if a.amount and a.amount >= 20
              else "Write 20 or more real inputs")
    return Step("Build an evaluation set first",
                f"{source} with the answers you expect, and score every change against them.",
                "build an evaluation set before choosing 20 questions with ground-truth answers")


def _prompt_steps(p: Profile) -> list[Step]:
    steps = [
        _eval_step(p),
        Step("Measure a zero-shot baseline",
             "Run the plain instruction on a strong base model and record accuracy, cost and latency.",
             "establishing a zero-shot baseline"),
        Step("Add few-shot examples",
             "Put three to five representative input/output pairs in the prompt; keep the ones that move the score.",
             "few-shot prompting several examples to show the pattern"),
        Step("Set a role and system instructions",
             "State who the model is, the audience, the tone and the hard rules once, in the system prompt.",
             "role prompting assigning a persona system instructions"),
    ]
    if p.value("task") in ("classification", "extraction", "qa_docs", "qa_plus", "other") or p.value("accuracy") in ("critical", "high"):
        steps.append(Step("Ask for step-by-step reasoning where the task needs it",
                          "Use chain-of-thought for multi-step decisions; check that it helps on your evaluation set.",
                          "chain-of-thought prompting reasoning step by step"))
    if p.value("style") == "format" or p.value("task") in ("extraction", "classification"):
        steps.append(Step("Define the output format",
                          "Specify the exact structure (for example a JSON schema) and validate every output against it.",
                          "structured output prompting defining the answer format"))
    steps.append(Step("Iterate on edge cases and version your prompts",
                      "Test unusual inputs, document what works, and rerun the evaluation set on every prompt change.",
                      "prompt engineering workflow testing and iteration edge cases"))
    steps.append(Step("Know when to revisit",
                      "If accuracy plateaus below target on your evaluation set, or volume makes long prompts costly, "
                      "collect examples and reconsider fine-tuning.",
                      "trigger to fine-tune a measured plateau in prompt performance"))
    return steps


def _finetune_steps(p: Profile) -> list[Step]:
    volume = p.get("volume")
    on_prem = p.value("privacy") in ("on_prem", "sensitive")
    return [
        Step("Collect and clean the training data",
             f"Check {_data_phrase(p)} for relevance, consistent formatting and correct labels; drop duplicates "
             "and examples that do not reflect real use.",
             "fine-tuning data preparation what good training data looks like"),
        Step("Establish a prompting baseline and evaluation set",
             "Score a well-prompted base model on held-out examples first: it is the bar the fine-tune must beat.",
             "not ready to fine-tune without a baseline Azure readiness"),
        Step("Choose a base model" + (" you can host yourself" if on_prem else ""),
             ("An open model tuned with LoRA or QLoRA on your own servers keeps data in-house and cuts GPU memory."
              if on_prem else "Pick the smallest model that reaches your quality bar; parameter-efficient tuning (LoRA) keeps costs down."),
             "LoRA QLoRA fine-tuning on your own servers lower GPU memory"),
        Step("Set the training configuration",
             "Start from the provider's defaults for learning rate, batch size and a few epochs; change one setting at a time." + _holdout(p),
             "fine-tuning configuration learning rate batch size number of epochs"),
        Step("Train and validate against overfitting",
             "Watch validation loss and accuracy each epoch; stop when validation stops improving.",
             "held-out validation data avoiding overfitting"),
        Step("Compare with the baseline before switching",
             "Compare accuracy, cost per request and latency"
             + (f" at your {_n(volume.amount)} requests a month" if volume.amount else "")
             + " against the prompted baseline.",
             "compare prompting and fine-tuning on accuracy cost and deployment"),
        Step("Deploy, monitor and retrain",
             "Log inputs and outputs, watch for drift, and plan periodic retraining as data and requirements change.",
             "fine-tuning deployment and monitoring in production periodic retraining"),
    ]


def _hybrid_steps(p: Profile) -> list[Step]:
    a = p.get("data")
    trigger = ("once you have about 1,000 curated examples" if not a.amount or a.amount < 1000
               else f"once prompting plateaus; {_data_phrase(p)} are enough to start")
    return [
        Step("Phase 1: ship on prompts",
             "Launch with a few-shot prompt and a defined output format; this sets the baseline.",
             "explore with prompts and set a baseline first"),
        _eval_step(p),
        Step("Log and correct outputs to grow a dataset",
             "Store every input with its corrected output; this becomes the fine-tuning set.",
             "when prompting falls short gather a quality dataset"),
        Step("Decide the trigger for phase 2",
             f"Move the stable core to a fine-tuned model {trigger}, or when volume makes long prompts costly.",
             "trigger to fine-tune enough quality data has been collected volume"),
        Step("Phase 2: fine-tune the stable core",
             "Train on the curated log with a held-out validation set; compare against the prompt baseline." ,
             "fine-tune only the core tasks needing stability and volume"),
        Step("Keep prompts for what changes",
             "Handle new cases, exceptions and changing rules in the prompt around the tuned model.",
             "prompts for exceptions and new features hybrid"),
        Step("Monitor and retrain",
             "Track accuracy on the evaluation set in production and retrain the core when it drifts.",
             "monitoring LLM applications in production"),
    ]


def _rag_steps(p: Profile) -> list[Step]:
    steps = [
        Step("Choose and clean the sources",
             "List the documents the answers must come from, remove duplicates and outdated versions, and record their owners.",
             "RAG step 1 choosing and cleaning source documents"),
        Step("Chunk along headings",
             "Split documents at their sections and keep each section's title with its chunk so a passage stands on its own.",
             "chunking documents along headings and sections keeping titles"),
        Step("Embed and index the chunks",
             "Embed chunks with a sentence-embedding model and store them in a vector database.",
             "embeddings and a vector store"),
        Step("Retrieve with dense and keyword search",
             "Combine semantic and BM25 results (reciprocal rank fusion) and tune how many passages to pass.",
             "hybrid retrieval reciprocal rank fusion top-k"),
        Step("Answer only from the passages, with citations",
             "Instruct the model to answer from the retrieved text, cite each passage it used, and say when the answer is not there.",
             "citing sources in answers prompting with retrieved context"),
        Step("Evaluate retrieval and answers",
             "Measure hit rate and MRR on 20+ real questions, then check answers against ground truth.",
             "measuring retrieval with hit rate and MRR evaluation"),
    ]
    if p.value("freshness") == "changing":
        steps.append(Step("Keep the index fresh",
                          "Re-index changed documents on a schedule or on change, instead of retraining anything.",
                          "keeping a RAG index fresh"))
    if p.value("privacy") != "standard":
        steps.append(Step("Control access to private documents",
                          "Filter retrieval by the user's permissions and host the index where your data may live.",
                          "RAG access control for private documents"))
    steps.append(Step("Treat retrieved text as data",
                      "Never let a document's text act as instructions to the model (prompt injection).",
                      "RAG security treat retrieved text as data not instructions"))
    return steps


def plan_for(approach: str, profile: Profile) -> list[Step]:
    return {PROMPT: _prompt_steps, FINE_TUNE: _finetune_steps, HYBRID: _hybrid_steps, RAG: _rag_steps}[approach](profile)
