"""The web chat: a thin Gradio interface around one Assistant.

Presentation only: the Assistant answers, ``web_format`` writes the HTML, this module wires the
two to Gradio. State that belongs to one user (the conversation) lives in the Chatbot value and a
``gr.State``; the only shared object is the Assistant itself, loaded once and read-only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant import web_assets as assets
from assistant import web_format as fmt
from assistant.api import Assistant
from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError
from assistant.records import Answer

log = logging.getLogger(__name__)

Message = dict[str, Any]
Turn = dict[str, str]
EXAMPLES = [  # generic, so they fit any corpus
    "What happened, according to the coverage?",
    "Who is involved, and what did they do?",
    "What did the authorities say?",
    "What did officials say would happen next?",
]
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


def chat_tab(handlers: Handlers, settings: Settings) -> gr.Dropdown:
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Chat",
                show_label=False,  # the floating label covered the top of the chat's content
                height=560,
                latex_delimiters=[],
                feedback_options=None,
                elem_id="chat",
                placeholder="Ask about the news coverage in the index.",
            )
            with gr.Row():
                question = gr.Textbox(
                    placeholder="Ask about the coverage…",
                    show_label=False,
                    scale=5,
                    max_lines=6,
                    elem_id="question",
                )
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
            gr.Examples(EXAMPLES, inputs=question, label="Examples")
            reset = gr.Button("Clear conversation", elem_id="clear")
        with gr.Column(scale=1):
            outlets = gr.Dropdown(
                label="Outlets",
                multiselect=True,
                choices=[],
                elem_id="outlets",
                info="Answer only from these outlets (none = all).",
            )
            k = gr.Slider(
                1,
                max(12, settings.k),
                value=settings.k,
                step=1,
                label="Number of sources",
                info="Passages the answer may draw on.",
            )
            answerer = gr.Radio(
                ["extractive", "llm"],
                value=settings.generator,
                label="Answerer",
                visible=settings.llm_configured,
            )
    history = gr.State([])
    pending = gr.Textbox(visible=False)  # the question being answered, see TAKE_QUESTION
    answering = gr.on(
        [question.submit, send.click],
        None,
        js=assets.TAKE_QUESTION,
        inputs=[question, pending],
        outputs=[question, pending],
        api_visibility="private",
    ).then(
        handlers.respond,
        inputs=[pending, chatbot, history, outlets, k, answerer],
        outputs=[chatbot, history, pending],
        api_visibility="private",
    )
    for finished in (answering.then, answering.failure):
        finished(None, js=assets.GIVE_BACK, inputs=[question, pending], outputs=[question, pending])
    answering.then(None, js=assets.SHOW_ANSWER_START)
    reset.click(clear, outputs=[chatbot, history, question], api_visibility="private")
    chatbot.clear(clear, outputs=[chatbot, history, question], api_visibility="private")
    return outlets


def coverage_tab(handlers: Handlers) -> tuple[gr.Markdown, gr.Dataframe]:
    status = gr.Markdown(elem_id="index-status")
    table = gr.Dataframe(
        headers=fmt.COVERAGE_HEADERS,
        datatype="str",
        interactive=False,
        wrap=True,
        elem_id="coverage",
        label="Articles (click a row to read it)",
        column_widths=["12%", "9%", "24%", "11%", "30%", "6%", "8%"],
        show_search="search",
    )
    article = gr.HTML(elem_id="article-view")
    table.select(handlers.open_article, outputs=article, api_visibility="private").then(
        None, js=assets.SHOW_ARTICLE
    )
    return status, table


def build_app(assistant: Assistant) -> gr.Blocks:
    """The interface. Building it reads nothing: the index is read when a page opens."""
    handlers = Handlers(assistant)
    with gr.Blocks(title="News coverage assistant", analytics_enabled=False) as demo:
        gr.Markdown(
            "## News coverage assistant\nAnswers come only from the indexed articles, and every "
            "sentence cites its source `[n]`: hover a marker to see the source, click it to jump "
            "to its card, open a card to read the whole article."
        )
        with gr.Tab("Chat"):
            outlets = chat_tab(handlers, assistant.settings)
        with gr.Tab("Coverage", elem_id="coverage-tab"):
            status, table = coverage_tab(handlers)
        demo.load(handlers.load_page, outputs=[outlets, status, table], api_visibility="private")
        gr.api(handlers.ask, api_name="ask")
    return demo


def parse_auth(value: str) -> tuple[str, str] | None:
    """``"user:password"`` -> ("user", "password"); "" -> no login."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not (sep and user and password):
        raise ConfigError("ASSISTANT_AUTH must look like user:password.")
    return user, password


def launch(demo: gr.Blocks, settings: Settings, **options: Any) -> tuple[Any, str, str]:
    """Serve on settings.host:port (loopback by default), never through a share link, and
    without Gradio's startup messages (among them how to make a share link): the caller says
    where the chat is."""
    options = {"quiet": True} | options
    demo.queue(default_concurrency_limit=settings.concurrency_limit)
    return demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        auth=parse_auth(settings.auth),
        css=assets.CSS,
        head=assets.HEAD,
        ssr_mode=False,
        mcp_server=False,
        show_error=False,
        footer_links=["api"],
        **options,
    )
