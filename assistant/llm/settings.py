"""Which chat model to use, if any: ``--llm`` flag, then environment, then config file.

The config file is ``<data dir>/config.toml`` (``.advisor/config.toml`` at the checkout,
moved with ``ADVISOR_HOME`` / ``ADVISOR_DATA_DIR``)::

    [llm]
    model = "ollama:llama3.2"          # PROVIDER:MODEL, as LangChain's init_chat_model takes it
    base_url = "http://127.0.0.1:11434" # optional: any OpenAI-compatible or self-hosted endpoint
    timeout = 30                       # seconds for one answer, streaming included
    max_tokens = 600                   # longest reply asked for
    tailor = true                      # let the LLM reword the summary and the plan

Only the standard library is used here, so asking "is an LLM configured?" costs nothing.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import BadInput

#: Values of ``--llm`` / ``ADVISOR_LLM`` that switch the LLM off, config file included.
OFF = {"off", "none", "no", "0", "false"}
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_TOKENS = 600
_PROVIDER = re.compile(r"[A-Za-z][\w-]*")


@dataclass(frozen=True)
class LLMSettings:
    provider: str
    model: str
    base_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    tailor: bool = True
    max_tokens: int = DEFAULT_MAX_TOKENS

    @property
    def spec(self) -> str:
        return f"{self.provider}:{self.model}"


def parse_spec(spec: str, origin: str) -> tuple[str, str]:
    """``"openai:gpt-4o-mini"`` -> ``("openai", "gpt-4o-mini")``; anything else is bad input."""
    provider, sep, model = spec.strip().partition(":")
    if model.startswith("//"):
        raise BadInput(f"{origin}: expected PROVIDER:MODEL, got the address {spec!r}; for an OpenAI-compatible "
                       "server use openai:MODEL with --llm-base-url (or ADVISOR_LLM_BASE_URL)")
    if not sep or not _PROVIDER.fullmatch(provider.strip()) or not model.strip():
        raise BadInput(f"{origin}: expected PROVIDER:MODEL (for example openai:gpt-4o-mini or "
                       f"ollama:llama3.2), got {spec!r}")
    return provider.strip().lower().replace("-", "_"), model.strip()


def _config_file(data_dir: Path) -> tuple[dict, Path]:
    path = data_dir / "config.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, path
    except OSError as exc:
        raise BadInput(f"{path}: cannot read the config file ({exc.strerror})") from exc
    import tomllib  # only with a config file: every 'advisor chat' asks, most have none

    try:
        table = tomllib.loads(text).get("llm", {})
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"{path}: not valid TOML ({exc}); fix or remove it") from exc
    if not isinstance(table, dict):
        raise BadInput(f"{path}: [llm] must be a table")
    return table, path


def _number(value, origin: str, upper: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if not 0 < number <= upper:
        raise BadInput(f"{origin}: expected a number above 0 and at most {upper:g}, got {value!r}")
    return number


def _flag(value, origin: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise BadInput(f"{origin}: expected true or false, got {value!r}")


def resolve(flag: str | None, base_url_flag: str | None, data_dir: Path) -> LLMSettings | None:
    """The LLM the user asked for, or ``None`` (no flag, variable or config entry, or "off")."""
    env = os.environ
    table, path = _config_file(data_dir)
    for value, origin in ((flag, "--llm"), (env.get("ADVISOR_LLM"), "ADVISOR_LLM"),
                          (table.get("model"), f"{path} [llm] model")):
        if value is None or not str(value).strip():
            continue
        if str(value).strip().lower() in OFF:
            return None
        provider, model = parse_spec(str(value), origin)
        break
    else:
        return None
    base_url = base_url_flag or env.get("ADVISOR_LLM_BASE_URL") or table.get("base_url") or None
    if base_url is not None and not str(base_url).startswith(("http://", "https://")):
        raise BadInput(f"LLM base URL: expected http://... or https://..., got {base_url!r}")
    timeout = env.get("ADVISOR_LLM_TIMEOUT") or table.get("timeout")
    max_tokens = env.get("ADVISOR_LLM_MAX_TOKENS") or table.get("max_tokens")
    tailor = env.get("ADVISOR_LLM_TAILOR")
    tailor = tailor if tailor is not None else table.get("tailor", True)
    return LLMSettings(
        provider=provider, model=model, base_url=base_url,
        timeout=DEFAULT_TIMEOUT if timeout is None else _number(timeout, "LLM timeout (seconds)", 3600),
        max_tokens=DEFAULT_MAX_TOKENS if max_tokens is None else int(_number(max_tokens, "LLM max_tokens", 100_000)),
        tailor=_flag(tailor, "LLM tailor setting"),
    )


def configured_llm(settings):
    """The ``LLMAnswerer`` that ``settings`` (an ``assistant.config.Settings``) ask for, or None.

    Cheap when no LLM is configured: only this module is needed to tell, so the front ends
    can check the configuration before any work without importing the advice engine.
    """
    llm_settings = resolve(settings.llm, settings.llm_base_url, settings.data_dir)
    if llm_settings is None:
        return None
    from assistant.llm.answerer import LLMAnswerer

    return LLMAnswerer(llm_settings)
