"""What a "how many" question counts, and whether a sentence counts it: "how many guards or
inmates" counts guards and inmates, "how many people were injured" counts the injured (or the
hurt), and "six suspects from the compound were arrested" counts suspects. And whether two
counts of the same things disagree ("at least 260 children" against "163 children")."""

from __future__ import annotations

import math
import re

from assistant.kinds import (
    AUXILIARIES,
    BARE_SPAN,
    DURATION,
    KILLED,
    MINUTE_WORDS,
    NUMBER,
    NUMBER_WORDS,
    SAME_FATE,
    SIZE,
    SPAN_AGO,
    SPAN_UNIT,
    TENS_WORDS,
    UNTIL,
    unnamed_numbers,
)
from assistant.text import STOPWORDS, fold, search_terms, stem, tokens

# The words after "how many", up to three ("how many throwaway phones", "how many guards or
# inmates"); which of them name what is counted is read in ``counted``.
COUNTED = re.compile(r"\bhow many ((?:[a-z]+\s+){0,2}[a-z]+)")
# What happened to the people a "how many people" question counts ("had been killed"), or what
# they were doing ("were still living there").
COUNTED_DOING = re.compile(
    r"\bhow many (?:people|persons|others)\s+(?:(?:had|have|has|were|was|are|is|got|been|still)\s+)+"
    r"([a-z]+ed|hurt|living|staying|residing)\b"  # "were still living there"
)
GENERIC_COUNTS = frozenset(
    ["people", "persons", "times", "things", "ones", "others", "of", "items", "pieces", "objects"]
)


# Things counted under other names ("How many lunches?": "6,400 meals a day"), and the words that
# count people in general, which count people in a role too ("How many evacuees?": "312 people").
SAME_COUNTED = [
    ["meals", "lunches", "dinners", "breakfasts"],
    ["vessels", "ships", "boats"],
    ["vehicles", "cars", "lorries", "trucks"],
    ["staff", "employees", "workers"],
    ["students", "pupils", "candidates", "entrants"],
    ["operations", "surgeries", "procedures"],
    ["homes", "households", "houses", "properties", "dwellings"],
    ["sheep", "ewes", "lambs", "rams"],
    ["cattle", "cows", "calves", "bullocks", "heifers"],
    ["signs", "notices", "placards", "posters"],
    ["sites", "places", "locations", "venues", "parks", "spaces"],
]
PEOPLE = ["people", "persons", "individuals"]
# The words that count people: "How many people work there?" is answered by "27 staff", not by
# "cut its rating from 5 to 2".
PERSON_WORDS = (
    "staff employees workers men women children adults pupils students families residents "
    "volunteers passengers patients visitors members crew officers customers guests fans "
    "spectators victims survivors evacuees inmates prisoners suspects tenants households nurses "
    "doctors teachers drivers firefighters police soldiers troops mourners protesters"
)
PERSONS = frozenset(stem(word) for word in [*PEOPLE, *PERSON_WORDS.split()])
ROLE = re.compile(r"[a-z](?:ee|er|or|ent|ant|ist|ian)s$")  # evacuees, passengers, residents
# "How many people work there?" counts its staff, or people said to be employed: not the children
# it served.
WORKFORCE = re.compile(
    r"\bhow many (?:people|persons)\s+(?:[a-z]+\s+){0,3}?(?:work|works|working|employ|employs|"
    r"are employed|are on the payroll)\b"
)
STAFF = frozenset(stem(word) for word in ["staff", "employees", "workers", *PEOPLE])


# "How many members of staff?" counts staff, not people in general.
MEMBERS_OF = re.compile(r"\bmembers\s+of\s+(?:the\s+)?(staff|crew|workforce)\b")


