"""The web chat without a browser: HTML helpers, escaping, friendly errors, and the /ask
endpoint through gradio_client against the app served on a free loopback port."""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant import web, web_handlers
from assistant import web_format as fmt
from assistant.api import Assistant
from assistant.config import Settings
from assistant.errors import ConfigError, IndexNotBuiltError, LLMError
from assistant.records import Answer, Article, Source

QUESTION = "Who did Sean Penn interview?"
XSS = '<script>window.__xss=1</script> and <img src=x onerror="window.__xss=2">'
EVIL = Article(
    article_id="evil",
    text=f"The council met on Tuesday.\nReaders pasted {XSS} into the form.",
    title="<b>Bold</b> title",
    outlet="Harbor <Gazette>",
    url="javascript:alert(1)",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def evil_source(number: int = 1) -> Source:
    start = EVIL.text.index("Readers")
    return Source(
        number, "evil", EVIL.outlet, EVIL.title, "", EVIL.url, EVIL.text, EVIL.text[start:],
        start, len(EVIL.text), 0, len(EVIL.text),
    )  # fmt: skip


def assert_inert(html: str) -> None:
    assert "<script" not in html and "<img" not in html and "<b>Bold" not in html
    assert "javascript:" not in html


# --- HTML helpers ---------------------------------------------------------------------------


def test_highlighted_marks_exactly_the_span_and_escapes_around_it() -> None:
    html = fmt.highlighted("a <b> cited sentence. After", 6, 21)
    assert html == 'a &lt;b&gt; <mark class="quote">cited sentence.</mark> After'
    assert fmt.highlighted("abc", 2, 99) == 'ab<mark class="quote">c</mark>'
    assert fmt.highlighted("abc", 3, 1) == "abc"  # empty or inverted: no mark


def test_markers_link_to_their_cards_and_unknown_markers_stay_text() -> None:
    html = fmt.cited_text_html("One <i>claim</i>. [1] Another. [7]", [evil_source()], "turn3")
    assert 'href="#turn3-source-1"' in html
    assert "[7]" in html and 'href="#turn3-source-7"' not in html
    assert "&lt;i&gt;claim&lt;/i&gt;" in html
    assert "Harbor &lt;Gazette&gt;" in html  # the hover tip names the outlet
    assert_inert(html)


def test_answer_html_links_every_marker_to_a_card_with_the_quote_marked(
    seed_assistant: Assistant,
) -> None:
    answer = seed_assistant.answer(QUESTION)
    assert not answer.abstained and answer.sources
    articles = {s.article_id: seed_assistant.article(s.article_id) for s in answer.sources}
    html = fmt.answer_html(answer, articles, "turn1")
    for source in answer.sources:
        assert f'href="#turn1-source-{source.number}"' in html
        assert f'id="turn1-source-{source.number}"' in html
        assert f'<span class="source-outlet">{fmt.escape(source.outlet)}</span>' in html
        article = articles[source.article_id].text
        quote = article[source.quote_start : source.quote_end]
        assert f'<mark class="quote">{fmt.text_html(quote)}</mark>' in html
    assert html.count('<details class="whole-article">') == len(answer.sources)
    assert "\n" not in html  # a raw newline could end the chatbot's HTML block


def test_article_text_is_escaped_everywhere_it_is_shown() -> None:
    answer = Answer("q", "Readers pasted markup. [1]", False, [evil_source()])
    card = fmt.answer_html(answer, {"evil": EVIL}, "turn1")
    page = fmt.article_html(EVIL)
    for html in (card, page):
        assert_inert(html)
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;" in html
    assert fmt.safe_url("https://example.org/a") == "https://example.org/a"
    assert fmt.safe_url("javascript:alert(1)") == "" and fmt.safe_url("data:text/html,x") == ""


def test_an_abstention_offers_the_closest_passages(seed_assistant: Assistant) -> None:
    answer = seed_assistant.answer("What is the boiling point of tungsten?")
    assert answer.abstained and answer.retrieved
    ids = fmt.cited_article_ids(answer)
    html = fmt.answer_html(answer, {i: seed_assistant.article(i) for i in ids}, "turn1")
    assert "abstained" in html and "You might look at" in html
    assert 'class="cite"' not in html
    assert html.count("closest-card") == min(fmt.CLOSEST, len(answer.retrieved))
    assert fmt.escape(answer.retrieved[0].passage.outlet) in html


def test_an_abstention_shows_its_notice(seed_assistant: Assistant) -> None:
    answer = seed_assistant.answer("What is the boiling point of tungsten?")
    noticed = replace(answer, notice="Ask again without the <filter>.")
    html = fmt.answer_html(noticed, {}, "turn1")
    assert '<p class="notice">Ask again without the &lt;filter&gt;.</p>' in html
    assert 'class="notice"' not in fmt.answer_html(answer, {}, "turn1")


def test_abstention_without_passages_is_just_the_message() -> None:
    html = fmt.answer_html(Answer("q", "I can't <say>.", True), {}, "turn1")
    assert "I can&#x27;t &lt;say&gt;." in html and "You might look at" not in html


def test_coverage_rows_and_status(seed_assistant: Assistant) -> None:
    articles = seed_assistant.articles()
    rows = fmt.coverage_rows(articles)
    assert len(rows) == len(articles) and len(rows[0]) == len(fmt.COVERAGE_HEADERS)
    for row, article in zip(rows, articles, strict=True):
        assert row[0] == article.outlet and row[-1] == article.article_id
        assert row[5] == len(article.text.split()) and len(row[4]) <= fmt.LEAD_CHARS + 1
    status = fmt.status_markdown(seed_assistant.status())
    assert f"**{len(articles)}** articles" in status and "all-MiniLM-L6-v2" in status


def test_very_long_questions_are_shortened_in_the_bubble() -> None:
    shown = fmt.question_text("<q>" + "x" * 3000)
    assert shown.startswith("&lt;q&gt;") and shown.endswith("…") and len(shown) < 600


# --- handlers and settings ------------------------------------------------------------------


def run(handlers: Any, question: str, history: list | None = None) -> list[tuple]:
    return list(handlers.respond(question, [], history or [], [], 6, None))


def last_message(steps: list[tuple]) -> str:
    chat, _history, _box = steps[-1]
    return str(chat[-1]["content"])


def test_the_answer_streams_then_arrives_cited(seed_assistant: Assistant) -> None:
    steps = run(web_handlers.Handlers(seed_assistant), QUESTION)
    assert len(steps) > 3  # the user's bubble, pieces of text, then the cited answer
    assert 'class="answer streaming"' in str(steps[1][0][-1]["content"])
    assert {box for _chat, _history, box in steps[:-1]} == {QUESTION}  # given back if it stops
    chat, history, box = steps[-1]
    assert [m["role"] for m in chat] == ["user", "assistant"] and box == ""
    assert 'class="cite"' in last_message(steps) and "source-card" in last_message(steps)
    assert history[0] == {"role": "user", "content": QUESTION}
    assert "[1]" in history[1]["content"] and "<" not in history[1]["content"]


def test_follow_ups_carry_the_conversation(seed_assistant: Assistant) -> None:
    handlers = web_handlers.Handlers(seed_assistant)
    first = run(handlers, QUESTION)[-1][1]
    chat, history, _ = run(handlers, "Did he regret it?", first)[-1]
    assert len(history) == 4 and history[2]["content"] == "Did he regret it?"
    assert 'href="#turn2-source-1"' in str(chat[-1]["content"])  # anchors unique per turn


@pytest.mark.parametrize(
    ("question", "expected", "given_back"),
    [
        ("", "The question is empty", ""),
        ("   ", "The question is empty", ""),
        ("x" * 2001, "the limit is 2,000", "x" * 2001),  # back in the box, to be shortened
    ],
)
def test_a_question_that_cannot_be_asked_gets_a_notice_not_bubbles(
    seed_assistant: Assistant, question: str, expected: str, given_back: str
) -> None:
    chat = [web_handlers.user_message(QUESTION), web_handlers.bot_message("an earlier answer")]
    history = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "x [1]"}]
    handlers = web_handlers.Handlers(seed_assistant)
    for _ in range(2):  # asking again adds nothing either
        with pytest.warns(UserWarning, match=expected):
            steps = list(handlers.respond(question, chat, history, [], 6, None))
        assert steps == [(chat, history, given_back)]


