"""Signs that the passages may not answer a question, read before an answer is composed: no
sentence holds the kind of thing asked for, or the sentences that count it count something else."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from assistant.evidence import Evidence
from assistant.kinds import NUMBER_KINDS, fits, question_kind
from assistant.ranking import Candidate
from assistant.records import Retrieved
from assistant.text import fold

# A name in a question, not a sentence's first word: "How many were killed in Chicago? Do the
# reports agree?" -> Chicago.
QUESTION_NAME = re.compile(r"(?<=[^.?!\s]\s)[A-Z][\w’'-]+")
COUNTERS = 3  # the best sentences that count the things asked about, looked at for names


def names_asked(evidence: Evidence, rows: Sequence[int], thing: str, media: bool) -> bool:
    """Some of the sentences mentions the thing whose name was asked for (or, when a paper or
    an agency was asked for, names one)."""
    return any(thing in evidence.terms[row] or (media and evidence.media[row]) for row in rows)


def lacks_kind(evidence: Evidence, question: str, retrieved: Sequence[Retrieved]) -> bool:
    """The question asks for an amount, a count, an age, a duration, a rate or a time of day, and no
    sentence of the retrieved passages holds one: worth looking further before abstaining."""
    kind = question_kind(question)
    if kind not in NUMBER_KINDS:
        return False
    rows = {row for item in retrieved for row in evidence.view.sentences_of(item.passage)}
    return not any(fits(kind, evidence.view.sentences[row].text) > 0 for row in rows)


def closest(evidence: Evidence, vector: np.ndarray, retrieved: Sequence[Retrieved]) -> float:
    """The similarity to the question of the closest sentence in the passages."""
    rows = [row for item in retrieved for row in evidence.view.sentences_of(item.passage)]
    return float((evidence.view.vectors[rows] @ vector).max()) if rows else 0.0


def counts_elsewhere(evidence: Evidence, question: str, counting: Sequence[Candidate]) -> bool:
    """The question names people, places or times ("killed in the Chicago violence Penn referred
    to"), and none of the best sentences that count the things asked about (``counting``, best
    first), nor the sentences before them, names any of them: the count may be of something
    else."""
    names = {fold(name) for name in QUESTION_NAME.findall(question)}
    if not names:
        return False

    def names_one(candidate: Candidate) -> bool:
        before = int(evidence.neighbours[candidate.row][0])
        text = fold(candidate.sentence.text + " " + evidence.view.sentences[before].text)
        return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)

    return bool(counting) and not any(names_one(c) for c in counting[:COUNTERS])
