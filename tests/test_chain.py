"""The whole chain as a LangChain Runnable: invoke, batch and stream over two articles written
for these tests."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.runnables import Runnable

from assistant.api import Assistant
from assistant.chain import build_chain
from assistant.errors import EmptyQuestionError
from assistant.records import Answer

PRESS = """Orchard Festival Draws Record Crowd
The Millbrook orchard festival drew a record crowd of 9,000 visitors on Saturday.
The festival's cider contest was won by a local farmer, Agnes Holt.
Organisers said the proceeds will pay for a new roof on the village hall.
"""
ECHO = """Storm Cuts Festival Short
A late storm forced the Millbrook orchard festival to close two hours early.
Volunteers carried the stalls into the village hall, whose roof leaked in the rain.
"""
CATALOG = """
["press.txt"]
outlet = "Millbrook Press"
published = "2025-09-14"
["echo.txt"]
outlet = "County Echo"
published = "2025-09-15"
"""
CONTEST = "Who won the cider contest at the festival?"
STORM = "Why did the festival close early?"


@pytest.fixture(scope="module")
def corpus(indexed: Any, embeddings: Any) -> Assistant:
    settings = indexed({"press.txt": PRESS, "echo.txt": ECHO, "catalog.toml": CATALOG})
    return Assistant(settings, embeddings=embeddings).load()


@pytest.fixture(scope="module")
def chain(corpus: Assistant) -> Runnable:
    return build_chain(corpus)


def test_invoke_answers_a_question_with_cited_sources(chain: Runnable) -> None:
    answer = chain.invoke(CONTEST)

    assert isinstance(answer, Answer) and not answer.abstained
    assert "Agnes Holt" in answer.text and "[1]" in answer.text
    assert any("Agnes Holt" in source.quote for source in answer.sources)


def test_invoke_takes_a_dict_with_filters_and_k(chain: Runnable) -> None:
    answer = chain.invoke({"question": STORM, "outlets": ["County Echo"], "k": 1})

    assert not answer.abstained
    assert {item.passage.outlet for item in answer.retrieved} == {"County Echo"}
    assert len(answer.retrieved) == 1
    assert "storm" in answer.text


def test_batch_answers_each_question_in_order(chain: Runnable) -> None:
    answers = chain.batch([CONTEST, {"question": STORM}])

    assert [a.question for a in answers] == [CONTEST, STORM]
    assert all(isinstance(a, Answer) and a.sources for a in answers)


def test_stream_yields_text_pieces_then_the_answer(chain: Runnable) -> None:
    chunks = list(chain.stream(CONTEST))

    *pieces, answer = chunks
    assert isinstance(answer, Answer)
    assert len(pieces) > 1 and all(isinstance(piece, str) for piece in pieces)
    assert "".join(pieces) == answer.text == chain.invoke(CONTEST).text


def test_the_async_methods_match_the_sync_ones(chain: Runnable) -> None:
    async def run() -> tuple[Answer, list[str | Answer]]:
        return await chain.ainvoke(CONTEST), [chunk async for chunk in chain.astream(CONTEST)]

    answer, chunks = asyncio.run(run())

    assert isinstance(answer, Answer) and chunks[-1] == answer
    assert "".join(str(piece) for piece in chunks[:-1]) == answer.text


def test_bad_input_raises_typed_errors(chain: Runnable) -> None:
    with pytest.raises(EmptyQuestionError):
        chain.invoke("   ")
    with pytest.raises(TypeError):
        chain.invoke({"question": CONTEST, "temperature": 0})
    with pytest.raises(TypeError):
        chain.invoke(42)


def test_an_llm_followup_is_condensed_before_retrieval(
    corpus: Assistant, chain: Runnable, monkeypatch: pytest.MonkeyPatch
) -> None:
    standalone = "Why did the Millbrook festival close early?"
    model = GenericFakeChatModel(messages=iter([standalone, corpus.abstain_message()]))
    monkeypatch.setattr(corpus, "chat_model", model, raising=False)
    history = [
        {"role": "user", "content": "What happened at the Millbrook festival?"},
        {"role": "assistant", "content": "It drew a record crowd of 9,000 visitors. [1]"},
    ]

    answer = chain.invoke(
        {"question": "And why did it end early?", "history": history, "generator": "llm"}
    )

    assert answer.question == standalone
    assert answer.generator == "llm" and answer.abstained
