"""The sentence splitter: where each sentence of a text begins and ends, as character offsets.

It is rule based (no downloads): it ends a sentence at ., ! ? or … followed by space and a
capital, digit or quote, except after a known abbreviation or an initial, where a quotation
ending in ? or ! runs on into its speaker, after the number of a list's item ("6. Is it safe?"),
or where a cry ("“Oh! Dear friend!” she said.") ends a few words before its quotation does; and
always at a line break.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vol",
        "fig",
        "approx",
        "dept",
        "est",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "d.c",
        "ref",
        "cllr",
        "insp",
        "supt",
        "det",
        "rev",
        "hon",
        "tel",
    ]
)
# (A match starts where a run of end marks starts, so that a long run is not tried from each of
# its marks.)
_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ATTRIBUTION = re.compile(
    r"\s+(?:(?:he|she|they|[A-Z][\w.’'-]*)\s+){1,3}(?:said|says|continued|asked|added|told|wrote|argued|"
    r"responded|replied|explained|insisted|recalled|cried|shouted|exclaimed|yelled)\b"
)
# "9 p.m." ends a sentence when a new one starts after it, not before a day, month or time zone:
# "at 3:40 a.m. Tuesday, the wall gave way" is one sentence.
_CLOCK = frozenset(["a.m", "p.m"])
_CLOCK_GOES_ON = re.compile(
    r"\s+[\"'“‘(]?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Eastern|Central|"
    r"Pacific|Mountain|local|[ECMP][SD]?T|GMT|UTC|BST|CET)\b"
)
# The number of an item of a numbered list: "6." of "6. Is my tap water safe?" is no sentence of
# its own (but "2030." is, and so is "It cost 12.").
LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")
# At most this many words between a cry inside a quotation and the quotation's end.
SHORT_CRY = 6
WORD_REACH = 80  # the word before an end mark is looked for this far back
_WORD_BEFORE = re.compile(r"([\w.’']+)[.!?…]*[\"'”’)\]]*$")  # ("couldn’t." ends no initial)


def _is_abbreviation(text: str, end: int, after: int) -> bool:
    match = _WORD_BEFORE.search(text[max(0, end - WORD_REACH) : end])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    if word in _CLOCK:
        return _CLOCK_GOES_ON.match(text, after) is not None
    unit = match.start() > 0 and match.string[match.start() - 1] == "/"  # "15 km/h."
    return len(word) == 1 and word.isalpha() and not unit  # an initial, "J. Smith"


def _quote_then_speaker(text: str, match: re.Match[str]) -> bool:
    """A quotation ending in ? or ! followed by its speaker, "...that?” Penn continued."."""
    ending = match.group()
    if not (ending[-1] in "\"”’'" and any(c in ending for c in "?!")):
        return False
    return _ATTRIBUTION.match(text, match.end()) is not None


def _cry_then_speaker(text: str, match: re.Match[str], start: int) -> bool:
    """A cry inside a quotation that closes a few words on and runs into its speaker: "“Oh! Dear
    friend!” Reyes cried." is one sentence."""
    ending = match.group()
    if ending[-1] in "\"”’'" or "!" not in ending:
        return False
    before = text[start : match.start()]
    if before.count("“") <= before.count("”"):
        return False  # not inside a quotation
    close = text.find("”", match.end())
    if close < 0 or len(text[match.end() : close].split()) > SHORT_CRY:
        return False
    return _ATTRIBUTION.match(text, close + 1) is not None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    for line in text[start:end].split("\n"):
        line_end = line_start + len(line)
        cut = line_start
        for match in _END.finditer(text, line_start, line_end):
            abbreviation = _is_abbreviation(text, match.start() + 1, match.end())
            if (
                abbreviation
                or LIST_NUMBER.fullmatch(text, cut, match.end())  # "6. Is my tap water safe?"
                or _quote_then_speaker(text, match)
                or _cry_then_speaker(text, match, cut)
            ):
                continue
            spans.append((cut, match.end()))
            cut = match.end()
        spans.append((cut, line_end))
        line_start = line_end + 1
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
