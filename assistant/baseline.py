"""The plain LangChain recipe, for comparison: scored by the same measures as the assistant.

RecursiveCharacterTextSplitter(1000, 200) over the raw article files, an in-memory Chroma with
the same MiniLM embeddings, top-4 by similarity; the "answer" is the first two sentences of the
top chunk, cited [1]. It never abstains. Outlets come from the seeds' catalog.toml, as metadata.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.records import Answer, Passage, Retrieved, Source
from assistant.text import split_sentences

if TYPE_CHECKING:
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings
    from langchain_core.vectorstores import VectorStore

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 4
ANSWER_SENTENCES = 2


def read_catalog(seeds_dir: Path) -> dict[str, dict[str, Any]]:
    path = seeds_dir / "catalog.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def raw_documents(seeds_dir: Path) -> list[Document]:
    """The raw article files, unchanged, one Document each, with outlet metadata."""
    from langchain_core.documents import Document

    catalog = read_catalog(seeds_dir)
    documents = []
    for path in sorted(seeds_dir.glob("*.txt")):
        entry = catalog.get(path.name, {})
        metadata = {
            "article_id": path.stem,
            "source": str(path),
            "outlet": str(entry.get("outlet") or "unknown"),
            "title": str(entry.get("title") or ""),
            "published": str(entry.get("published") or ""),
        }
        documents.append(Document(page_content=path.read_text(encoding="utf-8"), metadata=metadata))
    return documents


def split_documents(documents: list[Document]) -> list[Document]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
    )
    return splitter.split_documents(documents)


def build_store(chunks: list[Document], embeddings: Embeddings) -> VectorStore:
    """An in-memory Chroma (no telemetry, no persistence) over the chunks."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma

    client = chromadb.EphemeralClient(ChromaSettings(anonymized_telemetry=False))
    ids = [chunk_id(chunk) for chunk in chunks]
    name = "baseline-" + hashlib.sha256("".join(ids).encode()).hexdigest()[:16]
    if name in {c.name for c in client.list_collections()}:
        client.delete_collection(name)
    store = Chroma(collection_name=name, embedding_function=embeddings, client=client)
    store.add_documents(chunks, ids=ids)
    return store


def chunk_id(chunk: Document) -> str:
    key = f"{chunk.metadata['article_id']}:{chunk.metadata.get('start_index')}:{chunk.page_content}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def to_passage(chunk: Document, position: int) -> Passage:
    start = int(chunk.metadata.get("start_index") or 0)
    return Passage(
        passage_id=chunk_id(chunk),
        article_id=str(chunk.metadata["article_id"]),
        position=position,
        start=start,
        end=start + len(chunk.page_content),
        text=chunk.page_content,
        outlet=str(chunk.metadata.get("outlet", "unknown")),
        title=str(chunk.metadata.get("title", "")),
        published=str(chunk.metadata.get("published", "")),
    )


def to_source(passage: Passage, quote: str) -> Source:
    offset = passage.start + max(passage.text.find(quote), 0)
    return Source.cited(1, passage, quote, offset, offset + len(quote))


@dataclass(frozen=True)
class Baseline:
    """The recipe, built once; `answer` has the assistant's call shape."""

    store: VectorStore
    chunks: int

    @classmethod
    def build(cls, seeds_dir: Path, embeddings: Embeddings) -> Baseline:
        chunks = split_documents(raw_documents(seeds_dir))
        return cls(build_store(chunks, embeddings), len(chunks))

    def answer(self, question: str, history: Sequence[dict[str, str]] | None = None) -> Answer:
        found = self.store.similarity_search_with_score(question, k=TOP_K)
        retrieved = [
            Retrieved(to_passage(chunk, rank), -float(distance), rank)
            for rank, (chunk, distance) in enumerate(found, start=1)
        ]
        if not retrieved:
            return Answer(question, "", False, [], [], generator="baseline")
        top = retrieved[0].passage
        quote = " ".join(split_sentences(top.text)[:ANSWER_SENTENCES])
        text = f"{quote} [1]"
        return Answer(question, text, False, [to_source(top, quote)], retrieved, "baseline")
