"""Questions about the articles themselves: when one was published, who wrote it, its headline.

The text of an article rarely says these things (its date line and byline are page furniture,
taken out at ingest), so they are answered from the article's record: the outlet, title,
author and date that ingest read off the page or the catalog. Each answer sentence is a
sentence of that record, and the record is the source it cites.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from assistant.question import outlet_pattern
from assistant.records import Article, Passage, Source
from assistant.text import search_terms, split_sentences, strip_markers

# What the question asks of an article. A field is asked only together with an article named
# as such ("the NBC News article", "these pieces"), so "When was Penn's story published?"
# stays a question about the coverage.
FIELDS = {
    "published": re.compile(
        r"\b(when|what date|what day|which day)\b[^?]*\b(publish(ed)?|posted|dated|written"
        r"|run|ran|appear(ed)?|come out|came out)\b",
        re.IGNORECASE,
    ),
    "author": re.compile(
        r"\bwho\b[^?]*\b(wrote|written|authored)\b|\b(author|byline|writer)s?\b", re.IGNORECASE
    ),
    "title": re.compile(r"\b(headlines?|titles?|headlined|titled)\b", re.IGNORECASE),
}
OUTLET = "\x00"  # stands in for a named outlet while the question is read
ARTICLE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ee]ach|[Bb]oth|[Ee]very)\s+(?:{OUTLET}\s+)?"
    rf"(?P<noun>articles?|pieces?|stor(?:y|ies)|reports?|posts?)\b"
    rf"|{OUTLET}(?:'s|’s)?\s+(?P<owned>articles?|pieces?|stor(?:y|ies)|reports?|posts?)\b"
)
# "the article in Rolling Stone" names an article that is not in the coverage.
ELSEWHERE = re.compile(r"^\s+(?:in|for|from|by|at)\s+(?:the\s+)?[A-Z]")
MOST = 8  # a question about every article lists at most this many
# "Which outlet reported ...?": one of the coverage's own outlets is asked for, not a paper that
# an article names ("Which magazine ran Penn's piece?").
OUTLET_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:news\s+)?(?:outlets?|publications?|sites?|websites?|news\s+"
    r"organi[sz]ations?|sources?|reports?)\b",
    re.IGNORECASE,
)
NAMED_OUTLETS = 3  # the cited sources whose outlets are named
# The words that ask for a record, not for which article: "who wrote the article about X" ->
# X describes the article.
RECORD_WORDS = frozenset(
    search_terms(
        "wrote written write writes author authored byline writer published publish posted dated "
        "run ran appeared appear come came out headline headlined title titled article piece "
        "story stories report post date day"
    )
)
ABSENT = {"published": "publication date", "author": "author", "title": "headline"}


@dataclass(frozen=True)
class Asked:
    """A question about articles' records: the fields it wants and whether it means several."""

    fields: tuple[str, ...]
    plural: bool


def asked_of_articles(query: str, outlets: Iterable[str]) -> Asked | None:
    """The record fields the question asks for, or None when it asks about the coverage."""
    text = query
    for outlet in outlets:
        text = outlet_pattern(outlet).sub(OUTLET, text)
    match = ARTICLE.search(text)
    if match is None or ELSEWHERE.match(text[match.end() :]):
        return None
    fields = tuple(field for field, pattern in FIELDS.items() if pattern.search(text))
    if not fields:
        return None
    noun = match.group("noun") or match.group("owned")
    return Asked(fields, plural=noun.endswith("s"))


def describes(question: str, article: Article) -> bool:
    """The article is the one the question describes: it holds some word of the description
    ("the article about the seawall"), or the question describes none."""
    described = set(search_terms(question)) - RECORD_WORDS
    if not described:
        return True
    return bool(described & set(search_terms(f"{article.title} {article.text}")))


def long_date(published: str) -> str:
    """ "2016-01-15" -> "January 15, 2016"; anything else as it is."""
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return published
    return f"{day:%B} {day.day}, {day.year}"


