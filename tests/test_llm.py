"""The optional LLM answerer: citation checks with fake chat models, then the real ChatOpenAI
client end to end against a small OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.api import Assistant
from assistant.config import Settings
from assistant.errors import LLMError, PromptError
from assistant.llm import condense, llm_answer, llm_stream, number_passages
from assistant.llm_client import chat_model
from assistant.prompts import render, required_variables
from assistant.records import Answer
from assistant.text import split_sentences

pytestmark = pytest.mark.llm

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
# Two articles written for these tests only: the citation checks never lean on the seeds.
TRIBUNE = """Inmate Escapes Through Tunnel Under Laundry
Inmate Viktor Hale crawled through a hole behind the laundry dryers into a tunnel, where a bicycle was waiting for him.
Guards found the empty cell at the morning count on Sunday.
The warden said the tunnel must have taken months to dig.
"""
POST = """Podcaster Spoke With Escaped Inmate
Podcast host Lena Brook interviewed the escaped inmate as he evaded capture.
She said the conversation lasted two hours and took place in a barn.
Police searched the barn a week later and found it empty.
"""
CATALOG = """
["tribune.txt"]
outlet = "Northgate Tribune"
published = "2025-03-02"
["post.txt"]
outlet = "Lakeside Post"
published = "2025-03-05"
"""
QUESTION = "How did the inmate escape from prison?"
TUNNEL = "Viktor Hale crawled through a hole behind the laundry dryers into a tunnel."
INTERVIEW = "Podcast host Lena Brook interviewed the escaped inmate as he evaded capture."
PARIS = "Hale escaped by helicopter from a rooftop in Paris."  # no passage says this


def fake(*replies: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter(replies))


def failing(error: Exception) -> GenericFakeChatModel:
    def replies() -> Iterator[str]:
        raise error
        yield ""  # a generator that fails on its first reply

    return GenericFakeChatModel(messages=replies())


def number_of(answer: Answer, phrase: str) -> int:
    """The 1-based number of the first retrieved passage holding the phrase."""
    for number, item in enumerate(answer.retrieved, 1):
        if phrase in item.passage.text:
            return number
    raise AssertionError(f"no retrieved passage holds {phrase!r}")


@pytest.fixture(scope="module")
def corpus_settings(indexed: Any) -> Settings:
    """An index over TRIBUNE and POST, built once for this module."""
    return indexed({"tribune.txt": TRIBUNE, "post.txt": POST, "catalog.toml": CATALOG})


@pytest.fixture(scope="module")
def corpus(corpus_settings: Settings, embeddings: Any) -> Assistant:
    return Assistant(corpus_settings, embeddings=embeddings).load()


@pytest.fixture(scope="module")
def extractive(corpus: Assistant) -> Answer:
    answer = corpus.answer(QUESTION, generator="extractive")
    assert not answer.abstained
    return answer


@pytest.fixture(scope="module")
def marks(extractive: Answer) -> tuple[int, int]:
    """The numbers of the retrieved passages that hold TUNNEL and INTERVIEW."""
    return number_of(extractive, "laundry dryers"), number_of(extractive, "evaded capture")


# --- the citation checks, with fake chat models --------------------------------------------


def test_a_supported_cited_reply_is_kept_renumbered_with_sources_from_the_store(
    corpus: Assistant, extractive: Answer, marks: tuple[int, int]
) -> None:
    tunnel, interview = marks
    assert tunnel != interview
    reply = f"{INTERVIEW} [{interview}] {TUNNEL} [{tunnel}]"

    answer = llm_answer(corpus, extractive, [], model=fake(reply))

    assert answer.generator == "llm" and not answer.abstained and answer.notice == ""
    assert answer.text == f"{INTERVIEW} [1] {TUNNEL} [2]"
    assert [s.number for s in answer.sources] == [1, 2]
    assert answer.sources[0].text == extractive.retrieved[interview - 1].passage.text
    assert answer.sources[1].text == extractive.retrieved[tunnel - 1].passage.text
    assert "bicycle was waiting" in answer.sources[1].quote
    assert answer.retrieved == extractive.retrieved


def test_out_of_range_markers_are_dropped(corpus: Assistant, extractive: Answer) -> None:
    tunnel = number_of(extractive, "laundry dryers")
    reply = f"{TUNNEL} [{tunnel}][99] {INTERVIEW} [0]"

    answer = llm_answer(corpus, extractive, [], model=fake(reply))

    assert answer.text == f"{TUNNEL} [1]"
    assert len(answer.sources) == 1
    assert "1 sentence(s)" in answer.notice


def test_unsupported_and_unmarked_sentences_are_removed(
    corpus: Assistant, extractive: Answer, marks: tuple[int, int]
) -> None:
    tunnel, interview = marks
    reply = (
        f"{TUNNEL} [{tunnel}] {PARIS} [{tunnel}] {INTERVIEW} [{tunnel}] {INTERVIEW} Brook met him "
        "in a barn."
    )

    answer = llm_answer(corpus, extractive, [], model=fake(reply))

    assert answer.text == f"{TUNNEL} [1]"
    assert "Paris" not in answer.text and "Brook" not in answer.text
    assert [s.text for s in answer.sources] == [extractive.retrieved[tunnel - 1].passage.text]
    assert interview != tunnel
    assert "4 sentence(s)" in answer.notice


def test_a_reply_with_nothing_supported_falls_back_to_the_extractive_answer(
    corpus: Assistant, extractive: Answer
) -> None:
    reply = f"{PARIS} [1]"

    answer = llm_answer(corpus, extractive, [], model=fake(reply))

    assert (answer.text, answer.sources, answer.generator) == (
        extractive.text,
        extractive.sources,
        "extractive",
    )
    assert "could not be checked" in answer.notice


def test_the_abstain_message_is_honoured(corpus: Assistant, extractive: Answer) -> None:
    message = corpus.abstain_message()

    answer = llm_answer(corpus, extractive, [], model=fake(message))

    assert answer.abstained and answer.text == message
    assert answer.sources == [] and answer.generator == "llm"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (ConnectionError("connection refused"), "ConnectionError: connection refused"),
        (TimeoutError("read timed out"), "it timed out after 30 s"),
        (RuntimeError(""), "RuntimeError"),
    ],
)
def test_a_failing_model_falls_back_with_a_notice(
    corpus: Assistant, extractive: Answer, error: Exception, reason: str
) -> None:
    answer = llm_answer(corpus, extractive, [], model=failing(error))

    assert answer.text == extractive.text and answer.sources == extractive.sources
    assert answer.generator == "extractive"
    assert answer.notice == f"The LLM was unavailable ({reason}); this is the extractive answer."


class Counting(GenericFakeChatModel):
    """A fake chat model that counts the chunks it has streamed so far."""

    sent: int = 0

    def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        for chunk in super()._stream(*args, **kwargs):
            self.sent += 1
            yield chunk


def test_checked_sentences_stream_as_the_model_writes_them(
    corpus: Assistant, extractive: Answer, marks: tuple[int, int]
) -> None:
    tunnel, interview = marks
    reply = (
        f"<think>Which source? Maybe [{tunnel}].</think>{TUNNEL} [{tunnel}] {PARIS} [{tunnel}] "
        f"{INTERVIEW} [{interview}]"
    )
    model = Counting(messages=iter([reply]))

    pieces, sent_at_first = [], None
    for piece in llm_stream(corpus, extractive, [], model=model):
        if isinstance(piece, str) and sent_at_first is None:
            sent_at_first = model.sent
        pieces.append(piece)

    answer = pieces[-1]
    assert isinstance(answer, Answer) and answer.generator == "llm"
    assert answer.text == f"{TUNNEL} [1] {INTERVIEW} [2]"
    assert "".join(p for p in pieces if isinstance(p, str)) == answer.text
    assert not any("Paris" in p or "Which source" in p for p in pieces if isinstance(p, str))
    assert sent_at_first is not None and sent_at_first < model.sent  # before the reply ended
    assert "1 sentence(s)" in answer.notice


def test_a_model_failing_while_streaming_gives_the_extractive_answer(
    corpus: Assistant, extractive: Answer
) -> None:
    pieces = list(llm_stream(corpus, extractive, [], model=failing(ConnectionError("x"))))

    assert len(pieces) == 1 and isinstance(pieces[0], Answer)
    assert pieces[0].text == extractive.text
    assert pieces[0].notice == (
        "The LLM was unavailable (ConnectionError: x); this is the extractive answer."
    )


def test_the_assistant_streams_the_llm_answer_when_asked(
    corpus: Assistant, extractive: Answer, monkeypatch: pytest.MonkeyPatch
) -> None:
    tunnel = number_of(extractive, "laundry dryers")
    monkeypatch.setattr(corpus, "chat_model", fake(f"{TUNNEL} [{tunnel}]"), raising=False)

    pieces = list(corpus.stream(QUESTION, generator="llm"))

    assert pieces[-1].generator == "llm"
    assert "".join(p for p in pieces[:-1] if isinstance(p, str)) == f"{TUNNEL} [1]"


def test_no_configured_model_falls_back_with_a_notice(
    corpus: Assistant, extractive: Answer
) -> None:
    assert not corpus.settings.llm_configured

    answer = llm_answer(corpus, extractive, [])

    assert answer.text == extractive.text
    assert "no LLM model is configured" in answer.notice


def test_condense_rewrites_a_followup_and_keeps_the_question_otherwise(
    corpus: Assistant,
) -> None:
    history = [
        {"role": "user", "content": "Who interviewed the escaped inmate?"},
        {"role": "assistant", "content": "Lena Brook interviewed him. [1]"},
    ]
    standalone = "What did Lena Brook say about the interview?"

    assert condense(corpus, "What did he say?", history, fake(f'"{standalone}"\n')) == (standalone)
    assert condense(corpus, "What did he say?", [], fake("unused")) == "What did he say?"
    failed = condense(corpus, "What did he say?", history, failing(ConnectionError()))
    assert failed == "What did he say?"


# --- prompts and the model factory ------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(PROMPTS.iterdir()), ids=lambda p: p.name)
def test_every_prompt_template_renders_with_its_variables(path: Path) -> None:
    name = path.stem
    template = path.read_text(encoding="utf-8")
    values = {variable: f"<{variable}>" for variable in required_variables(template)}

    text = render(PROMPTS, name, **values)

    assert all(value in text for value in values.values())
    assert not re.search(r"\{\w+\}", text)
    if values:
        with pytest.raises(PromptError):
            render(PROMPTS, name, **dict(list(values.items())[1:]))


def test_the_answer_prompt_asks_for_the_variables_the_answerer_fills() -> None:
    template = (PROMPTS / "answer.md").read_text(encoding="utf-8")
    wanted = {"sources", "history", "question", "abstain_message", "max_words"}
    assert required_variables(template) == wanted
    assert required_variables((PROMPTS / "condense.md").read_text(encoding="utf-8")) == {
        "history",
        "question",
    }


def test_numbered_passages_carry_outlet_title_and_text(extractive: Answer) -> None:
    passages = [item.passage for item in extractive.retrieved]

    text = number_passages(passages)

    for number, passage in enumerate(passages, 1):
        assert f"[{number}] {passage.outlet}" in text
        assert passage.text in text
    assert f"“{passages[0].title}”" in text or not passages[0].title


def test_chat_model_builds_the_configured_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from langchain_ollama import ChatOllama
    from langchain_openai import ChatOpenAI

    monkeypatch.setenv("TEST_LLM_KEY", "sk-test")
    openai = chat_model(
        Settings(llm_model="m", llm_base_url="http://h:1/v1", llm_api_key_env="TEST_LLM_KEY")
    )
    assert isinstance(openai, ChatOpenAI)
    assert (openai.model_name, openai.openai_api_base, openai.max_retries) == (
        "m",
        "http://h:1/v1",
        0,
    )
    assert openai.openai_api_key is not None
    assert openai.openai_api_key.get_secret_value() == "sk-test"
    ollama = chat_model(
        Settings(llm_provider="ollama", llm_model="m", llm_base_url="http://h:11434")
    )
    assert isinstance(ollama, ChatOllama) and ollama.base_url == "http://h:11434"
    with pytest.raises(LLMError):
        chat_model(Settings(llm_model=""))


# --- the real ChatOpenAI client against an OpenAI-compatible server on 127.0.0.1 --------------


class CompletionsHandler(BaseHTTPRequestHandler):
    """POST .../chat/completions: cites source [1]'s first sentence, adds an unsupported one.
    Paths under /slow/ answer after SLOW seconds."""

    requests: ClassVar[list[dict[str, Any]]] = []
    SLOW: ClassVar[float] = 3.0

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append({"path": self.path, "auth": self.headers["Authorization"], **body})
        if self.path.startswith("/slow/"):
            time.sleep(self.SLOW)
        content = completion(body["messages"][-1]["content"])
        streamed = bool(body.get("stream"))
        data = events(content) if streamed else json.dumps(content).encode()
        try:
            self.send_response(200)
            self.send_header(
                "Content-Type", "text/event-stream" if streamed else "application/json"
            )
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def completion(prompt: str) -> dict[str, Any]:
    first = re.search(r"^\[1\] .*\n(.+)$", prompt, re.MULTILINE)
    sentence = split_sentences(first.group(1))[0] if first else "Nothing."
    reply = f"{sentence} [1] The moon is made of green cheese. [1]"
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "test",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def events(content: dict[str, Any]) -> bytes:
    """The completion as server-sent events, a chunk per word, as streaming servers send it."""
    words = re.findall(r"\S+\s*", content["choices"][0]["message"]["content"])
    lines = []
    for word in words:
        delta = {"index": 0, "delta": {"content": word}, "finish_reason": None}
        chunk = {**content, "object": "chat.completion.chunk", "choices": [delta]}
        lines.append(f"data: {json.dumps(chunk)}\n\n")
    return ("".join(lines) + "data: [DONE]\n\n").encode()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), CompletionsHandler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def llm_assistant(corpus_settings: Settings, embeddings: Any, **llm: Any) -> Assistant:
    settings = Settings(
        index_dir=corpus_settings.index_dir,
        seeds_dir=corpus_settings.seeds_dir,
        generator="llm",
        llm_model="test",
        **llm,
    )
    return Assistant(settings, embeddings=embeddings)


def test_an_openai_compatible_server_answers_end_to_end(
    server: str, corpus_settings: Settings, embeddings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEST_LLM_KEY", raising=False)
    assistant = llm_assistant(
        corpus_settings, embeddings, llm_base_url=f"{server}/v1", llm_api_key_env="TEST_LLM_KEY"
    )
    CompletionsHandler.requests.clear()

    answer = assistant.answer(QUESTION)

    request = CompletionsHandler.requests[-1]
    assert request["path"] == "/v1/chat/completions" and request["model"] == "test"
    assert request["auth"] == "Bearer not-needed"
    prompt = request["messages"][-1]["content"]
    assert f"Question: {QUESTION}" in prompt and "[1] " in prompt
    first = answer.retrieved[0].passage
    assert answer.generator == "llm" and not answer.abstained
    assert answer.text == f"{split_sentences(first.text)[0]} [1]"
    assert "cheese" not in answer.text and "1 sentence(s)" in answer.notice
    assert [s.text for s in answer.sources] == [first.text]


def test_an_openai_compatible_server_streams_checked_sentences(
    server: str, corpus_settings: Settings, embeddings: Any
) -> None:
    assistant = llm_assistant(corpus_settings, embeddings, llm_base_url=f"{server}/v1")
    CompletionsHandler.requests.clear()

    pieces = list(assistant.stream(QUESTION))

    assert CompletionsHandler.requests[-1]["stream"] is True
    answer = pieces[-1]
    assert isinstance(answer, Answer) and answer.generator == "llm"
    assert answer.text == f"{split_sentences(answer.retrieved[0].passage.text)[0]} [1]"
    assert "".join(p for p in pieces[:-1] if isinstance(p, str)) == answer.text


def test_a_slow_server_times_out_to_the_extractive_answer(
    server: str, corpus_settings: Settings, embeddings: Any
) -> None:
    slow = llm_assistant(
        corpus_settings, embeddings, llm_base_url=f"{server}/slow/v1", llm_timeout=0.5
    )

    started = time.monotonic()
    answer = slow.answer(QUESTION)

    assert time.monotonic() - started < CompletionsHandler.SLOW
    assert answer.generator == "extractive" and answer.sources
    assert answer.notice == (
        "The LLM was unavailable (it timed out after 0.5 s); this is the extractive answer."
    )
    assert answer.text == slow.answer(QUESTION, generator="extractive").text


def test_an_unreachable_server_falls_back_to_the_extractive_answer(
    corpus_settings: Settings, embeddings: Any
) -> None:
    assistant = llm_assistant(corpus_settings, embeddings, llm_base_url="http://127.0.0.1:9/v1")

    answer = assistant.answer(QUESTION)

    assert answer.generator == "extractive" and not answer.abstained
    assert answer.notice.startswith("The LLM was unavailable (")
    assert "Connection" in answer.notice


def test_the_same_failure_is_warned_about_once(
    corpus: Assistant, extractive: Answer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("WARNING", logger="assistant.llm"):
        answers = [
            llm_answer(corpus, extractive, [], model=failing(ConnectionError("refused on port 9")))
            for _ in range(3)
        ]
    assert all(a.notice.startswith("The LLM was unavailable (") for a in answers)
    warned = [r for r in caplog.records if "refused on port 9" in r.getMessage()]
    assert len(warned) == 1
