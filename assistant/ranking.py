"""Ranking the sentences of the retrieved passages against a question: dense similarity with the
corpus's common directions removed, lexical coverage and BM25, the passage's own similarity, how
generic the sentence is, and whether it holds the kind of answer the question wants."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.counting import counted, counts, fate_asked
from assistant.evidence import SPEAKER, Evidence, same_paragraph
from assistant.followup import own_words
from assistant.kinds import (
    BARE_QUOTE,
    FIT,
    NUMBER_KINDS,
    QUOTE,
    SPEECH,
    WHY,
    denies,
    fits,
    is_polar,
    question_kind,
)
from assistant.naming import (
    asked_doer,
    asks_media,
    focus,
    named_words,
    names_besides,
    names_doer,
    question_words,
)
from assistant.persons import speaker_described
from assistant.records import Retrieved, Sentence
from assistant.text import search_terms

# A sentence of a quotation with more words than this, and not a question, is shown alone.
STANDS_ALONE = 8
# A sentence's score: its dense similarity to the question with the corpus's common directions
# removed (``Evidence.distinctive``), plus these times the share of the question's term weight
# it holds, its BM25 score (scaled to the best), its passage's dense similarity, whether it is
# its article's lede (``Evidence.ledes``; a news story's lede says what happened), how much
# closer the interviewer's question it answers matches (``Evidence.put``: "What are you doing
# for the hauliers?" before "From Monday we will pay for 24 lorry slots"), and, subtracted, how
# generic it is (``Evidence.generic``). Tuned on dev questions and the held-out corpora.
WEIGHTS = {
    "coverage": 0.3,
    "lexical": 0.2,
    "passage": 0.6,
    "generic": 0.3,
    "lede": 0.2,
    "put": 0.5,
}
# A sentence that holds the kind of answer after one that lacks it scores this much below it.
LEAD_GAP = 0.05
# Words that link a role to what it is over: "the councillor responsible for highways".
LINKS = frozenset(["for", "of", "in", "at", "on", "with", "responsible", "charge"])
# A lede gets the bonus only when it matches the question nearly as closely as the best sentence
# (its dense similarity at most this much lower): a lede about something else is no answer.
LEDE_REACH = 0.15
# For a sentence that names what a "which X" question asks for.
FOCUS_BONUS = 0.15
# For a sentence that names something the "which X" question does not (``new_name``).
NEW_NAME_BONUS = 0.1
# For a sentence that says by whom the thing a "who does X" question asks about is done.
DOER_BONUS = 0.3
# For someone's words, when they are said near a mention of the role the question describes them
# by ("What did the operations manager say?"): within LOOK_BACK sentences before, or the one after.
ROLE_BONUS = 0.15
# For a sentence that gives a reason ("because of a flat battery"), when the question asks why.
REASON_BONUS = 0.1
REASON = re.compile(
    r"\b(because|due to|caused by|owing to|as a result of|blamed|the cause|was down to|the reason)\b",
    re.IGNORECASE,
)
LOOK_BACK = 3  # sentences before a quotation that may name its speaker


@dataclass(frozen=True)
class Candidate:
    row: int
    sentence: Sentence
    retrieved: Retrieved
    score: float
    # how closely it matches the question (dense similarity), or the interviewer's question it
    # answers does: what the answer's abstention threshold is held against
    evidence: float
    shown: tuple[int, ...]  # the rows shown for it: its quotation or fragment group, in order
    words: int  # words of the shown rows


def rank_candidates(
    evidence: Evidence, question: str, vector: np.ndarray, retrieved: Sequence[Retrieved]
) -> list[Candidate]:
    """Every sentence of the retrieved passages, best first (each once, under its best passage)."""
    owner: dict[int, Retrieved] = {}
    for item in retrieved:
        for row in evidence.view.sentences_of(item.passage):
            owner.setdefault(row, item)
    if not owner:
        return []
    rows = np.fromiter(owner, dtype=np.int64)
    dense = evidence.view.vectors[rows] @ vector
    distinct = evidence.distinct_vectors[rows] @ evidence.distinctive.apply(vector)
    context = {  # each candidate passage's own similarity to the question
        pid: float(evidence.view.passage_vectors[pid] @ vector)
        for pid in {item.passage.passage_id for item in owner.values()}
    }
    lexical = evidence.view.lexical_sentences.scores(question)[rows]
    lexical = lexical / lexical.max() if lexical.max() > 0 else lexical
    kind = question_kind(question)
    things = counted(question)
    fate = fate_asked(question, things)
    wanted = focus(question)
    media = asks_media(question)
    # not a thing after names ("Which American prison ...?"): any sentence naming someone or
    # somewhere would win the bonus for a new name, which is meant for the thing's own name
    thing = named_words(own_words(question), after_names=False)[0]
    asked = question_words(question) if thing else None
    about = frozenset(search_terms(question)) - {thing}  # what else the question speaks of
    doing = asked_doer(question)
    role = speaker_described(question) if kind == "quote" else ""
    why = bool(WHY.match(own_words(question)))
    # A news story's lede says what happened: it helps with what happened, not with a yes/no
    # question (which wants each side's stance) or a question for a kind of thing it lacks.
    lede = 0.0 if is_polar(question) else WEIGHTS["lede"]
    # the question's own words (not those carried from earlier turns); a yes/no question is
    # answered by a sentence that says just what it asks
    echo = frozenset() if is_polar(question) else frozenset(search_terms(own_words(question)))
    put = [
        max((float(evidence.view.vectors[r] @ vector) for r in evidence.put[row]), default=0)
        for row in rows
    ]
    top = max(float(dense.max()), max(put))  # the best match, by a sentence or the question put
    candidates = []
    fitted: dict[int, float] = {}
    for i, row in enumerate(rows):
        sentence = evidence.view.sentences[row]
        if asks(sentence.text) or evidence.interviewer[row] or BARE_REPLY.fullmatch(sentence.text):
            continue  # a question is not a claim, nor is what an interviewer puts to someone
        matched = context[owner[int(row)].passage.passage_id]  # (its passage, as retrieved)
        if kind == "quote":  # a quotation cut by its passage's end, whole in the next one
            owner[int(row)] = holding_whole(evidence, int(row), owner[int(row)])
        passage_id = owner[int(row)].passage.passage_id
        shown = shown_rows(evidence, int(row), passage_id, whole=kind == "quote")
        if echo and all(evidence.terms[r] <= echo for r in shown):
            continue  # it only repeats the question's words ("Then there is the minister.")
        coverage = evidence.coverage(question, row)
        fit = fits(kind, sentence.text)
        if kind == "quote":
            # an interview's answer is the words of the person interviewed
            fit = FIT if evidence.interviewed[row] else quoted_fit(evidence, shown, fit)
            fit += ROLE_BONUS * (fit > 0 and bool(role) and said_by_role(evidence, shown, role))
        fit += REASON_BONUS * (why and bool(REASON.search(sentence.text)))
        if things is not None:
            fit = FIT if counts(things, sentence.text, fate) else -FIT
        if fit < 0 and kind in NUMBER_KINDS and denies(question, sentence.text):
            fit = FIT  # "there was no fire" answers "how much did the fire destroy?"
        if (wanted and wanted in evidence.terms[row]) or (media and evidence.media[row]):
            fit += FOCUS_BONUS
        strength = float(dense[i])
        score = (
            float(distinct[i])
            + WEIGHTS["coverage"] * coverage
            + WEIGHTS["lexical"] * float(lexical[i])
            + WEIGHTS["passage"] * matched
            - WEIGHTS["generic"] * float(evidence.generic[row])
            + lede * (evidence.ledes[row] and fit >= 0 and strength >= top - LEDE_REACH)
            + fit
            + NEW_NAME_BONUS * new_name(evidence, int(row), asked, about)
            + DOER_BONUS * (bool(doing) and names_doer(doing, sentence.text))
            + WEIGHTS["put"] * max(0.0, put[i] - strength)
        )
        words = int(evidence.words[list(shown)].sum())
        fitted[int(row)] = fit
        candidates.append(
            Candidate(
                int(row), sentence, owner[int(row)], score, max(strength, put[i]), shown, words
            )
        )
    return sorted(follow_leads(evidence, candidates, fitted), key=lambda c: -c.score)


def new_name(
    evidence: Evidence, row: int, asked: frozenset[str] | None, about: frozenset[str]
) -> bool:
    """For a "which X" question (its words ``asked``), the sentence names something the question
    does not, and speaks of something else it asks about (the X named on a detour through "Mill
    Street" is not the street where she has her office)."""
    if asked is None or not evidence.terms[row] & about:
        return False
    return names_besides(evidence.view.sentences[row].text, asked)


def follow_leads(
    evidence: Evidence, candidates: list[Candidate], fitted: dict[int, float]
) -> list[Candidate]:
    """A sentence that holds the kind of answer asked for, after a sentence of its paragraph that
    matches the question but lacks it, scores nearly as well as that one (LEAD_GAP below it):
    "Ferries are running again. The port says the ban was lifted at 6 a.m." answers "when"."""
    score = {c.row: c.score for c in candidates}
    out = []
    for c in candidates:
        before = int(evidence.neighbours[c.row][0])
        if (
            fitted[c.row] > 0
            and before in score
            and fitted[before] < 0
            and score[before] - LEAD_GAP > c.score
            and same_paragraph(evidence.view, before, c.row)
        ):
            c = dataclasses.replace(c, score=score[before] - LEAD_GAP)
        out.append(c)
    return out


def quoted_fit(evidence: Evidence, shown: Sequence[int], fit: float) -> float:
    """How well someone's words answer a question that asks for them, judged by the whole
    quotation shown (“... hillside. We want it done now,” Rob Garside said.), which, when it is
    only a quotation, the sentence before may say is someone's (“She spoke to us ...”)."""
    said = " ".join(evidence.view.sentences[r].text for r in shown)
    if len(shown) > 1:
        fit = fits("quote", said)
    before = int(evidence.neighbours[shown[0]][0])
    if fit < 0 and BARE_QUOTE.fullmatch(said) and before != shown[0]:
        return FIT if SPEECH.search(evidence.view.sentences[before].text) else fit
    return fit


def said_by_role(evidence: Evidence, shown: Sequence[int], role: str) -> bool:
    """The quotation shown, or the LOOK_BACK sentences before it in its article, or the one
    after, speak of someone in the role, by each of its words ("Priya Mandal is the operations
    manager ...", "the manager of operations"; not "the managing director" for "the public
    health director"), or by its last when it is put with a link ("responsible for highways"),
    or name someone a line of the article puts in the role (``named_in_role``). A quotation that
    names its speaker is theirs: it is the role's only when it or they are put in the role, not
    for a mention of the role beside it ("Harbour master Edwin Pyne said: ..." before "The
    coxswain, Mary Tolland, ...")."""
    own = " ".join(evidence.view.sentences[r].text for r in shown)
    words = role.split()
    if LINKS & set(words):  # "councillor responsible for highways": "highways" says it
        words = words[-1:]
    rows = list(shown)
    if not FULL_NAME.search(own):  # (one that names its speaker is theirs: no rows around it)
        for _ in range(LOOK_BACK):
            before = int(evidence.neighbours[rows[0]][0])
            if before == rows[0]:
                break
            rows.insert(0, before)
        rows.append(int(evidence.neighbours[rows[-1]][1]))
    said = " ".join(evidence.view.sentences[r].text for r in dict.fromkeys(rows))
    return (
        all(has_word(said, word) for word in words)
        or introduced_as(evidence, shown[0], words)
        or named_in_role(evidence, rows, words)
    )


# A person's full name in running text: "Jory Kessell", "Captain Rosalind Mallory".
FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+)+")


