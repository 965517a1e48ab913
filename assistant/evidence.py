"""How much a sentence says about a question: term coverage, answer kind, support; and what the
corpus is like: which sentences are generic, which belong together, which directions all share."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.naming import MEDIA_NAME, name_ends
from assistant.records import Passage
from assistant.text import (
    ENDS,
    NEGATIONS,
    fold,
    normalise,
    quotes_open,
    search_terms,
    tokens,
    word_count,
)
from assistant.view import CorpusView


def neighbour_rows(view: CorpusView) -> np.ndarray:
    """For each sentence row, the rows of the sentences before and after it in its article
    (itself where there is none)."""
    rows = np.arange(len(view.sentences))
    before, after = rows.copy(), rows.copy()
    for row in rows[1:]:
        previous, current = view.sentences[row - 1], view.sentences[row]
        if previous.article_id == current.article_id and previous.position + 1 == current.position:
            before[row], after[row - 1] = row - 1, row
    return np.stack([before, after], axis=1)


# A quotation that runs over several sentences is shown whole, and so is a fragment of at most
# FRAGMENT_WORDS words with the sentence before it in its paragraph ("Never.”"; not a line of its
# own, such as a page's "Filmed by Cal Drum."), within these limits.
GROUP_SENTENCES = 4
GROUP_WORDS = 70
FRAGMENT_WORDS = 4


def quote_groups(view: CorpusView, neighbours: np.ndarray, words: np.ndarray) -> np.ndarray:
    """For each sentence row, the first and last rows of the sentences shown with it: the whole
    quotation when one runs over several sentences (“Look, all I do is defend myself, nothing
    more. But do I start trouble? Never.”), and a short fragment with the sentence before it.
    A quotation left open past the limits (a missing closing mark) is not grouped. Takes the
    rows' ``neighbour_rows`` and word counts."""
    sentences = view.sentences
    bounds = np.stack([np.arange(len(sentences))] * 2, axis=1)

    def fits(first: int, last: int) -> bool:
        return last - first < GROUP_SENTENCES and int(words[first : last + 1].sum()) <= GROUP_WORDS

    row = 0
    while row < len(sentences):
        last, state = row, quotes_open(sentences[row].text)
        first_paragraph = True
        while any(state) and neighbours[last][1] != last:
            if first_paragraph and not same_paragraph(view, last, last + 1):
                first_paragraph = False
                # a quotation over several paragraphs leaves each but the last open, and the
                # next opens with a mark: it is shown to its first paragraph's end
                if sentences[last + 1].text.lstrip()[:1] in ("“", '"'):
                    state = (0, False)
                    break
            if not fits(row, last + 1):
                break
            last += 1
            state = quotes_open(sentences[last].text, state)
        if any(state):  # not closed within the limits: left as single sentences
            row += 1
        else:
            bounds[row : last + 1] = (row, last)
            row = last + 1
    for row in range(1, len(sentences)):
        first, last = bounds[row]
        before = int(neighbours[row][0])
        short = words[row] <= FRAGMENT_WORDS and same_paragraph(view, before, row)
        if short and first == row and before != row and fits(bounds[before][0], last):
            bounds[bounds[before][0] : last + 1] = (bounds[before][0], last)
    return bounds


def same_paragraph(view: CorpusView, first: int, second: int) -> bool:
    """No line ends between the two sentences (rows) of an article."""
    one, two = view.sentences[first], view.sentences[second]
    article = view.articles.get(one.article_id)
    return article is not None and "\n" not in article.text[one.end : two.start]


GENERIC_NEIGHBOURS = 5
GENERIC_SAMPLE = 2048


def genericity(vectors: np.ndarray) -> np.ndarray:
    """For each sentence, its mean similarity to its closest other sentences: high for a
    sentence that resembles much of the coverage ("X was captured Friday"), which then matches
    many questions without answering any (the hubness correction of CSLS, Conneau et al. 2018).
    Measured against an evenly spread sample of the sentences, so a large index loads fast."""
    count = len(vectors)
    if count <= GENERIC_NEIGHBOURS:
        return np.zeros(count, dtype=np.float32)
    sample = np.unique(np.linspace(0, count - 1, min(count, GENERIC_SAMPLE)).astype(np.int64))
    out = np.empty(count, dtype=np.float32)
    for start in range(0, count, 1024):
        sims = vectors[start : start + 1024] @ vectors[sample].T
        own = np.nonzero((sample >= start) & (sample < start + 1024))[0]
        sims[sample[own] - start, own] = -1.0  # a sentence is not its own neighbour
        top = np.partition(sims, -GENERIC_NEIGHBOURS, axis=1)[:, -GENERIC_NEIGHBOURS:]
        out[start : start + 1024] = top.mean(axis=1)
    return out