def test_an_empty_corpus_gets_a_message_not_a_traceback(make_corpus, embeddings) -> None:
    handlers = web_handlers.Handlers(Assistant(make_corpus({}), embeddings=embeddings))
    message = last_message(run(handlers, QUESTION))
    assert 'class="answer error"' in message and "Traceback" not in message
    _dropdown, status, rows = handlers.load_page()
    assert status.startswith("⚠️") and rows == []


class FailingAssistant:
    """Stands in for the Assistant only to make it fail; the part under test is the handler."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def check(self, question: str) -> str:
        return question

    def stream(self, *args: Any, **kwargs: Any) -> Iterator[str]:
        raise self.error


def test_a_missing_index_an_llm_failure_and_a_bug_become_chat_messages() -> None:
    missing = web_handlers.Handlers(FailingAssistant(IndexNotBuiltError("No index: run ingest.")))
    steps = run(missing, QUESTION)
    assert "No index: run ingest." in last_message(steps)
    assert steps[-1][2] == QUESTION  # given back to the box, to ask again
    failing = web_handlers.Handlers(FailingAssistant(LLMError("The LLM timed out after 30 s.")))
    assert "The LLM timed out after 30 s." in last_message(run(failing, QUESTION))
    buggy = web_handlers.Handlers(FailingAssistant(RuntimeError("secret internals")))
    message = last_message(run(buggy, QUESTION))
    assert "Something went wrong" in message and "secret internals" not in message


def test_an_llm_fallback_notice_is_shown(seed_settings: Settings, embeddings) -> None:
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

    def replies() -> Iterator[str]:
        raise TimeoutError("no reply")
        yield ""

    settings = seed_settings.model_copy(update={"llm_model": "fake"})
    assistant = Assistant(settings, embeddings=embeddings)
    assistant.chat_model = GenericFakeChatModel(messages=replies())  # type: ignore[attr-defined]
    steps = list(web_handlers.Handlers(assistant).respond(QUESTION, [], [], [], 6, "llm"))
    assert 'class="notice"' in last_message(steps) and "LLM" in last_message(steps)
    assert 'class="cite"' in last_message(steps)


def test_the_answerer_choice_shows_only_when_an_llm_is_configured(seed_settings: Settings) -> None:
    def answerer_visible(settings: Settings) -> bool:
        demo = web.build_app(Assistant(settings))  # building reads nothing: no model, no index
        radios = [b for b in demo.blocks.values() if getattr(b, "label", None) == "Answerer"]
        return bool(radios[0].visible)

    assert not answerer_visible(seed_settings)
    assert answerer_visible(seed_settings.model_copy(update={"llm_model": "some-model"}))


def test_app_refuses_a_bad_login_setting_before_loading_anything() -> None:
    import subprocess
    import sys

    app = Path(__file__).resolve().parent.parent / "app.py"
    env = {**os.environ, "ASSISTANT_AUTH": "no-colon"}
    done = subprocess.run(
        [sys.executable, str(app), "--port", str(free_port())],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "ASSISTANT_AUTH must look like user:password" in done.stderr
    assert "Traceback" not in done.stderr and "loading embedding model" not in done.stderr


def test_app_reports_a_bad_port_in_one_line() -> None:
    import subprocess
    import sys

    app = Path(__file__).resolve().parent.parent / "app.py"
    done = subprocess.run(
        [sys.executable, str(app), "--port", "99999"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: invalid settings: port: Input should be less than 65536")
    done = subprocess.run(
        [sys.executable, str(app), "--port", "abc"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: argument --port: invalid int value: 'abc'")


def test_app_says_where_it_serves_and_stops_quietly_on_ctrl_c(
    seed_assistant: Assistant, tmp_path: Path
) -> None:
    """One line of ours with the address; not Gradio's hint to make a public link, which this
    app never makes. Ctrl-C ends it with one line of ours too, not Gradio's, and exit code 0."""
    import subprocess
    import sys
    import time

    app = Path(__file__).resolve().parent.parent / "app.py"
    port = free_port()
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(seed_assistant.settings.index_dir),
        "ASSISTANT_SEEDS_DIR": str(seed_assistant.settings.seeds_dir),
    }
    # Ctrl-C as a terminal delivers it, even when this run was started with SIGINT ignored (a
    # background job): an ignored SIGINT would be inherited, and Python would keep ignoring it.
    errors = tmp_path / "stderr.txt"
    server = subprocess.Popen(
        [sys.executable, str(app), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=errors.open("w"), text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        assert server.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            lines.append(server.stdout.readline())
            if f"127.0.0.1:{port}" in lines[-1]:
                break
        server.send_signal(signal.SIGINT)
        rest, _ = server.communicate(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    printed = "".join(lines) + rest
    assert next(line for line in printed.splitlines() if line.strip()) == (
        f"The chat is served at http://127.0.0.1:{port}/ (Ctrl-C stops it)."
    )
    assert "share" not in printed and "Running on local URL" not in printed
    assert printed.strip().splitlines()[-1] == "Stopped."
    assert "Keyboard interruption" not in printed
    assert server.returncode == 0, errors.read_text()[-2000:]


def test_ctrl_c_closes_the_server_and_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C while serving closes the whole app (queue and server), quietly, and returns."""
    import app

    class Served:
        def __init__(self) -> None:
            self.checks = 0
            self.closed: list[bool] = []

        @property
        def is_running(self) -> bool:
            self.checks += 1
            if self.checks == 3:
                raise KeyboardInterrupt  # Ctrl-C while the main thread waits
            return True

        def close(self, verbose: bool = True) -> None:
            self.closed.append(verbose)

    served = Served()
    app.serve_until_stopped(served, "http://127.0.0.1:7860/")  # type: ignore[arg-type]
    assert served.closed == [False]
    assert capsys.readouterr().out == (
        "The chat is served at http://127.0.0.1:7860/ (Ctrl-C stops it).\nStopped.\n"
    )


def test_auth_is_parsed_or_refused() -> None:
    assert web.parse_auth("") is None
    assert web.parse_auth("ann:s3cret:x") == ("ann", "s3cret:x")
    for bad in ("ann", ":pw", "ann:"):
        with pytest.raises(ConfigError):
            web.parse_auth(bad)


# --- the /ask endpoint, served ----------------------------------------------------------------


def serve(assistant: Assistant, **overrides: Any) -> tuple[Any, str]:
    settings = assistant.settings.model_copy(update={"port": free_port(), **overrides})
    demo = web.build_app(assistant)
    _app, url, _ = web.launch(demo, settings, prevent_thread_lock=True, quiet=True)
    return demo, url


@pytest.fixture(scope="module")
def served(seed_assistant: Assistant) -> Iterator[str]:
    demo, url = serve(seed_assistant)
    yield url
    demo.close()


def test_ask_returns_the_answer_dict(served: str, seed_assistant: Assistant) -> None:
    from gradio_client import Client

    assert served.startswith("http://127.0.0.1:")
    result = Client(served, verbose=False).predict(QUESTION, api_name="/ask")
    assert result == seed_assistant.answer(QUESTION).to_dict()
    assert "[1]" in result["text"] and result["sources"][0]["outlet"]


def test_ask_takes_history_and_outlets(served: str, seed_assistant: Assistant) -> None:
    from gradio_client import Client

    client = Client(served, verbose=False)
    history = [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "x [1]"}]
    result = client.predict("Did he regret it?", history, api_name="/ask")
    assert result == seed_assistant.answer("Did he regret it?", history).to_dict()
    outlet = seed_assistant.outlets()[0]
    only = client.predict(QUESTION, outlets=[outlet], api_name="/ask")
    assert {s["outlet"] for s in only["sources"]} <= {outlet}


def test_ask_refuses_bad_questions_with_the_friendly_message(served: str) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(served, verbose=False)
    with pytest.raises(AppError, match="The question is empty"):
        client.predict("  ", api_name="/ask")
    with pytest.raises(AppError, match="the limit is 2,000"):
        client.predict("x" * 2001, api_name="/ask")
    with pytest.raises(AppError, match="No articles from the outlet 'Daily Planet'"):
        client.predict(QUESTION, outlets=["Daily Planet"], api_name="/ask")
    with pytest.raises(AppError, match="history must be a list"):
        client.predict(QUESTION, "hello", api_name="/ask")


def test_the_login_guards_the_api(seed_assistant: Assistant) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    demo, url = serve(seed_assistant, auth="ann:s3cret")
    try:
        with pytest.raises(AuthenticationError):
            Client(url, verbose=False)
        with pytest.raises(ValueError, match="Could not login"):
            Client(url, auth=("ann", "wrong"), verbose=False)
        client = Client(url, auth=("ann", "s3cret"), verbose=False)
        assert "[1]" in client.predict(QUESTION, api_name="/ask")["text"]
    finally:
        demo.close()
