"""The whole chain as a LangChain Runnable: prepare -> answer -> pieces.

    chain = build_chain(assistant)
    chain.invoke("Which magazine ran Penn's piece?")                 # -> Answer
    chain.invoke({"question": "...", "history": [...], "outlets": ["The Hill"], "k": 4})
    chain.batch(["...", {"question": "..."}])                        # -> list[Answer]
    for chunk in chain.stream("..."):                                # str, str, ..., Answer
        ...

Input: a question string, or a dict with "question" and optionally "history" (chat turns
``{"role", "content"}``), "outlets", "date_from", "date_to", "k" and "generator"
("extractive" | "llm"); any other key is a TypeError.

``prepare`` checks the question (EmptyQuestionError, QuestionTooLongError) and, when the LLM
answers a follow-up, has it rewritten as a standalone question (prompts/condense.md; the
question as asked if that fails). ``answer`` retrieves and composes through
``Assistant.answer`` (the extractive answer, or the checked LLM answer with its fallback).
``pieces`` streams: the answer text in whitespace-led pieces, then the finished ``Answer`` as
the last chunk. The pieces come from the checked answer, so no unchecked model output reaches
a reader. ``invoke`` and ``batch`` return that last chunk, the Answer (LangChain keeps the
last chunk of a stream whose chunks cannot be added together). ``ainvoke``, ``abatch`` and
``astream`` work the same way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.records import Answer

if TYPE_CHECKING:
    from assistant.api import Assistant

OPTIONS = frozenset({"history", "outlets", "date_from", "date_to", "k", "generator"})


def build_chain(assistant: Assistant) -> Runnable[Any, Any]:
    """The chain over an assistant; see the module docstring for its input and output."""

    def prepare(request: str | Mapping[str, Any]) -> dict[str, Any]:
        return prepared(assistant, request)

    def answer(request: dict[str, Any]) -> Answer:
        return assistant.answer(**request)

    chain = (
        RunnableLambda(prepare, name="prepare")
        | RunnableLambda(answer, name="answer")
        | RunnableLambda(pieces, afunc=apieces, name="pieces")
    )
    return chain.with_config(run_name="assistant")


def prepared(assistant: Assistant, request: str | Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``Assistant.answer`` for one request."""
    if isinstance(request, str):
        request = {"question": request}
    if not isinstance(request, Mapping):
        raise TypeError(f"the chain takes a str or a dict, not {type(request).__name__}")
    unknown = set(request) - OPTIONS - {"question"}
    if unknown:
        raise TypeError(f"unknown chain input(s): {', '.join(sorted(unknown))}")
    question = assistant.check(request.get("question"))
    options = {key: request[key] for key in OPTIONS if request.get(key) is not None}
    history = list(options.get("history", []))
    if history and options.get("generator", assistant.settings.generator) == "llm":
        from assistant.llm import condense

        question = condense(assistant, question, history)
    return {"question": question, **options}


def pieces(answer: Answer) -> Iterator[str | Answer]:
    """The answer text in pieces (each but the first led by its space), then the Answer."""
    words = answer.text.split(" ") if answer.text else []
    for index, word in enumerate(words):
        yield word if index == 0 else " " + word
    yield answer


async def apieces(answer: Answer) -> AsyncIterator[str | Answer]:
    """``pieces`` for ``astream``; the steps before it run in LangChain's executor."""
    for chunk in pieces(answer):
        yield chunk
