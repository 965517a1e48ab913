"""The chat model behind the optional LLM answerer: built from the settings, or injected.

``chat_model`` builds the client for an OpenAI-compatible endpoint or Ollama's own API;
``model_for`` prefers a model set as ``assistant.chat_model`` (tests, embedding); ``ask`` sends
one message and turns every failure of the third-party client into an ``LLMError``.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import httpx
from langchain_core.exceptions import ModelTimeoutError
from langchain_core.messages import HumanMessage
from pydantic import SecretStr

from assistant.config import Settings
from assistant.errors import LLMError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.api import Assistant

NO_KEY = "not-needed"  # local servers (llama.cpp, vLLM, LM Studio, Ollama) ignore the key
THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)


def chat_model(settings: Settings) -> BaseChatModel:
    """The configured chat model: an OpenAI-compatible endpoint, or Ollama's own API."""
    if not settings.llm_configured:
        raise LLMError("no LLM model is configured: set ASSISTANT_LLM_MODEL")
    if settings.llm_provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            temperature=0,
            client_kwargs={"timeout": settings.llm_timeout},
        )
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=SecretStr(os.environ.get(settings.llm_api_key_env) or NO_KEY),
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
        use_responses_api=False,
    )


def model_for(assistant: Assistant) -> BaseChatModel:
    """The model set as ``assistant.chat_model``, else one built from the assistant's settings."""
    injected: BaseChatModel | None = getattr(assistant, "chat_model", None)
    return injected if injected is not None else chat_model(assistant.settings)


def ask(model: BaseChatModel, prompt: str, timeout: float) -> str:
    """The model's reply to one user message, without any <think> block."""
    try:
        reply = model.invoke([HumanMessage(prompt)])
    except Exception as error:  # the boundary to third-party clients: every failure is an LLMError
        raise LLMError(describe(error, timeout)) from error
    return THINKING.sub("", str(reply.text)).strip()


def describe(error: BaseException, timeout: float) -> str:
    causes = [error, error.__cause__, error.__context__]
    timeouts = (TimeoutError, ModelTimeoutError, httpx.TimeoutException)
    if any(isinstance(cause, timeouts) for cause in causes):
        return f"it timed out after {timeout:g} s"
    return f"{type(error).__name__}: {str(error)[:160]}".rstrip(": ")