def counted(question: str) -> frozenset[str] | None:
    """What a "how many" question counts ("how many guards or inmates" -> guard, inmate; "how
    many throwaway phones" -> phone; "how many people were killed" -> kill; an empty set for
    people or things in general); None for any other question. A thing may be counted under
    another name (``SAME_COUNTED``), and people in a role as people."""
    match = COUNTED.search(MEMBERS_OF.sub(r"\1", question.lower()))
    if not match:
        return None
    words = match.group(1).split()
    run = words[:1]  # the first word, or the words up to a plural ("throwaway phones")
    for end, word in enumerate(words):
        if word in STOPWORDS or word in AUXILIARIES:
            break
        if word.endswith("s") or word in GENERIC_COUNTS:
            run = words[: end + 1]
            more = words[end + 1 : end + 2]  # "heavy goods vehicles"
            if more and more[0].endswith("s") and more[0] not in STOPWORDS | AUXILIARIES:
                run += more
            break
    heads = run[-1:]  # "throwaway phones" counts phones
    if len(words) > len(run) + 1 and words[len(run)] in ("or", "and"):
        heads.append(words[len(run) + 1])  # "guards or inmates"
    heads = [w for w in heads if w not in STOPWORDS and w not in GENERIC_COUNTS]
    names = [
        other
        for head in heads
        for other in next((same for same in SAME_COUNTED if head in same), [head])
    ]
    names += PEOPLE if any(ROLE.search(head) for head in heads) else []
    things = frozenset(stem(w) for w in names)
    done = COUNTED_DOING.search(question.lower())
    if not things and WORKFORCE.search(question.lower()):
        return STAFF
    if not things and not done and any(w in PEOPLE for w in run):
        return PERSONS  # "How many people attended?": a number of people, in any words
    if things or not done:
        return things
    fate = stem(done.group(1))  # "how many people were killed": the killed, the dead
    return next((same for same in SAME_FATE if fate in same), frozenset([fate]))


# What sets the time of a count, and says nothing of what happened to the things counted: "How
# many volunteers crewed the lifeboat during the rescue?" asks of no one rescued.
WHILE = re.compile(r"\b(?:during|throughout|while|whilst)\b")


def fate_asked(question: str, things: frozenset[str] | None) -> frozenset[str]:
    """What the question says happened to the things it counts (``counted``), when it names the
    things ("How many pupils at the school became ill?" -> ill, sick, ...; empty for "How many
    pupils does the school have?" and for "how many people were killed", whose things are the
    killed)."""
    match = COUNTED.search(question.lower())
    if not match or not things or things is PERSONS:
        return frozenset()  # (people in general may be said to have fared in any words)
    asked = WHILE.split(question.lower()[match.start(1) :])[0]  # not "during the rescue"
    said = {stem(word) for word in tokens(asked)}  # "lambs killed"
    fate = next((same for same in SAME_FATE if same & said), frozenset())
    return frozenset() if fate & things else fate


COUNT_REACH = 9  # a number and the thing it counts are at most this many words apart

# A count of part of a group ("How many of the patients are children?"); what sets the part apart
# is said after the group, and last: "are children", "has a lab test confirmed the infection".
PART_OF = re.compile(r"\bhow many of\s+(?:(them|those|these|us)\b)?", re.IGNORECASE)
PART_TERMS = 2
# A measure of some stuff ("How many tonnes of frozen food was it carrying?"): the stuff is the
# part, and a number near it answers ("7.5 tonnes" of a weight limit does not).
UNITS_OF = re.compile(
    r"\bhow many (?:tonnes|tons|litres|liters|gallons|kilograms|kilos|barrels|acres|hectares|"
    r"(?:square|cubic) [a-z]+)\s+of\s+",
    re.IGNORECASE,
)


def own_question(question: str, start: int) -> str:
    """The question from ``start`` to its question mark: "How many of them were hurt? Is there
    agreement on the number?" counts those hurt, not an agreement."""
    return question[start:].split("?", 1)[0]


def part_asked(question: str) -> frozenset[str]:
    """What sets apart the part of a group a question counts: its last PART_TERMS terms after
    the group ("How many of the passengers were children?" -> children; "How many of them were
    still in hospital on Friday?" -> hospital, friday), and what happened to them said in other
    ways ("died": dead, killed); empty for any other question. Only the question that counts is
    read, not one put after it."""
    if measured := UNITS_OF.search(question):  # "How many tonnes of frozen food ...?"
        return frozenset(search_terms(own_question(question, measured.end()))[:PART_TERMS])
    match = PART_OF.search(question)
    if not match:
        return frozenset()
    terms = search_terms(own_question(question, match.end()))
    part = terms[0 if match.group(1) else 1 :][-PART_TERMS:]
    return frozenset(part).union(*(same for same in SAME_FATE if same & set(part)))


