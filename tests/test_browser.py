"""The web chat in a real Chromium (Playwright): ask, read the cited answer, click a citation,
follow up, browse the Coverage tab (also on a phone-sized screen), and check that markup inside an
article stays inert text.

Screenshots go to tests/artifacts/. With ASSISTANT_UPDATE_SCREENSHOT=1 the chat screenshot is
also copied to docs/screenshot.png. Without Chromium the test is skipped, except under CI=true,
where it fails.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.api import Assistant
from assistant.ingest import ingest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
QUESTION = "Who did Sean Penn interview?"
FOLLOW_UP = "Did he regret it?"
MARKUP_QUESTION = "What markup did readers paste into the comment form?"
SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=2">'
XSS_ARTICLE = f"""Harbor town votes to rebuild its flooded seawall
The town council of Port Alder voted on Tuesday to rebuild the seawall that failed during the \
March storm surge.
The new wall will be two meters taller and will cost about 14 million dollars, the council said.
Engineers told the council that the old wall was built in 1962 and had not been repaired since \
1990.
Some readers pasted markup into the comment form: {SCRIPT} and {IMG} were found in the text.
Construction is expected to begin in the autumn and to last two years, according to the mayor.
"""
SCROLL_STEADY = """() => {
  const top = document.querySelector('#chat .bubble-wrap').scrollTop, now = performance.now();
  if (window.__top !== top) { window.__top = top; window.__since = now; return false; }
  return now - window.__since > 400;
}"""
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def unavailable(reason: str) -> None:
    """Skip with the reason; under CI a missing browser is a failure, not a skip."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run)")
    pytest.skip(reason)


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        unavailable("Chromium is not installed (apt-get install chromium)")
    return str(path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(assistant: Assistant) -> Iterator[str]:
    from assistant.web import build_app, launch

    settings = assistant.settings.model_copy(update={"host": "127.0.0.1", "port": free_port()})
    demo = build_app(assistant)
    _app, url, _ = launch(demo, settings, prevent_thread_lock=True, quiet=True)
    try:
        yield url
    finally:
        demo.close()


@contextmanager
def browser_page(url: str) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install playwright)")
    executable = chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(30_000)
            page.goto(url)
            page.wait_for_selector("#question textarea")
            yield page
        finally:
            browser.close()


def shoot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


# The last answer's first line lies inside the chat's visible area.
ANSWER_START_SHOWN = """() => {
  const answers = document.querySelectorAll('#chat .answer');
  const text = answers[answers.length - 1].querySelector('.answer-text');
  const chat = document.querySelector('#chat').getBoundingClientRect();
  const top = text.getBoundingClientRect().top;
  return top >= chat.top && top <= chat.bottom - 20;
}"""


# The citation's card lies inside the chat's visible area, and it is marked.
CARD_SHOWN = """(card) => {
  const chat = document.querySelector('#chat').getBoundingClientRect();
  const top = card.getBoundingClientRect().top;
  return top >= chat.top && top <= chat.bottom - 40 && card.classList.contains('cited');
}"""
# Scrolled to the top of the chat, the card is not covered by anything in the chat's frame (such
# as a floating label).
CARD_UNCOVERED = """(card) => {
  const chat = document.querySelector('#chat .bubble-wrap');
  chat.scrollTop += card.getBoundingClientRect().top - chat.getBoundingClientRect().top;
  const box = card.getBoundingClientRect();
  return [...document.querySelectorAll('#chat label')].every((label) => {
    const r = label.getBoundingClientRect();
    return r.width === 0 || r.bottom <= box.top || r.top >= box.bottom || r.right <= box.left;
  });
}"""
# Every bubble's accessible label is its visible text, not its HTML.
LABELS_ARE_TEXT = """() => {
  const bubbles = [...document.querySelectorAll('#chat [data-testid=bot]')];
  return bubbles.length > 0 && bubbles.every((b) => b.getAttribute('aria-label') ===
    `bot's message: ${b.innerText.replace(/\\s+/g, ' ').trim()}`);
}"""
BOX_EMPTY = "() => document.querySelector('#question textarea').value === ''"


def answered(page: Any, turn: int) -> Any:
    """The finished answer of that turn (its markers are linked)."""
    page.wait_for_selector(f'#chat a.cite[href^="#turn{turn}-"]')
    return page.locator("#chat .answer").last


