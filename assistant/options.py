"""The options of a question, checked before any work: a wrong type is a TypeError, a wrong
value an InvalidOptionError naming the value and what is allowed. A filter that matches
nothing by mistake (a misspelt outlet, a date the other way round) would otherwise look like
"the coverage doesn't say"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from assistant.errors import InvalidOptionError

GENERATORS = ("extractive", "llm")
ROLES = ("user", "assistant", "system")


def check_history(history: object) -> list[dict[str, str]]:
    """Earlier turns as {"role": ..., "content": ...} dicts, oldest first."""
    if history is None:
        return []
    if isinstance(history, str | bytes | Mapping) or not isinstance(history, Sequence):
        roles = " | ".join(repr(role) for role in ROLES)
        raise TypeError(
            f"history must be a list of {{'role': {roles}, 'content': str}} dicts, "
            f"not {type(history).__name__}"
        )
    turns = []
    for number, turn in enumerate(history, start=1):
        if not isinstance(turn, Mapping):
            raise TypeError(
                f"history turn {number} must be a dict with 'role' and 'content', "
                f"not {type(turn).__name__}"
            )
        role, content = turn.get("role"), turn.get("content")
        if role not in ROLES:
            raise InvalidOptionError(
                f"history turn {number} has role {role!r}; use one of {', '.join(ROLES)}"
            )
        if not isinstance(content, str):
            raise TypeError(
                f"history turn {number} must have a str 'content', not {type(content).__name__}"
            )
        turns.append({"role": str(role), "content": readable(content)})
    return turns


def readable(text: str) -> str:
    """The text with what UTF-8 cannot hold (a lone surrogate, as from undecodable bytes on a
    command line) replaced by "?": the tokenizer, JSON and the terminal take it then."""
    return text.encode("utf-8", "replace").decode("utf-8")


def check_outlets(outlets: object, known: Iterable[str]) -> tuple[str, ...]:
    """The outlets as the index names them. One name may be given as a string; case does not
    matter, and "TIME" finds "TIME / People"."""
    if outlets is None:
        return ()
    if isinstance(outlets, str):
        outlets = [outlets]
    if not isinstance(outlets, Iterable):
        raise TypeError(f"outlets must be a list of outlet names, not {type(outlets).__name__}")
    names = list(known)
    found = []
    for outlet in outlets:
        if not isinstance(outlet, str):
            raise TypeError(f"an outlet must be a str, not {type(outlet).__name__}")
        match = outlet_named(outlet, names)
        if match is None:
            raise InvalidOptionError(
                f"No articles from the outlet {outlet!r}. The index holds: "
                f"{', '.join(sorted(names, key=str.casefold)) or 'no articles'}."
            )
        found.append(match)
    return tuple(dict.fromkeys(found))


def outlet_named(name: str, outlets: Sequence[str]) -> str | None:
    wanted = name.strip().casefold()
    for outlet in outlets:
        parts = [outlet, *outlet.split("/")]
        if wanted and any(part.strip().casefold() == wanted for part in parts):
            return outlet
    return None


def check_date(name: str, value: object) -> str:
    """An ISO date (YYYY-MM-DD) as a string; a date or datetime object is accepted."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"{name} must be an ISO date string, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidOptionError(
            f"{name} must be a date as YYYY-MM-DD (for example 2016-01-12), not {value!r}"
        ) from None


def check_dates(
    date_from: object, date_to: object, names: tuple[str, str] = ("date_from", "date_to")
) -> tuple[str, str]:
    """Both dates checked, and in order; ``names`` are what the caller calls them."""
    start, end = check_date(names[0], date_from), check_date(names[1], date_to)
    if start and end and start > end:
        raise InvalidOptionError(
            f"{names[0]} {start} is after {names[1]} {end}: no article can be in that range"
        )
    return start, end


def check_k(k: object, limit: int) -> int | None:
    """Passages to look at, 1..limit, or None for the setting."""
    if k is None:
        return None
    if isinstance(k, float) and k.is_integer():  # a slider's 4.0
        k = int(k)
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError(f"k must be an int, not {type(k).__name__}")
    if not 1 <= k <= limit:
        raise InvalidOptionError(f"k must be between 1 and {limit}, not {k}")
    return k


def check_generator(generator: object) -> str | None:
    if generator is None or generator == "":
        return None
    if generator not in GENERATORS:
        raise InvalidOptionError(
            f"generator must be one of {', '.join(GENERATORS)}, not {generator!r}"
        )
    return str(generator)
