"""A quotation shown without the sentence that names its speaker says who speaks in square
brackets, the editor's mark for words that are not the source's: "[Ilves] said" for "she said",
"[Ilves:]" before a bare quotation, and a transcript's label before an answer past the first line
of its turn. A body's "he" ("Selby Police said ... he said") is left as it is."""

from __future__ import annotations

import re

import pytest

from assistant.api import Assistant
from tests.test_interviews import STRIKE

BRIDGE = """Footbridge over the Wend closed after cracks found
The Wend footbridge in Selby was closed on Monday after inspectors found cracks in two of its \
steel hangers.

Marta Ilves, the council's chief engineer, said the bridge had been due for repainting, not \
repair. “Nobody expected to find cracks in a bridge this young,” she said. “We will not reopen \
it until every hanger has been tested.”

Selby Police said officers would guard both ends of the bridge overnight. “Anyone crossing the \
barriers will be stopped,” he said.

Local shopkeeper Tomasz Brandt said trade had halved since the closure. He added, “People simply \
stop coming into town.”

The contractor's site manager, Owen Pryce, says the steel arrived four months late. “We asked \
for the hangers in March and got them in July,” he said.
"""


@pytest.fixture(scope="module")
def bridge(indexed, embeddings) -> Assistant:
    return Assistant(indexed({"bridge.txt": BRIDGE}), embeddings=embeddings).load()


def sentence_with(text: str, words: str) -> str:
    """The answer's sentence (up to its marker) that holds the words."""
    return next(s for s in re.split(r"(?<=\d\])\s+", text) if words in s)


@pytest.mark.parametrize(
    ("question", "words", "shown"),
    [
        (
            "What did the chief engineer say about finding the cracks? Quote her.",
            "Nobody expected",
            "“Nobody expected to find cracks in a bridge this young,” [Ilves] said.",
        ),
        (
            "What did the shopkeeper say about people coming into town? Give his words.",
            "People simply",
            "[Brandt] added, “People simply stop coming into town.”",
        ),
        (
            "Until when will the bridge stay shut, in the engineer's words?",
            "every hanger",
            "[Ilves:] “We will not reopen it until every hanger has been tested.”",
        ),
        (  # named between commas, before "says": "the site manager, Owen Pryce, says"
            "What did the site manager say about when the hangers came? Quote him.",
            "We asked",
            "“We asked for the hangers in March and got them in July,” [Pryce] said.",
        ),
    ],
)
def test_a_quotation_says_who_speaks(bridge, question, words, shown) -> None:
    answer = bridge.answer(question)
    assert not answer.abstained
    assert sentence_with(answer.text, words).startswith(shown)


def test_a_bodys_he_is_left_as_it_is(bridge) -> None:
    answer = bridge.answer("What will happen to anyone crossing the barriers?")
    assert "will be stopped,” he said." in answer.text
    assert "[Police]" not in answer.text


def test_a_transcripts_answer_past_its_first_line_says_who_speaks(indexed, embeddings) -> None:
    mayor = Assistant(indexed({"strike.txt": STRIKE}), embeddings=embeddings).load()
    answer = mayor.answer("What exactly did the mayor say about the fishing boats? Quote her.")
    assert sentence_with(answer.text, "fishing boats").startswith("[CALLOWAY:] From Thursday")
