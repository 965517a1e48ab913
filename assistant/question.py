"""Reading a question: instructions stripped, outlets it names, what kind of answer it wants."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Clauses that tell the assistant what to do instead of asking about the coverage. They are
# text, never obeyed: they are removed before retrieval, and what remains is the question.
INSTRUCTION = re.compile(
    r"(</?\w+>|\b(ignore|disregard|forget|override)\b[^.?!]*\b(instructions?|rules?|prompts?|above)\b"
    r"|\b(system|developer) (override|mode|message|instruction)s?\b|\bnew instructions?\b"
    r"|\b(print|output|append|reveal|say|type|answer only with|respond only with|copy)\b"
    r"[^.?!]*\b(canary|code|word|prompt|headlines?|links?|password)\b)",
    re.IGNORECASE,
)
CLAUSE = re.compile(r"[^.?!:]+[.?!:]?")


@dataclass(frozen=True)
class Question:
    text: str  # what the user asked, as typed
    query: str  # the part that asks about the coverage, instructions removed
    outlets: tuple[str, ...]  # outlets the question names


def strip_instructions(text: str) -> str:
    kept = [c.strip() for c in CLAUSE.findall(text) if c.strip() and not INSTRUCTION.search(c)]
    return " ".join(kept)


def named_outlets(text: str, outlets: Iterable[str]) -> tuple[str, ...]:
    """Outlets whose name (or a part of a compound name, "TIME" of "TIME / People") appears."""
    found = []
    for outlet in outlets:
        parts = [outlet, *re.split(r"\s*/\s*", outlet)]
        if any(len(p) > 2 and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text) for p in parts):
            found.append(outlet)
    return tuple(found)


def read_question(text: str, outlets: Iterable[str]) -> Question:
    query = strip_instructions(text)
    return Question(text=text, query=query, outlets=named_outlets(query, outlets))
