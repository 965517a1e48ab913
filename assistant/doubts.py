"""Signs that the passages may not answer a question, read before an answer is composed: no
sentence holds the kind of thing asked for, the sentences that count it count something else, or
they give the value asked for but of another kind (a limit for a speed gone at, what should be
for what was)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from assistant.counting import LASTING, PER_UNIT, counted, counts, near, rate_asked
from assistant.evidence import Evidence
from assistant.followup import own_words
from assistant.hints import MONTHS
from assistant.kinds import CLOCK, NUMBER, NUMBER_KINDS, SPEED, fits, question_kind
from assistant.naming import CALENDAR_WORDS
from assistant.ranking import Candidate
from assistant.records import Retrieved
from assistant.text import STOPWORDS, fold, search_terms, stem, tokens

# A name in a question, not a sentence's first word: "How many were killed in Chicago? Do the
# reports agree?" -> Chicago.
# a capitalised word not at a sentence's start, and not "I've", "I'm", "I'd" or "I'll"
QUESTION_NAME = re.compile(r"(?<=[^.?!\s]\s)(?!I[’'][a-z]+\b)[A-Z][\w’'-]+")
COUNTERS = 3  # the best sentences that count the things asked about, looked at for names
# A month or a year in a question: "How many were arrested in July 2015?" counts July 2015's.
QUESTION_DATE = re.compile(rf"\b(?:{MONTHS}|1[89]\d\d|20\d\d)\b")
MONTH_NAMES = MONTHS.split("|")
YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")  # a year named in a sentence


# A people's name ("the Americans", "Japanese"): the coverage may call them by their country.
DEMONYM = re.compile(r"(?:ans?|ese|ish)$")


def named_elsewhere(evidence: Evidence, question: str) -> bool:
    """The question names people or places (not an outlet, a day or month, a people or an
    acronym), and the coverage (its sentences or its headlines) names none of them: "When does
    the first train from London to Edinburgh leave?" asks about somewhere else."""
    names = [
        terms
        for name in QUESTION_NAME.findall(own_words(question))
        if not (name.isupper() or name.lower() in CALENDAR_WORDS or DEMONYM.search(name))
        if (terms := set(search_terms(name)) - evidence.outlet_terms)
    ]
    return bool(names) and not any(terms & evidence.vocabulary for terms in names)


def names_asked(evidence: Evidence, rows: Sequence[int], thing: str, media: bool) -> bool:
    """Some of the sentences mentions the thing whose name was asked for (or, when a paper or
    an agency was asked for, names one)."""
    return any(thing in evidence.terms[row] or (media and evidence.media[row]) for row in rows)


def lacks_kind(evidence: Evidence, question: str, retrieved: Sequence[Retrieved]) -> bool:
    """The question asks for an amount, a count, an age, a duration, a rate or a time of day, and no
    sentence of the retrieved passages holds one: worth looking further before abstaining."""
    kind = question_kind(question)
    if kind not in NUMBER_KINDS:
        return False
    rows = {row for item in retrieved for row in evidence.view.sentences_of(item.passage)}
    return not any(fits(kind, evidence.view.sentences[row].text) > 0 for row in rows)


SPAN_ASKING = frozenset(["long", "time"])  # the words that ask how long, not what lasts
CLOCK_CLOSE = 0.45  # how closely a sentence with a time of day must match a question for it


def values_beyond(
    evidence: Evidence,
    question: str,
    retrieved: Sequence[Retrieved],
    wider: Sequence[Retrieved],
    vector: np.ndarray | None = None,
) -> list[Retrieved]:
    """For "How many ...? Does everyone give the same number?": each outlet's best passage among
    the ``wider`` ones that holds a value of the kind asked for (a count of the things asked
    about; a time of day said near what is asked, or in a sentence that matches the question
    (``vector``) by CLOCK_CLOSE or more: "At 10.40am the detector went off" for when the alarm
    was raised; an amount paid as what is asked, ``pays_as``), when none of its retrieved
    passages does, so that every outlet's figure is seen."""
    kind, things = question_kind(question), counted(question)
    terms = frozenset(search_terms(question)) - SPAN_ASKING
    if kind not in NUMBER_KINDS and kind != "duration":
        return []

    def holds(item: Retrieved) -> bool:  # a count of the things asked about, or a value
        rows = evidence.view.sentences_of(item.passage)
        texts = [evidence.view.sentences[row].text for row in rows]
        if kind == "duration":  # how long what is asked lasts ("the line closed for a fortnight")
            return any(
                LASTING.search(text) and terms & {stem(word) for word in tokens(text)}
                for text in texts
            )
        if things:
            return any(counts(things, text) for text in texts)
        if kind == "clock":  # a time of day said near what is asked ("after 2am on Sunday")
            return any(
                CLOCK.search(text)
                and (
                    near(CLOCK, terms, text)
                    or (
                        vector is not None
                        and float(evidence.view.vectors[row] @ vector) >= CLOCK_CLOSE
                    )
                )
                for row, text in zip(rows, texts, strict=True)
            )
        # an amount paid as what is asked ("the bill": what it costs, not a salary or a refund)
        return any(fits(kind, text) > 0 and pays_as(question, text) for text in texts)

    have = {item.passage.outlet for item in retrieved if holds(item)}
    seen = {item.passage.passage_id for item in retrieved}
    extra: list[Retrieved] = []
    for item in wider:
        outlet = item.passage.outlet
        if outlet not in have and item.passage.passage_id not in seen and holds(item):
            extra.append(item)
            have.add(outlet)
    return extra


