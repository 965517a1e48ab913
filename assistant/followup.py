"""Follow-ups without an LLM: carry the names of earlier turns into the retrieval query."""

from __future__ import annotations

import re
from collections.abc import Sequence

PRONOUN = re.compile(
    r"\b(he|him|his|she|her|hers|they|them|their|it|its|that|this|those|these|there)\b",
    re.IGNORECASE,
)
OPENER = re.compile(r"^\W*(and|but|also|so|what about|how about|then)\b", re.IGNORECASE)
NAME = re.compile(r"\b([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|del|de|la))*)")
QUESTION_WORDS = frozenset(
    [
        "What",
        "Who",
        "When",
        "Where",
        "Why",
        "How",
        "Which",
        "Did",
        "Does",
        "Do",
        "Is",
        "Are",
        "Was",
        "Were",
        "And",
        "But",
        "Also",
        "So",
        "Then",
        "Can",
        "Could",
        "Would",
        "Should",
        "Has",
        "Have",
        "Had",
        "I",
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "Tell",
    ]
)


def names(text: str) -> list[str]:
    """Capitalised names in a text, question words and sentence openers left out."""
    found = []
    for match in NAME.finditer(text):
        words = [w for w in match.group(1).split() if w not in QUESTION_WORDS]
        if words:
            found.append(" ".join(words))
    return list(dict.fromkeys(found))


def is_followup(question: str) -> bool:
    return bool(PRONOUN.search(question) or OPENER.search(question)) or not names(question)


def retrieval_query(question: str, history: Sequence[dict[str, str]]) -> str:
    """The question, plus the names from the latest earlier user turn when it leans on them."""
    earlier = [turn.get("content", "") for turn in history if turn.get("role") == "user"]
    if not earlier or not is_followup(question):
        return question
    carried = [n for n in names(earlier[-1]) if n.lower() not in question.lower()]
    return f"{question} ({' '.join(carried)})" if carried else question
