"""Offline text utilities: sentence splitting with character offsets, tokens, normalising.

The splitter is rule based (no downloads): it ends a sentence at ., ! ? or … followed by
space and a capital, digit or quote, except after a known abbreviation or an initial, and
always at a line break.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vol",
        "fig",
        "approx",
        "dept",
        "est",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "d.c",
    ]
)
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ATTRIBUTION = re.compile(
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|continued|asked|added|told|wrote|argued|"
    r"responded|replied|explained|insisted|recalled)\b"
)
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’)\]]*$")
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_MARKER = re.compile(r"\s*\[\d+(?:\s*,\s*\d+)*\]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "into",
        "about",
        "over",
        "after",
        "before",
        "between",
        "during",
        "under",
        "above",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "than",
        "too",
        "very",
        "can",
        "will",
        "just",
        "should",
        "would",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "also",
        "up",
        "down",
        "out",
        "off",
        "again",
        "further",
        "once",
        "s",
        "t",
        "don",
        "didn",
        "doesn",
        "isn",
        "wasn",
        "according",
        "said",
        "says",
        "say",
        "tell",
        "told",
    ]
)
NEGATIONS = frozenset(
    ["no", "not", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "without"]
)


def _is_abbreviation(text: str, end: int) -> bool:
    match = _WORD_BEFORE.search(text[:end])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial, "J. Smith"


def _quote_then_speaker(text: str, match: re.Match[str]) -> bool:
    """A quotation ending in ? or ! followed by its speaker, "...that?” Penn continued."."""
    ending = match.group()
    if not (ending[-1] in "\"”’'" and any(c in ending for c in "?!")):
        return False
    return _ATTRIBUTION.match(text, match.end()) is not None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    for line in text[start:end].split("\n"):
        line_end = line_start + len(line)
        cut = line_start
        for match in _END.finditer(text, line_start, line_end):
            if _is_abbreviation(text, match.start() + 1) or _quote_then_speaker(text, match):
                continue
            spans.append((cut, match.end()))
            cut = match.end()
        spans.append((cut, line_end))
        line_start = line_end + 1
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text)


def normalise(text: str) -> str:
    """Lower-case, NFKC, straight quotes, no [n] markers, punctuation and space collapsed."""
    text = unicodedata.normalize("NFKC", strip_markers(text)).translate(_QUOTES).lower()
    text = re.sub(r"[^\w\s$%]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """Lower-case, straight quotes, accents removed ("Guzmán" -> "guzman")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def stem(token: str) -> str:
    """A light suffix stripper, enough to match "escaped"/"escape", "interviews"/"interview"."""
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: -len(suffix)]
            break
    if token.endswith("e") and len(token) >= 5:
        token = token[:-1]
    return token


def content_terms(text: str) -> list[str]:
    """Stemmed tokens without stop-words; numbers and negations are kept."""
    return [stem(t) for t in tokens(text) if t not in STOPWORDS]


def search_terms(text: str) -> list[str]:
    """Content terms for matching a question to the coverage: possessives dropped ("Penn's" ->
    "penn"), so a name matches however it is inflected."""
    return list(_search_terms(text))


@functools.lru_cache(maxsize=65536)
def _search_terms(text: str) -> tuple[str, ...]:
    """Cached: the same retrieved sentences come back question after question."""
    terms = []
    for token in tokens(text):
        if token.endswith(("'s", "'")):
            token = token.rsplit("'", 1)[0]
        if token and token not in STOPWORDS:
            terms.append(stem(token))
    return tuple(terms)


def word_count(text: str) -> int:
    return len(strip_markers(text).split())
