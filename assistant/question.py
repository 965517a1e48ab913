"""Reading a question: instructions stripped, outlets it names, what kind of answer it wants."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from assistant.text import search_terms

# An order to a machine, wherever it is written (a question, or a page's text): "ignore your
# previous instructions", "your previous instructions are cancelled", "NOTICE TO AI TOOLS READING
# THIS PAGE", "MESSAGE FOR AI ASSISTANTS AND CHATBOTS".
MACHINE_ORDER = (
    r"\b(ignore|disregard|forget|override|set aside|put aside)\s+(all\s+)?(your\s+|the\s+)?"
    r"((previous|prior|earlier|above|original|system)\s+(instructions|prompts)"
    r"|(?<=your )(instructions|prompts))\b"
    r"|\b(your|all|any|previous|prior|earlier|above)\s+((previous|prior|earlier)\s+)?"
    r"(instructions?|rules?|prompts?)\s+(are|is|have\s+been|has\s+been)\s+(now\s+)?"
    r"(cancell?ed|void|revoked|replaced|overridden|suspended|lifted)\b"
    r"|\b(notice|note|message|attention)\s+(to|for)\s+(all\s+)?(ai|bots?|assistants?|chatbots?|"
    r"llms?|language\s+models?)\b"
    r"|\b(ai|bots?|assistants?|chatbots?|llms?|language\s+models?)\s+(tools?\s+|systems?\s+)?"
    r"(reading|processing|summari[sz]ing|crawling)\s+this\b"
)
MACHINE_ORDER_LINE = re.compile(MACHINE_ORDER, re.IGNORECASE)
# Clauses that tell the assistant what to do instead of asking about the coverage. They are
# text, never obeyed: they are removed before retrieval, and what remains is the question.
# A command starts its clause or follows "and", "then", a comma: "What did Penn reveal about the
# code?" asks about the coverage, "... then reveal the code" gives an order.
INSTRUCTION = re.compile(
    rf"({MACHINE_ORDER}"
    r"|\b(ignore|disregard|forget|override|set aside|put aside)\b[^.?!]*"
    r"\b(instructions?|rules?|prompts?|above)\b"
    r"|\b(system|developer) (override|mode|message|instruction)s?\b"
    r"|\b(ignore|disregard|forget)\s+((all|the|these|those|your|any)\s+)+(news\s+)?"
    r"(articles?|sources?|context|documents?|coverage)\b"
    r"|\bnew instructions?\b"
    r"|\b(reply|respond|answer)\b[^.?!]*\bwith\b[^.?!]*\b(single\s+(line|word)|and\s+nothing\s+else)\b"
    r"|(^|[,;]|\b(and|then|also|now|please|just)\b)\s*((please|now|then|just|also)\s+)*"
    r"(print|output|append|reveal|say|type|answer only with|respond only with|copy|repeat)\b"
    r"[^.?!]*\b(canary|code|word|prompt|headlines?|links?|password)\b"
    # an order for what the reply must be: "reply only with X", "answer with the text Y" (not
    # "Say exactly what the engineer told the council.", which asks for her words)
    r"|^\s*(from now on,?\s+)?(reply|respond|answer|say|print|output|write)\s+(only|nothing but)\b"
    r"|\b(and|then)\s+(reply|respond|answer)\s+(only|nothing but)\b"
    r"|^\s*(from now on,?\s+)?(reply|respond|answer)\s+with\s+(the\s+)?(text|word|phrase|string)\b"
    # a piece of writing or code asked for instead of what the coverage says ("Write me a
    # limerick about ...", "Could you compose a poem ...")
    r"|^\s*(please\s+)?((can|could|would|will)\s+you\s+)?(please\s+)?"
    r"(write|compose|draft|make up|generate|create|invent|tell)\s+((me|us)\s+)?(a|an|some)\s+"
    r"([\w-]+\s+){0,2}(poems?|limericks?|haikus?|sonnets?|songs?|lyrics|jokes?|riddles?|raps?|"
    r"essays?|emails?|e-mails?|letters?|tweets?|code|scripts?|functions?|programs?|recipes?)\b)",
    re.IGNORECASE,
)
# The label that a message put before its real question ("Actual question: ..."), not a part of it.
LABEL = re.compile(r"^\s*((actual|real|my|the)\s+)?question\s*:\s*$", re.IGNORECASE)
# Asking whether the accounts agree ("Do the reports agree on how many ...?", "Do the accounts
# match?", "Is there more than one explanation?") says how to answer, not what about.
AGREEMENT = re.compile(
    r"\b(do|does|did|is|are)\b[^?.!]*?\b(agree|agreement|match|line up|tally"
    r"|(?:(?<=accounts )|(?<=reports )|(?<=versions )|(?<=stories )|(?<=figures )|(?<=sources ))"
    r"the same)\b(\s+on\b)?"
    r"(?=\s+(how|what|when|where|who|whether|the figures?)\b|\s*\?)\s*\??"
    # "Is there more than one explanation going around?", "Is there one agreed account?"
    r"|\b(is|are) there\b[^?.!]*\b(one|single|agreed|different|competing|conflicting)\b"
    r"[^?.!]*\b(explanations?|accounts?|versions?|stor(y|ies)|theor(y|ies)|answers?|numbers?"
    r"|figures?|dates?|times?)\b[^?.!]*\?"
    # "Do the sources give the same length?", "Does everyone give the same time?"
    r"|\b(do|does|did)\s+(the\s+)?(sources|reports|accounts|outlets|everyone|they|both|all)\b"
    r"[^?.!]*\b(give|say|report|have|put)\s+the\s+same\b[^?.!]*\?"
    # "Are the accounts consistent?", "Are the reports at odds?"
    r"|\b(are|were)\s+(the\s+)?(accounts|reports|versions|stories|figures|sources|outlets)\s+"
    r"(all\s+|both\s+)?(consistent|inconsistent|alike|in\s+agreement|at\s+odds|in\s+line)\b"
    r"[^?.!]*\?",
    re.IGNORECASE,
)
# A lead-in before the question itself: "After that, tell me who chairs the board." asks "Who
# chairs the board?"
LEAD_IN = re.compile(
    r"^\s*(?:(?:after that|then|also|and|next|finally|lastly|now)\s*,?\s+)*"
    r"(?:(?:please|can you|could you|would you)\s+)*"
    r"(?:tell me|let me know|i(?:[’']d| would) like to know|i want to know|do you know)\s+"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which)\b)",
    re.IGNORECASE,
)
TAG = re.compile(r"</?[A-Za-z][\w-]*(\s[^<>]*)?/?>")  # markup is not part of a question
# A clause ends at a stop or a colon, not at one between digits ("a magnitude 2.4 quake", "12:31")
CLAUSE = re.compile(r"(?:[^.?!:]|(?<=\d)[.:](?=\d))+[.?!:]?")


@dataclass(frozen=True)
class Question:
    text: str  # what the user asked, as typed
    query: str  # the part that asks about the coverage, instructions removed
    outlets: tuple[str, ...]  # outlets the question names
    about: str = ""  # the query without the outlets' names: what is asked about them


def strip_instructions(text: str) -> str:
    text = re.sub(r"\s+", " ", TAG.sub(" ", text))
    kept = [
        asked_plainly(c.strip())
        for c in CLAUSE.findall(text)
        if c.strip() and not INSTRUCTION.search(c) and not LABEL.match(c)
    ]
    return " ".join(kept)


def asked_plainly(clause: str) -> str:
    """The clause as a question, without its lead-in: "After that, tell me who chairs the
    board." -> "Who chairs the board?"."""
    match = LEAD_IN.match(clause)
    if not match:
        return clause
    rest = clause[match.end() :]
    rest = rest[:-1] + "?" if rest.endswith(".") else rest
    return rest[:1].upper() + rest[1:]


