"""Questions about the articles themselves (date, author, headline), answered from their records."""

from __future__ import annotations

import pytest

from assistant.api import Assistant
from assistant.attribution import citation_recall, citation_validity
from assistant.metadata import NAMED_OUTLETS, asked_of_articles, long_date, outlets_asked

OUTLETS = ("The Harbour Gazette", "Coast Radio")

GAZETTE = """Harbour Town Votes to Rebuild Its Seawall
By Mara Lindqvist, The Harbour Gazette
March 3, 2031
The town council of Port Alder voted on Tuesday to rebuild the seawall that failed in the March storm.
The new wall will be two metres taller and will cost about 14 million dollars, the council said.
Engineers told the council that the old wall was built in 1962 and had not been repaired since.
"""

RADIO = """Ferry Service Cut for the Winter
The ferry between Port Alder and Skerry Island will run twice a week until April, operators said.
Islanders said the reduced timetable would make it hard to reach the hospital on the mainland.
The operator blamed a shortage of crew and the cost of fuel for the cut.
"""

CATALOG = """["radio.txt"]
outlet = "Coast Radio"
"""


@pytest.mark.parametrize(
    ("question", "fields", "plural"),
    [
        ("When was The Harbour Gazette article published?", ("published",), False),
        ("On what date did the Coast Radio piece appear?", ("published",), False),
        ("Who wrote the article about the seawall?", ("author",), False),
        ("What is the headline of Coast Radio's story?", ("title",), False),
        ("When were these articles published, and who wrote them?", ("published", "author"), True),
    ],
)
def test_questions_about_an_article_ask_for_its_record(question, fields, plural):
    asked = asked_of_articles(question, OUTLETS)
    assert asked is not None
    assert (asked.fields, asked.plural) == (fields, plural)


@pytest.mark.parametrize(
    "question",
    [
        "When was the seawall built?",  # about the coverage, no article named
        "When was Penn's story published?",  # someone's story, not an article of the coverage
        "Who wrote the article in The Courier?",  # an article elsewhere
        "When was the Courier article published?",  # an outlet not in the coverage
        "What did the article say about the ferry?",  # no field of the record asked
    ],
)
def test_questions_about_the_coverage_are_not_about_records(question):
    assert asked_of_articles(question, OUTLETS) is None


def test_iso_dates_read_as_a_reader_writes_them():
    assert long_date("2031-03-03") == "March 3, 2031"
    assert long_date("2031-03") == "2031-03"  # not a whole date: as it is


@pytest.fixture(scope="module")
def harbour(indexed, embeddings) -> Assistant:
    settings = indexed({"gazette.txt": GAZETTE, "radio.txt": RADIO, "catalog.toml": CATALOG})
    return Assistant(settings, embeddings=embeddings).load()


def test_an_articles_date_and_author_come_from_its_byline(harbour):
    answer = harbour.answer("When was The Harbour Gazette article published, and who wrote it?")
    assert not answer.abstained
    assert "March 3, 2031" in answer.text and "Mara Lindqvist" in answer.text
    assert [s.outlet for s in answer.sources] == ["The Harbour Gazette"]
    record = answer.to_dict()
    assert citation_validity(record).k == 1
    recall = citation_recall(record)
    assert recall.k == recall.n > 0  # every sentence is said by the record it cites


def test_which_outlet_is_named_from_the_cited_articles_record(harbour):
    answer = harbour.answer("Which publication reported that the seawall will be rebuilt?")
    assert not answer.abstained
    assert "“Harbour Town Votes to Rebuild Its Seawall” is from The Harbour Gazette." in answer.text
    record = answer.sources[-1]
    assert record.article_id == "gazette" and record.quote_start == record.quote_end == 0
    assert record.quote in record.text
    assert citation_validity(answer.to_dict()).k == 1
    recall = citation_recall(answer.to_dict())
    assert recall.k == recall.n > 0
    # An outlet named in the question, or a paper asked for by its kind, is not added.
    named = harbour.answer("Which publication besides Coast Radio reported the seawall vote?")
    assert "is from" not in named.text
    assert "is from" not in harbour.answer("Which magazine reported the seawall vote?").text


def test_a_title_of_two_sentences_is_not_quoted_in_a_record_sentence(harbour):
    from dataclasses import replace

    from assistant.metadata import from_outlet

    gazette = harbour.view.articles["gazette"]
    assert from_outlet(gazette) == (
        "“Harbour Town Votes to Rebuild Its Seawall” is from The Harbour Gazette."
    )
    two = replace(gazette, title="The Wall Did Not Fail. The Council Did.")
    assert from_outlet(two) == "An article is from The Harbour Gazette."


def test_outlets_asked_for_and_how_many():
    outlets = ["The Harbour Gazette"]
    assert outlets_asked("Which outlet reported the vote?", outlets) == 1
    assert outlets_asked("Which outlets reported the vote?", outlets) == NAMED_OUTLETS
    assert outlets_asked("What did the Harbour Gazette report?", outlets) == 0
    assert outlets_asked("Which outlet besides the Harbour Gazette said so?", outlets) == 0
    assert outlets_asked("Which newspaper did the mayor write for?", outlets) == 0


def test_an_article_picked_by_its_subject(harbour):
    answer = harbour.answer("Who wrote the article about the seawall?")
    assert "Mara Lindqvist" in answer.text
    assert "Ferry" not in answer.text


def test_an_article_the_coverage_lacks_is_not_answered_with_another(harbour):
    """The best match is not the article described when it holds no word of the description."""
    answer = harbour.answer("Who wrote the article about the volcano eruption?")
    assert answer.abstained and answer.sources == []
    assert "Mara Lindqvist" not in answer.text


def test_an_article_that_gives_no_date_is_not_dated(harbour):
    answer = harbour.answer("When was the Coast Radio article published?")
    assert answer.abstained
    assert "publication date" in answer.text and "Ferry Service Cut" in answer.text
    assert answer.sources == []


def test_every_article_listed_those_that_give_the_field_first(harbour):
    answer = harbour.answer("When were these articles published?")
    assert not answer.abstained
    assert [s.outlet for s in answer.sources] == ["The Harbour Gazette", "Coast Radio"]
    assert "gives no publication date. [2]" in answer.text


def test_an_outlet_filter_chooses_the_article(harbour):
    answer = harbour.answer("What is the headline of the article?", outlets=["Coast Radio"])
    assert "Ferry Service Cut for the Winter" in answer.text
    assert [s.outlet for s in answer.sources] == ["Coast Radio"]
