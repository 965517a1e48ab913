"""Picking an answer's sentences from the ranked candidates: the best, then others that score
close to it within the word budget (each outlet's best, then its second best, first for a yes/no
question or one naming outlets), near-duplicates from other outlets merged into one with all
their citations, a sentence that another of its outlet says with more given way to that one
(``fuller``), and each picked sentence shown with what it cannot stand without
(``with_context``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.evidence import Evidence, same_paragraph, supports_verbatim
from assistant.kinds import BARE_QUOTE, QUOTE, SPEECH
from assistant.naming import NAME_WORD
from assistant.ranking import BARE_REPLY, Candidate, Pick
from assistant.text import content_terms, negations, word_count

# A sentence that points back to the one before it.
LEANS_BACK = re.compile(
    r"^\W*(?:(?:after|before|since|despite|following|because of)\s+)?(?:that|this|these|those|such)\b",
    re.IGNORECASE,
)
# A quotation whose speaker it names only as "she" or "he" ("“It can't take the biggest ships,”
# she said."): the sentence before, when it names someone, says who.
SAYING = r"(?:said|says|added|told|explained|insisted|warned|argued|replied|wrote|continued)"
PRONOUN_AFTER = re.compile(rf"([”\"],?\s+)(she|he)(\s+{SAYING}\b)")
# A claim the outlet takes back, which the sentence after it puts right: "We said that the car
# belonged to a resident." "It belonged to a care worker ..."; "An earlier version of this article
# said ..."; "The same article said the main was laid in 1952."
TAKEN_BACK = re.compile(
    r"^(?:We|An earlier version of this (?:article|story|report)|(?:This|The same|The original|"
    r"Our|An|A) (?:article|story|report|headline|caption|match report|obituary)\b[^.“”\"]{0,120}?)"
    r"\s(?:said|stated|reported|wrote|gave|described|called|named|misstated|misspelled)\b"
)
CARRY_ON_WORDS = 14
CARRIED = 2  # short sentences that carry on the best one's quotation, at most
# A sentence that speaks of what the one before says, by a word for a claim or a figure: "That
# figure came from ...", "This claim was denied ...".
REFERS_BACK = re.compile(
    r"(?:That|This|These|Those)\s+(?:\w+\s+)?(?:figures?|numbers?|claims?|estimates?|totals?|counts?|"
    r"readings?|accounts?|reports?|rumou?rs?|stor(?:y|ies)|versions?|statements?|descriptions?|"
    r"theor(?:y|ies)|labels?)\b"
)
# A yes/no question is answered with the best sentence of each of up to this many outlets whose
# best sentence scores within ACCOUNTS_MARGIN of the top one and ACCOUNT_GAP of the second-best:
# where they disagree, each side shows.
ACCOUNTS = 3
ACCOUNTS_MARGIN = 0.5
ACCOUNT_GAP = 0.2
WIDE_EVIDENCE = 0.5  # (0.45 let in a council's budget against a count of stolen works)

# Each outlet's second sentence joins its best (best seconds first) while the answer stays within
# this many times the word budget: an outlet's best match is often its lede or a sentence that
# repeats the question's words, and its account the sentence after.
SECONDS_BUDGET = 1.75

# An answer of one sentence may run this many words over the budget to take a second one, which
# often holds the other half of what was asked ("What time did the wall fall, and when did the
# sirens sound?").
LONE_EXTRA = 10


def select(
    candidates: list[Candidate],
    max_sentences: int,
    max_words: int,
    margin: float = 0.35,
    outlets: Sequence[str] = (),
    seeds: Sequence[Candidate] = (),
    least: float = 0.0,
) -> list[Pick]:
    """The best sentence, then others that score close to it or match the question as closely
    (often another outlet's account), within the word budget. A question about several outlets
    gets each outlet's best sentence first, then each one's second that matches it at least
    ``least`` (``each_outlet``); ``seeds``, when given, come first instead."""
    if not candidates:
        return []
    first = [candidates[0]]
    if seeds:
        first = list(seeds)
    elif len(outlets) > 1:
        first = each_outlet(candidates, outlets, SECONDS_BUDGET * max_words, least)
    floor = candidates[0].score - margin
    near = max(0.55, max(c.evidence for c in candidates) - 0.12)
    seeded = {id(c) for c in first}
    ordered = [*first, *(c for c in candidates if id(c) not in seeded)]

    def pick(budget: int) -> list[Pick]:
        picks: list[Pick] = []
        words = 0
        for cand in ordered:
            if any(cand.row in p.candidate.shown for p in picks):
                continue  # already shown with another sentence of its quotation
            duplicate = next((p for p in picks if same_claim(p.candidate, cand)), None)
            if duplicate is not None:
                if cand.sentence.article_id != duplicate.candidate.sentence.article_id:
                    duplicate.also.append(cand)
                continue
            if id(cand) in seeded or (
                len(picks) < max_sentences
                and words + cand.words <= budget
                and (cand.score >= floor or cand.evidence >= near)
            ):
                picks.append(Pick(cand, []))
                words += cand.words
        return picks

    picks = fuller(pick(max_words), candidates, max_words)
    if len(picks) == 1:  # a lone sentence may take a second one over the budget
        longer = fuller(pick(max_words + LONE_EXTRA)[:2], candidates, max_words + LONE_EXTRA)
        if sum(p.candidate.words for p in longer) <= max_words + LONE_EXTRA:
            return longer
    return picks


FULLER_TERMS = 4  # a sentence gives way to a fuller one only when it has this many terms
FULLER_SHARE = 6  # of which the fuller one may lack one in this many, and no number


def fuller(picks: list[Pick], candidates: Sequence[Candidate], budget: int) -> list[Pick]:
    """Each picked sentence whose words another sentence of its outlet says too, with more
    (a live blog's heading "MP offers to host talks" against "The MP has offered to host talks
    at her constituency office"), gives way to that sentence, while the answer keeps to the
    budget; one that another picked sentence says with more is dropped."""
    picks = [
        p
        for p in picks
        if not any(
            q.candidate.words > p.candidate.words
            and q.candidate.retrieved.passage.outlet == p.candidate.retrieved.passage.outlet
            and says_all(p.candidate.sentence.text, q.candidate.sentence.text)
            for q in picks
        )
    ]
    words = sum(p.candidate.words for p in picks)
    shown = {row for p in picks for row in p.candidate.shown}
    out = []
    for p in picks:
        outlet = p.candidate.retrieved.passage.outlet
        better = next(
            (
                c
                for c in candidates
                if c.words > p.candidate.words
                and c.retrieved.passage.outlet == outlet
                and not shown & set(c.shown)
                and words - p.candidate.words + c.words <= budget
                and says_all(p.candidate.sentence.text, c.sentence.text)
            ),
            None,
        )
        if better is not None:
            words += better.words - p.candidate.words
            shown |= set(better.shown)
            p = replace(p, candidate=better)
        out.append(p)
    return out


def says_all(text: str, other: str) -> bool:
    """The other sentence's terms hold all of the sentence's own, FULLER_TERMS or more, but for
    one in FULLER_SHARE of them that is no number, and it denies nothing the sentence does not:
    "the local MP" is "the MP", but "closed on 29 March" is not "on 11 March ... to close", nor
    "I bitterly regret the decision" "she had no regrets about the decision"."""
    own = set(content_terms(text))
    missing = own - set(content_terms(other))
    return (
        len(own) >= FULLER_TERMS
        and len(missing) * FULLER_SHARE <= len(own)
        and not any(word[:1].isdigit() for word in missing)
        and negations(other) <= negations(text)
    )


# A sentence that opens a quotation it does not close: "“That wire had been off for weeks."
OPENS_QUOTE = re.compile(r"\s*[“\"][^“”\"]+")


def bare_group(evidence: Evidence, row: int) -> bool:
    """The sentence opens a quotation over several sentences that is only a quotation
    (“Once the ditch stopped working, ... clay. It needed only one wet weekend.”): nothing in it
    says who speaks."""
    first, last = (int(r) for r in evidence.groups[row])
    if first != row or first == last:  # (said of its first sentence, which comes first)
        return False
    whole = " ".join(  # (a heading after it, "Is anyone investigating?", is none of it)
        evidence.view.sentences[r].text
        for r in range(first, last + 1)
        if not evidence.interviewer[r]
    )
    return bool(BARE_QUOTE.fullmatch(whole) or OPENS_QUOTE.fullmatch(whole))


def with_context(
    picks: list[Pick], evidence: Evidence, max_words: int, quoting: bool = False
) -> list[Pick]:
    """Each picked sentence with what it cannot stand without: the rest of its quotation or
    fragment group (``Candidate.shown``), the sentence before when it points back ("After that
    happened, ..."), and, after the best one, up to CARRIED short sentences that carry on the
    same quotation or answer its question ("One percent?"), or speak of what it says ("That
    figure came from ..."). When ``quoting`` (the question asks for someone's words), they also
    carry on after any pick that names its speaker ("“...,” she said."), but never into a
    sentence that is only a quotation, which would not name its speaker, unless the same
    speaker goes on in the paragraph; and a best pick that introduces
    someone comes with their words after it (``speaker_follows``). A claim the outlet takes back
    comes with the sentence that puts it right (``TAKEN_BACK``). A sentence that only the
    article's next passage holds is cited to that passage."""
    words = sum(p.candidate.words for p in picks)
    taken = {row for p in picks for row in p.candidate.shown}
    put: set[int] = set()  # the rows shown so far
    out: list[Pick] = []

    def add(
        pick: Pick, row: int, counted: bool = True, needed: bool = False, pull: bool = False
    ) -> bool:
        """Show the row with the pick; False when it cannot be (over the budget, unless it is
        ``needed``, or not in the pick's article). When ``pull``, a row another pick is to show
        is shown here instead (its words counted already)."""
        nonlocal words
        sentence = evidence.view.sentences[row]
        counted = counted and not (pull and row in taken)
        size = word_count(sentence.text) if counted else 0
        passage_rows = evidence.view.by_passage.get(pick.candidate.retrieved.passage.passage_id, [])
        if row in put or (counted and row in taken and not pull):
            return True  # shown already, or to be shown with another pick
        if evidence.interviewer[row] or BARE_REPLY.fullmatch(sentence.text):
            return False  # a question put, a heading, a claim checked or a bare "Yes.": no claim
        if counted and words + size > max_words + CARRY_ON_WORDS and not needed:
            return False
        retrieved = pick.candidate.retrieved
        if row not in passage_rows:  # the next passage of the article holds it: cite that one
            passage = evidence.view.passages.get(sentence.passage_id)
            if passage is None or passage.article_id != retrieved.passage.article_id:
                return False
            retrieved = replace(retrieved, passage=passage)
        words += size
        taken.add(row)
        put.add(row)
        shown = replace(pick.candidate, row=row, sentence=sentence, retrieved=retrieved)
        out.append(Pick(shown, []))
        return True

    for i, pick in enumerate(picks):
        shown = pick.candidate.shown
        before = int(evidence.neighbours[shown[0]][0])
        after = int(evidence.neighbours[shown[-1]][1])
        first = evidence.view.sentences[shown[0]].text
        if points_back(first, evidence.view.sentences[before].text):
            added = add(pick, before, needed=i == 0)
            if not added and i > 0 and BARE_QUOTE.fullmatch(first):
                words -= pick.candidate.words
                continue  # a quotation whose speaker does not fit is left out, not shown bare
        for row in shown:
            if row == pick.candidate.row:
                if row not in put:  # (not pulled ahead to close a quotation)
                    out.append(pick)
                put.add(row)
            else:
                add(pick, row, counted=False)
        last_row = shown[-1]
        last = evidence.view.sentences[last_row].text
        # what the outlet took back, then what it says now; or the best pick introduces someone
        # whose words are asked for, and they follow: "Owen Pryce, a taxi driver, was locking his
        # cab ..." "“There was a crack ...,” he says."
        taken_back = TAKEN_BACK.match(last) and same_paragraph(evidence.view, last_row, after)
        introduces = quoting and i == 0 and not QUOTE.search(last)
        if (taken_back or (introduces and speaker_follows(evidence, last_row))) and add(
            pick, after, needed=True
        ):
            last_row, last = after, evidence.view.sentences[after].text
            after = int(evidence.neighbours[after][1])
        # after the best pick, or, when someone's words are asked for, a pick that names its
        # speaker ("“...,” she said."), the quotation may go on
        for _ in range(CARRIED if i == 0 or (quoting and speaks_in(last)) else 0):
            text = evidence.view.sentences[after].text
            bare = quoting and BARE_QUOTE.fullmatch(text)  # a quotation asked for, no speaker
            # unless the speaker just named goes on in the same paragraph: "“That’s Engine Shaft
            # No. 3,” he says. “It’s there on the 1851 plan ...”", in one sentence or more ("“Now
            # they want ... progress. I’m not against machines. ...”")
            same = (
                (bare or (quoting and bare_group(evidence, after)))
                and speaks_in(last)
                and same_paragraph(evidence.view, last_row, after)
            )
            # or the best pick is what the next sentence speaks of: "... described it as a
            # magnitude 2.4 earthquake." "That figure came from an automatic solution ..."
            of_it = (
                i == 0
                and REFERS_BACK.match(text) is not None
                and same_paragraph(evidence.view, last_row, after)
            )
            if (
                after in taken
                or (bare and not same)
                or not (same or of_it or carries_on(text, last))
                or not add(pick, after, needed=bool(same) and i == 0)
            ):
                break  # (a row another pick shows goes on from there)
            last_row, last = after, text
            # a quotation begun is shown to its end: "“He was calm. But we came in too fast.”"
            for rest in range(after + 1, int(evidence.groups[after][1]) + 1):
                if not add(pick, rest, needed=True):
                    break
                last_row, last = rest, evidence.view.sentences[rest].text
            after = int(evidence.neighbours[last_row][1])
        # a quotation left open goes on here when another pick is to show the rest, which
        # nothing may come before: “Every one of these cars ... Saturday. They just look ...”
        if last.count("“") > last.count("”"):
            for rest in range(last_row + 1, int(evidence.groups[last_row][1]) + 1):
                if rest not in taken or not add(pick, rest, needed=True, pull=True):
                    break
    return out


def speaker_follows(evidence: Evidence, row: int) -> bool:
    """The next sentence quotes "he" or "she", whom this one names (``points_back``): the words of
    the person it introduces ("At 02:40 Owen Pryce, a taxi driver, was locking his cab ..." then
    "“There was a crack like a shotgun,” he says.")."""
    after = int(evidence.neighbours[row][1])
    text = evidence.view.sentences[after].text
    return after != row and points_back(text, evidence.view.sentences[row].text)


def speaks_in(text: str) -> bool:
    """The sentence quotes someone and says who: "“I don't want that,” she said."""
    return bool(QUOTE.search(text) and SPEECH.search(text))


def points_back(text: str, before: str) -> bool:
    """The sentence cannot stand without the one before: it refers back to it ("After that
    happened, ..."), it quotes "she" and the sentence before names someone, or it is a bare
    quotation and the sentence before says who is speaking."""
    if LEANS_BACK.match(text) or (PRONOUN_AFTER.search(text) and NAME_WORD.search(before)):
        return True
    return bool(BARE_QUOTE.fullmatch(text)) and bool(SPEECH.search(before))


def carries_on(text: str, before: str = "") -> bool:
    """A short sentence that goes on with a quotation or says who said it, or any sentence up to
    twice as long after one that opens a quotation and does not close it ("He added, “Where's
    the proof?")."""
    unclosed = before.count("“") > before.count("”")
    if word_count(text) > CARRY_ON_WORDS * (2 if unclosed else 1):
        return False
    return bool(re.search(r"[“”\"]|\bsaid\b", text)) or unclosed


def accounts(candidates: list[Candidate], wide: bool = False) -> list[str]:
    """The outlets whose best sentence scores close to the best one, best first (at most
    ACCOUNTS), when more than one does. Another outlet's account also scores close to the
    second-best sentence (within ACCOUNT_GAP): a weak sentence from another outlet does not push
    out the best outlet's strong second sentence, which may be the other side ("the bridge is
    safe", "the engineers say it is not"). When the question asks whether the accounts agree
    (``wide``), an outlet whose sentence scores within ACCOUNTS_MARGIN of the best and matches
    the question by WIDE_EVIDENCE is heard too."""
    if len(candidates) < 2:
        return []
    top = candidates[0].retrieved.passage.outlet
    least = candidates[0].score - ACCOUNTS_MARGIN
    floor = max(least, candidates[1].score - ACCOUNT_GAP)
    close = (
        c.retrieved.passage.outlet
        for c in candidates
        if c.score >= floor or (wide and c.score >= least and c.evidence >= WIDE_EVIDENCE)
    )
    found = [top, *(outlet for outlet in dict.fromkeys(close) if outlet != top)][:ACCOUNTS]
    return found if len(found) > 1 else []


def best_of(
    candidates: list[Candidate], outlet: str, taken: Sequence[Candidate] = ()
) -> Candidate | None:
    return next(
        (
            c
            for c in candidates
            if c.retrieved.passage.outlet == outlet and all(c is not t for t in taken)
        ),
        None,
    )


def each_outlet(
    candidates: list[Candidate], outlets: Sequence[str], budget: float, least: float = 0.0
) -> list[Candidate]:
    """Each outlet's best sentence, best first, then each one's second best (best first) while
    the words stay within ``budget``, of those that match the question at least ``least``: an
    advert set between a news-in-brief column's items is no account, nor a headline that only
    names the topic, and the outlet's next sentence that does match it takes its place."""
    bests = [c for c in (best_of(candidates, outlet) for outlet in outlets) if c is not None]
    chosen = sorted(bests, key=lambda c: -c.score) or [candidates[0]]
    words = sum(c.words for c in chosen)
    matching = [c for c in candidates if c.evidence >= least]
    seconds = [best_of(matching, c.retrieved.passage.outlet, chosen) for c in bests]
    for second in sorted((c for c in seconds if c is not None), key=lambda c: -c.score):
        if words + second.words <= budget:
            chosen.append(second)
            words += second.words
    return chosen


def same_claim(a: Candidate, b: Candidate) -> bool:
    """b says what a says: the same words, or b's passage supports a's sentence verbatim."""
    if a.sentence.text == b.sentence.text:
        return True
    if a.sentence.article_id == b.sentence.article_id:
        return False
    return supports_verbatim(b.sentence.text, a.sentence.text)
