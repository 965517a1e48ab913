"""Sentence-aware chunking: passages of whole sentences, with offsets into the article."""

from __future__ import annotations

import hashlib

from assistant.records import Article, Passage, Sentence
from assistant.sentences import sentence_spans


def content_id(*parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:24]


def chunk_article(
    article: Article, chunk_size: int, chunk_overlap: int
) -> tuple[list[Passage], list[Sentence]]:
    """Group consecutive sentences into passages of about ``chunk_size`` characters.

    A passage never cuts a sentence; a sentence longer than ``chunk_size`` is a passage of its
    own. Up to ``chunk_overlap`` characters of whole trailing sentences open the next passage.
    """
    spans = sentence_spans(article.text)
    groups = group_sentences(spans, chunk_size, chunk_overlap)
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
    spans: list[tuple[int, int]], chunk_size: int, chunk_overlap: int
) -> list[tuple[int, int]]:
    """Index ranges [a, b) of sentences that form each passage."""
    groups: list[tuple[int, int]] = []
    first = 0
    while first < len(spans):
        last = first + 1
        while last < len(spans) and spans[last][1] - spans[first][0] <= chunk_size:
            last += 1
        groups.append((first, last))
        if last >= len(spans):
            break
        first = max(overlap_start(spans, first, last, chunk_overlap), first + 1)
    return groups


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
