"""Follow-ups without an LLM: carry the names of earlier turns into the retrieval query."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.text import normalise, split_sentences, strip_markers

PRONOUN = re.compile(
    r"\b(he|him|his|she|her|hers|they|them|their|it|its|that|this|those|these|there)\b",
    re.IGNORECASE,
)
MAX_NAMES = 6
EARLIER_ANSWERS = 3  # a follow-up is kept from repeating the last few answers
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
    """The question, plus what it leans on when it is a follow-up: the names of the latest
    user turn and the gist (first sentence) of the latest answer, where "he" or "that" point.

    A follow-up that names someone the last turns did not ("And what did he tell Charlie Rose?")
    turns to a new subject: the names go along, the gist of the last answer does not."""
    if not history or not is_followup(question):
        return question
    asked = [t.get("content", "") for t in history if t.get("role") == "user"][-1:]
    answered = [t.get("content", "") for t in history if t.get("role") == "assistant"][-1:]
    gist = first_sentence(answered[0]) if answered else ""
    if new_names(question, " ".join([*asked, *answered])):
        gist = ""
    carried = [n for n in names(" ".join([*asked, gist])) if n.lower() not in question.lower()]
    extra = " ".join(dict.fromkeys([*carried[:MAX_NAMES], gist]))
    return f"{question} ({extra.strip()})" if extra.strip() else question


def own_words(query: str) -> str:
    """The question of a ``retrieval_query``, without what it carried from the earlier turns."""
    return query.rsplit(" (", 1)[0] if query.endswith(")") else query


def new_names(question: str, earlier: str) -> list[str]:
    """Names of two or more words in the question ("Charlie Rose") that the earlier text lacks;
    one capitalised word is often not a name ("Mexican", "TV")."""
    earlier = earlier.lower()
    return [n for n in names(question) if len(n.split()) >= 2 and n.lower() not in earlier]


def first_sentence(text: str) -> str:
    """The first sentence of an earlier answer, without its [n] markers, at most 30 words."""
    sentences = split_sentences(strip_markers(text))
    return " ".join(sentences[0].split()[:30]) if sentences else ""


def earlier_answers(question: str, history: Sequence[dict[str, str]]) -> list[str]:
    """What the last answers of the conversation said (EARLIER_ANSWERS), which a follow-up should
    not say again; none when the question itself was asked before (asked again, it wants its
    answer again)."""
    if any(t["role"] == "user" and normalise(t["content"]) == normalise(question) for t in history):
        return []
    return [t["content"] for t in history if t["role"] == "assistant"][-EARLIER_ANSWERS:]