# What follows "of" when a number counts part of a group ("three of the staff", "two of its
# drivers"), not the group.
OWNERS = frozenset(["the", "its", "their", "his", "her", "our", "your", "these", "those"])
# A question that asks how many there are in all: how many work somewhere, or something has.
WHOLE_ASKED = re.compile(
    r"\bhow many\b(?! of\b)[^?]*\b(?:work|works|working|employ|employs|employed|attend|"
    r"attends|go to|go there|(?:does|do|did)\b[^?]*\bhave)\b"
)


def whole_asked(question: str, fate: frozenset[str]) -> bool:
    """The question asks how many there are in all ("How many people work at the bakery?",
    "How many pupils does the school have?"), not how many of them something happened to."""
    return not fate and bool(WHOLE_ASKED.search(question.lower()))


def counts(
    things: frozenset[str], text: str, fate: frozenset[str] = frozenset(), whole: bool = False
) -> bool:
    """The text puts a number before one of the things ("six or seven lawyers", "six suspects
    from the compound were arrested"), or, for things in general, a number that is not a span
    of time ("1,200 residents"); and says what happened to them, when the question does ("How
    many pupils became ill?" is not answered by "The school has 410 pupils"). Asked how many
    there are in all (``whole``), a part of them is no count ("two of the staff")."""
    words = tokens(unnamed_numbers(text))
    if fate:  # (the dead are also counted by a toll: "the true toll is more than 3,000 fish")
        said = {stem(word) for word in words}
        if not (fate & said or (fate == KILLED and "toll" in said)):
            return False
    times = any(map(DURATION.fullmatch, things))  # "How many years ...?" counts years
    label = LABELLED.match(text) if things else None
    if label and NUMBER.match(label["number"]) and things & set(map(stem, tokens(label["label"]))):
        return True  # a box's line: "Registered beds: 46", "Trees brought down · 11"
    for i, word in enumerate(words):
        if not NUMBER.fullmatch(word):
            continue
        after = words[i + 1 : i + 5]
        if after and DURATION.fullmatch(after[0]) and not times:
            continue  # "nine years as senior keeper" counts no keepers
        if whole and after[:1] == ["of"] and after[1:2] and after[1] in OWNERS:
            continue  # "several of the staff" is part of them, not how many work there
        ahead = words[i + 1 : i + COUNT_REACH]  # "312 micrograms per litre" counts no litres
        ahead = ahead[: ahead.index("per")] if "per" in ahead else ahead
        if things and any(stem(w) in things for w in ahead):
            return True
        if not things and after:
            return True
    return False


# A line of a box that gives a count after its label: "Registered beds: 46", "Customers
# affected: 3,862", "Trees brought down · 11" (not "Launched: 2.48pm", which is a time).
LABELLED = re.compile(
    r"^\s*(?P<label>[^:·|\d]{2,40}?)\s*[:·]\s*(?:(?:approx\.?|about|around|c\.)\s*)?"
    r"(?P<number>\d[\d,]*|[a-z]+)\.?\s*$",
    re.IGNORECASE,
)


# A span of time in running text: a number of units ("six months of investigation", "a week",
# "three breeding seasons"), units alone ("spent months", "days earlier"), or how long something
# lasts by when it ends ("until Thursday"); not a time ("last year").
SPAN = re.compile(
    rf"(?:{NUMBER.pattern}|\b(?:a|an|few))[\s-]+(?:and\s+a\s+half\s+)?(?:more\s+|[a-z]+ing\s+)?"
    rf"{SPAN_UNIT.pattern}"
    rf"|{BARE_SPAN.pattern}|{SPAN_AGO.pattern}|{UNTIL.pattern}",
    re.IGNORECASE,
)

# How long something lasts, not how often it comes: "every 12 minutes" is no span.
LASTING = re.compile(rf"(?<!\bevery )(?<!\bper )(?:{SPAN.pattern})", re.IGNORECASE)


