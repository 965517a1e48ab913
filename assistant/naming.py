"""What a question asks to identify: the thing a "which X" question names ("which outside
company" asks for a company), whether it asks for a paper or an agency, and the names that
answer such a question ("the New York Times", "Reuters")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from assistant.hints import MONTHS, WEEKDAYS
from assistant.kinds import AUXILIARIES, NOT_NAMED
from assistant.text import STOPWORDS, fold, stem

FOCUS = re.compile(
    r"\b(?:which|what)\s+(?:(?:kind|type|sort|name)\s+of\s+(?:the\s+|a\s+)?)?([a-z]+)"
)


def focus(question: str) -> str:
    """The thing a "which X" or "what kind of X" question asks for, stemmed ("magazin")."""
    match = FOCUS.search(question.lower())
    if not match or match.group(1) in STOPWORDS or match.group(1) in AUXILIARIES:
        return ""
    return stem(match.group(1))


NAMED = re.compile(
    r"\b(?:[Ww]hich\s+|name of (?:the |a |an )?(?:[A-Z][\w’'.-]*\s+(?:(?:and|of|&)\s+)?)*)"
    r"([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?"
)
# "Which U.S. judge ...?", "which White House official": names before the thing say its sort.
NAMED_AFTER_NAMES = re.compile(
    r"\b[Ww]hich\s+(?:[A-Z][\w’'.-]*\s+){1,3}([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?"
)
# Words that go before the thing asked about: "which outside company" asks for a company.
MODIFIERS = frozenset(
    [
        "outside",
        "other",
        "foreign",
        "local",
        "national",
        "federal",
        "private",
        "public",
        "main",
        "first",
        "second",
        "last",
        "new",
        "former",
        "same",
        "specific",
        "particular",
        "exact",
        "major",
        "big",
        "small",
        "own",
        # a school's stage: "Which secondary school ...?" of "Sallowmere Academy"
        "primary",
        "secondary",
        "elementary",
        "junior",
        "senior",
    ]
)


# A question that asks which paper, agency or network ("Which newspaper does X credit ...?") is
# answered by a name that says what it is ("the New York Times", "NBC News", "Reuters"), even
# though the sentence never says "newspaper".
MEDIA_ASKED = re.compile(
    r"\b(?:which|what|name of (?:the |a |an )?)\s*(?:news\s+)?(?:newspaper|paper|daily|tabloid|"
    r"agency|agencies|wire|outlet|publication|magazine|network|broadcaster|channel)s?\b",
    re.IGNORECASE,
)
MEDIA_NAME = re.compile(
    r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:Times|Post|Journal|Herald|Tribune|"
    r"Gazette|Press|News|Magazine|Telegraph|Guardian|Chronicle|Observer|Courier|Daily)\b|"
    r"\b(?:AP|AFP|BBC|CNN|NBC|ABC|CBS|NPR|PBS|Reuters|Bloomberg)\b"
)


def asks_media(question: str) -> bool:
    return bool(MEDIA_ASKED.search(question))


def asks_name_of(question: str) -> bool:
    """The question asks for something's name in so many words ("the name of the town")."""
    return bool(re.search(r"\bname of\b", question, re.IGNORECASE))


