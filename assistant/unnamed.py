"""Questions that ask who someone described is ("Who is the official who told NBC ...?"), and
whether the answer's sentences leave that person unnamed ("a law enforcement official told NBC
News"). News often quotes people it does not name: repeating the description is not an answer."""

from __future__ import annotations

import re
from collections.abc import Sequence

# "Who is the Mexican law enforcement official who ...", "What is the name of the reporter that
# ...", "Name the spokesman ...": the description ends at a relative word, a preposition or the end.
DESCRIBED = re.compile(
    r"^\W*(?:who\s+(?:is|was|are|were)|what\s+(?:is|was)\s+the\s+name\s+of|name)\s+the\s+"
    r"(?P<words>(?:[\w’'.-]+\s+){0,5}?)(?P<noun>[a-z]+)"
    r"(?=\s+(?:who|whom|that|which|with|at|in|of|for|from|on|behind)\b|\s*[?,.]|\s*$)",
    re.IGNORECASE,
)
NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+"
CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)


def described(question: str) -> str:
    """The noun of the person a question asks to identify ("official", "reporter"), or ""."""
    match = DESCRIBED.search(question)
    return match.group("noun").lower() if match else ""


def named_at(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` has a name beside it: "official John Reyes", "the reporter,
    Ana Ruiz, said" or, in apposition, "Ana Ruiz, a reporter for the Ledger, said"."""
    after = re.match(rf",?\s+({NAME})", text[end:])
    if after and not CALENDAR.match(after.group(1)):
        return True
    closed = re.match(r"\s*(?:[,.;:)]|$)|\s+(?:for|at|of|with|in|from)\b", text[end:])
    before = text[max(0, start - 80) : start]
    apposed = re.search(
        rf"\b{NAME},\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,5}}$", before
    )
    return bool(closed and apposed)


def left_unnamed(noun: str, texts: Sequence[str]) -> bool:
    """The sentences mention the person only by the description, never with a name. False when
    they do not mention it at all (the answer may name them another way)."""
    mentions = [
        (text, m)
        for text in texts
        for m in re.finditer(rf"\b{re.escape(noun)}s?\b", text, re.IGNORECASE)
    ]
    return bool(mentions) and not any(named_at(text, m.start(), m.end()) for text, m in mentions)