def closest(evidence: Evidence, vector: np.ndarray, retrieved: Sequence[Retrieved]) -> float:
    """The similarity to the question of the closest sentence in the passages."""
    rows = [row for item in retrieved for row in evidence.view.sentences_of(item.passage)]
    return float((evidence.view.vectors[rows] @ vector).max()) if rows else 0.0


def counts_elsewhere(evidence: Evidence, question: str, counting: Sequence[Candidate]) -> bool:
    """The question names people, places or times ("killed in the Chicago violence Penn referred
    to", "arrested in July 2015"), and the best sentences that count the things asked about, or
    give the amount asked for (``counting``, best first), with the sentences before them, name
    none of the people and places, or miss one of the months and years (an article's own date
    counts as named): the count or the amount may be of something else."""
    dates = {fold(date) for date in QUESTION_DATE.findall(question)}
    names = {re.sub(r"'s?$", "", fold(name)) for name in QUESTION_NAME.findall(question)}
    # ("How much were The Marram Sisters paid?": not "the"; "By Sunday night": no name)
    names -= dates | STOPWORDS | CALENDAR_WORDS
    if not counting or not (names or dates):
        return False
    said = " ".join(context(evidence, c) for c in counting[:COUNTERS])
    # a name in the counting articles' headlines is what they are about ("How many keepers does
    # Fellgate have?"); of the others, one must be named near the count
    headlines = " ".join(fold(headline(evidence, c)) for c in counting[:COUNTERS])
    names = {name for name in names if not re.search(rf"\b{re.escape(name)}\b", headlines)}
    if names and not any(re.search(rf"\b{re.escape(name)}\b", said) for name in names):
        return True
    return not all(re.search(rf"\b{re.escape(date)}\b", said) for date in dates)


# What an amount of money is paid as: "How large a fine ...?" is answered by an amount fined.
PAID_AS = re.compile(
    r"\b(fine|penalty|fee|bill|reward|ransom|salar(?:y|ie)|wage|bonus|payout|settlement|compensation"
    r"|budget|grant|aid|rent|price|bail|damages)(?:s|d|ed)?\b",
    re.IGNORECASE,
)


