"""Who is speaking in a sentence shown on its own: a quotation whose speaker its sentence names
only as "she" or "he", and an answer in a transcript past the line that opens with its speaker's
label. Its reader would not know who speaks: the answer names the speaker in square brackets, the
editor's mark for words that are not the source's ("“Nobody can hang it,” [Restrick] said."),
when the cited passage names that speaker too, and still supports the sentence so marked."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence import SPEAKER, Evidence
from assistant.kinds import BARE_QUOTE
from assistant.metrics import supports
from assistant.persons import CALENDAR, NAME
from assistant.picking import OPENS_QUOTE, PRONOUN_AFTER, SAYING, bare_group
from assistant.ranking import LOOK_BACK, Candidate, Pick
from assistant.text import STOPWORDS

# "“…,” she said": the pronoun after the quotation (``PRONOUN_AFTER``); "“…,” said she": before
# the full stop.
PRONOUN_BEFORE = re.compile(rf"([”\"],?\s+{SAYING}\s+)(she|he)\b(?=\s*[.,;])")
# "He added, “Where's the proof?”": the pronoun opening the sentence, before the quotation.
PRONOUN_LEADS = re.compile(rf"^()(She|He)(\s+{SAYING}(?:\s+[^,:“”\"]{{1,40}})?\s*[,:]\s*[“\"])")
# A label given to a speaker, "[Castellane:]" or "[Castellane]", and any quotation mark.
LABEL = re.compile(r"\[([^\]:]+):?\]")
QUOTE_MARK = re.compile(r"[“”\"]")
# A sentence that closes a quotation an earlier one opened, and says no more: "Whoever joins us
# will be given the time to do it properly.”"
CLOSES_QUOTE = re.compile(r"[^“”\"]+”[\s)]*")
# "She says the wire had been dead since April.": the pronoun opening reported speech.
PRONOUN_OPENS = re.compile(rf"^()(She|He)(\s+(?:also\s+)?{SAYING}\b)")
# Who the sentences before name as speaking: "Paula Restrick, a former detective, said ...",
# "Tomás Reyes, 34, a nurse from Vellmouth, said ...", "the site manager, Owen Pryce, says ...",
# "said Paula Restrick"; the name nearest the verb.
NAMED_SAYING = re.compile(
    rf"(?P<name>{NAME})(?:(?:,[^,“”\"]{{1,80}}){{1,2}},|,)?\s+{SAYING}\b"
    rf"|\b(?!told\b){SAYING}\s+(?P<after>{NAME})"  # ("he told Penn": Penn listens)
)
# Failing that, whom they introduce: "Owen Pryce, a taxi driver who lives at No. 21, was locking
# his cab ..." before "“There was a crack ...,” he says."; "Carol Fenwick, 63, from Oxleigh,
# was on board ..."; "Maureen Quill, who chairs the residents' association, is in no doubt."
# before "“We rang and rang,” she says."; "Ian Morrow, Harbury Council's public health
# director, ..."; "Priya Mandal is the operations manager at ..." before a clip of her words.
# The name opens the sentence or a clause (not "drug lord El Chapo, the actor revealed"), and has
# two words or more, none of them a word that opens a sentence ("Last Tuesday, a ...").
INTRODUCED = re.compile(
    r"(?:^|(?<=, ))(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
    r"(?:,\s+(?:\d{1,3},\s+)?(?:a|an|the|who|from|(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+(?:’s|'s))"
    r"|\s+is\s+(?:a|an|the))\s"
)
# Someone named by what they are called: "a big calm man I later learned was called Owen Tregarth".
CALLED = re.compile(r"\b(?:called|named)\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})")
# Or whom the writer meets, whom a role is put before, or who does what only a person does:
# "That evening I meet Nadia Brennan in the Drovers Arms."; "head teacher Bernadette Rooke
# started a list"; "Geoff Latham meets me at the gate." before "“...,” he says."
PERSON = r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})"
MET = re.compile(
    rf"\b(?:meet|meets|met|join|joins|joined|visit|visits|visited|interview|interviewed)\s+{PERSON}"
    rf"|\b(?:teacher|officer|manager|director|spokes(?:man|woman|person)|secretary|engineer|"
    rf"keeper|inspector|councillor|chair|chairman|chairwoman|organiser|surveyor|farmer|owner|"
    rf"coxswain|captain|pilot|driver|principal|headteacher|nurse|doctor|warden)\s+{PERSON}"
    rf"|^{PERSON}\s+(?:meets|met|greets|greeted|welcomes|welcomed|shows|showed|walks|walked|"
    r"leads|led|nods|nodded|shrugs|shrugged|smiles|smiled|laughs|laughed|sighs|sighed|recalls|"
    r"recalled|remembers|remembered)\b"
)
# A "he" or "she" who speaks after a clause that sets them against their name: "Despite Guzmán’s
# fearsome reputation, he told Penn that ..." (Guzmán speaks; Penn listens).
POSSESSOR = re.compile(
    rf"^(?:Despite|For all)\s+(?P<name>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){{0,3}})[’']s\b"
    rf"[^.“”\"]{{1,80}},\s+(?:he|she)\s+{SAYING}\b"
)
# A name opening a sentence, before a verb, when the next sentence goes on with "He" or "She":
# "Frank Heseltine keeps the map by his door. He is 74, ...", "Ken Abbott, our churchwarden, ran
# the tea urn ... He said: “…”"
SUBJECT = re.compile(rf"^{PERSON}(?:,[^,“”\"]{{1,60}},)?\s+(?!(?:is|was|has|had)\b)[a-z]+")
# ... or a name put after what the person is: "Our site manager, Dennis Pellow, arrived ...".
ROLE_SUBJECT = re.compile(
    rf"^(?:Our|The|Its|Their|His|Her)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,4}},\s+{PERSON},"
    r"\s+(?!(?:is|was|has|had)\b)[a-z]+"
)
HE_OR_SHE = re.compile(r"\W*(?:He|She)\b")
PRONOUNS = frozenset(["She", "He", "They", "I", "We", "It"])
OPENERS = STOPWORDS | {"last", "next", "however", "yesterday", "today", "meanwhile", "earlier"}
# The last words of a body's name, not a person's: "Orrin Valley Police said ..." is no "she".
BODIES = frozenset(
    (
        "police",
        "council",
        "service",
        "union",
        "ministry",
        "department",
        "trust",
        "authority",
        "office",
        "inspectorate",
        "agency",
        "board",
        "court",
        "group",
        "company",
        "firm",
        "government",
        "committee",
        "commission",
        "hospital",
        "school",
        "college",
        "university",
        "club",
        "association",
        "museum",
        "park",
    )
)


def attributed(evidence: Evidence, picks: list[Pick], quoting: bool) -> list[Pick]:
    """The picks, a sentence that does not say who speaks in it given its speaker in brackets:
    a quotation's "she" the person the sentences before it name as speaking, a transcript's
    answer its speaker's label (after the first answer of a turn in a row, or every one when the
    question asks for someone's words, ``quoting``). A quotation whose passage does not name
    its speaker, as the passage before does, is cited to both."""
    out = []
    shown = -1  # the row shown last
    for pick in picks:
        row, sentence = pick.candidate.row, pick.candidate.sentence
        passage = pick.candidate.retrieved.passage.text
        text = sentence.text
        also: list[Candidate] = []
        named = -1
        if evidence.interviewed[row]:
            label = turn_label(evidence, row)
            if not label and quoting:  # a bare "A:": the person the piece says it spoke to
                label, named = interviewee(evidence, row)
            own = SPEAKER.match(text)
            goes_on = shown == row - 1  # the line before it in the turn is shown just before
            if label and not own and (label in passage or named >= 0) and (quoting or not goes_on):
                text = f"[{label}:] {text}"
            elif own and own.group(1) == "A" and named >= 0:  # "A: A part failed, sure."
                text = f"[{label}:] {text[own.end() :]}"
        else:
            text, named = named_pronoun(evidence, row, text, alone=shown != row - 1)
        if text != sentence.text and not supports(passage, text) and named >= 0:
            also = naming_passage(evidence, pick.candidate, named)
            both = [passage, *(c.retrieved.passage.text for c in also)]
            # said by the two passages together, whichever is read first
            if also and all(supports("\n".join(p), text) for p in (both, both[::-1])):
                passage = "\n".join(both)
            else:
                also = []
        if text != sentence.text and supports(passage, text):  # (the passage still says it)
            pick = replace(
                pick,
                candidate=replace(pick.candidate, sentence=replace(sentence, text=text)),
                also=[*also, *pick.also],
            )
        out.append(pick)
        shown = row
    return out


def naming_passage(evidence: Evidence, candidate: Candidate, named: int) -> list[Candidate]:
    """The sentence that names the speaker (its row ``named``), as cited to its own passage when
    that is another of the candidate's article; none otherwise."""
    sentence = evidence.view.sentences[named]
    passage = evidence.view.passages.get(sentence.passage_id)
    if passage is None or passage.passage_id == candidate.retrieved.passage.passage_id:
        return []
    retrieved = replace(candidate.retrieved, passage=passage)
    return [replace(candidate, row=named, sentence=sentence, retrieved=retrieved)]