def named_in_role(evidence: Evidence, rows: Sequence[int], words: Sequence[str]) -> bool:
    """Someone the sentences name in full is put in the role by a line of their article: "As Jory
    Kessell put it on the quay: ..." is the deckhand's, when the article speaks of "my deckhand
    Jory Kessell"."""
    article = evidence.view.articles.get(evidence.view.sentences[rows[0]].article_id)
    if article is None:
        return False
    said = " ".join(evidence.view.sentences[r].text for r in rows)
    surnames = {name.split()[-1] for name in FULL_NAME.findall(said)}
    return any(
        re.search(rf"\b{re.escape(surname)}\b", line)
        and all(has_word(line, word) for word in words)
        for surname in surnames
        for line in article.text.split("\n")
    )


def has_word(text: str, word: str) -> bool:
    return bool(re.search(rf"\b{re.escape(word)}s?\b", text, re.IGNORECASE))


def introduced_as(evidence: Evidence, row: int, words: Sequence[str]) -> bool:
    """The sentence is a transcript's line whose speaker's label ("DR MIRIAM SOWERBY:") names
    someone a line of the article introduces in the role ("Dr Miriam Sowerby is a senior
    lecturer in railway engineering ...")."""
    sentence = evidence.view.sentences[row]
    article = evidence.view.articles.get(sentence.article_id)
    if article is None:
        return False
    start = article.text.rfind("\n", 0, sentence.start) + 1
    label = SPEAKER.match(article.text, start)
    if label is None or " " not in label.group(1):  # a full name, not "A" or "JONAH"
        return False
    surname = re.compile(rf"\b{re.escape(label.group(1).split()[-1].title())}\b")
    return any(
        surname.search(line) and all(has_word(line, word) for word in words)
        for line in article.text.split("\n")
    )