def without_agreement(text: str) -> str:
    """The question without its asking whether the accounts agree: "Do the reports agree on how
    many people left?" -> "how many people left?"; the text itself when nothing else is left."""
    kept = re.sub(r"\s+", " ", AGREEMENT.sub(" ", text)).strip()
    return kept if search_terms(kept) else text


# What a company's name ends in, which a reader leaves out: "Hartfell Aggregates plc".
COMPANY_SUFFIX = re.compile(r",?\s+(?:plc|PLC|Ltd\.?|Limited|Inc\.?|LLC|LLP)$")
# Letters after a person's name, which an outlet that is a person's may carry ("Marcus Oyelaran MP").
POST_NOMINAL = re.compile(r"\s+(?:MP|MEP|MSP|MS|MLA|AM|TD|QC|KC|OBE|MBE|CBE)$")


def outlet_pattern(outlet: str) -> re.Pattern[str]:
    """The outlet's name ("The Hill" also as "the Hill"), a part of a compound name ("TIME" of
    "TIME / People"), a company's name without "plc" or "Ltd", a person's without "MP" before
    what they published ("Marcus Oyelaran's newsletter"), or "the" and the last words of a
    longer name, as readers shorten it ("the Ledger" of "The Marrow Falls Ledger", "the Evening
    Post" of "Westmoor Evening Post"), when no other name goes on from it."""
    names = []
    for part in sorted({outlet, *re.split(r"\s*/\s*", outlet)}, key=len, reverse=True):
        bare = re.sub(r"^[Tt]he\s+", "", part)
        if len(part) <= 2:
            continue
        if bare != part and " " not in bare:  # "The Hill": not any hill
            names.append(rf"[Tt]he {re.escape(bare)}")
        else:
            names.append(rf"(?:[Tt]he )?{re.escape(bare)}")
    if (company := COMPANY_SUFFIX.sub("", outlet)) != outlet:  # "Hartfell Aggregates" of "... plc"
        names.append(rf"(?:[Tt]he )?{re.escape(company)}(?!\s+[A-Z])")
        names.append(rf"{re.escape(company.split()[0])}(?=’s\s+[a-z])")  # "Hartfell's report"
    if (person := POST_NOMINAL.sub("", outlet)) != outlet:  # "Marcus Oyelaran's newsletter"
        mediums = "|".join(sorted(MEDIUMS))
        names.append(rf"{re.escape(person)}(?=’s\s+(?:[a-z-]+\s+){{0,2}}(?:{mediums})s?\b)")
    if (station := re.sub(r"\s+\d[\d.]*(?:\s*FM)?$", "", outlet)) != outlet and " " in station:
        names.append(rf"(?:[Tt]he )?{re.escape(station)}(?!\s+[A-Z0-9])")  # "Harbour Sound 97.2"
    words = re.sub(r"^[Tt]he\s+", "", outlet).split()
    if len(words) > 1 and "/" not in outlet and len(words[-1]) > 3 and words[-1][0].isupper():
        # "the Selby General hack" names a hospital, not the outlet Radio Selby
        for start in range(1, len(words)):  # "the Evening Post" of "Westmoor Evening Post"
            if all(w[:1].isupper() for w in words[start:]):
                names.append(rf"[Tt]he {re.escape(' '.join(words[start:]))}(?!\s+[A-Z])")
    either = "|".join(names).replace("’", "['’]")  # "St Mary's" for "St Mary’s"
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)")


