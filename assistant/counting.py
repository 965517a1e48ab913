"""What a "how many" question counts, and whether a sentence counts it: "how many guards or
inmates" counts guards and inmates, "how many people were injured" counts the injured (or the
hurt), and "six suspects from the compound were arrested" counts suspects."""

from __future__ import annotations

import re

from assistant.kinds import AUXILIARIES, DURATION, NUMBER, unnamed_numbers
from assistant.text import STOPWORDS, stem, tokens

# The words after "how many", up to three ("how many throwaway phones", "how many guards or
# inmates"); which of them name what is counted is read in ``counted``.
COUNTED = re.compile(r"\bhow many ((?:[a-z]+\s+){0,2}[a-z]+)")
# What happened to the people a "how many people" question counts ("had been killed").
COUNTED_DOING = re.compile(
    r"\bhow many (?:people|persons|others)\s+(?:(?:had|have|has|were|was|are|is|got|been)\s+)+"
    r"([a-z]+ed|hurt)\b"
)
# What happens to people in the news, said in several ways: "how many were injured" is answered
# by "nine people were hurt".
FATES = [
    ["injured", "hurt", "wounded", "injuries"],
    ["killed", "dead", "died", "deaths", "fatalities"],
    ["arrested", "detained"],
    ["evacuated", "fled", "displaced"],
    ["rescued", "saved"],
]
SAME_FATE = [frozenset(stem(word) for word in words) for words in FATES]
GENERIC_COUNTS = frozenset(["people", "persons", "times", "things", "ones", "others", "of"])


def counted(question: str) -> frozenset[str] | None:
    """What a "how many" question counts ("how many guards or inmates" -> guard, inmate; "how
    many people were killed" -> kill; an empty set for people or things in general); None for
    any other question."""
    match = COUNTED.search(question.lower())
    if not match:
        return None
    words = match.group(1).split()
    run = words[:1]  # the first word, or the words up to a plural ("throwaway phones")
    for end, word in enumerate(words):
        if word in STOPWORDS or word in AUXILIARIES:
            break
        if word.endswith("s") or word in GENERIC_COUNTS:
            run = words[: end + 1]
            break
    if len(words) > len(run) + 1 and words[len(run)] in ("or", "and"):
        run.append(words[len(run) + 1])  # "guards or inmates"
    things = frozenset(stem(w) for w in run if w not in STOPWORDS and w not in GENERIC_COUNTS)
    done = COUNTED_DOING.search(question.lower())
    if things or not done:
        return things
    fate = stem(done.group(1))  # "how many people were killed": the killed, the dead
    return next((same for same in SAME_FATE if fate in same), frozenset([fate]))


COUNT_REACH = 9  # a number and the thing it counts are at most this many words apart


def counts(things: frozenset[str], text: str) -> bool:
    """The text puts a number before one of the things ("six or seven lawyers", "six suspects
    from the compound were arrested"), or, for things in general, a number that is not a span
    of time ("1,200 residents")."""
    words = tokens(unnamed_numbers(text))
    for i, word in enumerate(words):
        if not NUMBER.fullmatch(word):
            continue
        after = words[i + 1 : i + 5]
        if things and any(stem(w) in things for w in words[i + 1 : i + COUNT_REACH]):
            return True
        if not things and after and not DURATION.fullmatch(after[0]):
            return True
    return False
