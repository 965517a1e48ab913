"""How much a sentence says about a question: term coverage, answer kind, support."""

from __future__ import annotations

import math
import re
from collections import Counter

from assistant.text import NEGATIONS, content_terms, normalise, tokens
from assistant.view import CorpusView

NUMBER = re.compile(
    r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|dozen|several)\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"\b(hours?|days?|weeks?|months?|years?|minutes?|decades?|percent|%)\b", re.IGNORECASE
)
WHEN = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"tonight|week|month|year|(19|20)\d\d|earlier|later|ago|since|after|before|night)\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[“”\"]")
SPEECH = re.compile(
    r"\b(said|says|told|tells|wrote|asked|added|argued|responded|replied|called|continued|"
    r"stated|explained|insisted|answered|revealed)\b",
    re.IGNORECASE,
)
WHERE = re.compile(r"\b(in|at|near|to|from) (the )?[A-Z][\w-]+", re.UNICODE)


def question_kind(question: str) -> str:
    q = question.strip().lower()
    if re.search(
        r"\bhow (many|much|long|old|far)\b|\bwhat (number|percent|percentage|amount)\b", q
    ):
        return "number"
    if re.search(r"^\W*(and )?when\b|\bwhat (day|date|month|year|time)\b|\bon which day\b", q):
        return "when"
    if re.search(
        r"\bwho (said|says|told|called|claimed|described|wrote)\b|\bwhat did .+ (say|tell)\b|\bquote",
        q,
    ):
        return "quote"
    if re.search(r"^\W*(and )?where\b", q):
        return "where"
    return "other"


class Evidence:
    """Per-corpus statistics computed once, used to score sentences per question."""

    def __init__(self, view: CorpusView) -> None:
        self.view = view
        self.terms = [frozenset(content_terms(s.text)) for s in view.sentences]
        df: Counter[str] = Counter()
        for terms in self.terms:
            df.update(terms)
        total = max(len(self.terms), 1)
        self.idf = {t: math.log(1 + total / n) for t, n in df.items()}
        self.unknown_idf = math.log(1 + total)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_idf)

    def has_terms(self, question: str) -> bool:
        return bool(content_terms(question))

    def coverage(self, question: str, row: int) -> float:
        """Share of the question's term weight (IDF) that the sentence contains."""
        wanted = set(content_terms(question))
        if not wanted:
            return 0.0
        total = sum(self.weight(t) for t in wanted)
        found = sum(self.weight(t) for t in wanted if t in self.terms[row])
        return found / total

    def kind_fit(self, kind: str, text: str) -> float:
        """A bonus when the sentence holds what the question asks for, a cost when it cannot."""
        checks = {
            "number": lambda: bool(NUMBER.search(text) or DURATION.search(text)),
            "when": lambda: bool(WHEN.search(text)),
            "quote": lambda: bool(QUOTE.search(text) and SPEECH.search(text)),
            "where": lambda: bool(WHERE.search(text)),
        }
        if kind not in checks:
            return 0.0
        return 0.12 if checks[kind]() else -0.12


def supports_verbatim(premise: str, sentence: str) -> bool:
    """The strict support test: the sentence's words, numbers, names and negations are all there."""
    if normalise(sentence) in normalise(premise):
        return True
    said = [t for t in tokens(sentence) if t not in NEGATIONS]
    have = set(tokens(premise))
    if not said or sum(t in have for t in said) / len(said) < 0.9:
        return False
    names = set(re.findall(r"\b[A-Z][\w’']+|\d[\d,.]*", sentence))
    if any(n.lower().strip(",.") not in have for n in names):
        return False
    return {t for t in tokens(sentence) if t in NEGATIONS} == {
        t for t in tokens(premise) if t in NEGATIONS
    }