def named_pronoun(evidence: Evidence, row: int, text: str, alone: bool = False) -> tuple[str, int]:
    """The sentence with the "she" or "he" who speaks its quotation replaced by "[Surname]", or a
    bare quotation opened by "[Surname:]", when a sentence just before names who speaks, as is
    the end of one shown ``alone``, without the sentence before it; and the row of that sentence
    (-1 when none does)."""
    bare = BARE_QUOTE.fullmatch(text) or bare_group(evidence, row)  # the sentence before says who
    if not bare and OPENS_QUOTE.fullmatch(text):  # who speaks is said where the quotation closes
        closing, after = quotation_close(evidence, row)
        if after and after.split()[0] not in PRONOUNS:
            return f"[{surname_of(after)}:] {text}", closing
        bare = closing >= 0  # "... ,” she says." or no one: the sentences before say who
    if alone and CLOSES_QUOTE.fullmatch(text):
        bare = True  # shown without the sentence before, which says who opened the quotation
    first = int(evidence.groups[row][0])
    if not bare and first < row and not QUOTE_MARK.search(text.rstrip().rstrip('"')):
        # a later sentence of a quotation in straight marks, which cannot be told from the
        # text around it by its marks: it is given whom its first sentence is given
        opening = evidence.view.sentences[first].text
        if opening.lstrip().startswith('"') and (
            label := LABEL.search(named_pronoun(evidence, first, opening)[0])
        ):
            return f"[{label[1]}:] {text}", first
    match = next(
        (
            m
            for p in (PRONOUN_AFTER, PRONOUN_BEFORE, PRONOUN_LEADS, PRONOUN_OPENS)
            if (m := p.search(text))
        ),
        None,
    )
    if not bare and not match:
        return text, -1
    surname, named = speaker_before(evidence, row)
    if not surname:
        return text, -1
    if match is None:
        return f"[{surname}:] {text}", named
    return f"{text[: match.start(2)]}[{surname}]{text[match.end(2) :]}", named


