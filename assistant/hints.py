"""What a page's furniture says about its article: the outlet, author and date that a byline,
a masthead or a date line states. The cleaner removes those lines; these rules read them first."""

from __future__ import annotations

import re

_I = re.IGNORECASE
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A month's name, or its short form ("Feb.", "Sept").
MONTH = rf"(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
# "May 12, 2024", "Feb. 9, 2026" or "12 May 2024".
DATE = re.compile(
    rf"\b(?:({MONTH})\s+(\d{{1,2}}),\s+(\d{{4}})|(\d{{1,2}})\s+({MONTH}),?\s+(\d{{4}}))(?!\d)"
)
BY = (
    r"^(?i:author|by|(?:written|posted|interview|reporting|story|words|presented|hosted|produced)"
    r" by)\s*:?\s+"
)
PERSON = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}"
BYLINE = rf"{BY}({PERSON})"
BYLINE_SEPARATOR = r"\s*(?:,|\||—|–|\s-|\sfor)\s+"  # "By Jane Doe, The Gazette", "... | Reuters"
# A masthead or date line: "Runway Report | Interview by Jane Doe | October 14, 2025".
MASTHEAD_SEPARATOR = re.compile(r"\s(?:\||--|—|–|·)\s")
MASTHEAD_WORDS = 15
OUTLET_NAME = r"(?:The\s+)?[A-Z][\w.&'-]*(?:\s+(?:of\s+)?[A-Z][\w.&'-]*){0,4}"
# A line that ends like a sentence (a headline, a byline or a widget does not).
SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")
# A byline that goes on to name the paper: "By Jane Doe, The Harbour Gazette", "By Jane Doe |
# Reuters", "by Jane Doe for The Courier". Capitalised words only, and not a role ("Staff Writer").
BYLINE_OUTLET = re.compile(
    rf"{BY}({PERSON}?)"  # the name taken lazily, so that the outlet can follow
    rf"{BYLINE_SEPARATOR}({OUTLET_NAME})$"
)
ROLES = re.compile(
    r"\b(staff|writer|reporter|correspondent|editor|contributor|columnist|producer|"
    r"photographer|intern|desk)s?\b",
    _I,
)


def byline_outlet(lines: list[str]) -> dict[str, str]:
    """Author and outlet from the first byline that names both."""
    for line in lines:
        match = BYLINE_OUTLET.match(line)
        if match and not ROLES.search(match.group(2)):
            return {"author": match.group(1), "outlet": match.group(2)}
    return {}


def is_masthead(line: str) -> bool:
    """A short line of parts, one of them a date, that does not end like a sentence."""
    return (
        bool(DATE.search(line) and MASTHEAD_SEPARATOR.search(line))
        and len(line.split()) <= MASTHEAD_WORDS
        and not SENTENCE_END.search(re.sub(r"\b[ap]\.m\.$", "", line))  # "Updated 4:18 p.m."
    )


def masthead(lines: list[str]) -> dict[str, str]:
    """Outlet and author from the first masthead line: the part that is a byline gives the
    author, the first part that is only a name gives the outlet."""
    for line in filter(is_masthead, lines):
        found: dict[str, str] = {}
        for part in MASTHEAD_SEPARATOR.split(line):
            byline = re.match(BYLINE + "$", part)
            if byline:
                found.setdefault("author", byline.group(1))
            elif re.fullmatch(OUTLET_NAME, part) and not DATE.search(part):
                found.setdefault("outlet", part)
        return found
    return {}


def find_hints(lines: list[str]) -> dict[str, str]:
    """Outlet, author and date as the furniture states them."""
    hints: dict[str, str] = {}
    patterns = [
        ("outlet", r"^(?:more|more must-reads)\s+from\s+([A-Z][\w.&' -]{1,40})$"),
        ("outlet", r"^\(([A-Z][A-Z-]{2,30})\)"),
        ("outlet", r"originally appeared (?:at|on|in)\s+([\w.-]+?)\.?$"),
        ("outlet", r"^contact us at\s+\S+@([\w-]+)\."),
        ("author", BYLINE + r"(?:\s*[,|—–]\s.*)?$"),
        ("author", r"^([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})\s+reported from\b"),
    ]
    stripped_lines = [line.strip() for line in lines]
    hints.update(byline_outlet(stripped_lines))
    hints.update({k: v for k, v in masthead(stripped_lines).items() if k not in hints})
    for key, pattern in patterns:
        for stripped in stripped_lines:
            match = re.search(pattern, stripped, _I if key == "outlet" else 0)
            if match and key not in hints:
                hints[key] = match.group(1).strip()
    for stripped in stripped_lines:
        date = DATE.search(stripped)
        if date and "published" not in hints and len(stripped.split()) < 12:
            hints["published"] = iso_date(date)
    return hints


def iso_date(match: re.Match[str]) -> str:
    """The date a ``DATE`` match states, as YYYY-MM-DD."""
    name, day, year = match.group(1, 2, 3) if match.group(1) else match.group(5, 4, 6)
    month = [m[:3] for m in MONTHS.split("|")].index(name[:3]) + 1
    return f"{int(year):04d}-{month:02d}-{int(day):02d}"
