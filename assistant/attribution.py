"""Citation and quote measures of one answer: validity, ALCE recall and precision, fidelity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.metrics import (
    AnswerSentence,
    answer_sentences,
    citations_in,
    contained,
    contains_phrase,
    names_speaker,
    quoted_spans,
    supports,
    verbatim_in,
)


@dataclass(frozen=True)
class Count:
    """k successes out of n trials; n == 0 means the measure does not apply."""

    k: int
    n: int


def source_passages(answer: dict[str, Any]) -> dict[int, str]:
    """Source number -> the passage shown for it."""
    return {int(s["number"]): s.get("text") or s.get("quote") or "" for s in answer["sources"]}


def cited_numbers(answer: dict[str, Any]) -> set[int]:
    """Numbers that the text cites and that resolve to a source."""
    return set(citations_in(answer["text"])) & set(source_passages(answer))


def citation_validity(answer: dict[str, Any]) -> Count:
    numbers = citations_in(answer["text"])
    known = set(source_passages(answer))
    return Count(int(all(number in known for number in numbers)), 1)


def joined(passages: dict[int, str], numbers: set[int] | list[int]) -> str:
    return "\n".join(passages[number] for number in sorted(set(numbers)) if number in passages)


def sentence_supported(sentence: AnswerSentence, passages: dict[int, str]) -> bool:
    valid = [number for number in sentence.citations if number in passages]
    return bool(valid) and supports(joined(passages, valid), sentence.text)


def citation_recall(answer: dict[str, Any]) -> Count:
    passages = source_passages(answer)
    sentences = answer_sentences(answer["text"])
    return Count(sum(sentence_supported(s, passages) for s in sentences), len(sentences))


def relevant_citations(sentence: AnswerSentence, passages: dict[int, str]) -> int:
    """ALCE: none count when the sentence is unsupported; else a citation is irrelevant when
    the others support the sentence without it and it does not support it alone."""
    valid = sorted({number for number in sentence.citations if number in passages})
    if not valid or not supports(joined(passages, valid), sentence.text):
        return 0
    if len(valid) == 1:
        return 1
    relevant = 0
    for number in valid:
        alone = supports(passages[number], sentence.text)
        others = [other for other in valid if other != number]
        relevant += int(alone or not supports(joined(passages, others), sentence.text))
    return relevant


def citation_precision(answer: dict[str, Any]) -> Count:
    passages = source_passages(answer)
    sentences = answer_sentences(answer["text"])
    total = sum(len(set(s.citations)) for s in sentences)
    return Count(sum(relevant_citations(s, passages) for s in sentences), total)


def speaker_named(item: dict[str, Any], sentences: list[AnswerSentence], text: str) -> bool:
    """For quote items: each answer sentence carrying the quote names the speaker, or a sentence
    that shares a quoted span with it does."""
    quote = item.get("quote") or {}
    wanted, speaker = quote.get("text", ""), quote.get("speaker", "")
    if not wanted or not speaker:
        return True
    spans = quoted_spans(text)
    for sentence in sentences:
        if not (contains_phrase(sentence.text, wanted) or contained(wanted, sentence.text)):
            continue
        touching = [sentence]
        for span in spans:
            if span.start < sentence.end and span.end > sentence.start:
                touching += [s for s in sentences if s.start <= span.end and s.end >= span.start]
        if not any(names_speaker(s.text, speaker) for s in touching):
            return False
    return True


def quote_fidelity(item: dict[str, Any], answer: dict[str, Any]) -> Count:
    passages = source_passages(answer)
    cited = [passages[number] for number in sorted(cited_numbers(answer))]
    text = answer["text"]
    verbatim = all(verbatim_in(span.text, cited) for span in quoted_spans(text))
    named = item["category"] != "quote" or speaker_named(item, answer_sentences(text), text)
    return Count(int(verbatim and named), 1)


def is_cited(answer: dict[str, Any]) -> bool:
    """The answer carries at least one citation and every citation resolves to a source."""
    return bool(cited_numbers(answer)) and citation_validity(answer).k == 1