def pronoun_speaks(text: str) -> bool:
    """A "he" or "she" speaks the text's quotation ("“…,” she wrote.", "“…,” said he.")."""
    return bool(PRONOUN_AFTER.search(text) or PRONOUN_BEFORE.search(text))


def quotation_close(evidence: Evidence, row: int) -> tuple[int, str]:
    """The row of the sentence (of the next LOOK_BACK, in the same article) that closes the
    quotation a sentence opens, and who it says spoke there ("Rachel Tindall", "She", or "" when
    it says no one); (-1, "") when none of them closes it."""
    article = evidence.view.sentences[row].article_id
    for _ in range(LOOK_BACK):
        row, before = int(evidence.neighbours[row][1]), row
        sentence = evidence.view.sentences[row]
        if row == before or sentence.article_id != article:
            break
        end = max(sentence.text.rfind("”"), sentence.text.rfind('"'))
        if end >= 0:
            if pronoun_speaks(sentence.text):
                return row, "She"  # ("he" or "she": whom the sentences before say)
            said = NAMED_SAYING.search(sentence.text[end:])
            return row, (said["name"] or said["after"] or "") if said else ""
    return -1, ""


def speaker_before(evidence: Evidence, row: int) -> tuple[str, int]:
    """The surname of the person the nearest of the LOOK_BACK sentences before (in the same
    article) names as speaking, or failing that introduces or says is called so, and the row of
    that sentence; ("", -1) when none does."""
    article = evidence.view.sentences[row].article_id
    looked = 0
    while looked < LOOK_BACK:
        row = int(evidence.neighbours[row][0])
        sentence = evidence.view.sentences[row]
        if sentence.article_id != article:
            return "", -1
        # "“...,” she wrote." goes on with the same speaker: it does not count as a look
        looked += not pronoun_speaks(sentence.text)
        said = unquoted(sentence.text)
        after = evidence.view.sentences[int(evidence.neighbours[row][1])].text
        # the subject "He" goes on with
        subject = [SUBJECT, ROLE_SUBJECT] if HE_OR_SHE.match(after) else []
        for pattern in (NAMED_SAYING, POSSESSOR, INTRODUCED, CALLED, MET, *subject):
            names = [next((n for n in m.groups() if n), "") for m in pattern.finditer(said)]
            people = [
                n
                for n in names
                if n
                and not CALENDAR.match(n)
                and n not in PRONOUNS  # ("She said ...": who she is, the sentences before say)
                and n.split()[-1].lower() not in BODIES
                and (pattern is NAMED_SAYING or not OPENERS & {w.lower() for w in n.split()})
            ]
            if people:
                return surname_of(people[-1]), row
            if pattern is NAMED_SAYING and any(n.split()[-1].lower() in BODIES for n in names):
                return "", -1  # "Selby Police said ...": the "he" after it is the body's
        if HE_OR_HIS.match(after) and (surname := surname_subject(evidence, row, said)):
            return surname, row
        if row == int(evidence.neighbours[row][0]):
            return "", -1
    return "", -1


