"""HTML for the web chat: answers with linked [n] markers, source cards, whole articles.

Every piece of article, passage, title or question text goes through ``html.escape``: the only
tags in the output are the ones written here, so markup inside an article shows as text and never
runs. No raw newlines either (they become ``<br>``): the chatbot renders Markdown, which would end
an HTML block at a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from assistant.records import Answer, Article, Retrieved, Source

CITATION = re.compile(r"\[(\d+)\]")
CLOSEST = 3  # passages offered after an abstention
LEAD_CHARS = 160
COVERAGE_HEADERS = ["Outlet", "Date", "Title", "Author", "Lead", "Words", "Id"]


def text_html(text: str) -> str:
    return escape(text).replace("\r", "").replace("\n", "<br>")


def highlighted(text: str, start: int, end: int) -> str:
    """``text`` escaped, with ``text[start:end]`` in a <mark> (offsets clamped; none if empty)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start >= end:
        return text_html(text)
    marked = f'<mark class="quote">{text_html(text[start:end])}</mark>'
    return text_html(text[:start]) + marked + text_html(text[end:])


def anchor(key: str, number: int) -> str:
    return f"{key}-source-{number}"


def safe_url(url: str) -> str:
    """The URL if it is http(s), else "" (no javascript: or data: links out of an article)."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def dated(published: str) -> str:
    return published or "undated"


def citation_link(source: Source, key: str) -> str:
    tip = (
        f'<span class="cite-tip"><b>{escape(source.outlet)}</b> · {escape(source.title)}'
        f"<br>“{text_html(source.quote)}”</span>"
    )
    return (
        f'<a class="cite" href="#{anchor(key, source.number)}" '
        f'aria-label="Source {source.number}: {escape(source.outlet, quote=True)}">'
        f"[{source.number}]{tip}</a>"
    )


def cited_text_html(text: str, sources: Sequence[Source], key: str) -> str:
    """The answer text escaped, each [n] that names a source turned into a link to its card."""
    by_number = {source.number: source for source in sources}
    parts, position = [], 0
    for match in CITATION.finditer(text):
        source = by_number.get(int(match.group(1)))
        parts.append(text_html(text[position : match.start()]))
        parts.append(citation_link(source, key) if source else escape(match.group(0)))
        position = match.end()
    parts.append(text_html(text[position:]))
    return "".join(parts)


def article_body_html(article: Article, start: int = 0, end: int = 0) -> str:
    return f'<div class="article-body">{highlighted(article.text, start, end)}</div>'


def whole_article(article: Article | None, start: int, end: int) -> str:
    if article is None:
        return ""
    return (
        '<details class="whole-article"><summary>Read the whole article</summary>'
        f"{article_body_html(article, start, end)}</details>"
    )


def original_link(url: str) -> str:
    """· original" linking to the article's own page, or nothing for a missing or unsafe URL."""
    link = safe_url(url)
    if not link:
        return ""
    return (
        f' · <a href="{escape(link, quote=True)}" target="_blank" rel="noopener noreferrer">'
        "original</a>"
    )


def source_head(number: int | None, outlet: str, published: str, url: str) -> str:
    label = f'<span class="source-num">[{number}]</span> ' if number else ""
    original = original_link(url)
    return (
        f'<div class="source-head">{label}<span class="source-outlet">{escape(outlet)}</span>'
        f' · <span class="source-date">{escape(dated(published))}</span>{original}</div>'
    )


def source_card(source: Source, article: Article | None, key: str) -> str:
    """Outlet, title, date, the passage with the cited sentence marked, the whole article."""
    passage = highlighted(
        source.text,
        source.quote_start - source.passage_start,
        source.quote_end - source.passage_start,
    )
    return (
        f'<div class="source-card" id="{anchor(key, source.number)}" tabindex="-1">'
        f"{source_head(source.number, source.outlet, source.published, source.url)}"
        f'<div class="source-title">{escape(source.title or "(untitled)")}</div>'
        f'<blockquote class="source-passage">{passage}</blockquote>'
        f"{whole_article(article, source.quote_start, source.quote_end)}</div>"
    )