COMMON_DIRECTIONS = 3
# Fewer sentences than this say too little of what is common; they are left as they are.
COMMON_SAMPLE_MIN = 60


@dataclass(frozen=True)
class Distinctive:
    """Vectors with what the whole corpus shares taken out: the mean and the top principal
    directions ("all-but-the-top", Mu and Viswanath 2018). In coverage of one story every
    sentence is near the story's gist; without those directions, what a question asks about
    the story decides the match. Fitted on an evenly spread sample of the sentences; a corpus
    of fewer than COMMON_SAMPLE_MIN sentences is left as it is."""

    mean: np.ndarray
    directions: np.ndarray  # (d, dim), orthonormal

    @classmethod
    def fit(cls, vectors: np.ndarray, count: int = COMMON_DIRECTIONS) -> Distinctive:
        dim = vectors.shape[1] if vectors.ndim == 2 else 0
        if len(vectors) < max(COMMON_SAMPLE_MIN, count + 2):
            return cls(np.zeros(dim, dtype=np.float32), np.zeros((0, dim), dtype=np.float32))
        rows = np.unique(np.linspace(0, len(vectors) - 1, min(len(vectors), GENERIC_SAMPLE)))
        sample = vectors[rows.astype(np.int64)]
        mean = sample.mean(axis=0)
        _, _, top = np.linalg.svd(sample - mean, full_matrices=False)
        return cls(mean.astype(np.float32), top[:count].astype(np.float32))

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        """The vectors (one or a matrix of rows) without the common part, normalised."""
        rest = vectors - self.mean
        rest = rest - (rest @ self.directions.T) @ self.directions
        norms = np.linalg.norm(rest, axis=-1, keepdims=True)
        return (rest / np.maximum(norms, 1e-12)).astype(np.float32)


# A speaker's label opening a line of a transcript: "Q:", "A:", "HOLT:", "NADINE OKAFOR-BEALE:",
# "PRESENTER (Rhian Vaux):" (a programme's time code before it goes at cleaning).
SPEAKER = re.compile(
    r"[ \t]*([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]"
)
TURNS = 2  # a label is a speaker's when it opens at least this many lines


@dataclass(frozen=True)
class Turn:
    start: int  # where the line starts in the article
    asks: bool  # the interviewer's turn: a question put to the person interviewed


def transcript_turns(text: str) -> list[Turn]:
    """The turns of a question-and-answer transcript, in order: the lines that open with a
    speaker's label. The interviewer is the speaker most of whose lines ask something ("HOLT:
    ... What are you doing for them?"); the others answer. None when no speaker asks."""
    lines = [(m.start(), m.group(1), line) for m, line in labelled_lines(text)]
    said: dict[str, list[str]] = {}
    for _, label, line in lines:
        said.setdefault(label, []).append(line)
    asking = {
        label
        for label, own in said.items()
        if len(own) >= TURNS and 2 * sum("?" in line for line in own) >= len(own)
    }
    if not asking:
        return []
    speakers = {label for label, own in said.items() if len(own) >= TURNS or label in asking}
    return [
        Turn(start, label in asking)
        for start, label, _ in lines
        if label in speakers or any(label.endswith(" " + other) for other in speakers)
    ]


def labelled_lines(text: str) -> list[tuple[re.Match[str], str]]:
    found = []
    for line in re.finditer(r"[^\n]+", text):
        match = SPEAKER.match(text, line.start())
        if match and match.end() <= line.end():
            found.append((match, line.group()))
    return found


def turn_roles(view: CorpusView) -> tuple[np.ndarray, np.ndarray, list[tuple[int, ...]]]:
    """For each sentence: whether it is an interviewer's (a question put to someone, not a claim
    of the article), whether it is an answer (the words of the person interviewed), and for an
    answer, the rows of the interviewer's turn just before it (what the answer answers)."""
    count = len(view.sentences)
    # a heading in capitals ("KESTWICK PIER: COLLAPSE OF 18 APRIL 2026") claims nothing either
    asking = np.array([is_caps_heading(s.text) for s in view.sentences], dtype=bool)
    answering = np.zeros(count, dtype=bool)
    put: list[tuple[int, ...]] = [()] * count
    by_article: dict[str, list[int]] = {}
    for row, sentence in enumerate(view.sentences):
        by_article.setdefault(sentence.article_id, []).append(row)
    for article_id, rows in by_article.items():
        article = view.articles.get(article_id)
        if article is None:
            continue
        turns = transcript_turns(article.text)
        if not turns:
            for heading, section in headed_sections(view, rows):
                asking[list(heading)] = True  # a heading asks; it claims nothing
                for row in section:
                    put[row] = heading
                    # a fact check's verdict is a word, not a claim: "Verdict: False"
                    asking[row] |= bool(VERDICT_LINE.match(view.sentences[row].text))
            continue
        starts = [turn.start for turn in turns]
        turn_of = {}
        for row in rows:
            start = view.sentences[row].start
            at = bisect.bisect_right(starts, start) - 1
            if at >= 0 and "\n" not in article.text[starts[at] : start]:
                turn_of[row] = at  # on the turn's line
        members: dict[int, list[int]] = {}
        for row, at in turn_of.items():
            members.setdefault(at, []).append(row)
        for row, at in turn_of.items():
            if turns[at].asks:
                asking[row] = True
            else:
                answering[row] = True
                if at > 0 and turns[at - 1].asks:
                    put[row] = tuple(members.get(at - 1, ()))
    return asking, answering, put


