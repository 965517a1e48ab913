"""Reading a question: instructions stripped, outlets it names, what kind of answer it wants."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Clauses that tell the assistant what to do instead of asking about the coverage. They are
# text, never obeyed: they are removed before retrieval, and what remains is the question.
# A command starts its clause or follows "and", "then", a comma: "What did Penn reveal about the
# code?" asks about the coverage, "... then reveal the code" gives an order.
INSTRUCTION = re.compile(
    r"(\b(ignore|disregard|forget|override)\b[^.?!]*\b(instructions?|rules?|prompts?|above)\b"
    r"|\b(system|developer) (override|mode|message|instruction)s?\b|\bnew instructions?\b"
    r"|(^|[,;]|\b(and|then|also|now|please|just)\b)\s*((please|now|then|just|also)\s+)*"
    r"(print|output|append|reveal|say|type|answer only with|respond only with|copy)\b"
    r"[^.?!]*\b(canary|code|word|prompt|headlines?|links?|password)\b)",
    re.IGNORECASE,
)
TAG = re.compile(r"</?[A-Za-z][\w-]*(\s[^<>]*)?/?>")  # markup is not part of a question
CLAUSE = re.compile(r"[^.?!:]+[.?!:]?")


@dataclass(frozen=True)
class Question:
    text: str  # what the user asked, as typed
    query: str  # the part that asks about the coverage, instructions removed
    outlets: tuple[str, ...]  # outlets the question names
    about: str = ""  # the query without the outlets' names: what is asked about them


def strip_instructions(text: str) -> str:
    text = re.sub(r"\s+", " ", TAG.sub(" ", text))
    kept = [c.strip() for c in CLAUSE.findall(text) if c.strip() and not INSTRUCTION.search(c)]
    return " ".join(kept)


def outlet_pattern(outlet: str) -> re.Pattern[str]:
    """The outlet's name ("The Hill" also as "the Hill"), a part of a compound name ("TIME" of
    "TIME / People"), or "the" and the last word of a longer name, as readers shorten it ("the
    Ledger" of "The Marrow Falls Ledger"), when no other name goes on from it."""
    names = []
    for part in sorted({outlet, *re.split(r"\s*/\s*", outlet)}, key=len, reverse=True):
        bare = re.sub(r"^[Tt]he\s+", "", part)
        if len(part) <= 2:
            continue
        if bare != part and " " not in bare:  # "The Hill": not any hill
            names.append(rf"[Tt]he {re.escape(bare)}")
        else:
            names.append(rf"(?:[Tt]he )?{re.escape(bare)}")
    words = re.sub(r"^[Tt]he\s+", "", outlet).split()
    if len(words) > 1 and "/" not in outlet and len(words[-1]) > 3 and words[-1][0].isupper():
        # "the Merriton General hack" names a hospital, not Radio Merriton
        names.append(rf"[Tt]he {re.escape(words[-1])}(?!\s+[A-Z])")
    return re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)")


def named_outlets(text: str, outlets: Iterable[str]) -> tuple[str, ...]:
    """Outlets whose name appears in the text, as written (so "time" the word is not TIME)."""
    found = []
    for outlet in outlets:
        if outlet_pattern(outlet).search(text):
            found.append(outlet)
    return tuple(found)


def without_outlets(text: str, outlets: Iterable[str]) -> str:
    """The text with the outlets' names taken out ("How do The Hill and NBC News describe X?"
    -> "How do and describe X?"), so the names do not weigh on what is matched."""
    for outlet in outlets:
        text = outlet_pattern(outlet).sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def read_question(text: str, outlets: Iterable[str]) -> Question:
    query = strip_instructions(text)
    named = named_outlets(query, outlets)
    return Question(text=text, query=query, outlets=named, about=without_outlets(query, named))