def paid_as(question: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates that speak of what the question's amount is paid as (a fine, a reward);
    all of them when the question does not say. None may: "How much aid was it granted?" is not
    answered by what the repairs will cost, though "What is the bill for the repairs?" is."""
    return [c for c in candidates if pays_as(question, c.sentence.text)]


def pays_as(question: str, text: str) -> bool:
    """The text speaks of what the question's amount is paid as (``paid_as``), or the question
    does not say."""
    asked = {word.lower() for word in PAID_AS.findall(question)}
    if not asked:
        return True
    if asked & PRICED:  # a bill or a price is what something costs
        asked |= {"cost"}
    if asked & FINED:  # "the fine": "a fixed penalty notice of £100"
        asked |= FINED
    said = {word.lower() for word in PAID_AS.findall(text)}
    return bool(asked & (said | ({"cost"} if COST_SAID.search(text) else set())))


PRICED = frozenset({"bill", "price"})
FINED = frozenset({"fine", "penalty"})
COST_SAID = re.compile(r"\bcost(?:s|ing|ed)?\b", re.IGNORECASE)


def headline(evidence: Evidence, candidate: Candidate) -> str:
    """The title of the candidate's article ("" when the article is not loaded)."""
    article = evidence.view.articles.get(candidate.sentence.article_id)
    return article.title if article is not None else ""


def context(evidence: Evidence, candidate: Candidate) -> str:
    """The candidate's sentence and the one before, and the month and year of its article,
    unless the sentence names another year ("In 2019 the firm was fined ..." is not the
    article's news)."""
    before = int(evidence.neighbours[candidate.row][0])
    article = evidence.view.articles.get(candidate.sentence.article_id)
    dated = ""
    if article is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", article.published):
        year, month = article.published[:4], int(article.published[5:7])
        named = set(YEAR.findall(candidate.sentence.text))
        dated = f"{MONTH_NAMES[month - 1]} {year}" if named <= {year} else ""
    return fold(f"{candidate.sentence.text} {evidence.view.sentences[before].text} {dated}")


# A head count by what the people do: "How many people live in Skelmoor?" asks for a population,
# "How many people turned up to the meeting?" for a turnout, each a number said near its words
# ("700 members" is neither; "the hall, which seats 350" is no turnout).
PEOPLE = r"\bhow many (?:people|residents|households|families|visitors|fans|spectators)"
HEAD_COUNTS = tuple(
    (re.compile(asked, re.I), frozenset(stem(word) for word in near_words))
    for asked, near_words in (
        (
            rf"{PEOPLE} live\b",
            ("live", "lives", "living", "residents", "population", "inhabitants"),
        ),
        (
            rf"{PEOPLE} (?:have |had )?(?:turned (?:up|out)|attended|came|went|showed up)\b",
            ("attended", "attendance", "attending", "turned", "turnout", "came", "went", "crowd",
             "audience", "spectators", "visitors", "people"),
        ),
    )
)  # fmt: skip

# "How many litres leaked out?" asks what one event came to, which a rate ("carries up to 18
# million litres a day") does not say.
EVENT_COUNT = re.compile(
    r"\bhow many\s+[a-z]+(?:\s+[a-z]+)?\s+(?:did|were|was|had|[a-z]{3,}ed)\b", re.I
)
MEASURING = re.compile(r"\b\d[\d.,]*-[a-z]+\b", re.I)  # "2-litre" in "six 2-litre bottles"
RATE_GIVEN = re.compile(
    PER_UNIT.format(unit="(?:second|minute|hour|day|week|month|year)")
    + r"|\b(?:hourly|daily|weekly|monthly)\b",
    re.I,
)

# A question for what actually happened ("What temperature was it actually getting food down
# to?"), which what should happen ("Guidance says food should be cooled to below 8C") is not.
ACTUAL = re.compile(r"\b(?:actually|really|in fact|in practice)\b", re.I)
SHOULD = re.compile(
    r"\b(?:should|must|ought to|(?:is|are) supposed to|(?:is|are) meant to|(?:is|are) required to)\b",
    re.I,
)


def giving(kind: str, candidates: Sequence[Candidate]) -> list[str]:
    """The sentences that give the kind of value asked for, best first; none for a question that
    asks for no value."""
    return [
        c.sentence.text for c in candidates if kind != "other" and fits(kind, c.sentence.text) > 0
    ]


def head_count_unsaid(question: str, candidates: Sequence[Candidate]) -> bool:
    """ "How many people live in X?" or "... turned up?", and no sentence gives a number near
    living there or turning up (``HEAD_COUNTS``)."""
    return any(
        asked.search(question) and not any(near(NUMBER, words, c.sentence.text) for c in candidates)
        for asked, words in HEAD_COUNTS
    )


def only_rates(question: str, things: frozenset[str] | None, counting: Sequence[Candidate]) -> bool:
    """ "How many litres leaked out?", asking no rate, and every sentence that counts litres
    gives a rate ("18 million litres a day"); litres that measure something else ("six 2-litre
    bottles") count none."""
    counted = [
        c for c in counting if things and counts(things, MEASURING.sub(" ", c.sentence.text))
    ]
    return (
        bool(EVENT_COUNT.search(question))
        and not rate_asked(question)
        and bool(counted)
        and all(RATE_GIVEN.search(c.sentence.text) for c in counted)
    )


def only_what_should(kind: str, candidates: Sequence[Candidate]) -> bool:
    """Every sentence that gives the kind of value asked for says what should be, not what is."""
    texts = giving(kind, candidates)
    return bool(texts) and all(SHOULD.search(text) for text in texts)


# What is usual ("What time does the first ferry normally leave?"), which a stand-in for it
# ("Stopgap · a free passenger launch … from 7am to 7pm") does not say.
USUAL = re.compile(r"\b(?:normally|usually|ordinarily|typically)\b", re.I)
FOR_NOW = re.compile(
    r"\b(?:stopgap|stand-in|temporary|temporarily|replacement|for now|in the meantime|instead)\b",
    re.I,
)


def only_for_now(kind: str, candidates: Sequence[Candidate]) -> bool:
    """The best sentence that gives the kind of value asked for speaks of a stand-in."""
    texts = giving(kind, candidates)
    return bool(texts) and bool(FOR_NOW.search(texts[0]))


# A speed allowed, not one gone at: "How fast was the train going?" is not answered by "Line
# speed through the cutting · 40 mph".
LIMIT = re.compile(r"\b(?:limit|line speed|maximum|top speed|permitted|allowed)\b", re.I)


# Words just before a speed that say something went at it: "travelling at 22 km/h".
GONE_AT = re.compile(r"\b(?:travell?ing|going|moving|driving|doing|running|speeding)\b", re.I)


def only_limits(candidates: Sequence[Candidate]) -> bool:
    """Every sentence that gives a speed gives a limit ("Line speed through the cutting · 40
    mph"), and none of them a speed gone at beside it ("travelling at 22 km/h, where the limit
    is 15 km/h")."""
    texts = giving("speed", candidates)
    return bool(texts) and all(
        LIMIT.search(text)
        and not any(
            GONE_AT.search(" ".join(tokens(text[: m.start()])[-3:])) for m in SPEED.finditer(text)
        )
        for text in texts
    )


# A thing asked for at one stage ("the final report") that the coverage gives only at another
# ("a preliminary report within 30 days").
FINAL = re.compile(r"\bfinal\s+([a-z]+)", re.I)
EARLIER_STAGE = r"\b(?:preliminary|interim|initial|draft|first)\s+"


def other_stage(question: str, texts: Sequence[str]) -> bool:
    """The question asks for the final X, and the sentences speak of an earlier X (preliminary,
    interim, initial, draft) but never of a final one."""
    asked = FINAL.search(own_words(question))
    if not asked:
        return False
    thing = re.escape(asked.group(1))
    final = re.compile(rf"\bfinal\s+{thing}\b", re.I)
    earlier = re.compile(rf"{EARLIER_STAGE}{thing}\b", re.I)
    return any(earlier.search(t) for t in texts) and not any(final.search(t) for t in texts)


# Earlier ones asked about ("the two earlier fires"), and a sentence that speaks of one.
EARLIER_ASKED = re.compile(r"\b(?:earlier|previous|prior)\s+(?:[a-z]+\s+)?[a-z]+s\b", re.I)
EARLIER_SAID = re.compile(
    r"\b(?:earlier|previous|prior|first|second|before|last|other|another)\b", re.I
)
EARLIER_REACH = 3  # the best sentences giving a value that are looked at


def only_the_latest(kind: str, question: str, candidates: Sequence[Candidate]) -> bool:
    """A count or an amount asked of earlier ones ("How many hectares burned in the two earlier
    fires?"), and the best sentences that give one speak of no earlier one ("The area burned was
    142 hectares"): they give the latest one's."""
    if kind not in NUMBER_KINDS or not EARLIER_ASKED.search(own_words(question)):
        return False
    texts = giving(kind, candidates)[:EARLIER_REACH]
    return bool(texts) and not any(EARLIER_SAID.search(text) for text in texts)


def another_kind(kind: str, question: str, candidates: Sequence[Candidate]) -> bool:
    """The sentences give the value asked for, but of another kind: a stand-in's for what is
    usual, a limit for a speed gone at, what should be for what actually was, an earlier stage
    for the final one, one person's age for the youngest's (``unranked_age``)."""
    own = own_words(question)
    return (
        (bool(USUAL.search(own)) and only_for_now(kind, candidates))
        or (kind == "speed" and not LIMIT.search(question) and only_limits(candidates))
        or (bool(ACTUAL.search(own)) and only_what_should(kind, candidates))
        or other_stage(question, [c.sentence.text for c in candidates])
        or only_the_latest(kind, question, candidates)
        or (kind == "age" and unranked_age(own, candidates))
    )


# "How old was the youngest child ...?" asks for an age ranked among others; "a boy aged 12" is
# one age, not the youngest, unless the sentence says so or gives the range ("aged 9 to 14").
RANKED_AGE = re.compile(r"\b(youngest|oldest)\b", re.IGNORECASE)
AGE_RANGE = re.compile(
    r"\b(?:aged|ages?)\s+(?:of\s+|from\s+|between\s+|ranging\s+from\s+)?"
    r"\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}\b",
    re.IGNORECASE,
)


def unranked_age(question: str, candidates: Sequence[Candidate]) -> bool:
    """The question asks for the youngest or the oldest one's age, and no sentence says who is
    youngest or oldest or gives the range of ages."""
    ranked = RANKED_AGE.search(question)
    if ranked is None:
        return False
    word = ranked.group(1).lower()
    return not any(
        word in c.sentence.text.lower() or AGE_RANGE.search(c.sentence.text) for c in candidates
    )
