"""Questions about a person that a close sentence can seem to answer without answering.

- Who someone described is ("Who is the official who told NBC ...?"): news often quotes people it
  does not name, and "a law enforcement official told NBC News" is not an answer.
- What someone named said or how they responded ("How did Kate Reyes respond?"): a sentence
  that mentions her, but in which she says or does nothing, is not an answer either."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.hints import MONTHS, WEEKDAYS
from assistant.kinds import QUOTE
from assistant.text import fold, stem, tokens

# "Who is the Mexican law enforcement official who ...", "What is the name of the reporter that
# ...", "Name the spokesman ...": the description ends at a relative word, a preposition or the end.
DESCRIBED = re.compile(
    r"^\W*(?:who\s+(?:is|was|are|were)|what\s+(?:is|was)\s+the\s+name\s+of|name)\s+the\s+"
    r"(?P<words>(?:[\w’'.-]+\s+){0,5}?)(?P<noun>[a-z]+)"
    r"(?=\s+(?:who|whom|whose|that|which|with|at|in|of|for|from|on|behind|[a-z]+ed)\b|\s*[?,.]|\s*$)",
    re.IGNORECASE,
)
# "What is the name of the man arrested ...": a noun alone is to be named.
NAME_ASKED = re.compile(r"\W*(?:what\s+(?:is|was)\s+the\s+name|name)\b", re.IGNORECASE)
NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+"
CALENDAR = re.compile(rf"^(?:{WEEKDAYS}|{MONTHS})\b")  # "official Sunday" names no one


def described(question: str) -> str:
    """How a question describes the person it asks to identify, when it takes more than a noun
    ("Mexican law enforcement official"), or "". A noun alone ("Who is the journalist ...?") may
    be said of someone else in the sentence that answers it, unless its name is asked for ("What
    is the name of the man arrested?")."""
    match = DESCRIBED.search(question)
    if not match or not (match.group("words").strip() or NAME_ASKED.match(match.group())):
        return ""
    return " ".join([*match.group("words").split(), match.group("noun")]).lower()


def named_at(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` has a name beside it: "official John Reyes", "the reporter,
    Ana Ruiz, said", "the driver of the lorry, Tom Reyes," or, in apposition, "Ana Ruiz, a
    reporter for the Ledger, said"."""
    after = re.match(rf"(?:\s+of\s+(?:the\s+)?[\w’'-]+)?,?\s+(?:as\s+)?({NAME})", text[end:])
    if after and not CALENDAR.match(after.group(1)):
        return True
    closed = re.match(r"\s*(?:[,.;:)]|$)|\s+(?:for|at|of|with|in|from)\b", text[end:])
    before = text[max(0, start - 80) : start]
    apposed = re.search(
        rf"\b{NAME},\s+(?:a|an|the|his|her|their|its|our|my)\s+(?:[\w’'-]+\s+){{0,5}}$", before
    )
    return bool(closed and apposed)


def mentions(ways: Sequence[str], texts: Sequence[str]) -> list[tuple[str, re.Match[str]]]:
    """Each mention in the texts of any of the ways (words, or a plural of them)."""
    said = "|".join(r"\s+".join(map(re.escape, way.split())) for way in ways)
    return [
        (text, m) for text in texts for m in re.finditer(rf"\b(?:{said})s?\b", text, re.IGNORECASE)
    ]


def left_unnamed(description: str, texts: Sequence[str]) -> bool:
    """The sentences mention the person only by the description, or, failing that, by its noun
    ("the driver of the lorry" for "lorry driver"), never with a name. False when they do not
    mention it at all (the answer may name them another way)."""
    found = mentions([description], texts) or mentions([description.split()[-1]], texts)
    return bool(found) and not any(named_at(text, m.start(), m.end()) for text, m in found)


# Roles also written another way: "chief executive" as "CEO".
ROLE_ALSO = {"executive": ("ceo",), "officer": ("ceo", "cfo", "coo")}


def role_ways(description: str) -> list[str]:
    """The ways of writing the role a description ends in ("chief executive": "executive",
    "CEO")."""
    noun = description.split()[-1]
    return [noun, *ROLE_ALSO.get(noun, ())]


# "Who chairs the board?" asks who holds a role, which an answer mentions in one of its forms
# ("the board's chairwoman", "chaired by"); a verb with an object, not "who heads home".
HOLDS = re.compile(
    r"^\W*[Ww]ho\s+(chairs|heads|leads|owns|manages|coaches|captains|edits|directs|founded)\s+"
    r"(?:the|a|an|this|that|[A-Z])",
)
ROLE_FORMS = {
    "chairs": "chair chaired chairing chairman chairwoman chairperson",
    "heads": "head headed heading",
    "leads": "lead leader led leading",
    "owns": "owner owned owns ownership",
    "manages": "manager managed managing management",
    "coaches": "coach coached coaching",
    "captains": "captain captained",
    "edits": "editor edited editing",
    "directs": "director directed directing",
    "founded": "founder founded co-founder co-founded",
}


ROLE_REACH = 6  # words between a role and the body it is held of: "chair of the governors"


def held_of(question: str) -> str:
    """What a "Who chairs ...?" question asks the office of ("the board of governors"), or "";
    not what is owned or founded, which the answer may call "it"."""
    match = HOLDS.match(question)
    if not match or match.group(1) in ("owns", "founded"):
        return ""
    return question[match.end(1) :].split("?")[0]


def held_near(ways: Sequence[str], terms: frozenset[str], texts: Sequence[str]) -> bool:
    """Some mention of the role (``mentions``) has one of the terms (stems) within ROLE_REACH
    words of it: "who chairs the parent teacher association" is no chair of the governors."""
    for text, match in mentions(ways, texts):
        before = tokens(text[: match.start()])[-ROLE_REACH:]
        after = tokens(text[match.end() :])[:ROLE_REACH]
        if any(stem(word) in terms for word in before + after):
            return True
    return False


# Nouns that say only that someone is a person, not what they are ("Who is the man who ...?").
PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "men",
        "women",
        "person",
        "people",
        "boy",
        "girl",
        "child",
        "one",
        "guy",
        "lady",
        "gentleman",
        "name",
    ]
)


def role_held(question: str) -> list[str]:
    """The ways of writing the role a question asks the holder of ("Who chairs the board?":
    chair, chairman, chaired ...; "Who is the coxswain of the lifeboat?": coxswain); none for
    any other question, nor for a noun that says only that someone is a person."""
    match = HOLDS.match(question)
    if match:
        return ROLE_FORMS[match.group(1)].split()
    bare = DESCRIBED.search(question)
    if bare and not bare.group("words").strip() and bare.group("noun").lower() not in PERSON_NOUNS:
        return role_ways(bare.group("noun").lower())
    return []


# "What did Dana Reyes say ...", "How did Dana Reyes herself respond ...": the person is named,
# not described ("Guzmán's lawyer") and not an outlet ("What do TIME and NBC each say").
SPEAKER_ASKED = re.compile(
    r"\b(?:[Hh]ow|[Ww]hat)\s+(?:did|does|do|has|had)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|de|del|da|di|van|von|le|la|bin|al))*)\s+"
    r"(?:(?:himself|herself|themselves|first|later|then|actually|publicly|initially|ever)\s+)?"
    r"(?:respond|react|reply|answer|say|tell|think)\b"
)
# Whose words a question asks for, when it describes them rather than names them: "What did the
# train company's operations manager say ...", "How did the wildlife trust warden describe ...",
# "Quote the consultancy's principal engineer on ...", "... the detective running the case say",
# "... did its regional secretary sum up ...", "... the lorry driver whose chemotherapy ...",
# "Quote what the driver interviewed at the gate said", "The retired engineer who wrote in: ...".
SPEAKER_DESCRIBED = re.compile(
    r"(?:\b(?:did|does|do|has|had)\s+(?:the|its|his|her|their)"
    r"|^\W*quote\s+(?:me\s+)?(?:what\s+)?(?:the\s+\w+\s+)?the|^\W*the)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:’s|'s)\s+)?(?P<role>(?:[\w’'-]+\s+){0,4}?[a-z-]+)"
    r"(?=\s+(?:[a-z]+ing\s+(?:the|a|an|his|her|their|its|it|to|at|in|on|for)\b|say|says|said|"
    r"tell|told|describe|explain|put|call|make|made|add|admit|"
    r"write|wrote|on|about|over|justify|sum|deny|complain|argue|defend|warn|use|used|react|"
    r"respond|reply|answer|promise|account|apologise|apologize|characterise|characterize|who|"
    r"whose|interviewed|quoted)\b)",
    re.IGNORECASE,
)
# The person whose words are asked for, as their owner: "the ferry master's exact instructions".
SPEAKER_OWNING = re.compile(
    r"\bthe\s+(?P<role>(?:[a-z-]+\s+){0,2}?[a-z-]+)(?:’s|'s)\s+(?:(?:exact|own|actual|very|"
    r"first|last|precise)\s+)?(?:words|instructions|orders|warning|message|reply|response|"
    r"remarks|comments?|advice|answer|statement)\b",
    re.IGNORECASE,
)


def speaker_described(question: str) -> str:
    """How a question describes the person whose words it asks for ("the operations manager"),
    lower-cased, or ""."""
    match = SPEAKER_DESCRIBED.search(question) or SPEAKER_OWNING.search(question)
    role = match.group("role").lower().replace("’", "").replace("'", "") if match else ""
    return "" if role in PERSON_NOUNS else role  # "the man who started it": no role


# What a person does when they respond: speak, write, or take a position.
RESPONDS = (
    r"(?:said|says|say|told|tells|wrote|writes|asked|added|argued|responded|replied|answered|"
    r"stated|explained|insisted|revealed|continued|denied|declined|refused|dismissed|defended|"
    r"rejected|criticized|criticised|posted|tweeted|laughed|thanked|apologized|apologised|"
    r"admitted|acknowledged|confirmed|claimed|noted|announced|suggested|maintained|countered|"
    r"called|described|praised|blamed|recalled|joked|warned|promised|vowed|urged)"
)
SAID_BY = r"(?:said|says|added|asked|wrote|responded|replied|answered|explained|insisted)"


# The words of an office's holder, asked for by the office and its place ("What did the mayor of
# Marle say ...?", "What has the MP for Sallowmere said ...?").
OFFICE_ASKED = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+the\s+(?:[a-z-]+\s+)?(?P<office>[A-Za-z-]+)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*[^?.!]*?\b(?:say|said|tell|told|think|respond|react)\b"
)


def office_unheard(question: str, texts: Sequence[str]) -> bool:
    """The question asks what the holder of an office said ("the mayor of Marle"), and no sentence
    has the office's holder speaking: the office beside a word of saying or a quotation ("Marle
    Town Council chose a new mayor" says nothing of what the mayor said)."""
    match = OFFICE_ASKED.search(question)
    if not match:
        return False
    office = re.escape(match.group("office").lower())
    return not any(
        re.search(rf"\b{office}\b", fold(text))
        and (re.search(rf"\b{RESPONDS}\b", fold(text)) or QUOTE.search(text))
        for text in texts
    )


def asked_speaker(question: str, outlets: Sequence[str] = ()) -> str:
    """The person a question asks the words or response of ("Dana Reyes"), or ""."""
    match = SPEAKER_ASKED.search(question)
    if (
        not match
        or match.group("name") == "I"
        or any(names_outlet(match.group("name"), outlet) for outlet in outlets)
    ):
        return ""
    return match.group("name")


def names_outlet(name: str, outlet: str) -> bool:
    """The name is the outlet's, or a run of its words: "Hartfell Aggregates" names "Hartfell
    Aggregates plc", "the Gazette" "The Aysgill Gazette"."""
    words, of = fold(name).removeprefix("the ").split(), fold(outlet).split()
    return bool(words) and any(
        of[i : i + len(words)] == words for i in range(len(of) - len(words) + 1)
    )


# Someone's doing, after who does it: ", the mayor, denied", " later said".
ACTING = rf"(?:,[^,“”\"]{{1,60}},)?\s+(?:[a-z]+\s+){{0,2}}{RESPONDS}\b"
PRONOUN_ACTING = re.compile(rf"\b(?:he|she|they)\b{ACTING}")


def speaks(name: str, texts: Sequence[str]) -> bool:
    """Some sentence has the person (by any capitalised word of the name) saying or doing
    something: "Reyes said", "said Reyes", "Reyes, the mayor, denied", "according to Reyes"; or
    a pronoun does, in a sentence that or the one before it names them ("Reyes was asked. She
    said ..."; not "He added" after another's words)."""
    keys = "|".join(re.escape(fold(word)) for word in name.split() if word[:1].isupper())
    named = re.compile(rf"\b(?:{keys})\b")
    acts = (
        rf"\b(?:{keys})\b(?:’s|'s)?{ACTING}",
        rf"\b{SAID_BY}\s+(?:[a-z]+\s+){{0,2}}(?:{keys})\b",
        rf"\baccording to (?:[a-z]+\s+){{0,2}}(?:{keys})\b",
    )
    folded = [fold(text) for text in texts]
    for i, text in enumerate(folded):
        if any(re.search(act, text) for act in acts):
            return True
        act = PRONOUN_ACTING.search(text)
        if act and (named.search(text, 0, act.start()) or (i and named.search(folded[i - 1]))):
            return True
    return False
