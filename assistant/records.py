"""Plain domain records that flow between the stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """A cleaned article. Offsets of passages and sentences index into ``text``."""

    article_id: str
    text: str
    title: str = ""
    outlet: str = "unknown"
    author: str = ""
    published: str = ""  # ISO date, "" when the text is silent
    url: str = ""
    source_path: str = ""
    comments: tuple[str, ...] = ()  # reader comments: never indexed, quoted only when asked for

    @property
    def lead(self) -> str:
        from assistant.text import split_sentences

        sentences = split_sentences(self.text)
        return sentences[0] if sentences else ""


@dataclass(frozen=True)
class Sentence:
    """A sentence unit: the smallest thing the answerer quotes."""

    sentence_id: str
    article_id: str
    passage_id: str  # the first passage that holds it
    position: int  # index of the sentence in the article
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    """A chunk of consecutive whole sentences of one article."""

    passage_id: str
    article_id: str
    position: int
    start: int
    end: int
    text: str
    outlet: str = "unknown"
    title: str = ""
    published: str = ""
    url: str = ""

    def metadata(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("text")
        return data

    @classmethod
    def beside(cls, article: Article, passage_id: str, text: str) -> Passage:
        """A passage that is no span of the article's text (its record, a reader's comment): it
        has no position and no offsets."""
        return cls(
            passage_id=passage_id,
            article_id=article.article_id,
            position=-1,
            start=0,
            end=0,
            text=text,
            outlet=article.outlet,
            title=article.title,
            published=article.published,
            url=article.url,
        )


@dataclass(frozen=True)
class Source:
    """A numbered source of an answer: the passage and the sentences it is cited for."""

    number: int
    article_id: str
    outlet: str
    title: str
    published: str
    url: str
    text: str  # the passage, from the store
    quote: str  # the sentence(s) the answer cites it for
    quote_start: int  # character offsets of the quote in the cleaned article
    quote_end: int
    passage_start: int
    passage_end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def cited(cls, number: int, passage: Passage, quote: str, start: int, end: int) -> Source:
        """Source ``number``: the passage, cited for ``quote`` at article offsets start..end."""
        return cls(
            number=number,
            article_id=passage.article_id,
            outlet=passage.outlet,
            title=passage.title,
            published=passage.published,
            url=passage.url,
            text=passage.text,
            quote=quote,
            quote_start=start,
            quote_end=end,
            passage_start=passage.start,
            passage_end=passage.end,
        )


@dataclass(frozen=True)
class Retrieved:
    """A passage the retriever returned, with its fused score and rank."""

    passage: Passage
    score: float
    rank: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "score": round(self.score, 6),
            "passage_id": self.passage.passage_id,
            "article_id": self.passage.article_id,
            "outlet": self.passage.outlet,
            "text": self.passage.text,
        }


@dataclass(frozen=True)
class Answer:
    """What every caller gets back: text with [n] markers, its sources, and whether it abstained."""

    question: str
    text: str
    abstained: bool
    sources: list[Source] = field(default_factory=list)
    retrieved: list[Retrieved] = field(default_factory=list)
    generator: str = "extractive"
    notice: str = ""  # e.g. "the LLM timed out; this is the extractive answer"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "abstained": self.abstained,
            "sources": [s.to_dict() for s in self.sources],
            "retrieved": [r.to_dict() for r in self.retrieved],
            "generator": self.generator,
            "notice": self.notice,
        }
