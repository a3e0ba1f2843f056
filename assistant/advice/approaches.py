"""The four approaches the advisor chooses between."""

PROMPT, FINE_TUNE, HYBRID, RAG = "prompt_engineering", "fine_tuning", "hybrid", "rag"
APPROACHES = (PROMPT, FINE_TUNE, HYBRID, RAG)
NAMES = {
    PROMPT: "Prompt engineering",
    FINE_TUNE: "Fine-tuning",
    HYBRID: "Hybrid (prompts first, then fine-tuning)",
    RAG: "Retrieval-augmented generation (RAG)",
}
SHORT = {PROMPT: "prompting", FINE_TUNE: "fine-tuning", HYBRID: "a hybrid", RAG: "RAG"}
#: Word stems by which free text names each approach (to check reworded advice keeps it).
MENTIONS = {
    PROMPT: ("prompt",),
    FINE_TUNE: ("fine-tun", "fine tun", "finetun"),
    HYBRID: ("hybrid", "combin"),
    RAG: ("retrieval", "rag"),
}