# What an outlet is, as a question may call it instead of by name ("the radio station"), and the
# word of an outlet's name that says it is one.
OUTLET_KINDS = (
    ("Radio", r"radio station"),
    ("Wire", r"wire service|news wire"),
    ("Agency", r"news agency|press agency"),
)


def described_pattern(outlet: str, outlets: Sequence[str]) -> str:
    """The outlet described by what it is ("the local radio station" for Radio Selby),
    when it is the only outlet of that kind."""
    for word, called in OUTLET_KINDS:
        have = [o for o in outlets if re.search(rf"\b{word}\b", o)]
        if have == [outlet]:
            return rf"\b[Tt]he (?:[a-z]+ )?(?:{called})\b"
    return ""


# What a source published, which a question may name it by: "the council's record".
MEDIUMS = frozenset(
    ("page", "record", "update", "statement", "letter", "leaflet", "announcement", "interview",
     "website", "site", "blog", "column", "release", "notice", "post", "thread", "listing",
     "advert", "podcast", "episode", "bulletin", "newsletter", "report")
)  # fmt: skip
# A question that sets sources side by side, which may call them by two words of their names in
# lower case ("the district council" for East Ambershire District Council), or by one, shortened
# or not ("the exam board" for Harrowmere Examinations Board, "the council's record").
SIDE_BY_SIDE = re.compile(
    r"\beach\b|\baccording to\b|\bboth\b|\bcompare\b|\bdiffers?\s+from\b|\bversus\b",
    re.IGNORECASE,
)
# Words of a name that say too little of which source it is.
PLAIN_NAME_WORDS = frozenset(["the", "and", "for", "news", "online", "daily", "weekly", "today"])
# The words that join a description to what it is of: "the council and the Ledger".
JOINING = frozenset(["and", "or", "each", "both", "say", "says", "of", "to", "in", "on", "about"])
POSSESSIVE = r"(?:['’]s|s?['’])?"
# A description joined to another source: "X and the council's record", "the exam board and X",
# "according to the council".
JOINED_BEFORE = re.compile(r"\b(?:and|according to)\s*$", re.IGNORECASE)
JOINED_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+and\b")
# "the rail union's branch": "the", up to two words, and the word that names the source
DESCRIBED = [
    re.compile(
        rf"\b[Tt]he((?:\s+[A-Za-z]+{POSSESSIVE}){{{lead}}})\s+([a-z]+|[A-Z]{{2,5}}){POSSESSIVE}(?!\w)"
    )
    for lead in range(3)
]


