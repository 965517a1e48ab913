"""The persisted index: Chroma collections of passages and sentences, BM25, and a manifest."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from assistant.config import Settings
from assistant.errors import StoreUnreachableError
from assistant.records import Article

if TYPE_CHECKING:
    import numpy as np
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

SCHEMA = 1
MANIFEST = "manifest.json"
PASSAGES = "passages"
SENTENCES = "sentences"
# Sentences are only ever fetched by id (``get``), never searched, so their similarity graph is
# built as cheaply as Chroma allows: about half the write time of the default graph. An index
# built before keeps its collection's configuration; Chroma cannot change it in place.
SENTENCE_GRAPH: Any = {"hnsw": {"space": "cosine", "ef_construction": 8, "max_neighbors": 4}}


@dataclass
class Manifest:
    """What the index holds and how it was built."""

    model: str
    chunking: dict[str, int]
    schema: int = SCHEMA
    built_at: str = ""
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> entry
    lexical: str = ""  # fingerprint of the passages the BM25 index was built from
    counts: dict[str, int] = field(default_factory=dict)
    store: str = ""  # Settings.store_location: where the vector collections were written

    def compatible(self, settings: Settings) -> bool:
        return (
            self.schema == SCHEMA
            and self.model == settings.embedding_model
            and self.chunking == settings.chunking
            and self.store == settings.store_location
        )

    def article(self, article_id: str) -> Article:
        entry = self.articles[article_id]["article"]
        return Article(**{**entry, "comments": tuple(entry.get("comments", ()))})


def read_manifest(index_dir: Path) -> Manifest | None:
    path = index_dir / MANIFEST
    if not path.is_file():
        return None
    try:
        return Manifest(**json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, TypeError):
        return None


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Atomic: a reader or a killed writer never sees half a manifest."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".manifest-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(manifest), handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, index_dir / MANIFEST)


def wipe(settings: Settings) -> None:
    """Remove the built contents, keeping a README that documents the folder.

    The Chroma collections are dropped through Chroma itself (an open client in this process
    would otherwise keep writing to deleted files; a server's are not files here); everything
    else is removed from disk.
    """
    index_dir = settings.index_dir
    if settings.chroma_url or (index_dir / "chroma").is_dir():
        client = open_client(settings)
        existing = {c.name for c in client.list_collections()}
        for name in collection_names(settings):
            if name in existing:
                client.delete_collection(name)
    if not index_dir.is_dir():
        return
    for child in index_dir.iterdir():
        if child.name in ("README.md", "chroma"):
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()


def collection_names(settings: Settings) -> tuple[str, str]:
    return settings.chroma_prefix + PASSAGES, settings.chroma_prefix + SENTENCES


def open_client(settings: Settings) -> Any:
    """Chroma on disk under index_dir, or the server of ``chroma_url``; telemetry off."""
    import chromadb

    chroma_settings = chromadb.config.Settings(anonymized_telemetry=False, allow_reset=False)
    if not settings.chroma_url:
        return chromadb.PersistentClient(
            path=str(settings.index_dir / "chroma"), settings=chroma_settings
        )
    url = urlsplit(settings.chroma_url)
    secure = url.scheme == "https"
    try:
        client = chromadb.HttpClient(
            host=url.hostname or "",
            port=url.port or (443 if secure else 8000),
            ssl=secure,
            settings=chroma_settings,
        )
        client.heartbeat()
    except Exception as exc:  # the client raises plain ValueError or httpx errors
        raise StoreUnreachableError(settings.chroma_url, exc) from exc
    return client


class Store:
    """The two Chroma collections, as LangChain vector stores."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None) -> None:
        from langchain_chroma import Chroma

        passages, sentences = collection_names(settings)
        self.client = open_client(settings)
        self.passages: Chroma = Chroma(
            collection_name=passages,
            client=self.client,
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.sentences: Chroma = Chroma(
            collection_name=sentences,
            client=self.client,
            embedding_function=embeddings,
            collection_configuration=SENTENCE_GRAPH,
        )

    def write(
        self,
        store: Chroma,
        ids: list[str],
        texts: list[str],
        metadatas: list[dict[str, Any]],
        vectors: np.ndarray,
    ) -> None:
        """Upsert texts whose vectors are already computed (what ``add_texts`` stores, as-is)."""
        store._collection.upsert(
            ids=ids,
            documents=texts,
            metadatas=metadatas,  # type: ignore[arg-type]
            embeddings=vectors,
        )

    def nearest(
        self, store: Chroma, vector: np.ndarray, k: int, where: dict[str, Any] | None = None
    ) -> list[str]:
        """The ids of the k entries nearest ``vector``, nearest first. Asks Chroma for ids and
        distances only: fetching each hit's text and metadata, as LangChain's search does,
        doubles the query's time, and the caller holds the passages already."""
        found = store._collection.query(
            query_embeddings=[vector], n_results=k, where=where, include=["distances"]
        )
        return list(found["ids"][0])

    def counts(self) -> dict[str, int]:
        return {
            "passages": self.passages._collection.count(),
            "sentences": self.sentences._collection.count(),
        }

    def ids_by_article(self, store: Chroma) -> dict[str, set[str]]:
        found = store.get(include=["metadatas"])
        grouped: dict[str, set[str]] = {}
        for item_id, meta in zip(found["ids"], found["metadatas"], strict=True):
            grouped.setdefault(str(meta["article_id"]), set()).add(item_id)
        return grouped
