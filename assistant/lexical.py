"""The lexical side: BM25 (bm25s) over passages and sentences, built at ingest."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from types import ModuleType

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
        model = import_bm25s().BM25()
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
        model = import_bm25s().BM25.load(str(folder))
        ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
        return cls(ids, model)


def import_bm25s() -> ModuleType:
    """bm25s, with its logger left at the level it had before the import.

    Importing bm25s sets its logger to DEBUG, which lets "Building index from tokens" through
    whatever level the application configured; putting the level back leaves that choice to the
    application (the CLI's -v, a script's basicConfig).
    """
    logger = logging.getLogger("bm25s")
    level = logger.level
    import bm25s

    logger.setLevel(level)
    return bm25s
