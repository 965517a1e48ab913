"""String-level evaluation measures: support, citations, quotes, evidence, facts, intervals.

Everything here is a pure function of strings (no model, no network), following the evaluation
spec: ALCE-style citation recall/precision with a lexical `supports` instead of NLI, BEIR-style
evidence recall and MRR, and a Wilson interval for every k/n.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from assistant.sentences import sentence_spans
from assistant.text import (
    STOPWORDS,
    content_terms,
    negations,
    normalise,
    split_sentences,
    strip_markers,
    tokens,
)

MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
LEADING_MARKERS = re.compile(r"(?:\s*\[\d+(?:\s*,\s*\d+)*\])+")
CURLY_QUOTE = re.compile(r"“([^“”]*)”")
CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*")
_NUMBER_WORDS = """zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion first second third half dozen"""
NUMBER_WORDS = frozenset(_NUMBER_WORDS.split())
SUPPORT_SHARE = 0.9
CONTAINMENT = 0.8
MIN_QUOTE_WORDS = 3
NAME_FILLERS = frozenset({"the", "el", "la", "los", "las", "del", "de", "mr", "mrs", "ms", "dr"})


@dataclass(frozen=True)
class AnswerSentence:
    """A sentence of an answer, its character span in the answer and the markers it carries."""

    text: str
    start: int
    end: int
    citations: tuple[int, ...]


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def citations_in(text: str) -> list[int]:
    """Every citation number in text, in order, `[1, 2]` counted as two."""
    found: list[int] = []
    for match in MARKER.finditer(text):
        found.extend(int(part) for part in match.group(1).split(","))
    return found


def answer_sentences(text: str) -> list[AnswerSentence]:
    """Split an answer; markers pushed to the start of the next sentence join the previous one."""
    merged: list[list[int]] = []
    for start, end in sentence_spans(text):
        lead = LEADING_MARKERS.match(text, start, end)
        if merged and lead:
            merged[-1][1] = lead.end()
            start = lead.end()
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            merged.append([start, end])
        elif merged:
            merged[-1][1] = max(merged[-1][1], end)
    return [
        AnswerSentence(text[a:b], a, b, tuple(citations_in(text[a:b])))
        for a, b in merged
        if strip_markers(text[a:b]).strip()
    ]


def numbers_and_names(sentence: str) -> set[str]:
    """Numbers, number words and capitalised words (bar the first word) of a sentence, folded."""
    bare = strip_markers(sentence).strip().lstrip("\"“‘'(")
    required = {t for t in tokens(bare) if any(c.isdigit() for c in t) or t in NUMBER_WORDS}
    for match in CAPITALISED.finditer(bare):
        if match.start() > 0:
            required.update(t for t in tokens(match.group()) if t not in STOPWORDS)
    return {fold(t) for t in required}


def best_matching_sentence(premise: str, sentence: str) -> str:
    """The premise sentence sharing most content terms with the sentence."""
    wanted = set(content_terms(sentence))
    candidates = split_sentences(premise) or [premise]
    return max(candidates, key=lambda candidate: len(wanted & set(content_terms(candidate))))


def supports(premise: str, sentence: str) -> bool:
    """Lexical entailment: substring, or content overlap with equal numbers, names, negations."""
    claim = fold(normalise(sentence))
    if not claim:
        return False
    if claim in fold(normalise(premise)):
        return True
    terms = [fold(term) for term in content_terms(strip_markers(sentence))]
    if not terms:
        return False
    premise_terms = {fold(term) for term in content_terms(premise)}
    share = sum(term in premise_terms for term in terms) / len(terms)
    if share < SUPPORT_SHARE:
        return False
    premise_tokens = {fold(t) for t in tokens(premise)}
    if not numbers_and_names(sentence) <= premise_tokens:
        return False
    return negations(sentence) == negations(best_matching_sentence(premise, sentence))


def fold(text: str) -> str:
    """Lower-case without accents: "Guzmán" -> "guzman"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether the normalised phrase occurs in the normalised text on word boundaries."""
    wanted = fold(normalise(phrase))
    if not wanted:
        return False
    pattern = r"(?<![\w$%])" + re.escape(wanted) + r"(?![\w$%])"
    return re.search(pattern, fold(normalise(text))) is not None


def token_containment(needle: str, haystack: str) -> float:
    """Share of the needle's distinct tokens that occur in the haystack."""
    wanted = {fold(t) for t in tokens(needle)}
    if not wanted:
        return 0.0
    present = {fold(t) for t in tokens(haystack)}
    return len(wanted & present) / len(wanted)


def contained(needle: str, haystack: str, threshold: float = CONTAINMENT) -> bool:
    return token_containment(needle, haystack) >= threshold


@dataclass(frozen=True)
class QuotedSpan:
    text: str
    start: int
    end: int


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Spans inside “curly” quotes anywhere, and inside "straight" quotes within a sentence."""
    spans = [QuotedSpan(m.group(1), m.start(1), m.end(1)) for m in CURLY_QUOTE.finditer(text)]
    for start, end in sentence_spans(text):
        offset = start
        parts = text[start:end].split('"')
        for index, part in enumerate(parts[:-1]):
            if index % 2 == 1:
                spans.append(QuotedSpan(part, offset, offset + len(part)))
            offset += len(part) + 1
    return [span for span in spans if len(strip_markers(span.text).split()) >= MIN_QUOTE_WORDS]


def verbatim_in(span: str, passages: list[str]) -> bool:
    """Every sentence piece of a quoted span (3+ words) is in one of the passages, normalised."""
    texts = [normalise(passage) for passage in passages]
    for piece in split_sentences(strip_markers(span)):
        if len(piece.split()) < MIN_QUOTE_WORDS:
            continue
        wanted = normalise(piece)
        if wanted and not any(wanted in text for text in texts):
            return False
    return True


def names_speaker(sentence: str, speaker: str) -> bool:
    """Whether a sentence names the speaker (any name part of 3+ letters, accents folded)."""
    parts = {fold(t) for t in tokens(speaker) if len(t) >= 3 and t not in NAME_FILLERS}
    return bool(parts & {fold(t) for t in tokens(sentence)})


def wilson(k: int, n: int, z: float = 1.96) -> Interval:
    """The Wilson score interval of a proportion k/n (95% by default)."""
    if n <= 0:
        return Interval(0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def percentile(values: list[float], share: float) -> float | None:
    """Linear-interpolated percentile (share in [0, 1]); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