def holding_whole(evidence: Evidence, row: int, item: Retrieved) -> Retrieved:
    """The retrieved passage of a sentence, or the next passage, which the overlap of passages
    opens with the sentence, when that one holds the whole of the quotation the sentence opens
    and its own passage ends before the quotation does."""
    first, last = (int(r) for r in evidence.groups[row])
    held = evidence.view.by_passage.get(item.passage.passage_id, ())
    if first == last or last in held:
        return item
    after = evidence.next_passage.get(item.passage.passage_id)
    if after is None or not {first, last} <= set(
        evidence.view.by_passage.get(after.passage_id, ())
    ):
        return item
    return dataclasses.replace(item, passage=after)


def shown_rows(
    evidence: Evidence, row: int, passage_id: str, whole: bool = False
) -> tuple[int, ...]:
    """The rows shown for a sentence: when it cannot stand alone (STANDS_ALONE words or fewer,
    or a question), or someone's words are asked for (``whole``: the quotation it is part of,
    whole), those of its group (``Evidence.groups``) that its passage holds; else its own. A
    line that ends in a colon comes with what it leads into, when its passage holds that."""
    first, last = (int(r) for r in evidence.groups[row])
    text = evidence.view.sentences[row].text
    after = int(evidence.neighbours[row][1])
    held = evidence.view.by_passage.get(passage_id, ())
    if text.rstrip().endswith(":") and after != row and after in held:
        return (row, *listed(evidence, after, held, whole, passage_id))  # "is calling for:" + items
    alone = evidence.words[row] > STANDS_ALONE and not ends_in_question(text)
    if first == last or (alone and not whole):
        return (row,)
    return tuple(
        r
        for r in range(first, last + 1)
        if r == row or (r in held and not evidence.interviewer[r])  # (a question put is no claim)
    )


