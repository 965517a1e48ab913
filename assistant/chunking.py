"""Sentence-aware chunking: passages of whole sentences, with offsets into the article."""

from __future__ import annotations

import hashlib

from assistant.records import Article, Passage, Sentence
from assistant.sentences import sentence_spans
from assistant.text import quotes_open


def content_id(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:24]


def chunk_article(
    article: Article, chunk_size: int, chunk_overlap: int
) -> tuple[list[Passage], list[Sentence]]:
    """Group consecutive sentences into passages of about ``chunk_size`` characters.

    A passage never cuts a sentence; a sentence longer than ``chunk_size`` is a passage of its
    own. Up to ``chunk_overlap`` characters of whole trailing sentences open the next passage;
    with an overlap, a passage cut inside a quotation opens the next one with the quotation's
    first sentence, which names who speaks, when that fits.
    """
    spans = sentence_spans(article.text)
    groups = group_sentences(spans, chunk_size, chunk_overlap, quoted_from(article.text, spans))
    passages = [
        make_passage(article, position, spans[a:b]) for position, (a, b) in enumerate(groups)
    ]
    owner: dict[int, str] = {}
    for passage, (a, b) in zip(passages, groups, strict=True):
        for index in range(a, b):
            owner.setdefault(index, passage.passage_id)
    sentences = [
        Sentence(
            sentence_id=content_id(article.article_id, i, start, article.text[start:end], owner[i]),
            article_id=article.article_id,
            passage_id=owner[i],
            position=i,
            start=start,
            end=end,
            text=article.text[start:end],
        )
        for i, (start, end) in enumerate(spans)
    ]
    return passages, sentences


def group_sentences(
    spans: list[tuple[int, int]],
    chunk_size: int,
    chunk_overlap: int,
    opened: list[int | None] | None = None,
) -> list[tuple[int, int]]:
    """Index ranges [a, b) of sentences that form each passage. ``opened[i]`` is the sentence
    whose quotation sentence i is inside, if any (``quoted_from``)."""
    groups: list[tuple[int, int]] = []
    first = 0
    while first < len(spans):
        last = first + 1
        while last < len(spans) and spans[last][1] - spans[first][0] <= chunk_size:
            last += 1
        groups.append((first, last))
        if last >= len(spans):
            break
        start = overlap_start(spans, first, last, chunk_overlap)
        # a cut quotation goes on in a passage that opens with it, if it fits there
        opener = opened[last] if opened and chunk_overlap else None
        if (
            opener is not None
            and first < opener < start
            and in_one_passage(spans, opener, last, chunk_size)
        ):
            start = opener
        first = max(start, first + 1)
    return groups


def in_one_passage(spans: list[tuple[int, int]], first: int, last: int, chunk_size: int) -> bool:
    """Sentences first to last, both included, fit in one passage."""
    return spans[last][1] - spans[first][0] <= chunk_size


def quoted_from(text: str, spans: list[tuple[int, int]]) -> list[int | None]:
    """For each sentence, the sentence that opened the quotation it starts inside, or None.
    A quotation over several paragraphs goes on where a paragraph opens with a mark."""
    opened: list[int | None] = []
    state, opener = (0, False), None
    for i, (start, end) in enumerate(spans):
        piece = text[start:end]
        inside = any(state)
        if inside and "\n" in text[spans[i - 1][1] : start]:  # a paragraph end closes it, or
            state = (0, False)  # the next paragraph opens with a mark and it goes on there
            inside = piece[:1] in '“"'
        opened.append(opener if inside else None)
        state = quotes_open(piece, state)
        opener = (opener if inside else i) if any(state) else None
    return opened


def overlap_start(spans: list[tuple[int, int]], first: int, last: int, overlap: int) -> int:
    start = last
    while start - 1 > first and spans[last - 1][1] - spans[start - 1][0] <= overlap:
        start -= 1
    return start


def make_passage(article: Article, position: int, spans: list[tuple[int, int]]) -> Passage:
    start, end = spans[0][0], spans[-1][1]
    text = article.text[start:end]
    return Passage(
        passage_id=content_id(
            article.article_id,
            position,
            start,  # an edit above it moves it: its offsets are stored with it
            text,
            article.outlet,
            article.title,
            article.published,
            article.url,
        ),
        article_id=article.article_id,
        position=position,
        start=start,
        end=end,
        text=text,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        url=article.url,
    )
