"""The extractive answerer: verbatim sentences from the retrieved passages, each cited.

Sentences are ranked (``ranking``) by dense similarity, lexical coverage of the question and the
kind of answer the question wants; the best are picked within a word budget, with what they
cannot stand without (``picking``), and cited (``citing``). The answer abstains when no sentence
carries enough evidence, or when what is asked for is plainly missing (``doubts``, ``persons``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from assistant.citing import cite
from assistant.counting import (
    AGREE_ASKED,
    LASTING,
    SIZE_OR_SPAN,
    SPAN,
    counted,
    counts,
    disputes,
    fate_asked,
    figures,
    near,
    part_asked,
    rate_asked,
    rate_said,
    whole_asked,
)
from assistant.doubts import (
    PRICED,
    YEAR,
    another_kind,
    counts_elsewhere,
    head_count_unsaid,
    headline,
    named_elsewhere,
    names_asked,
    only_rates,
    paid_as,
)
from assistant.evidence import Evidence
from assistant.followup import names, own_words
from assistant.hints import MONTHS, WEEKDAYS
from assistant.kinds import (
    CLOCK,
    DAY,
    DAY_ASKED,
    HURT,
    LEADING_WH,
    MONEY,
    NUMBER,
    NUMBER_KINDS,
    SAME_FATE,
    SIZE,
    SPEED,
    TEMPERATURE,
    WEIGHT,
    WEIGHT_ASKED,
    WHY,
    clock_value,
    deaths_asked,
    denied,
    denies,
    fits,
    is_polar,
    question_kind,
    reverses,
    says_no,
    spans,
    unmeasured,
    unnamed_numbers,
)
from assistant.metadata import OUTLET_ASKED
from assistant.naming import (
    NAME_ENDS,
    NAME_NOT_DATE,
    NAMED_BARE,
    TRADED,
    asked_doer,
    asks_media,
    asks_name_of,
    called,
    done_by,
    measure_asked,
    named_words,
    names_doer,
    names_thing,
    only_some,
    question_words,
)
from assistant.persons import (
    NAME,
    RESPONDS,
    asked_speaker,
    described,
    held_near,
    held_of,
    left_unnamed,
    mentions,
    office_unheard,
    role_held,
    role_ways,
    speaks,
)
from assistant.picking import accounts, select, with_context
from assistant.question import without_agreement
from assistant.ranking import Candidate, Pick, rank_candidates
from assistant.records import Passage, Retrieved, Source
from assistant.speakers import attributed, turn_label
from assistant.text import fold, search_terms, split_sentences, stem, strip_markers, tokens

REPEAT_SHARE = 0.8
# What answers a question of each kind, where two answers may differ: a time, a size, a speed, a
# temperature.
VALUES = {
    "when": CLOCK,
    "clock": CLOCK,
    "size": SIZE,
    "speed": SPEED,
    "temperature": TEMPERATURE,
    "duration": LASTING,
}
# Accounts that disagree on a value: the best one and at most this many in all.
RIVALS = 3
RIVAL_EVIDENCE = 0.3  # how closely a third value's sentence must match the question, as a whole
RATE_REACH = 3  # the best sentences with a figure, one of which gives it per the unit asked
# A span of time answers "how long" when it is said of what the question asks about: near one of
# its words (``near``), not counting the words that ask how long, nor the coverage's topic.
ASKING_WORDS = frozenset(["long", "time", "year", "much", "money"])
# A word of the question the coverage says in another word (stems): "shut" is "closed", a
# "fundraising" appeal's takings are "raised".
SAME_SENSE = {"shut": "clos", "fundrais": "rais"}
TIME_UNITS = frozenset(["minute", "hour", "day", "week", "month", "year", "decade"])
# The words that ask how fast (stems), or say of what moves that it moved.
SPEED_WORDS = frozenset(
    map(
        stem,
        ("fast", "speed", "strong", "hard", "go", "going", "goes", "went", "travel", "travelling",
         "traveling", "travelled", "move", "moving", "moved", "driving"),
    )
)  # fmt: skip
# A request for a how-to, asked for oneself: "How do I descale a kettle?", "What's the best way to
# get candle wax out of a tablecloth?"; and the words of asking so that are no part of its topic.
HOW_TO = re.compile(
    r"\bhow (?:do|should|can|could|would) (?:i|we)\b|\bwhat[’']?s the best way to\b"
    r"|\bwhat is the best way to\b",
    re.IGNORECASE,
)
HOW_TO_WORDS = frozenset(
    stem(word)
    for word in ("best", "way", "get", "rid", "keep", "make", "go", "going", "use", "using", "new")
)
# A sentence whose subject stands for what the sentence before spoke of.
GOES_ON = re.compile(
    r"(?:(?:all|both|each|most|many|some|none|several|one|two|three)\s+of\s+(?:them|those|these)"
    r"|they|it|these|those|he|she)\b",
    re.IGNORECASE,
)
# A question that asks what someone said ("How much did Penn say is spent ...?"): the words
# may put it their own way ("all our billions of dollars on the 'bad guy'").
RETOLD = re.compile(r"\b(say|says|said|tell|tells|told|claim|claims|claimed)\b", re.IGNORECASE)
# A measure of a thing that stays put, and the words (stems) a page gives it by ("How wide is the
# river?": "40 metres across"), not how far something went ("How far did it drift?").
DIMENSIONS = {
    word: frozenset(words)
    for words in (
        ["wide", "width", "acros", "broad"],
        ["deep", "depth"],
        ["tall", "high", "height"],
        ["thick", "thicknes"],
    )
    for word in words
}
ATTRIBUTE = 3  # "84-foot earthen dam": a size and the thing it measures, at most this far apart
DIMENSION_ASKED = re.compile(r"\bhow (deep|wide|tall|high|thick)\b|\b(width|height|depth)\b", re.I)
# A question for who did something, not for who said something.
WHO_DID = re.compile(
    r"\W*who\b(?!\s+(?:said|says|told|tells|wrote|writes)\b)"
    # not who falls under a rule, which a sort of people answers: "Who does that apply to?",
    # "Who is eligible?", "Who can apply?"
    r"(?!.*\b(?:apply|applies|applied)\s+to\b|.*\b(?:eligible|exempt|covered|allowed)\b"
    r"|\s+(?:can|may|must|should)\b)",
    re.IGNORECASE,
)
# A question that asks something else too: "Who raised the alarm, and at what time?"
ALSO_ASKED = re.compile(r"\band\s+(?:(?:at|on|in|by)\s+)?(?:what|when|where|which|how)\b", re.I)
# "Why did Northwold blame a crack ...?", "Why has Halsdale Water admitted ...?": the question
# puts words in someone's mouth, and what they did say answers it, or corrects it.
CLAIM_PUT = re.compile(
    r"^\W*why\s+(?:did|has|have|had|does|do)\s+(?P<who>[^?,]{2,60}?)\s+(?:say|said|blame|blamed|"
    r"admit|admitted|claim|claimed|accept|accepted|concede|conceded|insist|insisted)\b",
    re.IGNORECASE,
)
# What a party says of a cause, beyond saying: "points to a lightning strike", "disputes this".
ACCOUNTS = (
    rf"(?:{RESPONDS}|points? to|pointed to|disputes?|disputed|blames?|blamed|believes?|found|"
    r"finds|concluded|concludes)"
)
ACCOUNT_REACH = 8  # the candidates looked through for that party's own account


def own_account(
    evidence: Evidence, question: str, candidates: Sequence[Candidate]
) -> Candidate | None:
    """For a question that puts a claim in someone's mouth ("Why did Northwold blame a crack
    ...?"), the best sentence, among the first ACCOUNT_REACH, that gives their own account: one
    in which they say, find or blame ("Halsdale Water disputes this", "It is Halsdale Water's
    view that ..."), or their own outlet's words that do. None when the question puts no claim in
    anyone's mouth, or no account of theirs is found."""
    match = CLAIM_PUT.match(question)
    if match is None:
        return None
    who = re.escape(fold(re.sub(r"^the\s+", "", match.group("who").strip(), flags=re.I)))
    theirs = re.compile(
        rf"\b{who}(?:’s|'s)?(?:,[^,]{{1,60}},)?\s+(?:[a-z]+\s+){{0,2}}{ACCOUNTS}\b"
        rf"|\b{who}(?:’s|'s)\s+(?:own\s+)?(?:view|position|explanation|account|case)\b"
        rf"|\baccording to (?:the\s+)?{who}\b"
    )
    for c in candidates[:ACCOUNT_REACH]:
        text = fold(c.sentence.text)
        own = re.search(rf"\b{who}\b", fold(c.retrieved.passage.outlet)) is not None
        if theirs.search(text) or (own and re.search(rf"\b{ACCOUNTS}\b", text)):
            return c
    return None


# What a sentence says is not known: "the archive cannot tell us who drew up the design", "how
# the fire started is not yet known".
UNKNOWN_SAID = re.compile(
    r"\b(?:cannot|can[’']t|could not|couldn[’']t|is unable to|was unable to|were unable to)\s+"
    r"(?:\w+\s+){0,2}?(?:tell|say|confirm|identify|establish|know)\s+(?:us\s+|yet\s+)?"
    r"(?P<wh>who|what|when|where|why|how|which)\b"
    r"|\b(?P<also>who|what|when|where|why|how)\b[^.;]{0,60}\b(?:is|was|are|were|remains?|remained)"
    r"\s+(?:not (?:yet )?known|unknown|unclear|a mystery)\b",
    re.IGNORECASE,
)
# The question's word that what is not known must match: "which engineer" asks who
SAME_WH = {"which": ("who", "which", "what"), "whom": ("who",), "whose": ("who",)}


def unknown_said(question: str, text: str) -> bool:
    """The best sentence says that what the question asks is not known ("Which engineer designed
    the bridge?": "the archive cannot tell us who drew up the design"): the coverage does not
    say, so the answer says so. A yes/no question ("Is it known who ...?") is answered by it."""
    lead = LEADING_WH.search(question.lower())
    found = UNKNOWN_SAID.search(text)
    if lead is None or found is None or is_polar(question):
        return False
    said = (found.group("wh") or found.group("also")).lower()
    return said in SAME_WH.get(lead.group(1), (lead.group(1),))


# A day: "Good Friday, 19 April", "on Tuesday", "12 June" (not a year alone).
DAY_SAID = re.compile(rf"\b(?:{WEEKDAYS}|{MONTHS})\b", re.I)

# "In what year did she die?": a year, said near what happened in it.
YEAR_ASKED = re.compile(r"\b(?:what|which) year\b", re.IGNORECASE)
# What was done in the year asked for: "In what year was the shaft capped or filled?"
DONE = re.compile(r"\b[a-z]{3,}ed\b")

# "On what date ...?" is answered by a day, a month or a year said near what is asked.
DATED = re.compile(
    rf"\b(?:{WEEKDAYS}|{MONTHS}|today|tomorrow|yesterday|tonight)\b|{YEAR.pattern}", re.I
)

# A day or a month a thing is said to happen on: "on Monday 2 February", "not before March".
DATE = re.compile(rf"\b(?:{WEEKDAYS}|{MONTHS})\b")

# "How much of its grant had been paid?" asks for a part of a whole, which a sentence may give
# as a share of it ("Half of that, £7,500, was paid in May").
PART_OF_WHOLE = re.compile(
    r"\bhow (?:much|many) of (?:(?:the|its|their|his|her|that)\b|(?-i:[A-Z]))", re.I
)  # "How much of the lake ...?", "How much of Greyling Water ...?"
SHARE = r"half|a third|a quarter|two[ -]thirds|three[ -]quarters"
PART_SAID = re.compile(
    rf"\b(?:{SHARE}|part|most)\s+of\b|\b(?:{SHARE})\s+(?:the|its)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:%|per ?cent)\s+of\b",
    re.I,
)

# What a follow-up's sentence loses for being more like the last answer than the follow-up.
NOVELTY = 0.8


@dataclass(frozen=True)
class Composition:
    text: str
    sources: list[Source]
    abstained: bool
    confidence: float


def repeats(text: str, said: Sequence[str]) -> bool:
    """The text says again what one of the earlier answers' sentences said: nearly all of that
    sentence's terms, names aside (a sentence about the same people may say something new),
    and not many more (one that goes on to say where she teaches says something new)."""
    have = set(search_terms(text))
    for answer in said:
        for terms, every in said_terms(answer):
            new = have - every
            enough = REPEAT_SHARE * len(terms)
            if len(terms) >= 2 and len(terms & have) >= enough and len(new) < enough:
                return True
    return False


@functools.lru_cache(maxsize=256)
def said_terms(answer: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each sentence of an earlier answer: its terms, names aside, and all its terms. Cached: a
    follow-up checks every candidate against the same answers."""
    return tuple(
        (
            frozenset(search_terms(re.sub(r"\b[A-Z][\w’'-]*", " ", sentence))),
            frozenset(search_terms(sentence)),
        )
        for sentence in split_sentences(strip_markers(answer))
    )


# A follow-up that speaks of someone by a pronoun ("Did he give a date?").
PRONOUN = re.compile(r"\b(he|she|his|her|him|they|them|their)\b", re.IGNORECASE)
# A follow-up that asks for something besides what was said ("Has he been given a new date?").
ANOTHER = re.compile(r"\b(new|another|other|else|different)\b", re.IGNORECASE)
NEAR = 5  # sentences after the one the follow-up leans on that may go on about its person
NEAR_BONUS = 0.2


# First-person words: a sentence in them, on a page its author wrote, is the author's own.
FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our|us)\b")


def in_own_voice(evidence: Evidence, candidates: list[Candidate], last: str) -> list[Candidate]:
    """A follow-up about "he" or "she" is answered in their own words too: the sentences they
    say in a transcript (under their label) or write in the first person on a page they wrote
    gain NEAR_BONUS. They are the first person the last answer names ("Helen Marchbank, a
    retired pharmacist"), by their surname."""
    person = next((name for name in names(last) if len(name.split()) >= 2), "")
    if not person:
        return candidates
    surname = fold(person.split()[-1])

    def own(c: Candidate) -> bool:
        article = evidence.view.articles.get(c.sentence.article_id)
        wrote = article is not None and surname in fold(article.author).split()
        label = fold(turn_label(evidence, c.row))
        return surname in label.split() or (wrote and bool(FIRST_PERSON.search(c.sentence.text)))

    return favoured(candidates, own)


def dimension_asked(question: str) -> frozenset[str]:
    """The words a page may give the measure the question asks for by, if it asks for one."""
    found = DIMENSION_ASKED.search(question)
    return DIMENSIONS[(found.group(1) or found.group(2)).lower()] if found else frozenset()


def measured(things: frozenset[str], text: str) -> bool:
    """The text measures one of the things (stems) by a size before it: "the 84-foot earthen
    dam" gives the dam's height."""
    return any(
        "-" in found.group() and set(map(stem, tokens(text[found.end() :])[:ATTRIBUTE])) & things
        for found in SIZE.finditer(text)
    )


def near_the_last(candidates: list[Candidate]) -> list[Candidate]:
    """A follow-up about "he" or "she" is answered near where the coverage spoke of them: the
    NEAR sentences after the best match of the question with the last answer's gist (the
    sentence the last answer came from) gain NEAR_BONUS."""
    anchor = candidates[0].sentence

    def soon_after(c: Candidate) -> bool:
        after = c.sentence.position - anchor.position
        return c.sentence.article_id == anchor.article_id and 0 < after <= NEAR

    return favoured(candidates, soon_after)


def favoured(candidates: list[Candidate], gains: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates, those for which ``gains`` holds raised by NEAR_BONUS, best first."""
    moved = (replace(c, score=c.score + NEAR_BONUS * gains(c)) for c in candidates)
    return sorted(moved, key=lambda c: -c.score)


def disputed(counting: list[Candidate], things: frozenset[str]) -> list[Candidate]:
    """Asked whether the accounts agree on a count: the best sentence that gives a count of the
    things, and the best ones (up to RIVALS in all) whose counts the ones before rule out ("at
    least 260 children" against "163 children"), when there is one."""
    given = [c for c in counting if figures(things, c.sentence.text)]  # (a count, as a number)
    if not given:
        return []
    chosen = [given[0]]
    for cand in given[1:]:
        if len(chosen) < RIVALS and all(
            disputes(things, cand.sentence.text, c.sentence.text) for c in chosen
        ):
            chosen.append(cand)
    return chosen if len(chosen) > 1 else []


def apart(
    candidates: list[Candidate], found: re.Pattern[str], asked: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Asked whether the accounts agree on when or how much: the best sentence that gives a time
    of day, a day or a measure (what ``found`` finds), and the best ones that give others ("at
    5:30 p.m." against "at midday", "70 mph" against "58 mph"), up to RIVALS in all, a third only
    when its sentence matches the question by RIVAL_EVIDENCE or more; none when all agree. When
    two or more times of day are said near what is asked (``asked``: "on Sunday"), only those are
    rivals: "Update, 4.30pm Monday" is no account of a burst "early on Sunday"; and when two or
    more spans of time are said in sentences that name what is asked, only those: a shop "shut
    for a month" is no account of how long the line is closed."""
    given = [(c, value) for c in candidates if (value := value_of(found, c.sentence.text))]
    close = [
        (c, value)
        for c, value in given
        if (found in (CLOCK, DATE) and near(found, asked, c.sentence.text))
        or (found is LASTING and asked & {stem(word) for word in tokens(c.sentence.text)})
    ]
    if len({value for _, value in close}) > 1:
        given = close
    # each value from another outlet than those chosen, when two outlets give values: one
    # account's 10.15am and 10.25am tell its story, not a dispute
    several = len({c.retrieved.passage.outlet for c, _ in given}) > 1
    for apart_outlets in (True, False) if several else (False,):
        chosen: dict[str, Candidate] = {}
        for cand, value in given:
            if apart_outlets and any(
                c.retrieved.passage.outlet == cand.retrieved.passage.outlet for c in chosen.values()
            ):
                continue
            if len(chosen) < 2 or (len(chosen) < RIVALS and cand.evidence >= RIVAL_EVIDENCE):
                chosen.setdefault(value, cand)
        if len(chosen) > 1:
            return list(chosen.values())
    return []


def said_apart(
    candidates: Sequence[Candidate], found: re.Pattern[str], asked: frozenset[str]
) -> bool:
    """Two or more values of what the pattern finds are said near what is asked (``asked``)."""
    said = {
        value_of(found, c.sentence.text) for c in candidates if near(found, asked, c.sentence.text)
    }
    return len(said) > 1


def value_of(found: re.Pattern[str], text: str) -> str:
    """The first value the pattern finds in the text, as written, without spaces and dots
    ("70mph"); a time of day on a twelve-hour dial (``clock_value``: "06:10" is "ten past six")."""
    match = found.search(text)
    if match is None:
        return ""
    return (
        clock_value(match.group())
        if found is CLOCK
        else re.sub(r"[\s.]", "", match.group().lower())
    )


ALSO_REACH = 5  # the best sentences, one of which may answer a question's second part


def also_answered(question: str, candidates: list[Candidate]) -> Candidate | None:
    """For a question that asks a second thing of a kind with a value ("Which source says it
    slipped before, and when did the earlier one happen?"): the best of the first ALSO_REACH
    sentences that gives such a value (for "when", a day, a month or a year), when the best
    sentence does not."""
    also = ALSO_ASKED.search(question)
    if also is None or not candidates:
        return None
    kind = question_kind(question[also.start() :].removeprefix("and").strip())
    if kind not in (*NUMBER_KINDS, "when"):
        return None

    def gives(c: Candidate) -> bool:
        text = c.sentence.text
        return bool(DATED.search(text)) if kind == "when" else fits(kind, text) > 0

    # "What's the deadline, and when is the decision due?": a date of the decision, which the
    # date of the deadline is not
    second = frozenset(search_terms(question[also.end() :]))

    def of_second(c: Candidate) -> bool:
        return bool(second & set(search_terms(c.sentence.text)))

    if gives(candidates[0]) and (not second or of_second(candidates[0])):
        return None
    matched = next((c for c in candidates[: 2 * ALSO_REACH] if gives(c) and of_second(c)), None)
    if matched is not None or gives(candidates[0]):
        return matched
    return next((c for c in candidates[:ALSO_REACH] if gives(c)), None)


def named_first(
    candidates: list[Candidate], thing: str, asked: frozenset[str], threshold: float
) -> list[Candidate]:
    """For a "which X" question, when the best sentence names no X ("taken to hospital"), the
    best one that does ("Saltmere General Hospital"), when it matches the question as closely as
    an answer must."""
    if not candidates or names_thing(candidates[0].sentence.text, thing, asked):
        return []
    named = next(
        (
            c
            for c in candidates
            if c.evidence >= threshold and names_thing(c.sentence.text, thing, asked)
        ),
        None,
    )
    return [named] if named is not None else []


def uncounted(
    asked: frozenset[str],
    question: str,
    candidates: Sequence[Candidate],
    things: frozenset[str] | None,
    counting: Sequence[Candidate],
) -> bool:
    """A "how many" question none of the sentences answers: none counts the things it asks
    about ("How many children were on board?": "61 passengers"; "How many ambulances were
    sent?": "18 miles away", "at 11 p.m."), or, asked about part of a group, none gives a number
    near what sets the part apart ("How many of the patients are children?": "212,000
    patients"; "How many of the reports came from Aysgill?": "Aysgill, 11 km", a measure). Unless
    one says there are none ("no children were on board"), or denies what the question takes for
    granted, besides the coverage's topic (``asked``: "hurt in the fire": "there was no fire";
    not "No picket threw anything" in a strike's coverage) and what only modifies the things
    counted ("parking tickets": not "no parking on either side"). Things counted under other
    names are counted by those too (``counting.SAME_COUNTED``: "140 planned operations" counts
    surgeries)."""
    part = part_asked(own_words(question))
    words = [stem(word) for word in tokens(own_words(question))]
    # what modifies the things counted is not a premise: "no parking" denies no parking tickets
    modifiers = {word for word, head in itertools.pairwise(words) if things and head in things}
    no = (things or frozenset()) | part | (asked - modifiers)
    if any(says_no(no, c.sentence.text) for c in candidates):
        return False
    return bool(things and not counting) or bool(
        part
        and not any(
            near(NUMBER, part, unmeasured(unnamed_numbers(c.sentence.text))) for c in candidates
        )
    )


def spoken_of(evidence: Evidence, thing: str) -> bool:
    """Some sentence of the coverage speaks of the thing (a stem), by its own word, one it is
    called by (``naming.CALLED``) or, for a doer, what it does (``done_by``); or ends a name
    with a word that ends such names (``naming.NAME_ENDS``: "Polgrain Marine Services"); or is
    a place a name alone says is one (``naming.NAMED_BARE``: "Chicago", a city)."""
    return (
        thing in NAMED_BARE
        or any(word in evidence.idf for word in (*called(thing), *done_by(thing)))
        or any(end in evidence.name_ends for end in NAME_ENDS.get(thing, ()))
    )


def unheard_of(evidence: Evidence, question: str) -> bool:
    """Most of what a how-to question is about, besides its words of asking, is in no sentence
    of the coverage: "knock in a brand-new cricket bat" (no knock, no bat) in a balloon crash's
    coverage, though a match on a cricket ground is in it."""
    terms = set(search_terms(own_words(question))) - HOW_TO_WORDS
    absent = [term for term in terms if term not in evidence.vocabulary]
    return 2 * len(absent) > len(terms)


def asked_terms(evidence: Evidence, question: str) -> frozenset[str]:
    """The question's own terms that are not the coverage's topic, nor words of asking."""
    terms = set(search_terms(without_agreement(own_words(question)))) - ASKING_WORDS
    senses = {SAME_SENSE.get(term, term) for term in terms}  # "shut": what "closed" says
    return frozenset(term for term in senses if not evidence.topical(term))


def sized(asked: frozenset[str], candidates: Sequence[Candidate]) -> bool:
    """Some sentence gives a length near what the question asks about (``asked_terms``: "How
    long is the pier?": "the 412-metre pier"), or any length when it asks only of the
    coverage's topic."""
    return any(
        fits("size", c.sentence.text) > 0 and (not asked or near(SIZE, asked, c.sentence.text))
        for c in candidates
    )


def standing_denial(candidates: Sequence[Candidate], asked: frozenset[str]) -> Candidate | None:
    """The best sentence that denies what the question takes for granted ("Who were the three
    people killed?": "No one died"), unless a later article says it happened after all ("no one
    has been arrested", then "a man has been arrested"). ``asked`` holds the question's terms
    that are not the coverage's topic: denying the topic denies nothing."""
    denials = {c.row: said for c in candidates if (said := denied(asked, c.sentence.text))}
    if not denials:
        return None
    first = next(c for c in candidates if c.row in denials)
    happened = denials[first.row].union(*(s for s in SAME_FATE if s & denials[first.row]))
    since = max(c.retrieved.passage.published for c in candidates if c.row in denials)
    later = [
        c
        for c in candidates
        if c.row not in denials
        and c.retrieved.passage.published > since
        and any(stem(word) in happened for word in tokens(c.sentence.text))
    ]
    return None if later else first


def denials_beyond(
    evidence: Evidence,
    question: str,
    retrieved: Sequence[Retrieved],
    admits: Callable[[Passage], bool],
) -> list[Retrieved]:
    """The passages, beyond those retrieved, that deny what the question takes for granted ("Why
    were the students disqualified?": "No candidate has been disqualified", in an update log the
    question's words do not find)."""
    asked = asked_terms(evidence, question)
    meant = asked.union(*(fate for fate in SAME_FATE if fate & asked))  # "no fire": no flames
    meant |= HURT if deaths_asked(asked) else frozenset()  # "lost their lives": "nobody was hurt"
    have = {item.passage.passage_id for item in retrieved}
    found: list[Retrieved] = []
    for row in evidence.saying_no if asked else ():
        if not evidence.terms[row] & meant:
            continue
        sentence = evidence.view.sentences[row]
        passage = evidence.view.passages.get(sentence.passage_id)
        if passage is None or passage.passage_id in have or not admits(passage):
            continue
        if denied(asked, sentence.text):
            found.append(Retrieved(passage, 0.0, len(retrieved) + len(found) + 1))
            have.add(passage.passage_id)
    for row in evidence.undoing if WHY.match(question) else ():  # "Why the planned ...?"
        sentence = evidence.view.sentences[row]
        passage = evidence.view.passages.get(sentence.passage_id)
        if passage is None or passage.passage_id in have or not admits(passage):
            continue
        if reverses(question, sentence.text):  # "Type: Unplanned"
            found.append(Retrieved(passage, 0.0, len(retrieved) + len(found) + 1))
            have.add(passage.passage_id)
    return found


def fresh_first(
    evidence: Evidence, candidates: Sequence[Candidate], turn: np.ndarray
) -> list[Candidate]:
    """A follow-up's candidates, each losing NOVELTY times what it is more like the last answer
    (``turn[0]``) than the follow-up's own words (``turn[1]``): "What are they asking the company
    to pay for?", after "the Angling Association, whose secretary is Len Whitcombe", wants what
    the association asks for, not another sentence about its secretary."""
    vectors = evidence.view.vectors
    rows = [c.row for c in candidates]
    closer = np.maximum(0.0, vectors[rows] @ turn[0] - vectors[rows] @ turn[1]) if rows else []
    return sorted(
        (
            replace(c, score=c.score - NOVELTY * float(d))
            for c, d in zip(candidates, closer, strict=True)
        ),
        key=lambda c: -c.score,
    )


# A sentence that matches the question this closely as a whole speaks of what it asks, wherever
# its value is: "out of action for at least a fortnight" for how long the ferry was out.
CLOSE_MATCH = 0.7


def said_near(
    evidence: Evidence,
    asked: frozenset[str],
    question: str,
    candidates: Sequence[Candidate],
    found: re.Pattern[str] = SPAN,
    carried: bool = True,
    close: bool = False,
) -> bool:
    """Some sentence gives a span of time (or what ``found`` finds) near a word of the question
    that is not the coverage's topic (``asked``), or, when ``carried``, in a sentence that goes
    on from one with such a word ("Eleven people went into the sea. All of them were brought out
    within 40 minutes."; not for a year or an amount, which "They" may date or price apart from
    what the sentence before speaks of); or, when ``close``, gives it in a sentence that matches
    the question by CLOSE_MATCH or more; or denies what the question takes for granted ("How
    long did the fire burn?": "there was no fire"); or the question has no such word."""
    return not asked or any(
        near(found, asked, c.sentence.text)
        or (close and c.evidence >= CLOSE_MATCH and bool(found.search(c.sentence.text)))
        or (
            carried
            and found.search(c.sentence.text)
            and asked & set(map(stem, antecedent(evidence, c)))
        )
        or denies(question, c.sentence.text)
        for c in candidates
    )


def antecedent(evidence: Evidence, candidate: Candidate) -> list[str]:
    """The words of the sentence before one that goes on from it, its subject standing for what
    that sentence spoke of ("All of them", "They", "It"); none for a sentence that does not."""
    before = int(evidence.neighbours[candidate.row][0])
    if before == candidate.row or not GOES_ON.match(candidate.sentence.text):
        return []
    return tokens(evidence.view.sentences[before].text)


def headed_by(evidence: Evidence, asked: frozenset[str], candidates: Sequence[Candidate]) -> bool:
    """Some sentence is under a headline that names what the question asks of (``asked``):
    "Treasurer Puts a Figure on the Library" over "the building will need 4 million dollars". A
    number is not such a word: "Year 3 trip" does not head the cost of what Year 3 did."""
    named = frozenset(term for term in asked if not term.isdigit())
    return any(named & {stem(word) for word in tokens(headline(evidence, c))} for c in candidates)


def unpaid(
    evidence: Evidence, asked: frozenset[str], question: str, candidates: Sequence[Candidate]
) -> bool:
    """An amount question none of the sentences with an amount answers: none speaks of what it
    is paid as ("How much aid?": "repairs will cost"), or those that do pay someone else
    (``counts_elsewhere``: "paid to a different gang"); or none says it near what the question
    asks it of nor under a headline that names that ("raise its managers' pay": "a $4.6 million
    price tag"), unless the question asks what someone said, whose words may put it their own
    way."""
    paid = paid_as(question, candidates)
    if bought := BOUGHT.search(own_words(question)):  # "pay for the shuttle bus": near the bus
        what = search_terms(bought["what"] or bought["on"])
        asked = frozenset(t for t in what if not evidence.topical(t)) or asked
    if asked & PRICES:  # "the price tag for fixing it": "the repairs could cost £2.6 million"
        asked = asked | {stem("cost")}
    return (
        not paid
        or counts_elsewhere(evidence, question, paid)
        or not spent_by(evidence, question, paid)
        or not (
            RETOLD.search(question)
            or said_near(evidence, asked, question, candidates, MONEY, carried=False)
            or headed_by(evidence, asked, candidates)
        )
    )


# What an amount was paid for ("How much did the council pay for the shuttle bus?"), which the
# amount must be said near: not the council's £2,800 for something else.
BOUGHT = re.compile(
    r"\b(?:pay|pays|paid|paying|charge|charges|charged)\b[^?]*?\bfor\s+(?P<what>[^?]+)"
    r"|\b(?:spend|spends|spent|spending)\b[^?]*?\b(?:for|on)\s+(?P<on>[^?]+)",
    re.IGNORECASE,
)
PRICES = frozenset(map(stem, PRICED))  # as the question's terms are stemmed
# Whose money an amount question asks about: "How much have Saltmere's shops and cafés lost?"
SPENDER = re.compile(
    r"\bhow much(?: money)? (?:have|has|had|did|do|does|will|would)\s+(?P<who>[^?]+?)\s+"
    r"(?:lost|lose|earned|earn|made|make|paid|pay|spent|spend|raised|raise|received|receive|"
    r"saved|save|given|give|gave)\b",
    re.IGNORECASE,
)


def spent_by(evidence: Evidence, question: str, paid: Sequence[Candidate]) -> bool:
    """Some sentence with the amount speaks of whose money the question asks about (its words
    beyond the coverage's topic: "shops", "cafés"), or the question names no one apart from the
    topic; "each day of the strike costs Greyhaven £1.9 million" is not the shops' loss."""
    match = None if RETOLD.search(question) else SPENDER.search(question)  # "did Penn say ..."
    who = (
        {t for t in search_terms(match.group("who")) if not evidence.topical(t)} if match else set()
    )
    return not who or any(who & evidence.terms[c.row] for c in paid)


def trade_named(trade: str) -> list[re.Pattern[str]]:
    """A name said to be of a trade (a stem): "Quay Mutual, an insurance company", "the insurer
    Harwell Mutual", "Harwell Insurance"."""
    word, capital = rf"{re.escape(trade)}\w*", rf"{re.escape(trade.capitalize())}\w*"
    return [
        re.compile(rf"\b{NAME},\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}{word}"),
        re.compile(
            rf"\b{word}\s+(?:(?:company|firm|business|group|broker|provider)\s+)?,?\s*{NAME}"
        ),
        re.compile(rf"\b[A-Z][\w&'’-]*\s+{capital}"),
    ]


def of_trade(evidence: Evidence, shown: Sequence[int], trade: str) -> bool:
    """Some shown sentence names something said to be of the trade (a stem) a "which insurance
    company" question asks for (``trade_named``: "Quay Mutual, an insurance company, covers the
    ferry"; not "the sale would not change the ferry's insurance", nor a person who speaks of
    insurance)."""
    patterns = trade_named(trade)
    return any(
        trade in evidence.terms[row]
        and any(p.search(evidence.view.sentences[row].text) for p in patterns)
        for row in shown
    )


def year_of_deed(question: str, candidates: Sequence[Candidate]) -> bool:
    """Some sentence gives a year near what the question says was done in it ("In what year was
    the shaft capped?": not "the mine, which closed in 1913, had five shafts"), or the question
    says nothing was done (no word in -ed)."""
    done = frozenset(stem(word) for word in DONE.findall(own_words(question).lower()))
    return not done or any(near(YEAR, done, c.sentence.text) for c in candidates)


# A quotation asked for may run on past the passage that matched it ("“Nobody screamed,” he
# said." ... "“Everyone just held the seat ...”"): the passages after the best READ_ON retrieved
# ones are read too.
READ_ON = 2


def read_on(evidence: Evidence, retrieved: Sequence[Retrieved]) -> list[Retrieved]:
    """The retrieved passages, then the passage after each of the best READ_ON of them that is
    not among them, ranked after them."""
    out = list(retrieved)
    have = {item.passage.passage_id for item in out}
    for item in retrieved[:READ_ON]:
        after = evidence.next_passage.get(item.passage.passage_id)
        if after is not None and after.passage_id not in have:
            have.add(after.passage_id)
            out.append(replace(item, passage=after, rank=len(out) + 1))
    return out


def dated(candidate: Candidate) -> bool:
    """The sentence says when, by a day, a date, a year or a time ("in October", "since 1603"),
    or by a span from now or from something ("within 30 days", "until the repairs are done")."""
    text = candidate.sentence.text
    return fits("when", text) > 0 or spans(text)


def dated_before(evidence: Evidence, candidate: Candidate) -> Candidate:
    """For a "when" question, the best sentence shown with the one before it in its passage when
    it gives no date and that one gives a day ("On Good Friday, 19 April, our fireman spotted water
    weeping ..." before "The engine was taken out of service on the spot ...")."""
    before = int(evidence.neighbours[candidate.shown[0]][0])
    held = evidence.view.by_passage.get(candidate.retrieved.passage.passage_id, ())
    if (
        DATED.search(candidate.sentence.text)
        or before == candidate.shown[0]
        or before not in held
        or not DAY_SAID.search(evidence.view.sentences[before].text)
    ):
        return candidate
    words = candidate.words + int(evidence.words[before])
    return replace(candidate, shown=(before, *candidate.shown), words=words)


def said_with(evidence: Evidence, picks: list[Pick]) -> list[str]:
    """The picked sentences, each with the sentence after it, which may say who spoke ("“We were
    lucky." ... "Nobody panicked,” she said."), and the one before it, which may say who a
    pronoun is ("Reyes was asked about the fee." "She said ...")."""
    rows = []
    for pick in picks:
        before, after = (int(r) for r in evidence.neighbours[pick.candidate.row])
        rows += [before, pick.candidate.row, after]
    return [evidence.view.sentences[row].text for row in dict.fromkeys(rows)]


def compose(
    evidence: Evidence,
    question: str,
    vector: np.ndarray,
    retrieved: Sequence[Retrieved],
    threshold: float,
    max_sentences: int,
    max_words: int,
    outlets: Sequence[str] = (),
    said: Sequence[str] = (),
    turn: np.ndarray | None = None,
    slack: float = 0.0,
) -> Composition:
    """The answer to the question from the retrieved passages, or an abstention. ``said`` holds
    earlier answers of the conversation: a follow-up is not answered with what they said; nor,
    given ``turn`` (the vectors of the last answer and of the follow-up's own words), with what
    is more like that answer than like the follow-up (``fresh_first``). ``slack`` lowers the
    threshold below which it abstains (not the one a further sentence must reach)."""
    kind = question_kind(question)
    if named_elsewhere(evidence, question):
        return Composition("", [], True, 0.0)  # "the first train from London": no London here
    if kind == "quote":
        retrieved = read_on(evidence, retrieved)
    candidates = rank_candidates(evidence, question, vector, retrieved)
    if kind == "when" and candidates:
        candidates[0] = dated_before(evidence, candidates[0])
    if turn is not None:
        candidates = fresh_first(evidence, candidates, turn)
    if said and candidates and PRONOUN.search(own_words(question)):
        candidates = in_own_voice(evidence, near_the_last(candidates), said[-1])
    if said:  # what was said is no answer, unless it holds the date or number asked for now
        again = kind in NUMBER_KINDS or kind == "when"  # "When was that?", not "A new date?"
        again = again and not ANOTHER.search(own_words(question))
        candidates = [
            c
            for c in candidates
            if (again and fits(kind, c.sentence.text) > 0) or not repeats(c.sentence.text, said)
        ]
    asked = asked_terms(evidence, question)  # what it asks of, the coverage's topic aside
    seeds: list[Candidate] = []
    agree = len(outlets) < 2 and bool(AGREE_ASKED.search(question))  # (named outlets: their own)
    things = counted(question)  # what a "how many" question counts, or None
    part_asked = PART_OF_WHOLE.search(own_words(question))  # "how much of the lake ...?"
    if kind in NUMBER_KINDS:  # a count or an amount is answered by a sentence that has one
        candidates = [
            c
            for c in candidates
            if fits(kind, c.sentence.text) > 0
            or denies(question, c.sentence.text)
            or (part_asked and PART_SAID.search(c.sentence.text))  # "about half the lake"
        ]
        fate = fate_asked(question, things)
        whole = whole_asked(question, fate)  # "How many work there?": not "two of the staff"
        counting = [
            c for c in candidates if things and counts(things, c.sentence.text, fate, whole)
        ]
        if things and counting and agree:
            seeds = disputed(counting, things)
        if uncounted(asked, question, candidates, things, counting):
            return Composition("", [], True, 0.0)  # "How many children?": "61 passengers"
        if head_count_unsaid(question, candidates):
            return Composition("", [], True, 0.0)  # "How many people live there?": "700 members"
        if only_rates(question, things, counting):
            return Composition("", [], True, 0.0)  # "How many litres leaked?": "litres a day"
        if counts_elsewhere(evidence, question, counting):
            return Composition("", [], True, 0.0)  # "killed in Chicago": a count of elsewhere
        if kind == "money" and unpaid(evidence, asked, question, candidates):
            return Composition("", [], True, 0.0)  # "raise managers' pay": "a $4.6m price tag"
        unit = rate_asked(own_words(question))
        if unit and not any(
            rate_said(unit, c.sentence.text)
            for c in (counting if things else candidates)[:RATE_REACH]
        ):
            return Composition("", [], True, 0.0)  # "visitors a year": "1,400 booked this week"
    if kind == "length" and sized(asked, candidates):
        candidates = [c for c in candidates if fits("size", c.sentence.text) > 0]  # a length
    if kind == "length" and not said_near(evidence, asked, question, candidates, SIZE_OR_SPAN):
        return Composition("", [], True, 0.0)  # "How long is the pier?": no length near "pier"
    own = frozenset(search_terms(own_words(question)))  # the topic too: "How high is the dam?"
    if (dimension := dimension_asked(question)) and not any(
        near(SIZE, dimension, c.sentence.text) or measured(own, c.sentence.text) for c in candidates
    ):
        return Composition("", [], True, 0.0)  # "How wide is the river?": "drifted 600 metres"
    if WEIGHT_ASKED.search(question) and not said_near(
        evidence, asked, question, candidates, WEIGHT
    ):
        return Composition("", [], True, 0.0)  # "How much did it weigh?": "the size of a football"
    if kind == "speed":  # said near what moved, which may be the topic ("the tram")
        moving = frozenset(search_terms(without_agreement(own_words(question)))) - SPEED_WORDS
        if not said_near(evidence, moving, question, candidates, SPEED):
            return Composition("", [], True, 0.0)  # "How fast was the basket going?": a gust
    # "How many years ...?" asks for a span too
    spanned = kind == "duration" or (kind == "number" and bool(things and things <= TIME_UNITS))
    if spanned and not said_near(evidence, asked, question, candidates, close=True):
        return Composition("", [], True, 0.0)  # "How long was he locked up?": "drugs in 20 years"
    if YEAR_ASKED.search(question) and not (
        said_near(evidence, asked, question, candidates, YEAR, carried=False)
        and year_of_deed(question, candidates)
    ):
        return Composition("", [], True, 0.0)  # "What year did she die?": "her bequest of 1931"
    if DAY_ASKED.search(question) and not said_near(evidence, asked, question, candidates, DATED):
        return Composition("", [], True, 0.0)  # "On what date …?": "only after the repairs"
    if kind in VALUES and agree:  # "When did it start? Do the accounts line up?"
        day = kind == "when" and DAY_ASKED.search(question)  # "On what day ...?": not an hour
        found = DAY if day else VALUES[kind]
        if (  # "When will it reopen?": by the days said near it, when no hour is
            kind == "when"
            and not day
            and said_apart(candidates, DATE, asked)
            and not any(near(CLOCK, asked, c.sentence.text) for c in candidates)
        ):
            found = DATE
        seeds = apart(candidates, found, asked)
    if kind in NUMBER_KINDS and not seeds and part_asked:
        parts = [c for c in candidates if PART_SAID.search(c.sentence.text)]
        if len(outlets) > 1:  # "..., according to the Post and the Gazette": each one's own
            said_by = {o: [p for p in parts if p.retrieved.passage.outlet == o] for o in outlets}
            seeds = [said[0] for said in said_by.values() if said]
        else:  # "how much of its grant": "Half of that"
            seeds = [p for p in parts[:1] if any(p is c for c in candidates[:RATE_REACH])]
    (thing, sort), media = named_words(own_words(question)), asks_media(question)
    if OUTLET_ASKED.search(own_words(question)):  # "Which source says ...?": an outlet, named
        thing, sort = "", ""
    if thing and not seeds and not media:
        seeds = named_first(candidates, thing, question_words(question), threshold)
    # "Who were the three people killed?": "No one died" corrects it, and comes first
    denial = standing_denial(candidates, asked)
    if denial is None and WHY.match(question):
        denial = next((c for c in candidates if reverses(question, c.sentence.text)), None)
    if denial is not None and not seeds:
        seeds = [denial]
    if not seeds and (account := own_account(evidence, question, candidates)) is not None:
        seeds = [account]  # "Why did Northwold blame a crack?": what Northwold does blame
    # (the sort of a place or an event its name says it is: "Which coastal town ...?" of "Ashby")
    sort = "" if thing in NAMED_BARE else sort
    unknown = [word for word in (thing, sort) if word and not spoken_of(evidence, word)]
    if unknown and not (media and evidence.names_media):
        return Composition("", [], True, 0.0)  # asks which X, and the coverage names no X
    if another_kind(kind, question, candidates):
        return Composition("", [], True, 0.0)  # "normally": "a stopgap launch, 7am to 7pm"
    measure = measure_asked(own_words(question))
    if (
        measure
        and not spoken_of(evidence, measure)
        and not any(denies(question, c.sentence.text) for c in candidates)
    ):
        return Composition("", [], True, 0.0)  # "the population of X": no population anywhere
    if candidates and unknown_said(question, candidates[0].sentence.text):
        return Composition("", [], True, 0.0)  # "Who designed it?": "cannot tell us who"
    best = max((c.evidence for c in candidates), default=0.0)
    # A short question ("Who is the mayor?") matches its sentence weakly as a whole; a sentence
    # that holds every one of its terms still answers it.
    spelled = any(evidence.coverage(question, c.row) >= 0.999 for c in candidates[:3])
    if (best < threshold - slack and not spelled) or not evidence.has_terms(question):
        return Composition("", [], True, best)
    if HOW_TO.search(question) and unheard_of(evidence, question):
        return Composition("", [], True, best)  # "How do I tie a bowline?": no bowline here
    if not outlets and not seeds and is_polar(question):
        outlets = accounts(candidates, wide=agree)
    if (also := also_answered(question, candidates)) is not None and also not in seeds:
        seeds = [*(seeds or candidates[:1]), also]  # "..., and when did the earlier one happen?"
    picks = select(
        candidates, max_sentences, max_words, outlets=outlets, seeds=seeds, least=threshold
    )
    shown = [p.candidate.row for p in picks]
    if kind == "when" and denial is None and not any(dated(p.candidate) for p in picks):
        return Composition("", [], True, best)  # "When will it report?": no time is said
    if thing and asks_name_of(question) and not names_asked(evidence, shown, thing, media):
        return Composition("", [], True, best)  # "the name of the town": no town in the answer
    if thing and not media and only_some(thing, [evidence.view.sentences[r].text for r in shown]):
        return Composition("", [], True, best)  # "which hotel": "a hotel room"
    if sort and thing in TRADED and not of_trade(evidence, shown, sort):
        return Composition("", [], True, best)  # "which insurance company": none of insurance
    description, texts = described(question), [c.sentence.text for c in candidates]
    if description and denial is None:
        if left_unnamed(description, [evidence.view.sentences[r].text for r in shown]):
            return Composition("", [], True, best)  # "who is the official": "an official said"
        if not mentions(role_ways(description), texts):
            return Composition("", [], True, best)  # "who is the chief executive": none is named
    if (
        denial is None
        and WHO_DID.match(question)
        and not ALSO_ASKED.search(question)
        and asked
        and not any(  # someone named near what is asked ("the insurers, Harwell Mutual"), or
            # by whom it was done ("lifted out by the boat team")
            near(NAME_NOT_DATE, asked, t) or names_doer(asked_doer(question), t, named=False)
            for t in texts
        )
    ):
        return Composition("", [], True, best)  # "Who was driving the van?": no one is named
    if office_unheard(question, texts):
        return Composition("", [], True, best)  # "the mayor of Marle": no mayor is quoted
    if (held := role_held(question)) and not mentions(held, texts):
        return Composition("", [], True, best)  # "who chairs the board": no chair is mentioned
    of = frozenset(t for t in search_terms(held_of(question)) if not evidence.topical(t))
    if of and not held_near(held, of, texts):  # (``held_of`` is "" where no role is held)
        return Composition("", [], True, best)  # "the governors": "chairs the parents' group"
    picks = with_context(picks, evidence, max_words, quoting=kind == "quote")
    speaker = asked_speaker(question, evidence.view.outlets)
    if speaker and not speaks(speaker, said_with(evidence, picks)):
        return Composition("", [], True, best)  # "how did she respond": she says nothing
    text, sources = cite(attributed(evidence, picks, quoting=kind == "quote"))
    text = re.sub(r" *\n *", "\n", re.sub(r"[^\S\n]+", " ", text)).strip()
    return Composition(text, sources, False, best)