def is_caps_heading(text: str) -> bool:
    """A line in capitals that does not end like a sentence: a heading."""
    return text.upper() == text and any(c.isalpha() for c in text) and not ENDS.search(text)


# An explainer's heading that asks what its section answers: "What was taken?"; and a fact
# check's claim, whose section says what is true of it: "Claim: “The whole town was told ...”"
HEADING_WORDS = 12
HEADINGS = 2  # an article is an explainer when at least this many of its lines are such
QUOTE_MARKS = re.compile(r"[“”\"]")
CLAIM_LINE = re.compile(r"(?:the )?claim(?: checked)?\s*:", re.IGNORECASE)
VERDICT_LINE = re.compile(r"(?:our )?(?:verdict|rating|ruling)\s*:", re.IGNORECASE)


def subheading(line: str, text: str, end: int) -> bool:
    """A line that does not end like a sentence, in words of its own ("3. Where we train until
    the rink reopens"), over a paragraph of prose: a heading that says what its section tells."""
    following = text[end:].lstrip("\n").split("\n", 1)[0].strip() if end >= 0 else ""
    return (
        not ENDS.search(line)
        and not line.endswith(":")
        and "|" not in line  # "View in your browser | Forward to a friend"
        and bool(re.search(r"[a-z]{3,}", line))
        and word_count(following) > HEADING_WORDS
        and bool(ENDS.search(following))
    )


def headed_sections(view: CorpusView, rows: list[int]) -> list[tuple[tuple[int, ...], list[int]]]:
    """An explainer's or a fact check's sections (an article's rows, in order): each line that
    is one short question or a subheading (``subheading``), outside any quotation of its
    paragraph, or that gives a claim checked, heads the rows after it, up to the next. None when
    fewer than HEADINGS lines do."""
    article = view.articles[view.sentences[rows[0]].article_id]
    text = article.text
    heads: dict[int, int] = {}  # a heading's row: where its line starts
    quoting, upto = (0, False), 0
    for row in rows:
        sentence = view.sentences[row]
        between = text[upto : sentence.start]
        if "\n\n" in between:  # a new paragraph: a quotation left open ended with the last
            quoting, between = (0, False), between.rsplit("\n\n", 1)[1]
        quoting, upto = quotes_open(between, quoting), sentence.start
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.end)
        line = text[line_start : line_end if line_end >= 0 else None].strip()
        if CLAIM_LINE.match(line):
            heads[row] = line_start  # each sentence of the claim
        elif (
            line == sentence.text.strip()
            and (line.endswith("?") or subheading(line, text, line_end))
            and word_count(line) <= HEADING_WORDS
            and not QUOTE_MARKS.search(line)
            and not quoting[0]
            and not quoting[1]
        ):
            heads[row] = line_start
    if len(set(heads.values())) < HEADINGS:
        return []
    sections: list[tuple[tuple[int, ...], list[int]]] = []
    head_line = -1
    for row in rows:
        if row in heads and heads[row] == head_line:
            sections[-1] = ((*sections[-1][0], row), [])  # the claim's next sentence
        elif row in heads:
            sections.append(((row,), []))
            head_line = heads[row]
        elif sections:
            sections[-1][1].append(row)
    return sections


def lede_rows(view: CorpusView) -> np.ndarray:
    """For each sentence row, whether it is its article's lede: the first sentence that is not
    the headline and ends like a sentence (not a tagline or a kicker line)."""
    ledes = np.zeros(len(view.sentences), dtype=bool)
    found: set[str] = set()
    for row, sentence in enumerate(view.sentences):
        if sentence.article_id in found:
            continue
        article = view.articles.get(sentence.article_id)
        title = fold(article.title).strip(" .") if article else ""
        text = sentence.text.strip()
        if fold(text).strip(" .") != title and ENDS.search(text):
            ledes[row] = True
            found.add(sentence.article_id)
    return ledes


