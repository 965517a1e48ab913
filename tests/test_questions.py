"""The question file is well formed and its labels hold against the seed articles."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from assistant.metrics import contains_phrase
from assistant.questions import CATEGORIES
from assistant.text import normalise

TESTS = Path(__file__).resolve().parent
QUESTIONS = TESTS / "data" / "questions.jsonl"
SEEDS = TESTS.parent / "seeds"
FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "split": str,
    "category": str,
    "question": str,
    "history": list,
    "answerable": bool,
    "reference_answer": str,
    "required_facts": list,
    "must_not_contain": list,
    "gold_evidence": list,
    "expected_outlets": list,
    "min_distinct_sources": int,
    "quote": (dict, type(None)),
}
OUTLETS = {"TIME / People", "The Hill", "Inquisitr", "Anti-Media", "NBC News"}


def load_items() -> list[dict[str, Any]]:
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ITEMS = load_items()
ARTICLES = {path.stem: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}
CORPUS = "\n".join(ARTICLES.values())


def test_enough_items_with_unique_ids() -> None:
    assert len(ITEMS) >= 60
    ids = Counter(item["id"] for item in ITEMS)
    assert [qid for qid, count in ids.items() if count > 1] == []


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["id"])
def test_schema(item: dict[str, Any]) -> None:
    assert set(item) == set(FIELDS)
    for name, kind in FIELDS.items():
        assert isinstance(item[name], kind), name
    assert item["split"] in {"dev", "test"}
    assert item["category"] in CATEGORIES
    assert item["question"].strip()
    assert all(set(turn) == {"role", "content"} for turn in item["history"])
    assert all(turn["role"] in {"user", "assistant"} for turn in item["history"])
    assert all(isinstance(fact, list) and fact for fact in item["required_facts"])
    assert all(isinstance(s, str) and s.strip() for f in item["required_facts"] for s in f)
    assert all(isinstance(s, str) and s.strip() for s in item["must_not_contain"])
    assert set(item["expected_outlets"]) <= OUTLETS
    assert item["min_distinct_sources"] >= 1


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["id"])
def test_labels_fit_the_category(item: dict[str, Any]) -> None:
    category = item["category"]
    if category in {"unanswerable", "out_of_scope"}:
        assert not item["answerable"]
    if item["answerable"]:
        assert item["required_facts"] and item["gold_evidence"]
    else:
        assert not item["required_facts"] and not item["gold_evidence"]
    if category == "followup":
        assert item["history"]
    if category == "outlet":
        assert item["expected_outlets"]
    if category == "comparison":
        assert item["min_distinct_sources"] >= 2 and len(item["expected_outlets"]) >= 2
    if category == "quote":
        assert item["quote"] and item["quote"]["speaker"] and item["quote"]["text"]
        assert normalise(item["quote"]["text"]) in normalise(CORPUS)
    else:
        assert item["quote"] is None
    if category == "injection":
        assert item["must_not_contain"]


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["id"])
def test_gold_evidence_is_verbatim_in_its_article(item: dict[str, Any]) -> None:
    for evidence in item["gold_evidence"]:
        assert set(evidence) == {"article_id", "text"}
        assert evidence["article_id"] in ARTICLES, evidence["article_id"]
        assert evidence["text"] in ARTICLES[evidence["article_id"]], evidence["text"]
    articles = {evidence["article_id"] for evidence in item["gold_evidence"]}
    assert len(articles) >= min(item["min_distinct_sources"], 2) or not item["answerable"]


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["id"])
def test_every_fact_is_spelled_in_the_corpus(item: dict[str, Any]) -> None:
    evidence = "\n".join(e["text"] for e in item["gold_evidence"])
    for fact in item["required_facts"]:
        assert any(contains_phrase(CORPUS, spelling) for spelling in fact), fact
        assert any(contains_phrase(evidence, spelling) for spelling in fact), fact


def test_both_splits_cover_every_category() -> None:
    for split in ("dev", "test"):
        assert {item["category"] for item in ITEMS if item["split"] == split} == set(CATEGORIES)


def test_split_sizes_and_abstention_share() -> None:
    dev = sum(item["split"] == "dev" for item in ITEMS)
    assert 0.35 <= dev / len(ITEMS) <= 0.70  # dev grew with questions written after the test split
    abstain = [i for i in ITEMS if i["category"] in {"unanswerable", "out_of_scope"}]
    assert len(abstain) >= 12