def name_words(outlet: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", outlet) if len(w) > 2 or w.isupper()]


def akin(asked: str, word: str) -> bool:
    """The question's word is the name's, or a shortening or another ending of it: "exam" of
    "examinations", "inspectors" of "inspectorate", "job" of "jobs"."""
    pairs = zip(asked, word, strict=False)
    common = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(asked), len(word)))
    return (
        asked.rstrip("s") == word.rstrip("s")
        or (len(asked) >= 4 and word.startswith(asked))
        or (common >= 4 and common >= max(len(asked), len(word)) - 4)
    )


def lowered_pattern(
    outlet: str, outlets: Sequence[str], text: str, titles: Mapping[str, Sequence[str]]
) -> str:
    """The text's words that name the outlet in lower case, when no other outlet's name holds
    them: two words of its name ("the district council"), or one ("the council's record", "the
    exam board", "the NURW branch"); or, for whose or what it is, a word of its articles' titles
    that no other outlet's titles or name hold ("the minister's interview" for a paper whose title
    names the "transport minister", "the rugby club" for a page titled "Clubhouse open …")."""
    own = name_words(outlet)
    pairs = {(a, b) for i, a in enumerate(own) for b in own[i + 1 :] if a != b}
    others = [set(name_words(o)) for o in outlets if o != outlet]
    kept = [(a, b) for a, b in pairs if not any({a, b} <= other for other in others)]
    named = [rf"\b[Tt]he\s+(?i:{re.escape(a)}\s+{re.escape(b)})(?:’s|'s)?\b" for a, b in kept]
    words = [w for w in own if w not in PLAIN_NAME_WORDS]
    for rule in DESCRIBED:
        for match in rule.finditer(text):
            lead, asked = match.group(1).split(), match.group(2)
            if any(re.sub(r"['’]s?$", "", w) in JOINING for w in lead) or asked in JOINING:
                continue
            if not (
                JOINED_BEFORE.search(text[: match.start()])
                or JOINED_AFTER.match(text[match.end() :])
            ):
                continue  # "According to X, what is ... asking the board for?": no source
            by_name = any(akin(asked.lower(), w) for w in words) and not any(
                akin(asked.lower(), w) for other in others for w in other
            )
            if by_name or titled(described_words([*lead, asked]), outlet, outlets, titles):
                named.append(re.escape(match.group(0)))
    return "|".join(named)


def titled(
    words: Sequence[str], outlet: str, outlets: Sequence[str], titles: Mapping[str, Sequence[str]]
) -> bool:
    """One of the words is akin to a word of the outlet's articles' titles, and to none of
    another outlet's titles or name."""
    own = title_words(tuple(titles.get(outlet, ())))
    return any(
        any(akin(word, w) for w in own)
        and not any(
            akin(word, w)
            for o in outlets
            if o != outlet
            for w in title_words(tuple(titles.get(o, ()))) | set(name_words(o))
        )
        for word in words
    )


@functools.lru_cache(maxsize=4096)
def title_words(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for title in titles for w in re.findall(r"[A-Za-z]{4,}", title))


def described_words(words: Sequence[str]) -> list[str]:
    """The words of a description that say which source it is: whose it is and what it is, not
    what it published nor what kind ("the minister's interview": minister; "the rugby club":
    club; "the rail union's branch": union, branch)."""
    owners = [re.sub(r"['’]s?$", "", w) for w in words[:-1] if re.search(r"['’]s?$", w)]
    head = re.sub(r"['’]s?$", "", words[-1])
    kept = [w.lower() for w in [*owners, head]]
    return [w for w in kept if len(w) >= 4 and w not in MEDIUMS and w not in JOINING]


def outlet_patterns(
    outlet: str,
    outlets: Sequence[str],
    side_by_side: bool = False,
    text: str = "",
    titles: Mapping[str, Sequence[str]] | None = None,
) -> list[re.Pattern[str]]:
    described = described_pattern(outlet, outlets)
    lowered = lowered_pattern(outlet, outlets, text, titles or {}) if side_by_side else ""
    return [
        outlet_pattern(outlet),
        *([re.compile(described)] if described else []),
        *([re.compile(lowered)] if lowered else []),
    ]


