"""The held-out question file about the unseen (fictional) corpus passes the same checks as the
project's own question file: the checks of test_questions.py are run against this file, with the
unseen articles and their catalog's outlets standing in for the seeds."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from assistant.questions import CATEGORIES, load_questions
from tests import test_questions as seed_checks

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
QUESTIONS = UNSEEN / "questions.jsonl"
ARTICLES_DIR = UNSEEN / "articles"
CATALOG = tomllib.loads((ARTICLES_DIR / "catalog.toml").read_text(encoding="utf-8"))
ARTICLES = {p.stem: p.read_text(encoding="utf-8") for p in ARTICLES_DIR.glob("*.txt")}
OUTLETS = {entry["outlet"] for entry in CATALOG.values()}
ITEMS = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line]
ABSTAIN = {"unanswerable", "out_of_scope"}


@pytest.fixture
def unseen_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the seed checks at the unseen articles and outlets."""
    monkeypatch.setattr(seed_checks, "ARTICLES", ARTICLES)
    monkeypatch.setattr(seed_checks, "CORPUS", "\n".join(ARTICLES.values()))
    monkeypatch.setattr(seed_checks, "OUTLETS", OUTLETS)


def test_the_loader_accepts_the_file() -> None:
    assert len(load_questions(QUESTIONS, split="test")) == len(ITEMS) == 36


def test_ids_splits_and_category_coverage() -> None:
    assert [item["id"] for item in ITEMS] == [f"unseen-{n:02d}" for n in range(1, 37)]
    assert {item["split"] for item in ITEMS} == {"test"}
    categories = Counter(item["category"] for item in ITEMS)
    assert set(categories) == set(CATEGORIES)
    assert 7 <= sum(categories[c] for c in ABSTAIN) <= 10


def test_the_corpus_is_four_catalogued_articles_from_four_outlets() -> None:
    assert sorted(CATALOG) == sorted(f"{stem}.txt" for stem in ARTICLES)
    assert len(ARTICLES) == len(OUTLETS) == 4
    for text in ARTICLES.values():
        assert 350 <= len(re.findall(r"\S+", text)) <= 700
    for entry in CATALOG.values():
        assert set(entry) == {"outlet", "title", "author", "published", "url"}


@pytest.mark.usefixtures("unseen_corpus")
@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["id"])
def test_item_passes_the_seed_checks(item: dict[str, Any]) -> None:
    seed_checks.test_schema(item)
    seed_checks.test_labels_fit_the_category(item)
    seed_checks.test_gold_evidence_is_verbatim_in_its_article(item)
    seed_checks.test_every_fact_is_spelled_in_the_corpus(item)


@pytest.mark.parametrize(
    "item", [i for i in ITEMS if i["category"] in ABSTAIN], ids=lambda item: item["id"]
)
def test_unanswerable_distractors_are_in_the_corpus(item: dict[str, Any]) -> None:
    """Each unanswerable item's must-not-contain strings are real distractors in the articles."""
    if item["category"] == "unanswerable":
        corpus = "\n".join(ARTICLES.values())
        assert item["must_not_contain"]
        assert all(s in corpus for s in item["must_not_contain"])
