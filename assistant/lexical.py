"""The lexical side: BM25 (bm25s) over passages and sentences, built at ingest and saved in
two folders under the index (``bm25/passages``, ``bm25/sentences``)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from types import ModuleType

import numpy as np

from assistant.config import Settings
from assistant.records import Passage, Sentence
from assistant.text import search_terms

# Bump when the terms change, so an index built with the old ones is rebuilt.
TERMS_VERSION = "5"
PASSAGES_LEX = "passages"
SENTENCES_LEX = "sentences"


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


def lexical_dir(settings: Settings) -> Path:
    return settings.index_dir / "bm25"


def lexical_ready(settings: Settings) -> bool:
    folder = lexical_dir(settings)
    return (folder / PASSAGES_LEX / "ids.json").is_file() and (
        folder / SENTENCES_LEX / "ids.json"
    ).is_file()


def build_lexical(settings: Settings, passages: list[Passage], sentences: list[Sentence]) -> None:
    """Both BM25 indexes, saved; the sentences are indexed in article and reading order."""
    sentences = sorted(sentences, key=lambda s: (s.article_id, s.position))
    folder = lexical_dir(settings)
    Lexical.build([p.passage_id for p in passages], [p.text for p in passages]).save(
        folder / PASSAGES_LEX
    )
    Lexical.build([s.sentence_id for s in sentences], [s.text for s in sentences]).save(
        folder / SENTENCES_LEX
    )