# Things whose names say what they are in other words: "Which street ...?" is answered by
# "Quay Road", "Which company ...?" by "Brightwell Guarding, the firm that ..." or "Strata Blast
# Consulting".
COMPANY = (
    "firm", "company", "business", "operator", "contractor", "corporation", "agency",
    # words a company's name may end in, and no other noun does: "Strata Blast Consulting"
    "consulting", "consultancy", "consultants", "plc", "llp",
)  # fmt: skip
ONLINE = ("service", "system", "platform", "app", "site", "website", "portal", "network")
ORGANISATION = (
    "organisation", "organization", "body", "trust", "council", "charity", "society",
    "association", "agency", "authority", "service", "club", "union", "foundation", "department",
    "board", "commission", "company", "firm", "group", "executive", "inspectorate", "directorate",
    "institute", "ministry", "bureau", "committee", "federation",
)  # fmt: skip
# Places a name alone says are such a place: "Which American city ...?" is answered by "killings
# in Chicago", though the coverage never says "city"; likewise an event ("the Help Haiti Home
# gala"), which the coverage calls by its own sort, never "event". What sort of place or event
# ("Which coastal town", "which fundraising event") the name alone cannot say either.
NAMED_BARE = frozenset(
    stem(word)
    for word in ("city", "town", "village", "country", "state", "county", "region", "province",
                 "island", "nation", "event")
)  # fmt: skip
# A company asked for by its trade ("Which insurance company ...?") is answered by one the answer
# says is of that trade.
TRADED = frozenset(stem(word) for word in ("firm", "company", "business", "contractor"))
PLACE = ("spot", "place", "location", "point", "site", "bay", "beach", "cove", "corner", "end")
CALLED = {
    stem(thing): tuple(stem(word) for word in words)
    for thing, words in (
        ("street", ("road", "avenue", "lane", "drive", "boulevard", "street")),
        ("firm", COMPANY),
        ("company", COMPANY),
        ("hospital", ("hospital", "infirmary", "clinic")),
        ("force", ("force", "police", "constabulary")),  # "which police force": "Constabulary"
        ("police", ("police", "constabulary")),
        ("budget", ("budget", "fund", "reserves", "pot")),  # "which budget": "the Events Fund"
        ("fund", ("fund", "budget", "reserves", "pot")),
        # "which public right of way" (read as a path): "Bridleway 14"
        ("path", ("path", "footpath", "bridleway", "byway", "track", "trail", "way")),
        # "which messaging service": "the messaging app Huddle"; "the secure online system": "our
        # secure website, Centre Gateway"
        ("service", ONLINE),
        ("system", ONLINE),
        ("platform", ONLINE),
        ("app", ONLINE),
        # "which organisation looks after the heath": "the Ambershire Wildlife Trust"
        ("organisation", ORGANISATION),
        ("organization", ORGANISATION),
        ("body", ORGANISATION),
        # "at which spot on the lake": "near Heron Point"
        ("spot", PLACE),
        ("place", PLACE),
        ("location", PLACE),
    )
}


# "What is the population of Brackenford?", "How much profit did it make?": the measure asked.
MEASURE_OF = re.compile(
    r"^\W*(?:and\s+)?what\s+(?:is|was|are|were)\s+the\s+(?:[\w’'-]+\s+){0,2}?([a-z]+)\s+of\b"
    r"|\bhow\s+much\s+([a-z]+)\s+(?:did|does|do|has|have|had|is|was|will)\b",
    re.IGNORECASE,
)
# Measures too general to be missing from coverage that answers them in other words.
GENERAL_MEASURES = frozenset(
    stem(word)
    for word in ("name", "names", "money", "time", "number", "amount", "size", "length", "cost",
                 "value", "total", "date", "day", "year", "age", "price", "rate", "level", "cause",
                 "reason", "result", "outcome", "status", "role", "purpose", "point", "effect")
)  # fmt: skip


def measure_asked(question: str) -> str:
    """The stem of the particular measure a question asks for ("the population of X" ->
    population), or "" for a general one (a name, a number) or none."""
    match = MEASURE_OF.search(question)
    word = stem((match.group(1) or match.group(2)).lower()) if match else ""
    return "" if word in GENERAL_MEASURES or word in NOT_NAMED else word


# A word that ends a company's name, though it is another noun too: "Polgrain Marine Services" is
# a company, "the emergency services" are not; so it names one only as the end of a name.
COMPANY_NAME_ENDS = (stem("services"),)
NAME_ENDS = {stem("company"): COMPANY_NAME_ENDS, stem("firm"): COMPANY_NAME_ENDS}


def name_ends(text: str) -> set[str]:
    """The stems of the last words of the names in the text ("Polgrain Marine Services": servic)."""
    return {stem(fold(name.split()[-1])) for name in PROPER_NAME.findall(text)}


def called(thing: str) -> tuple[str, ...]:
    """The stems a thing (a stem) may be called by: its own, and those of ``CALLED``."""
    return CALLED.get(thing, (thing,))


def done_by(thing: str) -> tuple[str, ...]:
    """What a doer (a stem) does, which the coverage may say of them instead of naming them so:
    "Which farmer ...?" of "Gordon Metcalfe, who farms Low Garth"; none for other things."""
    return (thing[:-2],) if thing.endswith("er") and len(thing) > 4 else ()


def named_words(question: str, after_names: bool = True) -> tuple[str, str]:
    """The stem of what a "which X" or "name of the X" question asks to identify ("which
    telenovela", "the name of the Times reporter"; empty for other questions), and of the noun
    before it that says which sort ("which construction company" -> company, construction;
    "which outside company" -> company, ""); when ``after_names``, also one after names that say
    its sort ("Which U.S. judge" -> judge)."""
    question = re.sub(r"\bright of way\b", "path", question, flags=re.IGNORECASE)
    match = NAMED.search(question) or (after_names and NAMED_AFTER_NAMES.search(question)) or None
    if not match or match.group(1) in NOT_NAMED:
        return "", ""
    word, after, third = match.group(1), match.group(2), match.group(3)
    if (
        after
        and after.endswith("ing")
        and third
        and third not in NOT_NAMED | STOPWORDS
        and names_a_thing(third)
    ):
        return stem(third), ""  # "the charter fishing boat": a boat, however its trade is put
    if after and after not in NOT_NAMED and (word in MODIFIERS or word.endswith("ed")):
        return stem(after), ""  # "which outside company", "which named storm": a company, a storm
    if after and after not in NOT_NAMED and names_a_thing(after):
        return stem(after), stem(word)  # "which construction company": a construction company
    return stem(word), ""


