"""What an article file turns into: the date an HTML page states, decoding warnings, duplicate
ids, and the BM25 build staying quiet."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.corpus import from_html, load_articles
from assistant.ingest import ingest, is_stale

PARAGRAPHS = (
    "<p>The town council approved a new footbridge over the river after a two-hour debate.</p>"
    "<p>Engineer Mara Quint said the bridge would open to walkers and cyclists next summer.</p>"
)
LATIN = "Caf\xe9 owners on the quay said trade rose by a tenth over the summer season.\n"


def page(head: str = "", byline: str = "", footer: str = "") -> str:
    return (
        f"<html><head><title>Council Approves Footbridge</title>{head}</head><body>"
        f"<article><h1>Council Approves Footbridge</h1>{byline}{PARAGRAPHS}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


def test_a_copyright_year_is_not_a_publication_date():
    for footer in ("<p>Copyright 2024.</p>", "<p>© 2023 Riverside Gazette</p>"):
        assert "published" not in from_html(page(footer=footer)).hints


def test_a_month_or_year_alone_is_not_a_publication_date():
    assert "published" not in from_html(page(byline="<p>March 2024</p>")).hints
    assert (
        "published"
        not in from_html(page(head='<meta itemprop="copyrightYear" content="2022">')).hints
    )


def test_a_date_the_page_states_is_kept():
    footer = "<p>Copyright 2024.</p>"
    meta = '<meta property="article:published_time" content="{}T09:30:00Z">'
    cases = [
        ("2024-03-05", page(head=meta.format("2024-03-05"), footer=footer)),
        ("2024-01-01", page(head=meta.format("2024-01-01"), footer=footer)),
        ("2024-04-09", page(byline='<time datetime="2024-04-09">9 April</time>', footer=footer)),
        ("2024-03-01", page(byline="<p>Published March 1, 2024</p>", footer=footer)),
        ("2024-01-01", page(byline="<p>By Ola Brenn, 1 January 2024</p>", footer=footer)),
        ("2023-11-20", page(byline="<p>Updated November 20, 2023</p>", footer=footer)),
    ]
    for expected, html in cases:
        assert from_html(html).hints.get("published") == expected, html


def cp1252_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "quay.txt"
    path.write_bytes(LATIN.encode("cp1252"))
    return path


def test_a_windows_1252_file_is_reported_but_not_logged_when_loaded(tmp_path, caplog):
    path = cp1252_file(tmp_path)
    with caplog.at_level(logging.DEBUG):
        loaded = load_articles([path], {}, 10_000)
    assert "Café" in loaded.articles[0].text
    assert [w for w in loaded.warnings if "quay.txt" in w and "Windows-1252" in w]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_windows_1252_file_is_in_the_ingest_summary_but_not_logged_by_staleness_checks(
    make_corpus, embeddings, caplog
):
    settings = make_corpus({})
    cp1252_file(settings.seeds_dir)
    summary = ingest(settings, embeddings=embeddings).summary()
    assert "quay.txt" in summary and "Windows-1252" in summary
    with caplog.at_level(logging.DEBUG):
        assert not is_stale(settings)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_markdown_markup_does_not_reach_the_article_text(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(
        "# Island Ferry Timetable Changes\n\n"
        "The island ferry adds crossings from **June**, the operator said.\n\n"
        "- Crossings run every 40 minutes.\n"
        "* The last boat leaves at 11 p.m.\n"
        "1. Tickets go on sale in [May](https://example.com/tickets).\n"
        "> The operator called it the busiest summer yet.\n",
        encoding="utf-8",
    )
    text = load_articles([path], {}, 10_000).articles[0].text
    for line in (
        "Crossings run every 40 minutes.",
        "The last boat leaves at 11 p.m.",
        "Tickets go on sale in May.",
        "The operator called it the busiest summer yet.",
    ):
        assert line in text.splitlines()
    assert not any(mark in text for mark in ("**", "- ", "* ", "1. ", "> ", "]("))


def test_a_duplicate_article_id_names_the_file_that_has_it(tmp_path):
    first, second = tmp_path / "a" / "bridge.txt", tmp_path / "b" / "bridge.md"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("Footbridge Approved\nThe council approved a footbridge.\n")
    loaded = load_articles([first, second], {}, 10_000)
    assert [a.source_path for a in loaded.articles] == [str(first.resolve())]
    [skipped] = loaded.skipped
    assert skipped.path == str(second)
    assert skipped.reason == f"another file has the same article id: {first.resolve()}"


QUIET_BUILD = """
import logging
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
from assistant.lexical import Lexical
Lexical.build(["a", "b"], ["The footbridge opens next summer.", "Cyclists welcome it."])
logging.getLogger("check").warning("logging works")
"""


def test_building_a_bm25_index_logs_nothing_at_the_default_level():
    """bm25s sets its own logger to DEBUG when imported; a fresh process shows the effect."""
    run = subprocess.run(
        [sys.executable, "-c", QUIET_BUILD],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip() == "WARNING check: logging works"


BODY = (
    "The ferry service to the outer islands will run twice a day from June, the operator said.\n"
    "Harbour master Ilse Varga said the new timetable had been agreed with the island councils.\n"
)


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Tomas Reyl, The Island Courier", "Tomas Reyl", "The Island Courier"),
        ("By Tomas Reyl | Coastline News", "Tomas Reyl", "Coastline News"),
        ("by Tomas Reyl for The Ferry Gazette", "Tomas Reyl", "The Ferry Gazette"),
        ("By Tomas Reyl, Staff Writer", "Tomas Reyl", "unknown"),
        ("By Tomas Reyl", "Tomas Reyl", "unknown"),
    ],
)
def test_a_byline_names_the_author_and_the_outlet_of_an_uncatalogued_file(
    tmp_path, byline, author, outlet
):
    path = tmp_path / "ferry.txt"
    path.write_text(f"Ferries to run twice a day\n{byline}\n{BODY}")
    [article] = load_articles([path], {}, 10_000).articles
    assert (article.author, article.outlet) == (author, outlet)


def test_an_uncatalogued_page_without_a_site_name_is_named_by_its_url(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(f"Ferries to run twice a day\n{BODY}")
    entry = {"url": "https://www.islandcourier.example/news/ferries"}
    [article] = load_articles([path], {"ferry.txt": entry}, 10_000).articles
    assert article.outlet == "islandcourier.example"
    [unnamed] = load_articles([path], {}, 10_000).articles
    assert unnamed.outlet == "unknown"