# The items of a list shown with the line that leads into it: at most this many, in this many words.
LIST_ITEMS = 3
LIST_WORDS = 45


def listed(
    evidence: Evidence, first: int, held: Sequence[int], whole: bool, passage_id: str
) -> tuple[int, ...]:
    """What a line ending in a colon leads into: the rows shown for the line after it and, when
    that line is an item of a list (a line of its own), the items after it on lines of their own,
    up to LIST_ITEMS and LIST_WORDS."""
    rows = list(shown_rows(evidence, first, passage_id, whole))
    words = int(evidence.words[rows].sum())
    row = rows[-1]
    for _ in range(LIST_ITEMS - 1):
        after = int(evidence.neighbours[row][1])
        if after == row or after not in held or same_paragraph(evidence.view, row, after):
            break
        if same_paragraph(evidence.view, after, int(evidence.neighbours[after][1])):
            break  # a paragraph, not a line of a list
        words += int(evidence.words[after])
        if words > LIST_WORDS:
            break
        rows.append(after)
        row = after
    return tuple(rows)


# A reply and nothing more ("Yes.", "No, Priya."): it says nothing without the question it answers.
BARE_REPLY = re.compile(r"\W*(?:yes|no|yeah|nope)(?:,\s*[A-Z][\w’'-]*)?\W*", re.IGNORECASE)


def asks(text: str) -> bool:
    """The sentence is a question of the writer's; a question someone is quoted asking ("He
    added, “Where's the proof?") reports what they said."""
    return ends_in_question(text) and not QUOTE.search(text)


def ends_in_question(text: str) -> bool:
    return text.rstrip("”’\"' ").endswith("?")


@dataclass
class Pick:
    candidate: Candidate
    also: list[Candidate]  # near-duplicates from other articles that support the same sentence