def next_passages(view: CorpusView) -> dict[str, Passage]:
    """For each passage, the one after it in its article, where there is one."""
    at = {(p.article_id, p.position): p for p in view.passages.values()}
    return {
        p.passage_id: at[(p.article_id, p.position + 1)]
        for p in view.passages.values()
        if (p.article_id, p.position + 1) in at
    }


# A term in one sentence of eleven is the coverage's topic, when it is in enough sentences to tell
# (a few articles' worth).
TOPIC_SHARE = 1 / 11
TOPIC_LEAST = 8


SAYS_NO = re.compile(r"\b(?:no|nobody|none|no-one)\b", re.IGNORECASE)
# A word that "un" undoes: "unplanned", "unannounced" (not "until", "unit").
UNDOING = re.compile(r"\bun[a-z]{5,}", re.IGNORECASE)


class Evidence:
    """Per-corpus statistics computed once, used to score sentences per question."""

    def __init__(self, view: CorpusView) -> None:
        self.view = view
        self.terms = [frozenset(search_terms(s.text)) for s in view.sentences]
        df: Counter[str] = Counter()
        for terms in self.terms:
            df.update(terms)
        total = max(len(self.terms), 1)
        self.df, self.total = df, total
        self.idf = {t: math.log(1 + total / n) for t, n in df.items()}
        self.unknown_idf = math.log(1 + total)
        # every term the coverage holds, in its sentences, its headlines or its writers' names;
        # and its outlets' names
        self.vocabulary = frozenset(df) | frozenset(
            term
            for article in view.articles.values()
            for term in search_terms(f"{article.title} {article.author}")
        )
        self.outlet_terms = frozenset(t for outlet in view.outlets for t in search_terms(outlet))
        self.neighbours = neighbour_rows(view)
        self.words = np.array([word_count(s.text) for s in view.sentences], dtype=np.int64)
        self.groups = quote_groups(view, self.neighbours, self.words)
        self.generic = genericity(view.vectors)
        self.media = np.array([bool(MEDIA_NAME.search(s.text)) for s in view.sentences])
        self.interviewer, self.interviewed, self.put = turn_roles(view)
        self.ledes = lede_rows(view)
        self.next_passage = next_passages(view)
        # the coverage names papers: in its sentences, or as the outlets of its articles
        self.names_media = bool(self.media.any()) or any(o != "unknown" for o in view.outlets)
        self.distinctive = Distinctive.fit(view.vectors)
        self.distinct_vectors = self.distinctive.apply(view.vectors)
        # the sentences that say "no" to something ("No candidate has been disqualified")
        self.saying_no = [i for i, s in enumerate(view.sentences) if SAYS_NO.search(s.text)]
        self.undoing = [i for i, s in enumerate(view.sentences) if UNDOING.search(s.text)]
        self.name_ends = set().union(*(name_ends(s.text) for s in view.sentences))

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_idf)

    def topical(self, term: str) -> bool:
        """The term is in so many sentences that it is what the coverage is about ("Guzmán"),
        not what a question asks about in particular."""
        return self.df[term] >= max(TOPIC_LEAST, TOPIC_SHARE * self.total)

    def has_terms(self, question: str) -> bool:
        return bool(search_terms(question))

    def coverage(self, question: str, row: int) -> float:
        """Share of the question's term weight (IDF) that the sentence contains."""
        wanted = set(search_terms(question))
        if not wanted:
            return 0.0
        total = sum(self.weight(t) for t in wanted)
        found = sum(self.weight(t) for t in wanted if t in self.terms[row])
        return found / total


def supports_verbatim(premise: str, sentence: str) -> bool:
    """The strict support test: the sentence's words, numbers, names and negations are all there."""
    said, have = profile(sentence), profile(premise)
    if said.normalised in have.normalised:
        return True
    claimed = [t for t in said.tokens if t not in NEGATIONS]
    if not claimed or sum(t in have.vocabulary for t in claimed) / len(claimed) < 0.9:
        return False
    if any(n not in have.vocabulary for n in said.names):
        return False
    return said.negations == have.negations


@dataclass(frozen=True)
class Profile:
    normalised: str
    tokens: tuple[str, ...]
    vocabulary: frozenset[str]
    names: frozenset[str]
    negations: frozenset[str]


@lru_cache(maxsize=65536)
def profile(text: str) -> Profile:
    """What the support test reads from a text, computed once per text (answers compare the
    same corpus sentences again and again)."""
    words = tuple(tokens(text))
    return Profile(
        normalised=normalise(text),
        tokens=words,
        vocabulary=frozenset(words),
        names=frozenset(
            n.lower().strip(",.") for n in re.findall(r"\b[A-Z][\w’']+|\d[\d,.]*", text)
        ),
        negations=frozenset(t for t in words if t in NEGATIONS),
    )
