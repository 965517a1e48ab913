"""Checking an LLM reply against the passages it was given, sentence by sentence.

The reply's [n] markers are parsed back and out-of-range ones dropped; a sentence without a valid
marker, or not supported by the passages it cites (the evaluation's ``supports``), is removed;
the sources are rebuilt from the store and renumbered in order of first citation.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.citing import make_source
from assistant.metrics import answer_sentences, supports
from assistant.records import Answer, Passage, Retrieved, Sentence, Source
from assistant.text import content_terms, normalise, split_sentences, strip_markers

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.view import CorpusView

log = logging.getLogger(__name__)

UNCHECKED = (
    "The LLM's answer could not be checked against its sources; this is the extractive answer."
)
REMOVED = (
    "{count} sentence(s) of the LLM's answer were left out: their sources do not support them."
)


@dataclass(frozen=True)
class Claim:
    """A checked sentence of the reply: its text without markers, the passages that support it."""

    text: str
    cited: tuple[int, ...]  # indexes into the numbered passages


def marked(claim: Claim, numbers: dict[int, int]) -> str:
    """The claim with its markers, numbered 1..n by first citation as ``cite`` numbers them."""
    for index in claim.cited:
        numbers.setdefault(index, len(numbers) + 1)
    return f"{claim.text} {''.join(f'[{numbers[i]}]' for i in claim.cited)}"


def checked_answer(assistant: Assistant, extractive: Answer, reply: str) -> Answer:
    """The reply as an Answer whose every sentence is supported by the sources it cites."""
    message = assistant.abstain_message()
    if is_abstention(reply, message):
        return Answer(extractive.question, message, True, [], extractive.retrieved, "llm")
    passages = [item.passage for item in extractive.retrieved]
    claims, removed = check_claims(reply, passages)
    if not claims:
        log.warning("no sentence of the LLM reply is supported: %r", reply[:200])
        return replace(extractive, notice=UNCHECKED)
    text, sources = cite(assistant.view, claims, extractive.retrieved)
    notice = REMOVED.format(count=removed) if removed else ""
    return Answer(extractive.question, text, False, sources, extractive.retrieved, "llm", notice)


def is_abstention(reply: str, message: str) -> bool:
    said, wanted = normalise(reply), normalise(message)
    first = normalise((split_sentences(message) or [message])[0])
    return bool(said) and (wanted in said or said.startswith(first))


def check_claims(reply: str, passages: Sequence[Passage]) -> tuple[list[Claim], int]:
    """The supported sentences of the reply, and how many sentences were removed."""
    claims: list[Claim] = []
    sentences = answer_sentences(reply)
    for sentence in sentences:
        text = strip_markers(sentence.text).strip()
        valid = [n - 1 for n in dict.fromkeys(sentence.citations) if 1 <= n <= len(passages)]
        cited = supporting(text, valid, passages)
        if cited:
            claims.append(Claim(text, cited))
    return claims, len(sentences) - len(claims)


def supporting(text: str, valid: list[int], passages: Sequence[Passage]) -> tuple[int, ...]:
    """The cited passages that support the sentence alone, else all of them if they do together,
    else none (ALCE: a citation that adds nothing to a supported sentence is dropped)."""
    if not text or not valid:
        return ()
    alone = tuple(i for i in valid if supports(passages[i].text, text))
    if alone:
        return alone
    together = "\n".join(passages[i].text for i in valid)
    return tuple(valid) if supports(together, text) else ()


def cite(
    view: CorpusView, claims: list[Claim], retrieved: Sequence[Retrieved]
) -> tuple[str, list[Source]]:
    """Answer text with markers renumbered 1..n by first citation, and those n sources."""
    numbers: dict[int, int] = {}
    parts = [marked(claim, numbers) for claim in claims]
    sources = [
        make_source(
            number,
            retrieved[index],
            [quote(view, retrieved[index].passage, c.text) for c in claims if index in c.cited],
        )
        for index, number in numbers.items()
    ]
    return " ".join(parts), sources


def quote(view: CorpusView, passage: Passage, claim: str) -> Sentence:
    """The passage sentence that best supports the claim (the whole passage if it has none)."""
    sentences = [view.sentences[row] for row in view.sentences_of(passage)]
    if not sentences:
        return Sentence(
            sentence_id=passage.passage_id,
            article_id=passage.article_id,
            passage_id=passage.passage_id,
            position=0,
            start=passage.start,
            end=passage.end,
            text=passage.text,
        )
    wanted = set(content_terms(claim))
    return max(
        sentences,
        key=lambda s: (supports(s.text, claim), len(wanted & set(content_terms(s.text)))),
    )
