"""The held-out question files about the unseen (fictional) corpora pass the same checks as the
project's own question file: the checks of test_questions.py are run against each file, with its
corpus's articles and their catalog's outlets standing in for the seeds. `UnseenChecks` holds the
checks for one corpus under tests/data; a `Test...` subclass names the corpus it checks."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from assistant.questions import CATEGORIES, load_questions
from tests import test_questions as seed_checks

DATA = Path(__file__).resolve().parent / "data"
ABSTAIN = {"unanswerable", "out_of_scope"}
# A date and a weekday as the corpora's pages write them: "14 November 2034", "Saturday".
DATE = r"\d{1,2} [A-Z][a-z]+ 20\d\d"
WEEKDAY = r"[A-Z][a-z]+day"
TIME = r"\d{1,2}(?:\.\d\d)?[ap]m"  # "3.55pm", "8am"
DAY_MONTH = r"\d{1,2} [A-Z][a-z]+"  # "19 July"


def money(amount: str) -> float:
    """Pounds of an amount such as 1,284,000 or 10,848.48."""
    return float(amount.replace(",", ""))


def found(pattern: str, text: str, flags: int = re.M) -> re.Match[str]:
    """The first match of the pattern in the text, which must have one (for the format checks
    of the corpora's test files)."""
    match = re.search(pattern, text, flags)
    assert match, pattern
    return match


def page(pattern: str, texts: list[str], kind: str) -> tuple[str, re.Match[str]]:
    """The page that carries the pattern, with its match."""
    for text in texts:
        if match := re.search(pattern, text, re.M):
            return text, match
    raise AssertionError(f"no {kind}")


def minutes(clock: str) -> int:
    """Minutes after midnight of a time such as 6.42pm, 7pm or 12.05am."""
    hours, _, rest = clock[:-2].partition(".")
    return int(hours) % 12 * 60 + int(rest or 0) + (720 if clock.endswith("pm") else 0)


def minutes_24h(clock: str) -> int:
    """Minutes after midnight of a 24-hour time such as 14:51."""
    hours, _, rest = clock.partition(":")
    return int(hours) * 60 + int(rest)


def day(date: str) -> datetime:
    """The day of a date such as 14 November 2034 or 12 Sep 2033."""
    for form in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(date, form)
        except ValueError:
            continue
    raise AssertionError(f"not a date: {date}")


def dated(weekday: str, date: str) -> datetime:
    """The day of a date, which must fall on the weekday given with it."""
    when = day(date)
    assert when.strftime("%A") == weekday, (weekday, date)
    return when


class Corpus:
    """tests/data/<name>: articles/*.txt with their catalog.toml, and questions.jsonl."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.questions = DATA / name / "questions.jsonl"
        articles = DATA / name / "articles"
        self.catalog = tomllib.loads((articles / "catalog.toml").read_text(encoding="utf-8"))
        self.articles = {p.stem: p.read_text(encoding="utf-8") for p in articles.glob("*.txt")}
        self.outlets = {entry["outlet"] for entry in self.catalog.values()}
        lines = self.questions.read_text(encoding="utf-8").splitlines()
        self.items = [json.loads(line) for line in lines if line]

    def catalogued(self, text: str, field: str) -> str:
        """The catalog's field (outlet, title, publication date, author) of the page's text."""
        stem = next(s for s, t in self.articles.items() if t == text)
        return str(self.catalog[f"{stem}.txt"][field])

    def assert_listed(self, text: str, published: datetime | None = None, **fields: str) -> None:
        """The catalog lists the page's text with these fields (title, author, outlet) and, when
        given, the day it was published."""
        if published is not None:
            fields["published"] = published.date().isoformat()
        for field, value in fields.items():
            assert self.catalogued(text, field) == value, (field, value)


class UnseenChecks:
    CORPUS: Corpus

    def assert_furniture(self, *furniture: str) -> None:
        """Each piece of furniture is on some page of the corpus."""
        for piece in furniture:
            assert any(piece in text for text in self.CORPUS.articles.values()), piece

    def assert_planted(self, canary: str, spam: str = "") -> None:
        """The injected comment's canary is in the pages exactly once, and the spam is there."""
        texts = list(self.CORPUS.articles.values())
        assert sum(text.count(canary) for text in texts) == 1
        assert not spam or any(spam in text for text in texts)

    def assert_unwanted(self, canary: str, spam: str, every: bool = True, least: int = 1) -> None:
        """At least ``least`` injection items, each of them (or, not ``every``, one at least)
        listing the canary and the spam among what an answer must not contain; no gold evidence
        holds the canary."""
        items = self.CORPUS.items
        injections = [i for i in items if i["category"] == "injection"]
        listed = [{canary, spam} <= set(i["must_not_contain"]) for i in injections]
        assert len(injections) >= least
        assert all(listed) if every else any(listed)
        assert all(canary not in e["text"] for i in items for e in i["gold_evidence"])

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        """`item` is each question of the corpus; `abstain_item` each that should abstain."""
        items = self.CORPUS.items
        for name, chosen in (
            ("item", items),
            ("abstain_item", [i for i in items if i["category"] in ABSTAIN]),
        ):
            if name in metafunc.fixturenames:
                metafunc.parametrize(name, chosen, ids=lambda item: item["id"])

    @pytest.fixture
    def seed_corpus(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Point the seed checks at this corpus's articles and outlets."""
        monkeypatch.setattr(seed_checks, "ARTICLES", self.CORPUS.articles)
        monkeypatch.setattr(seed_checks, "CORPUS", "\n".join(self.CORPUS.articles.values()))
        monkeypatch.setattr(seed_checks, "OUTLETS", self.CORPUS.outlets)

    def test_the_loader_accepts_the_file(self) -> None:
        assert len(load_questions(self.CORPUS.questions, split="test")) == 36
        assert len(self.CORPUS.items) == 36

    def test_ids_splits_and_category_coverage(self) -> None:
        items = self.CORPUS.items
        assert [item["id"] for item in items] == [
            f"{self.CORPUS.name}-{n:02d}" for n in range(1, 37)
        ]
        assert {item["split"] for item in items} == {"test"}
        categories = Counter(item["category"] for item in items)
        assert set(categories) == set(CATEGORIES)
        assert 7 <= sum(categories[c] for c in ABSTAIN) <= 10

    def test_the_corpus_is_four_catalogued_articles_from_four_outlets(self) -> None:
        corpus = self.CORPUS
        assert sorted(corpus.catalog) == sorted(f"{stem}.txt" for stem in corpus.articles)
        assert len(corpus.articles) == len(corpus.outlets) == 4
        for text in corpus.articles.values():
            assert 350 <= len(re.findall(r"\S+", text)) <= 900
        for entry in corpus.catalog.values():
            assert set(entry) == {"outlet", "title", "author", "published", "url"}

    @pytest.mark.usefixtures("seed_corpus")
    def test_item_passes_the_seed_checks(self, item: dict[str, Any]) -> None:
        seed_checks.test_schema(item)
        seed_checks.test_labels_fit_the_category(item)
        seed_checks.test_gold_evidence_is_verbatim_in_its_article(item)
        seed_checks.test_every_fact_is_spelled_in_the_corpus(item)

    def test_unanswerable_distractors_are_in_the_corpus(self, abstain_item: dict[str, Any]) -> None:
        """Each unanswerable item's must-not-contain strings are real distractors in the articles."""
        if abstain_item["category"] == "unanswerable":
            corpus = "\n".join(self.CORPUS.articles.values())
            assert abstain_item["must_not_contain"]
            assert all(s in corpus for s in abstain_item["must_not_contain"])


class TestUnseen(UnseenChecks):
    CORPUS = Corpus("unseen")
