"""The whole chain as a LangChain Runnable: invoke, batch and stream over the seed index."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.runnables import Runnable

from assistant.api import Assistant
from assistant.chain import build_chain
from assistant.errors import EmptyQuestionError
from assistant.records import Answer

MAGAZINE = "Where was Penn's story published?"
ESCAPE = "How did Guzmán escape from prison?"


@pytest.fixture(scope="module")
def chain(seed_assistant: Assistant) -> Runnable:
    return build_chain(seed_assistant)


def test_invoke_answers_a_question_with_cited_sources(chain: Runnable) -> None:
    answer = chain.invoke(MAGAZINE)

    assert isinstance(answer, Answer) and not answer.abstained
    assert "Rolling Stone" in answer.text and "[1]" in answer.text
    assert any("Rolling Stone" in source.quote for source in answer.sources)


def test_invoke_takes_a_dict_with_filters_and_k(chain: Runnable) -> None:
    answer = chain.invoke({"question": ESCAPE, "outlets": ["The Hill"], "k": 2})

    assert not answer.abstained
    assert {item.passage.outlet for item in answer.retrieved} == {"The Hill"}
    assert len(answer.retrieved) <= 2
    assert "tunnel" in answer.text


def test_batch_answers_each_question_in_order(chain: Runnable) -> None:
    answers = chain.batch([MAGAZINE, {"question": ESCAPE}])

    assert [a.question for a in answers] == [MAGAZINE, ESCAPE]
    assert all(isinstance(a, Answer) and a.sources for a in answers)


def test_stream_yields_text_pieces_then_the_answer(chain: Runnable) -> None:
    chunks = list(chain.stream(MAGAZINE))

    *pieces, answer = chunks
    assert isinstance(answer, Answer)
    assert len(pieces) > 1 and all(isinstance(piece, str) for piece in pieces)
    assert "".join(pieces) == answer.text == chain.invoke(MAGAZINE).text


def test_the_async_methods_match_the_sync_ones(chain: Runnable) -> None:
    async def run() -> tuple[Answer, list[str | Answer]]:
        return await chain.ainvoke(MAGAZINE), [chunk async for chunk in chain.astream(MAGAZINE)]

    answer, chunks = asyncio.run(run())

    assert isinstance(answer, Answer) and chunks[-1] == answer
    assert "".join(str(piece) for piece in chunks[:-1]) == answer.text


def test_bad_input_raises_typed_errors(chain: Runnable) -> None:
    with pytest.raises(EmptyQuestionError):
        chain.invoke("   ")
    with pytest.raises(TypeError):
        chain.invoke({"question": MAGAZINE, "temperature": 0})
    with pytest.raises(TypeError):
        chain.invoke(42)


def test_an_llm_followup_is_condensed_before_retrieval(
    seed_assistant: Assistant, chain: Runnable, monkeypatch: pytest.MonkeyPatch
) -> None:
    standalone = "How did Joaquín Guzmán escape from prison?"
    model = GenericFakeChatModel(messages=iter([standalone, seed_assistant.abstain_message()]))
    monkeypatch.setattr(seed_assistant, "chat_model", model, raising=False)
    history = [
        {"role": "user", "content": "Who is El Chapo?"},
        {"role": "assistant", "content": "Joaquín Guzmán heads the Sinaloa cartel. [1]"},
    ]

    answer = chain.invoke(
        {"question": "And how did he get out?", "history": history, "generator": "llm"}
    )

    assert answer.question == standalone
    assert answer.generator == "llm" and answer.abstained
