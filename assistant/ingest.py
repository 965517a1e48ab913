"""Ingest: articles in, an up-to-date index out. Idempotent, resumable, content-addressed.

This module is the bookkeeping: it reads the manifest, loads and chunks the articles, works out
which are new, changed or gone (``ingest``, and ``is_stale`` without writing anything), and
records the result. ``upsert`` writes the changed chunks into the store, ``lexical`` the BM25.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.chunking import chunk_article, content_id
from assistant.config import Settings
from assistant.corpus import (
    LoadResult,
    Skipped,
    article_files,
    article_hash,
    load_articles,
    load_catalog,
)
from assistant.errors import NoArticlesError
from assistant.index import Manifest, Store, read_manifest, wipe, write_manifest
from assistant.lexical import TERMS_VERSION, build_lexical, lexical_ready
from assistant.records import Article, Passage, Sentence
from assistant.upsert import apply_changes

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    articles: int = 0
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rebuilt: bool = False
    seconds: float = 0.0
    embedded_texts: int = 0

    def summary(self) -> str:
        lines = [
            f"{self.articles} articles; chunks: {self.added} added, {self.unchanged} unchanged, "
            f"{self.removed} removed; {self.embedded_texts} texts embedded; "
            f"{len(self.skipped)} files skipped; {self.seconds:.1f} s"
            + (" (rebuilt from scratch)" if self.rebuilt else "")
        ]
        lines += [f"  skipped {s.path}: {s.reason}" for s in self.skipped]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)


@dataclass(frozen=True)
class Chunked:
    article: Article
    digest: str
    passages: list[Passage]
    sentences: list[Sentence]


Progress = Callable[[int, int], None]  # (texts done, texts total)


def gather(settings: Settings, manifest: Manifest | None, paths: Sequence[Path]) -> LoadResult:
    """The seeds folder, explicit paths, and earlier external articles whose file still exists."""
    files = article_files(settings.seeds_dir)
    for path in paths:
        files.extend(article_files(path) if path.is_dir() else [path])
    if manifest:
        known = {f.resolve() for f in files}
        for entry in manifest.articles.values():
            source = Path(entry["article"]["source_path"])
            if source.resolve() not in known and source.exists():
                files.append(source)
    return load_articles(files, load_catalog(settings.seeds_dir), settings.max_file_bytes)


def ingest(
    settings: Settings,
    paths: Sequence[Path] = (),
    rebuild: bool = False,
    embeddings: Embeddings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    manifest = previous = read_manifest(settings.index_dir)
    if (
        rebuild
        or manifest is None
        or not manifest.compatible(settings)
        or (settings.chroma_url and not server_holds(settings, manifest))
    ):
        report.rebuilt = manifest is not None or rebuild
        embeddings = embeddings or _load(settings)  # a model that cannot load stops it here
        wipe(settings)
        manifest = Manifest(
            model=settings.embedding_model,
            chunking=settings.chunking,
            store=settings.store_location,
        )
        if previous:  # remembered, pending, so an interrupted rebuild still knows them
            manifest.articles = {
                aid: {**entry, "hash": ""} for aid, entry in previous.articles.items()
            }
            write_manifest(settings.index_dir, manifest)
    loaded = gather(settings, previous, paths)  # a rebuild keeps the articles added by path
    report.skipped, report.warnings = loaded.skipped, loaded.warnings
    chunked = [chunk(a, settings) for a in loaded.articles]
    if not chunked:
        raise NoArticlesError(str(settings.seeds_dir))
    report.articles = len(chunked)
    changed = [
        c
        for c in chunked
        if manifest.articles.get(c.article.article_id, {}).get("hash") != c.digest
    ]
    gone = vanished(manifest, loaded)
    report.unchanged = sum(len(c.passages) for c in chunked if c not in changed)
    lexical_key = fingerprint(chunked)
    if changed or gone or manifest.lexical != lexical_key or not lexical_ready(settings):
        embeddings = embeddings or _load(settings)
        store = Store(settings, embeddings)
        apply_changes(store, embeddings, manifest, changed, gone, report, settings, progress)
        build_lexical(
            settings,
            [p for c in chunked for p in c.passages],
            [s for c in chunked for s in c.sentences],
        )
        manifest.lexical = lexical_key
        manifest.built_at = datetime.now(UTC).isoformat(timespec="seconds")
        manifest.counts = {
            "articles": len(chunked),
            "passages": sum(len(c.passages) for c in chunked),
            "sentences": sum(len(c.sentences) for c in chunked),
        }
        write_manifest(settings.index_dir, manifest)
    report.seconds = time.perf_counter() - started
    return report


def _load(settings: Settings) -> Embeddings:
    from assistant.embeddings import load_embedder

    return load_embedder(settings)


def chunk(article: Article, settings: Settings) -> Chunked:
    """The article's passages and sentences, and a digest that changes with any of them: with
    the article's text and the settings, and with the code that splits it (a new sentence
    splitter gives other sentences, which must replace the old ones)."""
    passages, sentences = chunk_article(article, settings.chunk_size, settings.chunk_overlap)
    pieces = [p.passage_id for p in passages] + [s.sentence_id for s in sentences]
    digest = content_id(article_hash(article, settings.chunking), *pieces)
    return Chunked(article, digest, passages, sentences)


def vanished(manifest: Manifest, loaded: LoadResult) -> list[str]:
    """Indexed articles whose source file is gone. A file that is only unreadable stays."""
    present = {a.article_id for a in loaded.articles}
    return [
        article_id
        for article_id, entry in manifest.articles.items()
        if article_id not in present and not Path(entry["article"]["source_path"]).exists()
    ]


def fingerprint(chunked: list[Chunked]) -> str:
    digest = hashlib.sha256(TERMS_VERSION.encode())
    for c in sorted(chunked, key=lambda c: c.article.article_id):
        for p in c.passages:
            digest.update(p.passage_id.encode())
        for s in c.sentences:
            digest.update(s.sentence_id.encode())
    return digest.hexdigest()[:20]


def is_stale(settings: Settings) -> bool:
    """True when the index is missing, built with other settings, or behind the articles."""
    manifest = read_manifest(settings.index_dir)
    if manifest is None or not manifest.compatible(settings) or not lexical_ready(settings):
        return True
    loaded = gather(settings, manifest, ())
    chunked = [chunk(a, settings) for a in loaded.articles]
    if any(
        manifest.articles.get(c.article.article_id, {}).get("hash") != c.digest for c in chunked
    ):
        return True
    if vanished(manifest, loaded) or manifest.lexical != fingerprint(chunked):
        return True
    return bool(settings.chroma_url) and not server_holds(settings, manifest)


def server_holds(settings: Settings, manifest: Manifest) -> bool:
    """The Chroma server still holds what the manifest says was written to it: a server may be
    wiped or replaced while the manifest on disk stays."""
    held = Store(settings, None).counts()
    return all(held[name] == manifest.counts.get(name) for name in held)
