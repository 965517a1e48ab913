"""Writing a change set into the store: new chunks embedded and added, stale ones deleted.

``apply_changes`` works through the changed articles in batches of about ``BATCH_TEXTS`` texts:
a batch's passages and sentences are embedded together, longest first, written to Chroma, and
only then are its articles recorded in the manifest, which is saved after every batch. An ingest
killed halfway therefore leaves no article marked done whose chunks are not all in the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.config import Settings
from assistant.index import Manifest, Store, write_manifest
from assistant.records import Passage, Sentence

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from assistant.ingest import Chunked, IngestReport, Progress

BATCH_TEXTS = 2048  # texts embedded and written per step; the manifest is saved after each
SLICE_BATCHES = 8  # model batches per embedding call: progress moves every 8 x 64 texts


def apply_changes(
    store: Store,
    embeddings: Embeddings,
    manifest: Manifest,
    changed: list[Chunked],
    gone: list[str],
    report: IngestReport,
    settings: Settings,
    progress: Progress | None,
) -> None:
    existing_p = store.ids_by_article(store.passages)
    existing_s = store.ids_by_article(store.sentences)
    total = sum(len(c.passages) + len(c.sentences) for c in changed)
    done = 0
    if total:
        tick(progress, done, total)  # the bar shows from the start, not once the work is done
    for batch in batches(changed):
        new_p = [
            p
            for c in batch
            for p in c.passages
            if p.passage_id not in existing_p.get(c.article.article_id, set())
        ]
        new_s = [
            s
            for c in batch
            for s in c.sentences
            if s.sentence_id not in existing_s.get(c.article.article_id, set())
        ]
        texts = [p.text for p in new_p] + [s.text for s in new_s]
        step = settings.embedding_batch_size * SLICE_BATCHES
        vectors = embed(embeddings, texts, step, partial(tick, progress, done, total))
        add(store, new_p, new_s, vectors)
        report.embedded_texts += len(texts)
        for c in batch:
            aid = c.article.article_id
            stale_p = existing_p.get(aid, set()) - {p.passage_id for p in c.passages}
            stale_s = existing_s.get(aid, set()) - {s.sentence_id for s in c.sentences}
            delete(store, stale_p, stale_s)
            kept = len(c.passages) - sum(1 for p in new_p if p.article_id == aid)
            report.added += len(c.passages) - kept
            report.unchanged += kept
            report.removed += len(stale_p)
            manifest.articles[aid] = {"hash": c.digest, "article": asdict(c.article)}
        write_manifest(settings.index_dir, manifest)
        done += sum(len(c.passages) + len(c.sentences) for c in batch)
        tick(progress, done, total)
    for article_id in gone:
        delete(store, existing_p.get(article_id, set()), existing_s.get(article_id, set()))
        report.removed += len(existing_p.get(article_id, set()))
        del manifest.articles[article_id]
        write_manifest(settings.index_dir, manifest)


def tick(progress: Progress | None, done: int, total: int, more: int = 0) -> None:
    if progress:
        progress(done + more, total)


def batches(changed: list[Chunked]) -> Iterable[list[Chunked]]:
    batch: list[Chunked] = []
    size = 0
    for item in changed:
        batch.append(item)
        size += len(item.passages) + len(item.sentences)
        if size >= BATCH_TEXTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def embed(
    embeddings: Embeddings, texts: list[str], step: int, embedded: Callable[[int], None]
) -> np.ndarray:
    """Vectors for ``texts``, in their order, embedded longest first.

    Sorting the whole batch by length means each model batch holds texts of about the same
    length, so little is spent on padding; ``embedded`` hears after every ``step`` texts.
    """
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
    vectors: list[Any] = [None] * len(texts)
    for start in range(0, len(order), step):
        part = order[start : start + step]
        for i, vector in zip(
            part, embeddings.embed_documents([texts[i] for i in part]), strict=True
        ):
            vectors[i] = vector
        embedded(start + len(part))
    return np.asarray(vectors, dtype=np.float32)


def add(
    store: Store, passages: list[Passage], sentences: list[Sentence], vectors: np.ndarray
) -> None:
    """Write passages then sentences; ``vectors`` holds their embeddings in that order."""
    if passages:
        store.write(
            store.passages,
            ids=[p.passage_id for p in passages],
            texts=[p.text for p in passages],
            metadatas=[p.metadata() for p in passages],
            vectors=vectors[: len(passages)],
        )
    if sentences:
        store.write(
            store.sentences,
            ids=[s.sentence_id for s in sentences],
            texts=[s.text for s in sentences],
            metadatas=[sentence_metadata(s) for s in sentences],
            vectors=vectors[len(passages) :],
        )


def sentence_metadata(sentence: Sentence) -> dict[str, Any]:
    data = asdict(sentence)
    data.pop("text")
    return data


def delete(store: Store, passage_ids: set[str], sentence_ids: set[str]) -> None:
    if passage_ids:
        store.passages.delete(ids=sorted(passage_ids))
    if sentence_ids:
        store.sentences.delete(ids=sorted(sentence_ids))