# Verbs that often follow "which X" ("Which magazine ran the piece?"), not ending in -ed.
IRREGULAR_VERB = re.compile(
    r"ran|took|spoke|wrote|gave|made|said|told|saw|got|went|came|broke|brought|built|sent|led|left|"
    r"put|kept|held|found|became|began|paid|won|lost|sold|caught|hit|set|cut|chose|drew|flew|fell|"
    r"grew|knew|rose|shut|stood|struck|swore|threw|woke|wore"
)


def names_a_thing(word: str) -> bool:
    """The word after "which X" is a noun that X qualifies ("construction company"), not a verb
    ("magazine ran", "outlet talked", "website lets") or an adverb: told by its ending, so a
    plural, which may be a verb's -s, is not taken."""
    return not (
        word.endswith(("ed", "ly", "s", "ing")) or IRREGULAR_VERB.fullmatch(word)
    ) or word.endswith("ss")


# A capitalised word that is not its sentence's first: a name ("supplied by Marlhill Poultry").
NAME_WORD = re.compile(r"(?<=\S\s)[A-Z][\w’'-]+")
# A transcript's speaker label before the words ("MAEVE TANAKA-DOYLE (PRESENTER): ...").
SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z’'. -]*(?:\([^()\n]{1,40}\))?:\s*")
CALENDAR_WORDS = frozenset(word.lower() for word in f"{MONTHS}|{WEEKDAYS}".split("|"))
# A name in a sentence that is no day or month: "the museum's insurers, Harwell Mutual".
NAME_NOT_DATE = re.compile(rf"(?<=\S\s)(?!(?:{MONTHS}|{WEEKDAYS})\b)[A-Z][\w’'-]+")


