"""Offline text utilities: normalising, tokens, search terms, markers, sentences as strings.

Where the sentences begin and end is decided by ``sentences.sentence_spans``; ``split_sentences``
here gives them as strings.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from assistant.sentences import sentence_spans

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# A sentence that ends like one, unlike a heading, a bulleted point or a tagline.
ENDS = re.compile(r"[.!?…][\"'”’)\]]*$")
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


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text)


def normalise(text: str) -> str:
    """Lower-case, NFKC, straight quotes, no [n] markers, punctuation and space collapsed."""
    text = unicodedata.normalize("NFKC", strip_markers(text)).translate(_QUOTES).lower()
    text = re.sub(r"[^\w\s$%]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, straight quotes, accents removed ("Guzmán" -> "guzman"). Cached, as
    ``_search_terms`` is: the same retrieved sentences are read question after question."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def stem(token: str) -> str:
    """A light suffix stripper, enough to match "escaped"/"escape", "interviews"/"interview";
    a verb done again is the verb ("reopened"/"open": ``AGAIN``), and some forms of a verb are
    one ("made"/"make": ``SAME_VERB``)."""
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: -len(suffix)]
            break
    if token.endswith("e") and len(token) >= 5:
        token = token[:-1]
    token = AGAIN.get(token, token)
    return SAME_VERB.get(token, token)


# Verbs done again that say what the verb says ("When will it open again?": "it will reopen"),
# as ``stem`` leaves them; not every "re-" word is one ("report", "resign", "return").
AGAIN = {
    "re" + verb: verb
    for verb in ("open", "start", "build", "built", "launch", "connect", "appear", "join",
                 "train", "elect", "stock", "fill")
}  # fmt: skip
# Forms of a verb the suffix stripper leaves apart, and a verb that says the same: "made",
# "makes" and "manufactured" are all "make" (not "built" and "build", which is also a building);
# and "overnight" is "through the night".
SAME_VERB = {"made": "make", "mak": "make", "manufactur": "make", "overnight": "night"}


def content_terms(text: str) -> list[str]:
    """Stemmed tokens without stop-words; numbers and negations are kept."""
    return [stem(t) for t in tokens(text) if t not in STOPWORDS]


def negations(text: str) -> frozenset[str]:
    """The negation words of a text; "n't" and "cannot" count as "not"."""
    found = set()
    for token in tokens(text):
        if token.endswith("n't") or token == "cannot":
            found.add("not")
        elif token in NEGATIONS:
            found.add(token)
    return frozenset(found)


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


def quotes_open(text: str, before: tuple[int, bool] = (0, False)) -> tuple[int, bool]:
    """The curly quotations and the straight one left open after the text, given those open
    before it."""
    curly, straight = before
    return max(curly + text.count("“") - text.count("”"), 0), straight != (text.count('"') % 2 == 1)