def value(article: Article, field: str) -> str:
    return {
        "published": long_date(article.published),
        "author": article.author,
        "title": article.title,
    }[field]


def named(article: Article) -> str:
    """The article as a reader would point to it: its title and outlet."""
    return f"{titled(article)} ({article.outlet})"


def titled(article: Article) -> str:
    """The article's title in quotation marks; "An untitled article", or "An article" when the
    title is more than one sentence (a sentence of the record holds one sentence)."""
    if not article.title:
        return "An untitled article"
    if len(split_sentences(article.title)) > 1:
        return "An article"
    return f"“{article.title}”"


def statement(article: Article, field: str) -> str:
    """One sentence of the record about one field, saying so when the page does not give it."""
    given = value(article, field)
    if not given:
        return f"{named(article)} gives no {ABSENT[field]}."
    if field == "published":
        return f"{named(article)} was published on {given}."
    if field == "author":
        return f"{named(article)} is by {given}."
    return f"The {article.outlet} article is headlined “{given}”."


def record(article: Article) -> str:
    """The article's record: a sentence saying where it is from, and one for each field."""
    return " ".join([from_outlet(article), *(statement(article, field) for field in FIELDS)])


def from_outlet(article: Article) -> str:
    return f"{titled(article)} is from {article.outlet}."


def outlets_asked(question: str, outlets: Iterable[str]) -> int:
    """How many outlets the question asks to be named: it asks which of the coverage's outlets
    says something ("Which publication interviewed the teacher?": 1, "Which outlets ...?":
    NAMED_OUTLETS) and names none of them; else 0."""
    asked = OUTLET_ASKED.search(question)
    if asked is None or any(outlet_pattern(outlet).search(question) for outlet in outlets):
        return 0
    return NAMED_OUTLETS if asked.group().lower().endswith("s") else 1


def outlets_named(
    text: str, sources: Sequence[Source], articles: Mapping[str, Article], most: int
) -> tuple[str, list[Source]]:
    """The answer with a sentence of the record of each of the first ``most`` cited articles
    that says which outlet it is from, for outlets the answer does not name already; each
    cites its record."""
    sources = list(sources)
    for article_id in list(dict.fromkeys(s.article_id for s in sources))[:most]:
        article = articles.get(article_id)
        if article is None or outlet_pattern(article.outlet).search(strip_markers(text)):
            continue
        said = from_outlet(article)
        sources.append(record_source(len(sources) + 1, article, said))
        text = f"{text} {said} [{len(sources)}]"
    return text, sources


def record_source(number: int, article: Article, quote: str) -> Source:
    """A source whose passage is the article's record; it has no offsets in the article text."""
    passage = Passage.beside(article, f"{article.article_id}:record", record(article))
    return Source.cited(number, passage, quote, 0, 0)


def answer_from_records(
    asked: Asked, articles: Sequence[Article]
) -> tuple[str, list[Source]] | None:
    """The answer text and its sources, one sentence per article and field; None when no
    article gives a field asked for (the caller abstains)."""
    if not any(value(article, field) for article in articles for field in asked.fields):
        return None
    sentences, sources = [], []
    given_first = sorted(articles, key=lambda a: not all(value(a, f) for f in asked.fields))
    for number, article in enumerate(given_first[:MOST], start=1):
        said = [statement(article, field) for field in asked.fields]
        sentences += [f"{sentence} [{number}]" for sentence in said]
        sources.append(record_source(number, article, " … ".join(said)))
    return " ".join(sentences), sources


def absent(asked: Asked, articles: Sequence[Article]) -> dict[str, str]:
    """The abstention's words: which articles do not give what ("a publication date")."""
    wanted = " or ".join(("an " if f == "author" else "a ") + ABSENT[f] for f in asked.fields)
    if len(articles) == 1:
        return {"articles": named(articles[0]), "verb": "does", "missing": wanted}
    return {"articles": "the articles asked about", "verb": "do", "missing": wanted}
