"""A question that asks who a described person is ("Who is the official who ...?") is not answered
by a sentence that describes them again without a name ("an official said")."""

from __future__ import annotations

import pytest

from assistant.api import Assistant
from assistant.unnamed import described, left_unnamed

QUARRY = """Quarry Blast Rattles Windows in Benton
A blast at the Benton limestone quarry shook houses across the valley on Thursday morning.
A county safety inspector told the Benton Courier that the charge was twice the permitted size.
The quarry's owner, Harlow Aggregates, said the blast followed every rule.
Quarry manager Ottilie Brandt said the company would pay for any broken windows.
"""


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Who is the county safety inspector who spoke to the Courier?", "inspector"),
        ("What is the name of the New York reporter who broke the story?", "reporter"),
        ("Name the spokesman for the airline.", "spokesman"),
        ("Who was the pilot?", "pilot"),
        ("Who owns the quarry?", ""),
        ("Who said the blast followed every rule?", ""),
    ],
)
def test_a_question_asking_who_someone_described_is(question: str, noun: str) -> None:
    assert described(question) == noun


@pytest.mark.parametrize(
    ("sentence", "unnamed"),
    [
        ("A lawyer told NBC News Sunday that the appeal would fail.", True),
        ("Guzman's lawyer said no.", True),
        ("The appeal will fail, said the lawyer, who asked not to be named.", True),
        ("Actor Sean Penn and Kate del Castillo, a lawyer told NBC News Sunday.", True),
        ("Guzman's lawyer Jose Refugio Rodriguez said no.", False),
        ("Jose Rodriguez, a lawyer for Guzman, said no.", False),
        ("The lawyer, Jose Rodriguez, said the appeal would fail.", False),
        ("The appeal will fail, said Jose Rodriguez, the family's lawyer.", False),
    ],
)
def test_a_mention_is_named_only_with_a_name_beside_it(sentence: str, unnamed: bool) -> None:
    assert left_unnamed("lawyer", [sentence]) is unnamed


def test_sentences_that_do_not_mention_the_person_leave_the_question_open() -> None:
    assert not left_unnamed("journalist", ["He told Charlie Rose that his article failed."])


def test_who_an_unnamed_source_is_goes_unanswered(indexed, embeddings) -> None:
    assistant = Assistant(indexed({"quarry.txt": QUARRY}), embeddings=embeddings).load()
    inspector = assistant.answer("Who is the county safety inspector who spoke to the Courier?")
    assert inspector.abstained
    manager = assistant.answer("Who is the quarry manager who promised to pay for windows?")
    assert not manager.abstained and "Ottilie Brandt" in manager.text