# A question for a figure per day, week, month or year ("How many visitors does it get each
# year?", "in a normal year", "annually"), not a time ("a year ago").
RATE_ASKED = re.compile(
    r"\b(?:each|every|per|a|in\s+an?(?:\s+(?:normal|typical|usual|average|ordinary))?)\s+"
    r"(day|week|month|year)\b(?!\s+(?:ago|later|earlier|before|after))"
    r"|\b(daily|weekly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)
RATE_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}
# A figure given per unit: "6,400 meals a day", "£640,000 a year", "each year", "annual"; not a
# span ("after a year on loan", "for a week"). A year's figure may be last year's or a year's.
PER_UNIT = (
    r"(?<!\bafter )(?<!\bfor )(?<!\bwithin )(?<!\bover )(?<!\bin )(?<!\bthan )"
    r"\b(?:a|an|per|each|every)\s+{unit}\b(?!\s+(?:ago|later|earlier|before|after|on)\b)"
)
UNIT_WORDS = {
    "day": "daily",
    "week": "weekly",
    "month": "monthly",
    "year": r"annual(?:ly)?|yearly|per annum|last year|in (?:19|20)\d\d",
}
RATE_SAID = {
    unit: re.compile(PER_UNIT.format(unit=unit) + rf"|\b(?:{words})\b", re.IGNORECASE)
    for unit, words in UNIT_WORDS.items()
}


def rate_asked(question: str) -> str:
    """The unit a question asks for a figure per ("each year" -> "year"); "" if none."""
    match = RATE_ASKED.search(question)
    if not match:
        return ""
    return match.group(1).lower() if match.group(1) else RATE_WORDS[match.group(2).lower()]


def rate_said(unit: str, text: str) -> bool:
    """The text gives a figure per the unit ("6,400 meals a day" for "day")."""
    return bool(RATE_SAID[unit].search(text))


# A length ("412 metres") or a span of time: what answers "How long is the pier?".
SIZE_OR_SPAN = re.compile(rf"{SPAN.pattern}|{SIZE.pattern}", re.IGNORECASE)


NUMBER_REST = re.compile(r"^[\d.,]*\d")  # what follows a number's first digits: ".3", ",420"


def near(found: re.Pattern[str], terms: frozenset[str], text: str) -> bool:
    """The text holds what the pattern finds within COUNT_REACH words of one of the terms
    (stems): "the work of six months of investigation" spans the investigation, but "he hasn't
    done drugs in 20 years" does not span his time in prison. The rest of a number the pattern
    found only the start of is not a word near it ("£2.3 million" is not near "Year 3")."""
    for match in found.finditer(text):
        before = tokens(text[: match.start()])[-COUNT_REACH:]
        after = tokens(NUMBER_REST.sub("", text[match.end() :], count=1))[:COUNT_REACH]
        if any(stem(word) in terms for word in before + after):
            return True
    return False