def ask(page: Any, question: str | None, turn: int) -> Any:
    """Send a question (typed, or already in the box); the finished answer of that turn."""
    if question is not None:
        page.fill("#question textarea", question)
    page.click("#ask")
    return answered(page, turn)


def xss_fired(page: Any) -> bool:
    return bool(page.evaluate("() => typeof window.__xss !== 'undefined'"))


def see_notice(page: Any, words: str) -> None:
    """Wait for a notice (Gradio's toast) that says `words`, then close every notice shown.
    Waiting for the words, not for any notice, keeps a late notice from an earlier step
    from being read as this one's; the wait times out when the words never come."""
    page.locator("[data-testid=toast-text]", has_text=words).first.wait_for()
    for close in page.locator("[data-testid=toast-close]").all():
        close.click()


def check_questions_that_cannot_be_asked(page: Any) -> None:
    """An empty question adds nothing to the chat, however often it is sent; a notice says why.
    A question that is too long comes back to the box, to be shortened."""
    page.click("#ask")
    page.fill("#question textarea", "   ")
    page.press("#question textarea", "Enter")
    see_notice(page, "The question is empty")
    too_long = "x" * 2001
    page.fill("#question textarea", too_long)
    page.click("#ask")
    see_notice(page, "the limit is 2,000")
    page.wait_for_function(
        f"() => document.querySelector('#question textarea').value.length === {len(too_long)}"
    )
    assert page.locator("#chat [data-testid=user], #chat [data-testid=bot]").count() == 0
    page.fill("#question textarea", "")


def check_answer_and_citation(page: Any, expected_outlet: str) -> None:
    page.fill("#question textarea", QUESTION)
    page.click("#ask")
    page.wait_for_function(BOX_EMPTY)  # emptied as soon as the question is sent...
    page.fill("#question textarea", FOLLOW_UP)
    answer = answered(page, 1)
    assert page.input_value("#question textarea") == FOLLOW_UP  # ...and what follows stays
    assert "[1]" in answer.locator(".answer-text").inner_text()
    card = answer.locator("#turn1-source-1")
    assert card.locator(".source-outlet").inner_text() == expected_outlet
    assert card.locator("blockquote mark.quote").count() == 1
    page.wait_for_function(LABELS_ARE_TEXT)
    # once the chat's scrolling has settled, the first answer's start is in view: not scrolled
    # past it (waiting for both at once: on a busy machine the chat may settle late)
    page.wait_for_function(f"() => ({SCROLL_STEADY})() && ({ANSWER_START_SHOWN})()")
    page.evaluate("() => { document.querySelector('#chat .bubble-wrap').scrollTop = 0; }")
    page.hover('#chat a.cite[href="#turn1-source-1"]')
    assert page.locator("#chat a.cite .cite-tip").first.is_visible()
    chat = shoot(page, "chat")  # the question, the answer, the hovered source
    assert card.evaluate(CARD_UNCOVERED)
    page.evaluate("() => { document.querySelector('#chat .bubble-wrap').scrollTop = 0; }")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.click('#chat a.cite[href="#turn1-source-1"]')
    assert page.evaluate("() => window.scrollY") == 0  # the chat scrolled, the page did not
    page.wait_for_function(CARD_SHOWN, arg=card.element_handle())  # scrolled to, and marked
    assert page.get_by_role("log").get_attribute("aria-label")  # the chat keeps a name
    card.locator("summary").click()
    assert card.locator(".article-body").is_visible()
    shoot(page, "citation")
    if os.environ.get("ASSISTANT_UPDATE_SCREENSHOT") == "1":
        shutil.copy(chat, ROOT / "docs" / "screenshot.png")


def check_follow_up(page: Any, expected_outlet: str) -> None:
    answer = ask(page, None, 2)  # typed while the first answer came
    assert answer.locator(".source-card .source-outlet").first.inner_text() == expected_outlet
    assert page.locator("#chat .answer").count() == 2
    page.wait_for_function(ANSWER_START_SHOWN, timeout=5000)  # not scrolled past to the cards
    shoot(page, "follow-up")