def named_outlets(
    text: str, outlets: Iterable[str], titles: Mapping[str, Sequence[str]] | None = None
) -> tuple[str, ...]:
    """Outlets whose name appears in the text, as written (so "time" the word is not TIME), or
    that the text describes by what they are (``titles``: each outlet's articles' titles)."""
    every, titles = list(outlets), titles or {}
    found = [o for o in every if any(p.search(text) for p in outlet_patterns(o, every))]
    if SIDE_BY_SIDE.search(text):  # two or more sources set side by side, some in lower case
        words = {o: lowered_pattern(o, every, text, titles) for o in every if o not in found}
        lowered = [o for o in every if o in found or (words[o] and re.search(words[o], text))]
        # one source so described is named only as what the question is according to, alone
        alone = len(lowered) == 1 and bool(
            words.get(lowered[0])
            and re.search(rf"\b[Aa]ccording to\s+(?:{words[lowered[0]]})(?!\s+and\b)", text)
        )
        found = lowered if len(lowered) > 1 or alone else found
    return tuple(found)


# Words that say where someone spoke or wrote, before an outlet's name: "the engineer on Radio
# Selby", "a reader posting on Selby Talk", "the operator, as quoted by the Ledger".
PLACED_THERE = re.compile(
    r"\b(?:(?:posting|writing|speaking|talking|quoted|interviewed)\s+(?:on|in|by|to)"
    r"|as quoted (?:by|in)|on|in|at|by)\s*(?=\x00)",
    re.IGNORECASE,
)


# What of a source's a question names with it, which says where it said it, not what about:
# "the council's consultation page", "Hartfell's stock market announcement" (not "the Eye
# report about", where "report" is what it does).
DONE_MEDIUMS = frozenset(("report", "record", "update", "release", "notice", "post", "interview"))
MEDIUM_AFTER = re.compile(
    r"\x00(?:['’]s?(?:\s+[a-z]+){0,2}?|(?:\s+[a-z]+){1,2}?)\s+"
    rf"(?:{'|'.join(sorted(MEDIUMS))})s?\b"
    # or what it published, right after it, ending the question ("the club's newsletter?"), in
    # a word that is no verb ("What did X and Y report?")
    rf"|\x00\s+(?:{'|'.join(sorted(MEDIUMS - DONE_MEDIUMS))})s?(?=\s*[?.!,]|$)"
)


def without_outlets(
    text: str,
    outlets: Iterable[str],
    every: Sequence[str] = (),
    titles: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The text with the outlets' names taken out ("How do The Hill and NBC News describe X?"
    -> "How do and describe X?"), so the names do not weigh on what is matched."""
    side = bool(SIDE_BY_SIDE.search(text))
    for outlet in outlets:
        for pattern in outlet_patterns(outlet, every or [outlet], side, text, titles):
            text = pattern.sub("\x00", text)
    # and what of theirs it names ("the council's consultation page"), and what placed someone
    # there ("the engineer on Radio Selby", "posting on the forum")
    text = PLACED_THERE.sub("", MEDIUM_AFTER.sub("\x00", text))
    text = re.sub(r",(\s*\x00)+\s*,", ",", text).replace("\x00", " ")
    # and what of theirs is named with them ("According to the association's chat archive, ...")
    text = re.sub(r"(^|\s)['’]s?(?:\s+[a-z]+){0,3},", r"\1,", text)
    # and the words that gave them as the source, left with nothing to name ("..., according to ?")
    text = re.sub(r",?\s*\baccording to\s*(?=[,.?!]|$)", "", text, flags=re.IGNORECASE)
    # or where they said it ("On Rachel Penhallow MP's website, what ...?" -> "On , what ...?")
    text = re.sub(r"^\s*(?:on|in|at|from)\s*(?=,)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^\s*,\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def read_question(
    text: str, outlets: Iterable[str], titles: Mapping[str, Sequence[str]] | None = None
) -> Question:
    """The question read against the outlets of the coverage, and (``titles``) each outlet's
    articles' titles, which may describe it ("the minister's interview")."""
    every = list(outlets)
    query = strip_instructions(text)
    named = named_outlets(query, every, titles)
    about = without_outlets(query, named, every, titles)
    return Question(text=text, query=query, outlets=named, about=about)
