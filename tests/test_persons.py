"""Questions about a person that a close sentence can seem to answer without answering: who a
described person is ("Who is the official who ...?" is not answered by "an official said"), and
what a named person said ("How did she respond?" is not answered by a sentence where she is only
mentioned)."""

from __future__ import annotations

import pytest

from assistant.api import Assistant
from assistant.persons import asked_speaker, described, left_unnamed, speaks

QUARRY = """Quarry Blast Rattles Windows in Benton
A blast at the Benton limestone quarry shook houses across the valley on Thursday morning.
A county safety inspector told the Benton Courier that the charge was twice the permitted size.
The quarry's owner, Harlow Aggregates, said the blast followed every rule.
Quarry manager Ottilie Brandt said the company would pay for any broken windows.
The inspector said the county would write to Benton mayor Ruth Adeyemi about the blast.
"""


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Who is the county safety inspector who spoke to the Courier?", "county safety inspector"),
        ("What is the name of the New York reporter who broke the story?", "new york reporter"),
        ("Name the airline's spokesman for the region.", "airline's spokesman"),
        ("Who is the journalist with whom he spoke on television?", ""),
        ("Who was the pilot?", ""),
        ("Who owns the quarry?", ""),
        ("Who said the blast followed every rule?", ""),
        ("What is the name of the man arrested over the blast?", "man"),  # a name is asked for
        ("Who was the man arrested over the blast?", ""),
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
        ("A lawyer from Culiacan said the appeal would fail.", True),
        ("Police named the lawyer as Jose Rodriguez, 41.", False),
    ],
)
def test_a_mention_is_named_only_with_a_name_beside_it(sentence: str, unnamed: bool) -> None:
    assert left_unnamed("lawyer", [sentence]) is unnamed


def test_sentences_that_do_not_mention_the_person_leave_the_question_open() -> None:
    assert not left_unnamed("journalist", ["He told Charlie Rose that his article failed."])


def test_a_described_person_may_be_mentioned_by_the_descriptions_noun() -> None:
    """ "the lorry driver" is "the driver of the lorry" in the coverage: a mention all the same."""
    assert left_unnamed("lorry driver", ["The driver of the lorry, a man of 52, died there."])
    assert not left_unnamed("lorry driver", ["The driver of the lorry, Tom Reyes, died there."])


def test_who_an_unnamed_source_is_goes_unanswered(indexed, embeddings) -> None:
    assistant = Assistant(indexed({"quarry.txt": QUARRY}), embeddings=embeddings).load()
    inspector = assistant.answer("Who is the county safety inspector who spoke to the Courier?")
    assert inspector.abstained
    manager = assistant.answer("Who is the quarry manager who promised to pay for windows?")
    assert not manager.abstained and "Ottilie Brandt" in manager.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("How did Ruth Adeyemi respond to the county's letter?", "Ruth Adeyemi"),
        ("What did Kate del Castillo herself say about it?", "Kate del Castillo"),
        ("What did the quarry's owner say?", ""),
        ("What did Harlow's manager say?", ""),
        ("What do NBC News and TIME each say about it?", ""),
        ("How do I say hello in Japanese?", ""),
        ("What does Brindle Mills tell investors about the strike?", ""),  # the outlet's words
        ("What did Mills say about the strike?", ""),
        ("What did Sam Brindle say about the strike?", "Sam Brindle"),
    ],
)
def test_a_question_asking_what_someone_named_said(question: str, name: str) -> None:
    assert asked_speaker(question, ["NBC News", "TIME", "Brindle Mills plc"]) == name


@pytest.mark.parametrize(
    ("sentence", "spoke"),
    [
        ("Adeyemi said the town would sue.", True),
        ("“We will sue,” said Adeyemi.", True),
        ("Adeyemi, the town's mayor since 2019, denied that the blast was legal.", True),
        ("According to Adeyemi, the town will sue.", True),
        ("Adeyemi took the call, and she told reporters the town would sue.", True),
        ("She told reporters the town would sue.", False),  # who "she" is, it does not say
        ("The county will write to Benton mayor Ruth Adeyemi about the blast.", False),
        ("Inspectors told Adeyemi that the charge was too big.", False),
        ("Ruth Adeyemi, a county inspector told the Courier, was away.", False),
    ],
)
def test_a_person_speaks_when_a_sentence_has_them_say_or_do_something(
    sentence: str, spoke: bool
) -> None:
    assert speaks("Ruth Adeyemi", [sentence]) is spoke


@pytest.mark.parametrize(
    ("before", "spoke"),
    [
        ("Adeyemi was asked about the blast.", True),
        ("The county wrote to Adeyemi about the blast.", True),
        ("Inspector Cal Moreno was asked about the blast.", False),
    ],
)
def test_a_pronoun_speaks_for_the_person_the_sentence_before_names(
    before: str, spoke: bool
) -> None:
    assert speaks("Ruth Adeyemi", [before, "She said the town would sue."]) is spoke


INSPECTION = """Quarry Inspector Finds Oversized Charge in Benton
A blast at the Benton limestone quarry shook houses across the valley on Thursday morning.
The county will write to Benton mayor Ruth Adeyemi about the blast, an inspector said.
"The charge was twice the permitted size," inspector Cal Moreno told the Benton Courier.
He added that the county would fine the quarry's owner.
"""


def test_a_pronoun_for_someone_else_is_no_response_of_the_person_asked_about(
    indexed, embeddings
) -> None:
    """ "He added" follows the inspector's words: the mayor, only written to, says nothing."""
    assistant = Assistant(indexed({"inspection.txt": INSPECTION}), embeddings=embeddings).load()
    assert assistant.answer("How did Ruth Adeyemi respond to the blast?").abstained
    moreno = assistant.answer("What did Cal Moreno say about the charge?")
    assert not moreno.abstained and "twice the permitted size" in moreno.text


def test_what_someone_only_mentioned_said_goes_unanswered(indexed, embeddings) -> None:
    assistant = Assistant(indexed({"quarry.txt": QUARRY}), embeddings=embeddings).load()
    assert assistant.answer("How did Ruth Adeyemi respond to the county's letter?").abstained
    brandt = assistant.answer("What did Ottilie Brandt say about the broken windows?")
    assert not brandt.abstained and "pay for any broken windows" in brandt.text


def test_who_spoke_is_also_read_in_the_sentence_after_a_pick() -> None:
    """A quotation split at its "Oh!" keeps its speaker in the sentence after it."""
    from types import SimpleNamespace

    import numpy as np

    from assistant.compose import said_with

    texts = ["Asked about the cost, the mayor paused.", "“Oh!", "Worth it!” Ada Fenwick replied."]
    evidence = SimpleNamespace(
        neighbours=np.array([[0, 1], [0, 2], [1, 2]]),
        view=SimpleNamespace(sentences=[SimpleNamespace(text=t) for t in texts]),
    )
    picks = [SimpleNamespace(candidate=SimpleNamespace(row=1))]
    assert said_with(evidence, picks) == texts  # type: ignore[arg-type]
    assert speaks("Ada Fenwick", said_with(evidence, picks))  # type: ignore[arg-type]
    assert not speaks("Ada Fenwick", texts[:2])