def closest_card(found: Retrieved, article: Article | None) -> str:
    passage = found.passage
    return (
        '<div class="source-card closest-card">'
        f"{source_head(None, passage.outlet, passage.published, passage.url)}"
        f'<div class="source-title">{escape(passage.title or "(untitled)")}</div>'
        f'<blockquote class="source-passage">{text_html(passage.text)}</blockquote>'
        f"{whole_article(article, passage.start, passage.end)}</div>"
    )


def answer_html(answer: Answer, articles: Mapping[str, Article], key: str) -> str:
    """A finished answer: linked text, any notice, then one card per source."""
    if answer.abstained:
        return abstention_html(answer, articles)
    notice = f'<p class="notice">{text_html(answer.notice)}</p>' if answer.notice else ""
    cards = "".join(source_card(s, articles.get(s.article_id), key) for s in answer.sources)
    return (
        f'<div class="answer"><p class="answer-text">'
        f"{cited_text_html(answer.text, answer.sources, key)}</p>{notice}"
        f'<div class="sources"><p class="sources-label">Sources</p>{cards}</div></div>'
    )


def abstention_html(answer: Answer, articles: Mapping[str, Article]) -> str:
    """The refusal, plainly, then the closest passages as "you might look at"."""
    closest = answer.retrieved[:CLOSEST]
    cards = "".join(closest_card(r, articles.get(r.passage.article_id)) for r in closest)
    offer = (
        f'<div class="sources"><p class="sources-label">You might look at</p>{cards}</div>'
        if cards
        else ""
    )
    text = text_html(answer.text)
    notice = f'<p class="notice">{text_html(answer.notice)}</p>' if answer.notice else ""
    return f'<div class="answer abstained"><p class="answer-text">{text}</p>{notice}{offer}</div>'


def cited_article_ids(answer: Answer) -> list[str]:
    """The articles an answer's HTML opens: its sources', or after an abstention the closest."""
    if answer.abstained:
        ids = [r.passage.article_id for r in answer.retrieved[:CLOSEST]]
    else:
        ids = [s.article_id for s in answer.sources]
    return list(dict.fromkeys(ids))


def streaming_html(text: str) -> str:
    return f'<div class="answer streaming"><p class="answer-text">{text_html(text)}</p></div>'


def error_html(message: str) -> str:
    return f'<div class="answer error"><p class="notice">⚠️ {text_html(message)}</p></div>'


def question_text(question: str, limit: int = 500) -> str:
    """The question as shown in the user's bubble: escaped and, when very long, shortened."""
    shown = question if len(question) <= limit else question[:limit].rstrip() + " …"
    return text_html(shown)


def article_html(article: Article) -> str:
    """The whole cleaned article with its metadata, for the Coverage tab."""
    meta = [article.outlet, dated(article.published), article.author, f"{words(article)} words"]
    original = original_link(article.url)
    return (
        f'<article class="article-view"><h3>{escape(article.title or "(untitled)")}</h3>'
        f'<p class="article-meta">{escape(" · ".join(m for m in meta if m))}{original}</p>'
        f"{article_body_html(article)}</article>"
    )


def words(article: Article) -> int:
    return len(article.text.split())


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def coverage_rows(articles: Sequence[Article]) -> list[list[Any]]:
    """One row per article for the Coverage table (plain text: the table shows it as text)."""
    return [
        [
            a.outlet,
            dated(a.published),
            a.title,
            a.author,
            shorten(a.lead, LEAD_CHARS),
            words(a),
            a.article_id,
        ]
        for a in articles
    ]


def status_markdown(status: Mapping[str, Any]) -> str:
    built = str(status.get("built_at", "")).replace("T", " ")
    return (
        f"**{status.get('articles', 0)}** articles · **{status.get('passages', 0)}** chunks · "
        f"**{status.get('sentences', 0)}** sentences · "
        f"model `{escape(str(status.get('model', '')))}` · built {escape(built)}"
    )
