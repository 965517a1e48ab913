"""Hybrid retrieval: dense (Chroma) and lexical (BM25) rankings fused, with outlet diversity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.records import Article, Passage, Retrieved
from assistant.view import CorpusView


@dataclass(frozen=True)
class Filters:
    outlets: tuple[str, ...] = ()
    date_from: str = ""  # ISO dates, inclusive
    date_to: str = ""

    def admits(self, passage: Passage | Article) -> bool:
        if self.outlets and passage.outlet.casefold() not in {o.casefold() for o in self.outlets}:
            return False
        if (self.date_from or self.date_to) and not passage.published:
            return False
        if self.date_from and passage.published < self.date_from:
            return False
        return not (self.date_to and passage.published > self.date_to)

    def where(self) -> dict[str, Any] | None:
        return {"outlet": {"$in": list(self.outlets)}} if self.outlets else None

    def describe(self) -> str:
        """The filter in words: "from NBC News and The Hill published from 2016-01-12"."""
        dates = [f"from {self.date_from}"] if self.date_from else []
        dates += [f"until {self.date_to}"] if self.date_to else []
        parts = [f"from {' and '.join(self.outlets)}"] if self.outlets else []
        parts += [f"published {' '.join(dates)}"] if dates else []
        return " ".join(parts)

    @property
    def active(self) -> bool:
        return bool(self.outlets or self.date_from or self.date_to)


def fuse(rankings: Sequence[Sequence[str]], rrf_k: int) -> dict[str, float]:
    """Reciprocal rank fusion: sum of 1 / (rrf_k + rank) over the rankings."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (rrf_k + rank)
    return scores


def diversify(
    ranked: list[str], outlet_of: dict[str, str], k: int, even: bool = False
) -> list[str]:
    """Top k, but each outlet's best passage among the top 3k gets a place first; or, ``even``
    (outlets named side by side), each one's best, then each one's second best, and so on."""
    chosen: list[str] = []
    for _ in range(k if even else 1):
        seen: set[str] = set()
        for pid in ranked[: 3 * k]:
            if pid not in chosen and outlet_of[pid] not in seen and len(chosen) < k:
                chosen.append(pid)
                seen.add(outlet_of[pid])
    chosen += [pid for pid in ranked if pid not in chosen][: k - len(chosen)]
    order = {pid: i for i, pid in enumerate(ranked)}
    return sorted(chosen, key=order.__getitem__)


class HybridRetriever(BaseRetriever):
    """A LangChain retriever over the passages; ``search`` is the typed entry point."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    view: CorpusView
    embeddings: Embeddings
    k: int = 6
    candidates: int = 24
    rrf_k: int = 60

    def search(
        self, query: str, vector: np.ndarray, filters: Filters = Filters(), k: int | None = None
    ) -> list[Retrieved]:
        k = k or self.k
        dense = self.dense(vector, filters)
        lexical = self.lexical(query, filters)
        by_sentence = self.by_sentence(vector, filters)
        fused = fuse([dense, lexical, by_sentence], self.rrf_k)
        ranked = sorted(fused, key=lambda pid: -fused[pid])
        outlets = {pid: self.view.passages[pid].outlet for pid in ranked}
        chosen = diversify(ranked, outlets, k, even=len(filters.outlets) > 1)
        return [
            Retrieved(self.view.passages[pid], fused[pid], rank)
            for rank, pid in enumerate(chosen, start=1)
        ]

    def dense(self, vector: np.ndarray, filters: Filters) -> list[str]:
        wanted = self.candidates * (3 if filters.active else 1)
        store = self.view.store
        found = store.nearest(
            store.passages, vector, min(wanted, len(self.view.passages)), filters.where()
        )
        ids = [pid for pid in found if pid in self.view.passages]
        return [pid for pid in ids if filters.admits(self.view.passages[pid])][: self.candidates]

    def by_sentence(self, vector: np.ndarray, filters: Filters) -> list[str]:
        """Passages ranked by their best sentence: a precise match inside a long passage counts."""
        view = self.view
        if not view.sentences:
            return []
        sims = view.vectors @ vector
        ranked: list[str] = []
        for row in np.argsort(-sims)[: 4 * self.candidates]:
            pid = view.sentences[row].passage_id
            if pid not in ranked and pid in view.passages and filters.admits(view.passages[pid]):
                ranked.append(pid)
            if len(ranked) >= self.candidates:
                break
        return ranked

    def lexical(self, query: str, filters: Filters) -> list[str]:
        lexical = self.view.lexical_passages
        scores = lexical.scores(query)
        ranked: list[str] = []
        for row in np.argsort(-scores):
            if scores[row] <= 0 or len(ranked) >= self.candidates:
                break
            pid = lexical.ids[row]
            if pid in self.view.passages and filters.admits(self.view.passages[pid]):
                ranked.append(pid)
        return ranked

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        vector = np.asarray(self.embeddings.embed_query(query), dtype=np.float32)
        return [to_document(r) for r in self.search(query, vector)]


def to_document(retrieved: Retrieved) -> Document:
    passage = retrieved.passage
    return Document(
        id=passage.passage_id,
        page_content=passage.text,
        metadata={**passage.metadata(), "score": retrieved.score, "rank": retrieved.rank},
    )