# A question that asks whether the accounts agree on a count ("Do the figures agree?").
AGREE_ASKED = re.compile(
    r"\b(agree|agreed|agreement|match|differ|disagree|dispute|consistent|line up|tally)\b|"
    r"\b(same|one|single|agreed) (figure|number|count|total|amount|estimate|time|distance)\b|"
    r"\b(accounts?|reports?|versions?|stories|figures|sources|outlets) (all |both )?(the same|alike)\b",
    re.IGNORECASE,
)
# Words before a number that make it a bound or a round figure: "at least 260", "more than 160",
# "fewer than 20" (by the word before "than"), "about 9,000".
LOWER = frozenset(["least", "over", "upwards", "exceeding", "more", "greater"])
UPPER = frozenset(["most", "under", "to", "fewer", "less", "below"])
ROUGH = frozenset(["about", "around", "roughly", "nearly", "almost", "some", "approximately"])
TENS = dict(zip(TENS_WORDS, range(20, 100, 10), strict=True))
# "twenty-three passengers" is 23 passengers
TENS_AND_UNITS = re.compile(
    rf"\b({'|'.join(TENS)})-({'|'.join(w for w, v in NUMBER_WORDS.items() if v < 10)})\b",
    re.IGNORECASE,
)
# A number that makes a word that describes something ("a two-car train", "a 38-metre blade"),
# which counts no people: the number and its hyphen are read past.
COMPOUND_NUMBER = re.compile(
    rf"\b(?:\d[\d,.]*|{'|'.join(NUMBER_WORDS)})-(?=(?!(?:{'|'.join(NUMBER_WORDS)})\b)[a-z])",
    re.IGNORECASE,
)
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
DIGITS = re.compile(r"\d[\d,]*(\.\d+)?$")
# A word, or a number whole with its separators and decimals ("34,000", "2.5"), which ``tokens``
# would split in two.
NUMBER_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?!\d)|[a-z0-9]+(?:['’][a-z]+)?")


def on_the_clock(words: list[str], i: int) -> bool:
    """The word at ``i`` tells a time of day in words, as its minutes or its hour: "twenty past
    six", "a quarter to nine" (not "up to twenty people", nor "from 30 to 40 people")."""
    hour = NUMBER_WORDS.get(words[i], 0) <= 12 and i > 1 and words[i - 1] in ("past", "to")
    if hour and words[i - 2] in MINUTE_WORDS:
        return True
    after = words[i + 1 : i + 3]
    return (
        words[i] in MINUTE_WORDS
        and len(after) == 2
        and after[0] in ("past", "to")
        and 0 < NUMBER_WORDS.get(after[1], 0) <= 12
    )


def figures(things: frozenset[str], text: str) -> list[tuple[float, float]]:
    """The counts of the things the text gives, each as the range it allows: "163 children" is
    163 to 163, "more than 160 children" 160 and up, "about 9,000 people" 8,100 to 9,900."""
    text = TENS_AND_UNITS.sub(lambda m: str(TENS[m[1].lower()] + NUMBER_WORDS[m[2].lower()]), text)
    words = NUMBER_TOKEN.findall(fold(COMPOUND_NUMBER.sub("", unnamed_numbers(text))))
    found = []
    for i, word in enumerate(words):
        value = NUMBER_WORDS.get(word) or (
            float(word.replace(",", "")) if DIGITS.match(word) else 0
        )
        if not value or not any(stem(w) in things for w in words[i + 1 : i + COUNT_REACH]):
            continue
        if on_the_clock(words, i):
            continue  # a time of day: "twenty past six"
        if value == 1 and words[i + 1 : i + 2] == ["of"]:
            continue  # "one of the volunteers" singles one out, and counts none
        if i + 1 < len(words) and words[i + 1] in SCALES:
            value *= SCALES[words[i + 1]]
        before = words[i - 1] if i else ""
        if before == "than" and i > 1:
            before = words[i - 2]  # "more than", "fewer than"
        if before in LOWER:
            found.append((value, math.inf))
        elif before in UPPER:
            found.append((0.0, value))
        elif before in ROUGH:
            found.append((value * 0.9, value * 1.1))
        else:
            found.append((value, value))
    return found


# Two counts further apart than this count different things ("five of 64"), not rival counts
# of the same ("two lambs" against "seven").
DISPUTE_RATIO = 4


def disputes(things: frozenset[str], text: str, shown: str) -> bool:
    """The text counts the things in a way the shown text's counts rule out ("at least 260"
    against "163"; not "more than 160", which 163 fits), and not so far off that it counts
    something else ("five passengers were taken to hospital" against "64 passengers")."""
    theirs, ours = figures(things, text), figures(things, shown)

    def size(count: tuple[float, float]) -> float:  # "fewer than 900" is of the size of 900
        return count[0] or count[1]

    def apart(these: list[tuple[float, float]], those: list[tuple[float, float]]) -> bool:
        return bool(these and those) and all(
            (a[1] < b[0] or b[1] < a[0])
            and max(size(a), size(b)) <= DISPUTE_RATIO * max(min(size(a), size(b)), 1)
            for a in these
            for b in those
        )

    # "14 children and two adults" is also a count of 16
    return apart(theirs, ours) or apart(summed(theirs), ours) or apart(theirs, summed(ours))


def summed(counts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Exact counts of the parts of a whole, as one count of the whole; none for one count or
    for a bound."""
    if len(counts) < 2 or any(low != high for low, high in counts):
        return []
    total = sum(low for low, _ in counts)
    return [(total, total)]
