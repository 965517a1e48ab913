"""The optional LLM answerer: numbered passages in, a cited reply out, every sentence checked.

The model sees the retrieved passages numbered [1]..[n] under the rules of prompts/answer.md.
Its reply is trusted only as far as those passages support it (``llm_checks``). When nothing
checked remains, or the model fails or times out, the caller gets the extractive answer with a
notice saying why. ``llm_stream`` does the same while the model writes: each sentence is checked
once the next one has begun, and only checked sentences are passed on. ``condense`` rewrites a
follow-up as a standalone question.

A model can be injected for tests or embedding: ``llm_answer(..., model=...)``, or an
``assistant.chat_model`` attribute; otherwise ``llm_client`` builds one from the settings.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from langchain_core.messages import HumanMessage

from assistant.errors import LLMError
from assistant.llm_checks import check_claims, checked_answer, marked
from assistant.llm_client import THINKING, ask, describe, model_for
from assistant.metrics import answer_sentences
from assistant.prompts import render
from assistant.records import Answer, Passage
from assistant.text import strip_markers

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.api import Assistant, History

log = logging.getLogger(__name__)

UNAVAILABLE = "The LLM was unavailable ({reason}); this is the extractive answer."
HISTORY_TURNS = 6
TURN_CHARS = 400


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
