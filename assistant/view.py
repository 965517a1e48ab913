"""The index loaded into memory once: passages, sentences with their vectors, BM25, articles."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from assistant.config import Settings
from assistant.errors import IndexNotBuiltError
from assistant.index import Manifest, Store, read_manifest
from assistant.lexical import PASSAGES_LEX, SENTENCES_LEX, Lexical, lexical_dir
from assistant.records import Article, Passage, Sentence

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)


@dataclass
class CorpusView:
    manifest: Manifest
    store: Store
    passages: dict[str, Passage]
    sentences: list[Sentence]
    vectors: np.ndarray  # one normalised row per sentence
    lexical_passages: Lexical
    lexical_sentences: Lexical
    by_passage: dict[str, list[int]] = field(default_factory=dict)  # passage id -> sentence rows
    articles: dict[str, Article] = field(default_factory=dict)
    passage_vectors: dict[str, np.ndarray] = field(default_factory=dict)  # normalised

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({a.outlet for a in self.articles.values()}))

    @functools.cached_property
    def titles(self) -> dict[str, tuple[str, ...]]:
        """Each outlet's articles' titles, which a question may describe it by."""
        found: dict[str, list[str]] = {}
        for article in self.articles.values():
            found.setdefault(article.outlet, []).append(article.title)
        return {outlet: tuple(titles) for outlet, titles in found.items()}

    def sentences_of(self, passage: Passage) -> list[int]:
        return self.by_passage.get(passage.passage_id, [])


def load_view(settings: Settings, embeddings: Embeddings) -> CorpusView:
    manifest = read_manifest(settings.index_dir)
    if manifest is None:
        raise IndexNotBuiltError(
            f"No index in {settings.index_dir}: run `assistant ingest` to build it."
        )
    store = Store(settings, embeddings)
    found = store.passages.get(include=["documents", "metadatas", "embeddings"])
    passages = {
        pid: Passage(**{**meta, "text": text})
        for pid, text, meta in zip(
            found["ids"], found["documents"], found["metadatas"], strict=True
        )
    }
    passage_vectors = {
        pid: np.asarray(vector, dtype=np.float32)
        for pid, vector in zip(found["ids"], found["embeddings"], strict=True)
    }
    found = store.sentences.get(include=["documents", "metadatas", "embeddings"])
    order = sorted(
        range(len(found["ids"])),
        key=lambda i: (found["metadatas"][i]["article_id"], found["metadatas"][i]["position"]),
    )
    sentences = [
        Sentence(**{**found["metadatas"][i], "text": found["documents"][i]}) for i in order
    ]
    vectors = (
        np.asarray(found["embeddings"], dtype=np.float32)[order] if order else np.zeros((0, 1))
    )
    folder = lexical_dir(settings)
    view = CorpusView(
        manifest=manifest,
        store=store,
        passages=passages,
        sentences=sentences,
        vectors=vectors,
        lexical_passages=Lexical.load(folder / PASSAGES_LEX),
        lexical_sentences=Lexical.load(folder / SENTENCES_LEX),
        articles={aid: manifest.article(aid) for aid in manifest.articles},
        passage_vectors=passage_vectors,
    )
    view.by_passage = rows_by_passage(passages, sentences)
    view.lexical_sentences = aligned(view.lexical_sentences, [s.sentence_id for s in sentences])
    log.info("index loaded: %d passages, %d sentences", len(passages), len(sentences))
    return view


def rows_by_passage(
    passages: dict[str, Passage], sentences: list[Sentence]
) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    by_article: dict[str, list[int]] = {}
    for row, sentence in enumerate(sentences):
        by_article.setdefault(sentence.article_id, []).append(row)
    for passage in passages.values():
        rows[passage.passage_id] = [
            row
            for row in by_article.get(passage.article_id, [])
            if passage.start <= sentences[row].start and sentences[row].end <= passage.end
        ]
    return rows


def aligned(lexical: Lexical, ids: list[str]) -> Lexical:
    """The sentence BM25 rows must follow the view's sentence order (ingest writes them so)."""
    if lexical.ids != ids:
        raise IndexNotBuiltError(
            "The BM25 index is out of step with Chroma: run `assistant ingest --rebuild`."
        )
    return lexical
