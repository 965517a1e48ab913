"""The web chat's event handlers: what happens when someone asks, clears, opens a page or a row.

They share the one Assistant; everything that belongs to one user comes in as an argument (the
chat, the plain-text history, the controls) and goes out as a return value. Every failure is
turned into words for the page here (``friendly``); the traceback goes to the server log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant import web_format as fmt
from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.records import Answer

log = logging.getLogger(__name__)

Message = dict[str, Any]
Turn = dict[str, str]
UNEXPECTED = (
    "Something went wrong while answering. Please try again; "
    "if it keeps happening, check the server log."
)


def friendly(error: Exception, doing: str) -> str:
    """The words a user sees: an AssistantError's own message, else a generic sentence (the
    traceback goes to the server log, never to the page)."""
    if isinstance(error, AssistantError):
        return str(error)
    log.error("the web chat failed while %s", doing, exc_info=error)
    return UNEXPECTED


def user_message(question: str) -> Message:
    return {"role": "user", "content": fmt.question_text(question)}


def bot_message(html: str) -> Message:
    return {"role": "assistant", "content": html}


def remember(history: list[Turn], answer: Answer) -> list[Turn]:
    """The plain-text conversation (markers kept, no HTML) that follow-ups are resolved against."""
    return [
        *history,
        {"role": "user", "content": answer.question},
        {"role": "assistant", "content": answer.text},
    ]


class Handlers:
    """Gradio event handlers. They share the Assistant; everything that belongs to one user comes
    in as an argument (chat, history, controls) and goes out as a return value."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    def respond(
        self,
        question: str,
        chat: list[Message],
        history: list[Turn],
        outlets: list[str] | None,
        k: float,
        generator: str | None,
    ) -> Iterator[tuple[list[Message], list[Turn], str]]:
        """Stream the answer into the chat, then replace it with the cited, linked version.

        Each step also says which question to give back to the (already cleared) box if the
        asking stops there: the question until it is answered, "" once it is. A question that
        cannot be asked (empty, too long) adds nothing to the chat: it gets a notice."""
        question = question or ""
        try:
            self.assistant.check(question)
        except AssistantError as error:
            gr.Warning(fmt.text_html(str(error)))
            yield chat, history, question if question.strip() else ""
            return
        shown = [*chat, user_message(question)]
        yield shown, history, question
        options = {"outlets": outlets or None, "k": int(k), "generator": generator or None}
        text = ""
        try:
            for piece in self.assistant.stream(question, history, **options):
                if isinstance(piece, Answer):
                    html = self.render(piece, key=f"turn{len(history) // 2 + 1}")
                    yield [*shown, bot_message(html)], remember(history, piece), ""
                else:
                    text += piece
                    yield [*shown, bot_message(fmt.streaming_html(text))], history, question
        except Exception as error:  # the edge: every failure becomes a chat message
            message = friendly(error, f"answering {question[:200]!r}")
            yield [*shown, bot_message(fmt.error_html(message))], history, question

    def render(self, answer: Answer, key: str) -> str:
        articles = {aid: self.assistant.article(aid) for aid in fmt.cited_article_ids(answer)}
        return fmt.answer_html(answer, articles, key)

    def ask(
        self,
        question: str,
        history: list[dict[str, str]] | None = None,
        outlets: list[str] | None = None,
        k: int | None = None,
        generator: str | None = None,
    ) -> dict[str, Any]:
        """Answer a question about the coverage. Returns the Answer as a dict: text with [n]
        markers, abstained, sources (outlet, title, passage, quote offsets), retrieved, notice."""
        try:
            answer = self.assistant.answer(
                question, history or [], outlets=outlets or None, k=k, generator=generator or None
            )
        except (AssistantError, TypeError) as error:  # bad input: the caller reads why
            raise gr.Error(str(error), print_exception=False) from error
        return answer.to_dict()

    def load_page(self) -> tuple[Any, str, list[list[Any]]]:
        """Outlet choices, index status and the coverage table, read when a page opens."""
        try:
            outlets = self.assistant.outlets()
            status = fmt.status_markdown(self.assistant.status())
            rows = fmt.coverage_rows(self.assistant.articles())
        except Exception as error:  # the edge
            return gr.Dropdown(choices=[]), f"⚠️ {friendly(error, 'opening the page')}", []
        return gr.Dropdown(choices=outlets), status, rows

    def open_article(self, evt: gr.SelectData) -> str:
        """The whole article of the Coverage row that was clicked (its id is the last column)."""
        row = evt.row_value or []
        try:
            return fmt.article_html(self.assistant.article(str(row[-1])))
        except (IndexError, KeyError):
            return fmt.error_html("That article is not in the index any more.")
        except Exception as error:  # the edge
            return fmt.error_html(friendly(error, "opening an article"))


def clear() -> tuple[list[Message], list[Turn], str]:
    return [], [], ""
