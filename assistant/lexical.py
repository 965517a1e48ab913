"""The lexical side: BM25 (bm25s) over passages and sentences, built at ingest."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assistant.text import search_terms

# Bump when the terms change, so an index built with the old ones is rebuilt.
TERMS_VERSION = "2"


class Lexical:
    """A BM25 index over a list of texts, addressed by their ids."""

    def __init__(self, ids: list[str], model: object) -> None:
        self.ids = ids
        self._model = model
        self._vocab: dict[str, int] = getattr(model, "vocab_dict", {}) or {}

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> Lexical:
        import bm25s

        model = bm25s.BM25()
        corpus = [search_terms(text) or ["_empty_"] for text in texts]
        model.index(corpus, show_progress=False)
        return cls(ids, model)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every text for the query (zeros when no term is known)."""
        terms = [t for t in search_terms(query) if t in self._vocab]
        if not terms or not self.ids:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self._model.get_scores(terms), dtype=np.float32)  # type: ignore[attr-defined]

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._model.save(str(folder))  # type: ignore[attr-defined]
        (folder / "ids.json").write_text(json.dumps(self.ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Lexical:
        import bm25s

        model = bm25s.BM25.load(str(folder))
        ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
        return cls(ids, model)
