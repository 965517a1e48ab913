"""Loading articles: files in, cleaned ``Article`` records out, bad files skipped with a reason."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from assistant.cleaning import Cleaned, clean
from assistant.hints import MONTHS
from assistant.records import Article

EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
CATALOG = "catalog.toml"
IGNORED = frozenset({CATALOG, "README.md", ".gitkeep"})
TITLE_CHARS = 120


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def article_files(folder: Path) -> list[Path]:
    """Every candidate file in a seeds folder (unknown extensions too, so they are reported)."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.name not in IGNORED and p.name[0] != "."
    )


def load_catalog(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / CATALOG
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {name: {k: str(v) for k, v in entry.items()} for name, entry in data.items()}


def load_articles(
    paths: Iterable[Path], catalog: dict[str, dict[str, str]], max_bytes: int
) -> LoadResult:
    result = LoadResult()
    seen: dict[str, str] = {}  # article id -> the file that has it
    for path in paths:
        article = load_article(path, catalog.get(path.name, {}), max_bytes, result)
        if article is None:
            continue
        if article.article_id in seen:
            reason = f"another file has the same article id: {seen[article.article_id]}"
            result.skipped.append(Skipped(str(path), reason))
            continue
        seen[article.article_id] = article.source_path
        result.articles.append(article)
    return result


def load_article(
    path: Path, entry: dict[str, str], max_bytes: int, result: LoadResult
) -> Article | None:
    """One file to an Article, or None with the reason recorded in ``result``."""
    reason = check_file(path, max_bytes)
    data = b""
    if reason is None:
        try:
            data = path.read_bytes()
        except OSError as error:
            reason = f"unreadable: {error.strerror or error}"
    if reason is None:
        reason = check_bytes(data)
    if reason is not None:
        result.skipped.append(Skipped(str(path), reason))
        return None
    raw = decode(data, path, result.warnings)
    if path.suffix.lower() in {".html", ".htm"}:
        parsed = from_html(raw)
    else:
        parsed = clean(strip_markdown(raw) if path.suffix.lower() in {".md", ".markdown"} else raw)
    if not parsed.body.strip():
        result.skipped.append(Skipped(str(path), "no article text left after cleaning"))
        return None
    return build_article(path, parsed, entry)


def check_file(path: Path, max_bytes: int) -> str | None:
    if path.suffix.lower() not in EXTENSIONS:
        return f"unknown extension {path.suffix or '(none)'}: use .txt, .md or .html"
    try:
        size = path.stat().st_size
    except OSError as error:
        return f"unreadable: {error.strerror or error}"
    if size == 0:
        return "empty file"
    if size > max_bytes:
        return f"too large: {size:,} bytes over the {max_bytes:,}-byte limit"
    return None


def check_bytes(data: bytes) -> str | None:
    if not data.strip():
        return "empty file"
    head = data[:8192]
    if b"\x00" in head:
        return "binary file"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if control > len(head) * 0.05:
        return "binary file"
    return None


def decode(data: bytes, path: Path, warnings: list[str]) -> str:
    """The text of a file; a file that is not UTF-8 is read as Windows-1252 with a warning.

    The warning goes to ``warnings`` only, never to the log: articles are loaded again by every
    staleness check, and the ingest report is where the user reads it, once.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        message = f"{path}: not UTF-8; decoded as Windows-1252, some characters may be wrong"
        warnings.append(message)
        return data.decode("cp1252", errors="replace")


def strip_markdown(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+", "", text, flags=re.MULTILINE)  # list items
    return re.sub(r"(\*\*|__|`)", "", text)


def from_html(html: str) -> Cleaned:
    """Main text and metadata of an HTML page, through trafilatura, then the same cleaning."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, as_dict=True
    )
    if not isinstance(doc, dict) or not doc.get("text"):
        return Cleaned(title="", body="")
    title = str(doc.get("title") or "")
    cleaned = clean(f"{title}\n{doc['text']}" if title else str(doc["text"]))
    hints = dict(cleaned.hints)
    for key, field_name in (("outlet", "sitename"), ("author", "author")):
        if doc.get(field_name):
            hints[key] = str(doc[field_name])
    if published := stated_date(html, str(doc.get("date") or "")):
        hints["published"] = published
    if doc.get("url"):
        hints["url"] = str(doc["url"])
    return Cleaned(title=cleaned.title, body=cleaned.body, comments=cleaned.comments, hints=hints)


def stated_date(html: str, found: str) -> str:
    """The date trafilatura found, unless the page gives only its year or month.

    trafilatura's date search (htmldate) pads a partial date with the 1st: a footer's
    "Copyright 2024" comes back as 2024-01-01. So a 1st stands only when the page states that day.
    """
    try:
        day = date.fromisoformat(found[:10])
    except ValueError:
        return ""
    return day.isoformat() if day.day != 1 or states_first(unescape(html), day) else ""


def states_first(text: str, day: date) -> bool:
    """Whether the text writes out the 1st of ``day``'s month as a full date."""
    y, m, name = day.year, day.month, MONTHS.split("|")[day.month - 1][:3]
    patterns = (
        rf"(?<!\d){y}[-/.]0?{m}[-/.]0?1(?!\d)",  # 2024-03-01, also in meta and datetime=
        rf"(?<!\d){y}{m:02d}01(?!\d)",  # 20240301
        rf"(?<!\d)0?1[-/.]0?{m}[-/.]{y}(?!\d)",  # 01.03.2024
        rf"(?<!\d)0?{m}[-/.]0?1[-/.]{y}(?!\d)",  # 03/01/2024
        rf"\b{name}[a-z]*\.?\s+0?1(st)?,?\s+{y}(?!\d)",  # March 1, 2024
        rf"(?<!\d)0?1(st)?\s+(of\s+)?{name}[a-z]*\.?,?\s+{y}(?!\d)",  # 1 March 2024
    )
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def build_article(path: Path, parsed: Cleaned, entry: dict[str, str]) -> Article:
    def pick(key: str, default: str = "") -> str:
        return entry.get(key) or parsed.hints.get(key) or default

    first_line = parsed.body.split("\n", 1)[0]
    title = pick("title") or parsed.title or shorten(first_line)
    return Article(
        article_id=path.stem,
        text=parsed.body,
        title=title,
        outlet=pick("outlet") or site_of(pick("url")) or "unknown",
        author=pick("author"),
        published=pick("published"),
        url=pick("url"),
        source_path=str(path.resolve()),
        comments=parsed.comments,
    )


def site_of(url: str) -> str:
    """The site an article's URL names ("https://www.harbourgazette.com/a/1" ->
    "harbourgazette.com"), for an article whose outlet nothing else states."""
    host = urlsplit(url).hostname if "://" in url else None
    return (host or "").removeprefix("www.")


def shorten(text: str) -> str:
    if len(text) <= TITLE_CHARS:
        return text
    return text[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def article_hash(article: Article, extra: dict[str, Any]) -> str:
    """A fingerprint of everything that ends up in the index for this article."""
    digest = hashlib.sha256()
    fields = (article.text, article.title, article.outlet, article.published, article.url)
    for value in (*fields, article.author, *article.comments):
        digest.update(value.encode("utf-8") + b"\x00")
    digest.update(repr(sorted(extra.items())).encode("utf-8"))
    return digest.hexdigest()[:20]