def question_words(question: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", fold(question)))


def names_besides(text: str, asked: frozenset[str]) -> bool:
    """The text names something the question (its words ``asked``) does not: a capitalised word
    that is not the sentence's first, a day, a month or a common word."""
    for word in NAME_WORD.findall(SPEAKER_LABEL.sub("", text)):
        folded = fold(word).strip("’'")
        if folded not in asked and folded not in CALENDAR_WORDS and folded not in STOPWORDS:
            return True
    return False


# A name of several capitalised words ("Saltmere General Hospital", "Bank of England").
PROPER_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w’'-]*)+")


# A word, then a name put after it: "the ticket agency Gigbox".
APPOSED = re.compile(r"\b([a-z]+),?\s+([A-Z][\w’'-]+)")
# A name, then what it is put after it: "the Kittiwake Star, a 12-metre charter angling boat".
NAME_THEN_WHAT = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+(?:a|an)\s+((?:[\w’'.-]+\s+){0,4}[a-z]+)\b"
)


def names_thing(text: str, thing: str, asked: frozenset[str]) -> bool:
    """The text gives a name of the thing a "which X" question asks for (its stem ``thing``; its
    other words ``asked``): a name that ends in the thing's word, or one it is called by, and is
    not the question's own ("Which hospital treated him?": "Saltmere General Hospital")."""
    forms = (*called(thing), *NAME_ENDS.get(thing, ()))
    for name in PROPER_NAME.findall(text):
        words = [fold(word).strip("’'") for word in name.split()]
        new = [w for w in words[:-1] if w not in STOPWORDS and w not in asked]
        if stem(words[-1]) in forms and new:
            return True
    # or the thing's word, then its name: "the ticket agency Gigbox", "its contractor, Brightrig";
    # or its name, then the thing's word: "the Kittiwake Star, a charter angling boat"
    return any(
        stem(fold(word)) in forms and fold(name) not in STOPWORDS | asked
        for word, name in APPOSED.findall(text)
    ) or any(
        fold(name.split()[-1]) not in asked and bool(set(forms) & set(described_as(words)))
        for name, words in NAME_THEN_WHAT.findall(text)
    )


def described_as(words: str) -> list[str]:
    """The stems of the words that say what a name is, up to the first word of another sort:
    "12-metre charter angling boat from Ebbmouth" -> ..., boat."""
    return [stem(w) for w in itertools.takewhile(lambda w: w not in STOPWORDS, words.split())]


# "Who owns the dam?" is answered by "It is owned and operated by the Tessel Valley Water
# Authority": the question's verb, then "by" and a name within a few words.
# "Who (actually) runs ...?": the verb, past an auxiliary and a word that only qualifies it
WHO_DOES = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)?who\s+(?:(?:is|was|are|were|has|had|have)\s+)?"
    r"(?:(?:actually|really|now|currently|still|ultimately|officially|normally|usually|first|"
    r"originally|formally|legally|in\s+fact)\s+)?([a-z]+)(?:\s+(?:and|or)\s+([a-z]+))?",
    re.IGNORECASE,
)
# A person's name, then the doing or the role that says what they do: "Margaret Ilsley, who ",
# "Margaret Ilsley, ".
NAME_BEFORE = re.compile(
    r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,\s+(?:(?:who|which)\s+(?:now\s+|also\s+)?)?$"
)
BY_NAME = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+by\s+(?:the\s+)?[A-Z]")
BY_ANYONE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+by\s+\w")  # "lifted out by the boat team"
# A doing said as a noun, then by whom: "at the request of Tarnwick Town Council" says who asked.
DONE_AT = re.compile(
    r"\b(?:at|on)\s+the\s+(request|invitation|orders?|instructions?|advice)\s+of\s+(?:the\s+)?[A-Z]"
)
# Each such noun (without a plural's "s") and the stem of the verb it says.
DONE_AS = {"request": "ask", "invitation": "invit", "order": "order", "instruction": "instruct",
           "advice": "advis"}  # fmt: skip
# Forms of verbs whose past participle a stem does not reach ("Who runs it?" -> "run by").
VERB_FORMS = [
    frozenset(forms.split())
    for forms in (
        "run runs ran",
        "lead leads led",
        "build builds built",
        "make makes made",
        "write writes wrote written",
        "take takes took taken",
        "hold holds held",
        "sell sells sold",
        "buy buys bought",
        "pay pays paid",
        "keep keeps kept",
        "send sends sent",
        "bring brings brought",
        "give gives gave given",
        "choose chooses chose chosen",
        "find finds found",
    )
]


def asked_doer(question: str) -> frozenset[str]:
    """The forms of the verb a "who does X" question asks the doer of ("Who owns ...?" -> own;
    "Who ran ...?" -> run, runs, ran); empty for other questions."""
    match = WHO_DOES.search(question)
    if not match or match.group(1).lower() in STOPWORDS:
        return frozenset()
    # "Who owns and runs it?" asks the doer of both
    verbs = [verb.lower() for verb in match.groups() if verb and verb.lower() not in STOPWORDS]
    irregular = [forms for forms in VERB_FORMS if forms & set(verbs)]
    return frozenset({*map(stem, verbs), *(form for forms in irregular for form in forms)})


def names_doer(forms: frozenset[str], text: str, named: bool = True) -> bool:
    """The text says by whom it is done: in the passive, a form of the verb, then "by" and a
    name ("owned and operated by the Tessel Valley Water Authority"; any doer when not
    ``named``: "lifted out by the boat team"); or a name, then the verb or the role it makes
    ("Margaret Ilsley, who chairs the co-operative", "Margaret Ilsley, chair of the
    co-operative")."""
    by = BY_NAME if named else BY_ANYONE
    if any(DONE_AS[match[1].removesuffix("s")] in forms for match in DONE_AT.finditer(text)):
        return True  # "at the request of the town council": who asked
    for word in re.finditer(r"[A-Za-z]+", text):
        token = word.group().lower()
        if (token in forms or stem(token) in forms) and (
            by.match(text, word.end()) or NAME_BEFORE.search(text[: word.start()])
        ):
            return True
    return False


# Words that speak of a thing without saying which one it is: "a hotel room", "another firm".
UNSAID_WHICH = frozenset(["a", "an", "another", "any", "some", "one"])


def only_some(thing: str, texts: Sequence[str]) -> bool:
    """The sentences speak of the thing a "which X" question asks for (a stem) only as some X or
    other ("a hotel room paid for by the council"), never as one they name ("the hotel",
    "a hotel, the Grange")."""
    seen = False
    for text in texts:
        words = re.findall(r"[\w’'-]+|[^\w\s]", text)
        for at, word in enumerate(words):
            if stem(fold(word)) not in called(thing):
                continue
            seen = True
            named = any(w[:1].isupper() for w in words[at + 1 : at + 4] if w.isalpha())
            if not (at and words[at - 1].lower() in UNSAID_WHICH) or named:
                return False
    return seen
