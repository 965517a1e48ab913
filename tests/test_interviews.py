"""Page formats that change what a sentence is: an interviewer's lines in a question-and-answer
interview are not claims of the article, the answers are the words of the person interviewed, a
number in a name ("Flight 418") counts nothing, and a count answers only for the place and time it
is of."""

from __future__ import annotations

import pytest

from assistant.api import Assistant
from assistant.counting import counted, counts
from assistant.kinds import fits, unnamed_numbers

INTERVIEW = """'We were lucky': the ferry captain on the Orla crossing
Harbour Weekly spoke to captain Mirela Dunn about Tuesday's crossing. A coastguard officer said the strait had been "rough, but nothing a ferry cannot handle," on the day.

Q: The ferry company says the engine failure was caused by bad fuel.

A: The engine stopped twice in the middle of the strait. We drifted for an hour before the tug \
reached us, and nobody was hurt.

Q: How many passengers were aboard?

A: There were 212 passengers and 14 crew, and the children were the calmest of all.
"""


@pytest.fixture(scope="module")
def ferry(indexed, embeddings) -> Assistant:
    return Assistant(indexed({"ferry.txt": INTERVIEW}), embeddings=embeddings).load()


def test_an_interviewers_line_is_not_an_answer(ferry) -> None:
    answer = ferry.answer("What caused the engine failure, according to the ferry company?")
    assert "bad fuel" not in answer.text
    assert "Q:" not in answer.text


def test_the_interviewed_persons_answers_are(ferry) -> None:
    answer = ferry.answer("How long did the ferry drift before help came?")
    assert not answer.abstained and "an hour" in answer.text


def test_the_interviewed_persons_answers_are_her_own_words(ferry) -> None:
    answer = ferry.answer("How did captain Dunn describe the drift? Give her exact phrase.")
    assert "We drifted for an hour" in answer.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Flight 418 left at noon.", "Flight left at noon."),
        ("The bus took Route 9 to the coast.", "The bus took Route to the coast."),
        ("About 90 of the aircraft are in service.", "About 90 of the aircraft are in service."),
        ("In 2015 he escaped.", "In 2015 he escaped."),
        ("Its 38 cars were driven off.", "Its 38 cars were driven off."),
        ("Their 12 lawyers met.", "Their 12 lawyers met."),
        (
            "Runway 27 reopened with 3.5 hours of delays.",
            "Runway reopened with 3.5 hours of delays.",
        ),
    ],
)
def test_a_number_in_a_name_is_not_an_amount(text: str, kept: str) -> None:
    assert unnamed_numbers(text) == kept


def test_a_name_with_a_number_neither_counts_nor_holds_a_number() -> None:
    assert fits("number", "Nobody wants to read about another Flight 418.") < 0
    assert not counts(counted("How many passengers were there?"), "Flight 418 passengers met.")
    assert counts(counted("How many passengers were there?"), "Flight 418 carried 61 passengers.")


STORMS = """Two Storms Hit the Coast in One Week
Five people were killed when the storm struck Harlow on Monday, and 9,000 homes lost power.
Rescue crews said the river in Harlow rose faster than in any storm since 1998.
Later in the week a second storm reached the fishing port of Denton.
Schools in Denton were closed for two days and the harbour wall was damaged.
"""


def test_a_count_of_another_place_is_no_answer(indexed, embeddings) -> None:
    """The only count of the dead is Harlow's: asked about Denton, the answerer abstains."""
    assistant = Assistant(indexed({"storms.txt": STORMS}), embeddings=embeddings).load()
    harlow = assistant.answer("How many people were killed by the storm in Harlow?")
    assert not harlow.abstained and "Five people" in harlow.text
    assert assistant.answer("How many people were killed by the storm in Denton?").abstained


DATED = """Storm Floods Harlow
By Ines Varga | March 4, 2025
Five people were killed when the storm struck Harlow on Monday, and 9,000 homes lost power.
Rescue crews said the river rose faster than in any storm since 1998.
"""


def test_a_count_of_another_time_is_no_answer(indexed, embeddings) -> None:
    """The count is from the article's own month: asked about another year, the answerer
    abstains."""
    assistant = Assistant(indexed({"dated.txt": DATED}), embeddings=embeddings).load()
    assert assistant.view.articles["dated"].published == "2025-03-04"
    now = assistant.answer("How many people were killed by the storm in Harlow in March 2025?")
    assert not now.abstained and "Five people" in now.text
    assert assistant.answer("How many people were killed by the storm in Harlow in 2019?").abstained
