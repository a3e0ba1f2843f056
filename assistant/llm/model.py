"""Creating the chat model through LangChain's ``init_chat_model`` (imported only here).

Any provider ``init_chat_model`` knows works if its integration package is installed
(``openai``, ``ollama``, ``anthropic``, ...). A base URL turns ``openai:`` into any
OpenAI-compatible server (llama.cpp, vLLM, LM Studio); such servers rarely need a key.
"""

from __future__ import annotations

import os

from assistant.errors import AdvisorError, BadInput
from assistant.llm.settings import LLMSettings

#: Integration packages of the providers we name in errors; others are named by LangChain.
PACKAGES = {"openai": "langchain-openai", "azure_openai": "langchain-openai", "ollama": "langchain-ollama",
            "anthropic": "langchain-anthropic", "mistralai": "langchain-mistralai", "groq": "langchain-groq"}
#: Extras of this project that install a provider's package.
EXTRAS = {"openai": "openai", "azure_openai": "openai", "ollama": "ollama"}
#: Providers whose client takes ``timeout``, ``max_retries`` and ``max_tokens`` directly.
_TIMEOUT_KWARGS = {"openai", "azure_openai", "anthropic", "deepseek", "xai", "groq", "mistralai", "fireworks"}


def first_line(exc: BaseException) -> str:
    """An exception as one short line for a notice or an error."""
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _kwargs(cfg: LLMSettings) -> dict:
    kwargs: dict = {}
    if cfg.provider in _TIMEOUT_KWARGS:
        # We fall back instead of retrying: a retry would only delay the notice.
        kwargs.update(timeout=cfg.timeout, max_retries=0, max_tokens=cfg.max_tokens)
    elif cfg.provider == "ollama":
        kwargs.update(client_kwargs={"timeout": cfg.timeout}, num_predict=cfg.max_tokens)
    if cfg.base_url:
        kwargs["base_url"] = cfg.base_url
        if cfg.provider == "openai":
            # LangChain sends OpenAI's newer max_completion_tokens; compatible servers
            # (llama.cpp, vLLM) read max_tokens, so send that too.
            kwargs["extra_body"] = {"max_tokens": cfg.max_tokens}
            if not os.environ.get("OPENAI_API_KEY"):
                kwargs["api_key"] = "not-needed"  # local OpenAI-compatible servers ignore the key
    return kwargs


def create_chat_model(cfg: LLMSettings):
    """A LangChain chat model for ``cfg``; a missing package or bad name is bad input."""
    try:
        from langchain.chat_models import init_chat_model
    except ImportError as exc:
        raise BadInput("--llm needs LangChain's model support: pip install 'approach-advisor[llm]' "
                       "(plus the provider's extra, e.g. [openai] or [ollama])") from exc
    try:
        return init_chat_model(cfg.model, model_provider=cfg.provider, **_kwargs(cfg))
    except ImportError as exc:
        package = PACKAGES.get(cfg.provider, f"the LangChain package for {cfg.provider!r}")
        extra = EXTRAS.get(cfg.provider)
        how = f"pip install 'approach-advisor[{extra}]'" if extra else f"pip install {package}"
        raise BadInput(f"--llm {cfg.spec}: {package} is not installed ({how})") from exc
    except ValueError as exc:
        raise BadInput(f"--llm {cfg.spec}: {first_line(exc)}") from exc
    except Exception as exc:  # noqa: BLE001 - e.g. a provider that wants an API key
        raise AdvisorError(f"--llm {cfg.spec}: the model could not be set up: {first_line(exc)}") from exc
