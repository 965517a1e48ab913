"""Chunk invariants: whole sentences, offsets that point into the article, settings honoured."""

from __future__ import annotations

from itertools import pairwise

import pytest

from assistant.chunking import chunk_article, quoted_from
from assistant.corpus import article_files, load_articles, load_catalog
from assistant.records import Article
from assistant.sentences import sentence_spans
from assistant.text import split_sentences
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def articles():
    return load_articles(article_files(SEEDS), load_catalog(SEEDS), 5_000_000).articles


@pytest.mark.parametrize(("size", "overlap"), [(300, 0), (600, 120), (1200, 300)])
def test_passages_are_whole_sentences_with_true_offsets(articles, size, overlap):
    for article in articles:
        passages, sentences = chunk_article(article, size, overlap)
        starts = {s for s, _ in sentence_spans(article.text)}
        ends = {e for _, e in sentence_spans(article.text)}
        for passage in passages:
            assert article.text[passage.start : passage.end] == passage.text
            assert passage.start in starts and passage.end in ends  # never cuts a sentence
            multi = len(split_sentences(passage.text)) > 1
            assert len(passage.text) <= size or not multi
            assert passage.outlet == article.outlet and passage.article_id == article.article_id
        covered = {s.sentence_id for s in sentences}
        assert len(covered) == len(sentences)
        assert [p.position for p in passages] == list(range(len(passages)))
        for sentence in sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_every_sentence_lands_in_a_passage(articles):
    for article in articles:
        passages, sentences = chunk_article(article, 500, 100)
        for s in sentences:
            assert any(p.start <= s.start and s.end <= p.end for p in passages)


def test_overlap_repeats_trailing_sentences(articles):
    article = max(articles, key=lambda a: len(a.text))
    without, _ = chunk_article(article, 400, 0)
    with_overlap, _ = chunk_article(article, 400, 250)
    assert all(a.end <= b.start for a, b in pairwise(without))
    assert any(b.start < a.end for a, b in pairwise(with_overlap))


def test_ids_come_from_content(articles):
    first, _ = chunk_article(articles[0], 600, 120)
    again, _ = chunk_article(articles[0], 600, 120)
    assert [p.passage_id for p in first] == [p.passage_id for p in again]


def test_splitter_keeps_abbreviations_and_quoted_speakers():
    text = "Mr. Penn met U.S. officials. “Why now?” Penn asked. It ended at 5 p.m. on Friday."
    assert split_sentences(text) == [
        "Mr. Penn met U.S. officials.",
        "“Why now?” Penn asked.",
        "It ended at 5 p.m. on Friday.",
    ]
    record = (
        "Key decision: Yes (Forward plan ref. KD/2030/041). Det. Insp. Hale and Cllr. Lee came."
    )
    assert split_sentences(record) == [
        "Key decision: Yes (Forward plan ref. KD/2030/041).",
        "Det. Insp. Hale and Cllr. Lee came.",
    ]


def test_a_contraction_is_no_initial():
    """ "couldn’t." ends a sentence; "J." before a name does not."""
    assert split_sentences("We simply couldn’t. Ask J. Smith why. It isn't. Fine.") == [
        "We simply couldn’t.",
        "Ask J. Smith why.",
        "It isn't.",
        "Fine.",
    ]


def test_a_unit_after_a_slash_is_no_initial():
    """ "15 km/h." ends a sentence: the "h" of a unit is no initial."""
    assert split_sentences(
        "The limit is 15 km/h. The driver was suspended. It hit 3 m/s. Done."
    ) == [
        "The limit is 15 km/h.",
        "The driver was suspended.",
        "It hit 3 m/s.",
        "Done.",
    ]


def test_a_time_of_day_ends_a_sentence_only_when_a_new_one_starts():
    assert split_sentences("He left at 9 p.m. The next day he returned.") == [
        "He left at 9 p.m.",
        "The next day he returned.",
    ]
    one = "The wall gave way at 3:40 a.m. Tuesday, the county said."
    assert split_sentences(one) == [one]
    assert split_sentences("They met at 7 p.m. EST on Friday.") == [
        "They met at 7 p.m. EST on Friday."
    ]


def test_a_cry_inside_a_quotation_stays_with_its_speaker():
    assert split_sentences("“Oh! Dear friend!” Captain Reyes cried. “No!” she said. Done.") == [
        "“Oh! Dear friend!” Captain Reyes cried.",
        "“No!” she said.",
        "Done.",
    ]
    # A question inside a quotation, or a cry far from the quotation's end, still ends a sentence.
    assert split_sentences("“Ten percent? That is generous,” he said.") == [
        "“Ten percent?",
        "That is generous,” he said.",
    ]
    long = "“Run! The water is coming over the wall and the road is already gone,” Ruiz said."
    assert split_sentences(long) == ["“Run!", long[6:]]


def test_the_number_of_a_list_item_starts_its_sentence():
    text = (
        "6. Is my tap water safe?\nYes. 7. Then this.\n2030. The year it shut.\nIt cost 12. More."
    )
    assert split_sentences(text) == [
        "6. Is my tap water safe?",
        "Yes.",
        "7. Then this.",
        "2030.",  # a year, not the number of an item
        "The year it shut.",
        "It cost 12.",
        "More.",
    ]


def test_a_run_of_end_marks_ends_one_sentence():
    assert split_sentences("Really?!?! Yes. Wait... What?") == [
        "Really?!?!",
        "Yes.",
        "Wait...",
        "What?",
    ]
    run = "?" * 5000
    assert split_sentences(f"Why{run} Because.") == [f"Why{run}", "Because."]


COUNCIL = (
    "The ferry will stop running in March. The council voted on Tuesday night. "
    "Moira Tennant, who chairs the harbour board, said: “We were told the boat was safe. "
    "Then a hull plate cracked in a winter storm. Nobody should cross on it again.”\n"
    "The board meets again in April."
)


@pytest.mark.parametrize(("size", "overlap"), [(170, 40), (200, 60)])
def test_a_quotation_cut_by_a_passage_goes_on_in_one_with_its_speaker(size, overlap):
    passages, _ = chunk_article(Article("a", COUNCIL), size, overlap)
    assert "the boat was safe." in passages[0].text and "Nobody" not in passages[0].text
    assert passages[1].text.startswith("Moira Tennant") and "Nobody should" in passages[1].text


def test_without_overlap_no_sentence_is_repeated_for_a_quotation():
    passages, _ = chunk_article(Article("a", COUNCIL), 170, 0)
    assert all(a.end <= b.start for a, b in pairwise(passages))


def test_a_quotation_over_two_paragraphs_stays_open_and_a_closed_one_does_not():
    text = "Dr Ash said: “It is over.\n“We start again.” The end came.\nA new day."
    spans = sentence_spans(text)
    assert quoted_from(text, spans) == [None, 0, None, None]