# A surname alone opening a sentence, before its verb: "Heseltine is careful not to take sides."
SURNAME_SUBJECT = re.compile(r"^(?P<name>[A-Z][\w’'-]+)\s+(?:is|was|has|had|[a-z]+s|[a-z]+ed)\b")
HE_OR_HIS = re.compile(r"\W*(?:He|She|His|Her)\b")
NAMED_BEFORE = 80  # sentences back in which a surname alone must have been given in full


def surname_subject(evidence: Evidence, row: int, text: str) -> str:
    """The surname alone that opens the sentence as its subject, when the article named that
    person in full before ("Frank Heseltine ..."), so the "He" or "His" after it is theirs:
    "Heseltine is careful not to take sides on the water. His point is simpler. “…”"; "" when
    it does not."""
    match = SURNAME_SUBJECT.match(text)
    if match is None or match["name"] in PRONOUNS or match["name"].lower() in OPENERS | BODIES:
        return ""
    full = re.compile(rf"\b[A-Z][\w’'.-]+\s+{re.escape(match['name'])}\b")
    article = evidence.view.sentences[row].article_id
    for _ in range(NAMED_BEFORE):
        row, after = int(evidence.neighbours[row][0]), row
        sentence = evidence.view.sentences[row]
        if row == after or sentence.article_id != article:
            return ""
        if full.search(sentence.text):
            return match["name"]
    return ""


# Letters after a name, which are no surname: "Rachel Penhallow MP said ...".
POST_NOMINALS = frozenset(
    ("MP", "MSP", "MS", "AM", "MEP", "MLA", "QC", "KC", "OBE", "MBE", "CBE", "DBE", "KBE", "JP",
     "PhD", "FRS", "Jr", "Sr")
)  # fmt: skip


def surname_of(name: str) -> str:
    """The last word of a name that is no title after it: "Penhallow" of "Rachel Penhallow MP"."""
    words = [w for w in name.split() if w.strip(".,") not in POST_NOMINALS]
    return (words or name.split())[-1]


def unquoted(text: str) -> str:
    """The text without what it quotes (a name inside a quotation is not the speaker)."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " … ", text)


# Whom a question-and-answer piece says it spoke to: "Runway Report spoke to Harriet Oyelaran,
# president of ...", "Harbour Weekly spoke to captain Mirela Dunn", "... interviewed Tom Reyes".
# A person's name there is two to four capitalised words; a title may go before it ("captain"),
# not an article ("spoke to the Gazette" names a paper).
TITLE = r"(?:(?!(?:the|a|an|our)\b)[a-z]+\s+)?"
SPOKE_TO = re.compile(
    rf"\b(?:spoke|speaks|talked|talks|chatted|chats)\s+(?:to|with)\s+{TITLE}(?P<name>{PERSON})"
    rf"|\binterview(?:ed|s)\s+{TITLE}(?P<other>{PERSON})"
)


def interviewee(evidence: Evidence, row: int) -> tuple[str, int]:
    """The surname of the person a question-and-answer piece says it spoke to, from the sentences
    of its article before the answer's row (the introduction), and the row that names them; ("",
    -1) when none does."""
    sentence = evidence.view.sentences[row]
    for before in range(row - 1, max(-1, row - INTRO_REACH), -1):
        earlier = evidence.view.sentences[before]
        if earlier.article_id != sentence.article_id:
            break
        found = SPOKE_TO.search(earlier.text)
        if found and not evidence.interviewed[before]:
            name = found.group("name") or found.group("other")
            if name not in evidence.view.outlets:  # "We spoke to Harbour FM": a station
                return name.split()[-1], before
    return "", -1


INTRO_REACH = 60  # the sentences before an answer looked through for the introduction


def turn_label(evidence: Evidence, row: int) -> str:
    """The speaker's label of the transcript line a sentence is on ("OKAFOR-REID"), or "" for
    a bare "A"."""
    sentence = evidence.view.sentences[row]
    article = evidence.view.articles.get(sentence.article_id)
    if article is None:
        return ""
    line = article.text.rfind("\n", 0, sentence.start) + 1
    match = SPEAKER.match(article.text, line)
    label = match.group(1) if match else ""
    return label if len(label) > 1 else ""
