"""Shared fixtures: the real model and a real Chroma, built once per session in temp folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.api import Assistant
from assistant.config import Settings

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def embeddings():
    """The real all-MiniLM-L6-v2, loaded once for the whole session."""
    from assistant.embeddings import load_embedder

    return load_embedder(Settings())


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(index_dir=tmp_path_factory.mktemp("seed-index"), seeds_dir=SEEDS)


@pytest.fixture(scope="session")
def seed_assistant(seed_settings: Settings, embeddings) -> Assistant:
    """An Assistant over an index built from the project's seeds in a temp folder. As in
    production, ingest embeds with sentence-transformers and questions go through the query
    encoder the settings choose (numpy for the packaged model)."""
    from assistant.ingest import ingest

    ingest(seed_settings, embeddings=embeddings)
    return Assistant(seed_settings).load()


@pytest.fixture(scope="session")
def indexed(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Callable[..., Settings]:
    """Settings over a fresh index of articles written for a test: {file name: text}, with a
    catalog.toml among them when outlets matter. Any scope may use it."""
    from assistant.ingest import ingest

    def build(files: dict[str, str]) -> Settings:
        root = tmp_path_factory.mktemp("corpus")
        seeds = root / "seeds"
        seeds.mkdir()
        for name, text in files.items():
            (seeds / name).write_text(text, encoding="utf-8")
        settings = Settings(seeds_dir=seeds, index_dir=root / "index")
        ingest(settings, embeddings=embeddings)
        return settings

    return build


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Settings]:
    """A fresh seeds folder + index folder; files given as {name: text or bytes}."""

    def build(files: dict[str, str | bytes], copy_seeds: bool = False, **overrides) -> Settings:
        seeds = tmp_path / "seeds"
        seeds.mkdir(exist_ok=True)
        if copy_seeds:
            for path in SEEDS.iterdir():
                shutil.copy(path, seeds / path.name)
        for name, content in files.items():
            target = seeds / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return Settings(seeds_dir=seeds, index_dir=tmp_path / "index", **overrides)

    return build
