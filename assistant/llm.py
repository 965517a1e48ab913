"""The optional LLM answerer: numbered passages in, a cited reply out, every sentence checked.

The model sees the retrieved passages numbered [1]..[n] under the rules of prompts/answer.md.
Its reply is trusted only as far as those passages support it: the [n] markers are parsed back
and out-of-range ones dropped; a sentence without a valid marker, or not supported by the
passages it cites (the evaluation's ``supports``), is removed; the sources are rebuilt from the
store and renumbered in order of first citation. When nothing checked remains, or the model
fails or times out, the caller gets the extractive answer with a notice saying why.
``llm_stream`` does the same while the model writes: each sentence is checked once the next one
has begun, and only checked sentences are passed on.

A model can be injected for tests or embedding: ``llm_answer(..., model=...)``, or an
``assistant.chat_model`` attribute; otherwise one is built from the settings by ``chat_model``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import httpx
from langchain_core.exceptions import ModelTimeoutError
from langchain_core.messages import HumanMessage
from pydantic import SecretStr

from assistant.citing import make_source
from assistant.config import Settings
from assistant.errors import LLMError
from assistant.metrics import answer_sentences, supports
from assistant.prompts import render
from assistant.records import Answer, Passage, Retrieved, Sentence, Source
from assistant.text import content_terms, normalise, split_sentences, strip_markers

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.api import Assistant, History
    from assistant.view import CorpusView

log = logging.getLogger(__name__)

NO_KEY = "not-needed"  # local servers (llama.cpp, vLLM, LM Studio, Ollama) ignore the key
UNAVAILABLE = "The LLM was unavailable ({reason}); this is the extractive answer."
UNCHECKED = (
    "The LLM's answer could not be checked against its sources; this is the extractive answer."
)
REMOVED = (
    "{count} sentence(s) of the LLM's answer were left out: their sources do not support them."
)
HISTORY_TURNS = 6
TURN_CHARS = 400
THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)


@dataclass(frozen=True)
class Claim:
    """A checked sentence of the reply: its text without markers, the passages that support it."""

    text: str
    cited: tuple[int, ...]  # indexes into the numbered passages


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


def llm_answer(
    assistant: Assistant,
    extractive: Answer,
    history: History,
    model: BaseChatModel | None = None,
) -> Answer:
    """The LLM's answer over the extractive answer's passages, checked; else the extractive one."""
    try:
        prompt = answer_prompt(assistant, extractive, history)
        reply = ask(model or model_for(assistant), prompt, assistant.settings.llm_timeout)
    except LLMError as error:
        return unavailable(extractive, error)
    return checked_answer(assistant, extractive, reply)


def llm_stream(
    assistant: Assistant,
    extractive: Answer,
    history: History,
    model: BaseChatModel | None = None,
) -> Iterator[str | Answer]:
    """``llm_answer`` as the model writes it: each sentence of the reply, once the next one has
    begun, is checked like the finished reply and shown (with its final markers) only if its
    sources support it; then the checked Answer, or the extractive one when the model fails."""
    timeout = assistant.settings.llm_timeout
    passages = [item.passage for item in extractive.retrieved]
    reply, shown, checked = "", "", 0
    numbers: dict[int, int] = {}
    try:
        prompt = answer_prompt(assistant, extractive, history)
        for chunk in (model or model_for(assistant)).stream([HumanMessage(prompt)]):
            reply += str(chunk.text)
            sentences = answer_sentences(visible(reply))
            for sentence in sentences[checked : len(sentences) - 1]:
                claims, _ = check_claims(sentence.text, passages)
                for claim in claims:
                    piece = (" " if shown else "") + marked(claim, numbers)
                    shown += piece
                    yield piece
            checked = max(checked, len(sentences) - 1)
    except Exception as error:  # the boundary to third-party clients, as in ``ask``
        failure = error if isinstance(error, LLMError) else LLMError(describe(error, timeout))
        yield unavailable(extractive, failure)
        return
    answer = checked_answer(assistant, extractive, THINKING.sub("", reply).strip())
    if answer.text.startswith(shown) and len(answer.text) > len(shown):
        yield answer.text[len(shown) :]
    yield answer


def answer_prompt(assistant: Assistant, extractive: Answer, history: History) -> str:
    settings = assistant.settings
    return render(
        settings.prompts_dir,
        "answer",
        sources=number_passages([item.passage for item in extractive.retrieved]),
        history=conversation(history),
        question=extractive.question,
        abstain_message=assistant.abstain_message(),
        max_words=settings.max_answer_words,
    )


# Reasons already logged as warnings: an evaluation or a busy chat would repeat the same one for
# every question; after the first time it is logged at debug level.
WARNED: set[str] = set()


def unavailable(extractive: Answer, error: LLMError) -> Answer:
    reason = str(error)
    level = logging.DEBUG if reason in WARNED else logging.WARNING
    WARNED.add(reason)
    log.log(level, "LLM unavailable, answering extractively: %s", reason)
    return replace(extractive, notice=UNAVAILABLE.format(reason=error))


def visible(reply: str) -> str:
    """The reply so far without its <think> blocks, finished or not."""
    text = THINKING.sub("", reply)
    return text.split("<think>", 1)[0]


def marked(claim: Claim, numbers: dict[int, int]) -> str:
    """The claim with its markers, numbered 1..n by first citation as ``cite`` numbers them."""
    for index in claim.cited:
        numbers.setdefault(index, len(numbers) + 1)
    return f"{claim.text} {''.join(f'[{numbers[i]}]' for i in claim.cited)}"


def checked_answer(assistant: Assistant, extractive: Answer, reply: str) -> Answer:
    """The reply as an Answer whose every sentence is supported by the sources it cites."""
    message = assistant.abstain_message()
    if is_abstention(reply, message):
        return Answer(extractive.question, message, True, [], extractive.retrieved, "llm")
    passages = [item.passage for item in extractive.retrieved]
    claims, removed = check_claims(reply, passages)
    if not claims:
        log.warning("no sentence of the LLM reply is supported: %r", reply[:200])
        return replace(extractive, notice=UNCHECKED)
    text, sources = cite(assistant.view, claims, extractive.retrieved)
    notice = REMOVED.format(count=removed) if removed else ""
    return Answer(extractive.question, text, False, sources, extractive.retrieved, "llm", notice)


def is_abstention(reply: str, message: str) -> bool:
    said, wanted = normalise(reply), normalise(message)
    first = normalise((split_sentences(message) or [message])[0])
    return bool(said) and (wanted in said or said.startswith(first))


def check_claims(reply: str, passages: Sequence[Passage]) -> tuple[list[Claim], int]:
    """The supported sentences of the reply, and how many sentences were removed."""
    claims: list[Claim] = []
    sentences = answer_sentences(reply)
    for sentence in sentences:
        text = strip_markers(sentence.text).strip()
        valid = [n - 1 for n in dict.fromkeys(sentence.citations) if 1 <= n <= len(passages)]
        cited = supporting(text, valid, passages)
        if cited:
            claims.append(Claim(text, cited))
    return claims, len(sentences) - len(claims)


def supporting(text: str, valid: list[int], passages: Sequence[Passage]) -> tuple[int, ...]:
    """The cited passages that support the sentence alone, else all of them if they do together,
    else none (ALCE: a citation that adds nothing to a supported sentence is dropped)."""
    if not text or not valid:
        return ()
    alone = tuple(i for i in valid if supports(passages[i].text, text))
    if alone:
        return alone
    together = "\n".join(passages[i].text for i in valid)
    return tuple(valid) if supports(together, text) else ()


def cite(
    view: CorpusView, claims: list[Claim], retrieved: Sequence[Retrieved]
) -> tuple[str, list[Source]]:
    """Answer text with markers renumbered 1..n by first citation, and those n sources."""
    numbers: dict[int, int] = {}
    parts = [marked(claim, numbers) for claim in claims]
    sources = [
        make_source(
            number,
            retrieved[index],
            [quote(view, retrieved[index].passage, c.text) for c in claims if index in c.cited],
        )
        for index, number in numbers.items()
    ]
    return " ".join(parts), sources


def quote(view: CorpusView, passage: Passage, claim: str) -> Sentence:
    """The passage sentence that best supports the claim (the whole passage if it has none)."""
    sentences = [view.sentences[row] for row in view.sentences_of(passage)]
    if not sentences:
        return Sentence(
            sentence_id=passage.passage_id,
            article_id=passage.article_id,
            passage_id=passage.passage_id,
            position=0,
            start=passage.start,
            end=passage.end,
            text=passage.text,
        )
    wanted = set(content_terms(claim))
    return max(
        sentences,
        key=lambda s: (supports(s.text, claim), len(wanted & set(content_terms(s.text)))),
    )


def number_passages(passages: Sequence[Passage]) -> str:
    """The passages as the model sees them: "[n] outlet — "title" (date)" then the text."""
    blocks = []
    for number, passage in enumerate(passages, 1):
        title = f"“{passage.title}”" if passage.title else ""
        date = f"({passage.published})" if passage.published else ""
        heading = " ".join(part for part in (passage.outlet, "—", title, date) if part)
        blocks.append(f"[{number}] {heading.rstrip(' —')}\n{passage.text}")
    return "\n\n".join(blocks) or "(no sources)"


def conversation(history: History) -> str:
    """The latest turns as "User: ..." / "Assistant: ..." lines, markers removed."""
    lines = []
    for turn in list(history)[-HISTORY_TURNS:]:
        who = "User" if turn.get("role") == "user" else "Assistant"
        text = " ".join(strip_markers(str(turn.get("content", ""))).split())
        if text:
            lines.append(f"{who}: {text[:TURN_CHARS]}")
    return "\n".join(lines) or "(none)"


def condense(
    assistant: Assistant,
    question: str,
    history: History,
    model: BaseChatModel | None = None,
) -> str:
    """A follow-up rewritten as a standalone question by the LLM (prompts/condense.md); the
    question as asked when there is no history, no LLM, or the LLM fails."""
    settings = assistant.settings
    if not history:
        return question
    prompt = render(
        settings.prompts_dir, "condense", history=conversation(history), question=question
    )
    try:
        reply = ask(model or model_for(assistant), prompt, settings.llm_timeout)
    except LLMError as error:
        log.info("follow-up not condensed (%s); using it as asked", error)
        return question
    lines = [line for line in reply.splitlines() if line.strip()]
    standalone = lines[0].strip().strip("\"“”'") if lines else ""
    return standalone if 0 < len(standalone) <= settings.max_question_chars else question
