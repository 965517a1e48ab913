"""The web chat: a thin Gradio interface around one Assistant.

Presentation only: the Assistant answers, ``web_format`` writes the HTML, ``web_handlers``
answers the page's events, and this module lays out the page, wires the events to the handlers
and serves it. State that belongs to one user (the conversation) lives in the Chatbot value and
a ``gr.State``; the only shared object is the Assistant itself, loaded once and read-only.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant import web_assets as assets
from assistant import web_format as fmt
from assistant.api import Assistant
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.web_handlers import Handlers, clear

EXAMPLES = [  # generic, so they fit any corpus
    "What happened, according to the coverage?",
    "Who is involved, and what did they do?",
    "What did the authorities say?",
    "What did officials say would happen next?",
]


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