def check_markup_in_chat(page: Any) -> None:
    answer = ask(page, MARKUP_QUESTION, 3)
    assert SCRIPT in answer.locator(".answer-text").inner_text()
    answer.locator(".source-card summary").first.click()
    assert IMG in answer.locator(".article-body").first.inner_text()
    assert page.locator("#chat script, #chat img[src=x]").count() == 0
    assert not xss_fired(page)


# On a narrow screen the Coverage columns stay readable (the table scrolls sideways, the page
# does not).
COLUMNS_READABLE = """() => {
  const widths = [...document.querySelectorAll('#coverage [role=gridcell][data-row="0"]')]
    .map((cell) => cell.getBoundingClientRect().width);
  return widths.length === 7 && Math.min(...widths) >= 48 && widths[2] >= 160
    && document.documentElement.scrollWidth <= window.innerWidth;
}"""
TABLE_SCROLLS_SIDEWAYS = """() => {
  const last = () => document.querySelector('#coverage [role=gridcell][data-row="0"][data-col="6"]');
  let box = document.querySelector('#coverage .virtual-table-viewport');
  for (; box && box.id !== 'coverage'; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowX;
    if (['auto', 'scroll'].includes(overflow) && box.scrollWidth > box.clientWidth + 1) break;
  }
  if (!box || box.id === 'coverage') return false;
  box.scrollLeft = box.scrollWidth;
  const reached = box.scrollLeft > 0 && last().getBoundingClientRect().right <= window.innerWidth;
  box.scrollLeft = 0;
  return reached;
}"""
ARTICLE_SHOWN = """() => {
  const top = document.querySelector('#article-view article').getBoundingClientRect().top;
  return top >= 0 && top < window.innerHeight / 2;
}"""


def check_coverage(page: Any, articles: int) -> None:
    page.click("button[role=tab]:has-text('Coverage')")
    page.wait_for_selector("#coverage [role=gridcell]")
    status = page.locator("#index-status").inner_text()
    assert f"{articles} articles" in status and "chunks" in status and "model" in status
    shoot(page, "coverage")
    page.fill("#coverage input", "seawall")
    page.click("#coverage [role=gridcell]:has-text('Harbor town votes')")
    view = page.locator("#article-view article")
    view.wait_for()
    text = view.inner_text()
    assert SCRIPT in text and IMG in text and "Port Alder" in text
    assert page.locator("#article-view script, #article-view img").count() == 0
    assert not xss_fired(page)
    shoot(page, "xss-article")


def check_coverage_on_a_phone(page: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.fill("#coverage input", "")
    page.wait_for_function(COLUMNS_READABLE, timeout=5000)
    assert page.evaluate(TABLE_SCROLLS_SIDEWAYS)  # the last column can be reached
    page.evaluate("() => window.scrollTo(0, 0)")
    title = page.locator('#coverage [role=gridcell][data-row="0"][data-col="2"]').inner_text()
    page.click('#coverage [role=gridcell][data-row="0"][data-col="0"]')
    page.wait_for_selector(f"#article-view h3:has-text({title.strip()!r})")
    page.wait_for_function(ARTICLE_SHOWN, timeout=5000)  # scrolled to, not left off-screen
    shoot(page, "coverage-phone")
    page.set_viewport_size({"width": 1280, "height": 900})


def test_the_web_chat_in_a_browser(make_corpus, embeddings) -> None:
    chromium()
    settings = make_corpus({"zz_xss_test.txt": XSS_ARTICLE}, copy_seeds=True)
    ingest(settings, embeddings=embeddings)
    assistant = Assistant(settings, embeddings=embeddings).load()
    first = assistant.answer(QUESTION)
    follow = assistant.answer(FOLLOW_UP, [*turns(first)])
    assert not first.abstained and not follow.abstained
    with served(assistant) as url, browser_page(url) as page:
        check_questions_that_cannot_be_asked(page)
        check_answer_and_citation(page, first.sources[0].outlet)
        check_follow_up(page, follow.sources[0].outlet)
        check_markup_in_chat(page)
        check_coverage(page, len(assistant.articles()))
        check_coverage_on_a_phone(page)
        page.click("button[role=tab]:has-text('Chat')")
        page.click("#clear")
        page.wait_for_selector("#chat .answer", state="detached")


def turns(answer: Any) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": answer.question},
        {"role": "assistant", "content": answer.text},
    ]
