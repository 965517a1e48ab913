"""Ingest with the real model and a real Chroma in temp folders."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.index import Store, read_manifest
from assistant.ingest import chunk, gather, ingest, is_stale

STORY = """Harbour Festival Draws Record Crowd
The harbour festival drew a record crowd of 40,000 visitors on Saturday, organisers said.
Fireworks over the water closed the evening, and the ferry ran extra boats until midnight.
Organiser Lena Park said next year's festival would add a second stage for local bands.
"""
SECOND = """Library Extends Opening Hours
The central library will stay open until 10 p.m. on weekdays from March, the council said.
Librarian Omar Haddad said students had asked for quiet evening study space for years.
"""


def chroma_counts(settings: Settings) -> tuple[int, int]:
    store = Store(settings, None)
    return len(store.passages.get()["ids"]), len(store.sentences.get()["ids"])


def test_reingest_of_an_unchanged_corpus_embeds_nothing(make_corpus, embeddings):
    settings = make_corpus({"festival.txt": STORY, "library.md": SECOND})
    first = ingest(settings, embeddings=embeddings)
    assert first.articles == 2 and first.added > 0 and first.removed == 0
    counts = chroma_counts(settings)
    again = ingest(settings, embeddings=embeddings)
    assert (again.added, again.removed, again.embedded_texts) == (0, 0, 0)
    assert again.unchanged == first.added
    assert chroma_counts(settings) == counts
    assert not is_stale(settings)


def test_each_text_is_stored_with_its_own_vector(make_corpus, embeddings):
    """Ingest embeds a batch longest text first; every vector must still land on its own id."""
    settings = make_corpus(
        {"festival.txt": STORY, "library.txt": SECOND},
        chunk_size=150,
        chunk_overlap=0,
        embedding_batch_size=1,  # progress after every 8 texts
    )
    steps: list[tuple[int, int]] = []
    ingest(
        settings, embeddings=embeddings, progress=lambda done, total: steps.append((done, total))
    )
    store = Store(settings, None)
    for collection in (store.passages, store.sentences):
        found = collection.get(include=["documents", "embeddings"])
        assert len(found["ids"]) > 3 and len({len(t) for t in found["documents"]}) > 3
        direct = np.asarray(embeddings.embed_documents(found["documents"]))
        similarity = np.sum(np.asarray(found["embeddings"]) * direct, axis=1)
        assert similarity.min() > 0.999  # another text's vector would score far lower
    dones = [done for done, _ in steps]
    total = steps[-1][1]
    assert len(steps) > 2 and dones == sorted(dones) and dones[-1] == total  # progress moves
    assert steps[0] == (0, total)  # shown before the first text is embedded


def test_an_edited_article_replaces_exactly_its_own_chunks(make_corpus, embeddings):
    settings = make_corpus({"festival.txt": STORY, "library.txt": SECOND})
    ingest(settings, embeddings=embeddings)
    store = Store(settings, None)
    library_before = set(store.passages.get(where={"article_id": "library"})["ids"])
    edited = STORY.replace("40,000", "45,000")
    (settings.seeds_dir / "festival.txt").write_text(edited, encoding="utf-8")
    assert is_stale(settings)
    report = ingest(settings, embeddings=embeddings)
    assert report.added >= 1 and report.removed == report.added
    assert set(store.passages.get(where={"article_id": "library"})["ids"]) == library_before
    texts = store.passages.get(where={"article_id": "festival"})["documents"]
    assert any("45,000" in t for t in texts) and not any("40,000" in t for t in texts)


def test_an_edit_near_the_top_moves_the_passages_below_it(make_corpus, embeddings):
    """Passages whose text an edit above them leaves alone still move: their stored offsets
    must follow, or quotes cut from them by offset come out shifted."""
    from assistant.view import load_view

    settings = make_corpus({"festival.txt": STORY}, chunk_size=150, chunk_overlap=0)
    ingest(settings, embeddings=embeddings)
    edited = STORY.replace("a record crowd of 40,000 visitors", "40,000 visitors")
    (settings.seeds_dir / "festival.txt").write_text(edited, encoding="utf-8")
    ingest(settings, embeddings=embeddings)
    view = load_view(settings, embeddings)
    passages = list(view.passages.values())
    assert len(passages) > 2
    for passage in passages:
        assert view.articles[passage.article_id].text[passage.start : passage.end] == passage.text


def test_a_removed_article_loses_its_chunks(make_corpus, embeddings):
    settings = make_corpus({"festival.txt": STORY, "library.txt": SECOND})
    ingest(settings, embeddings=embeddings)
    (settings.seeds_dir / "library.txt").unlink()
    report = ingest(settings, embeddings=embeddings)
    assert report.removed >= 1
    store = Store(settings, None)
    assert store.passages.get(where={"article_id": "library"})["ids"] == []
    assert store.sentences.get(where={"article_id": "library"})["ids"] == []
    assert "library" not in read_manifest(settings.index_dir).articles


def test_changed_chunking_rebuilds_instead_of_mixing(make_corpus, embeddings):
    settings = make_corpus({"festival.txt": STORY})
    ingest(settings, embeddings=embeddings)
    other = Settings(seeds_dir=settings.seeds_dir, index_dir=settings.index_dir, chunk_size=150)
    assert is_stale(other)
    report = ingest(other, embeddings=embeddings)
    assert report.rebuilt
    assert read_manifest(other.index_dir).chunking["chunk_size"] == 150


def test_a_new_sentence_splitter_updates_an_index_built_by_the_old_one(
    make_corpus, embeddings, monkeypatch
):
    """After an upgrade that splits sentences differently, the same articles give other
    sentences: they must replace the old ones in Chroma as in BM25, or the two fall out of step."""
    import assistant.chunking
    from assistant.view import load_view

    settings = make_corpus({"festival.txt": STORY})
    ingest(settings, embeddings=embeddings)
    before = chroma_counts(settings)

    def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """A splitter that also cuts after commas."""
        end = len(text) if end is None else end
        found = re.finditer(r"[^,\n]+,?", text[start:end])
        return [(start + m.start(), start + m.end()) for m in found if m.group().strip()]

    monkeypatch.setattr(assistant.chunking, "sentence_spans", clauses)
    assert is_stale(settings)
    report = ingest(settings, embeddings=embeddings)
    assert not is_stale(settings)
    assert chroma_counts(settings)[1] != before[1]
    assert report.added == 0 and report.embedded_texts > 0  # the same passages, new sentences
    assert f"{report.embedded_texts} texts embedded" in report.summary()
    view = load_view(settings, embeddings)  # raises when Chroma and BM25 disagree
    assert "Fireworks over the water closed the evening," in {s.text for s in view.sentences}


def test_a_rebuild_keeps_the_articles_added_by_path(make_corpus, embeddings, tmp_path):
    settings = make_corpus({"festival.txt": STORY})
    library = tmp_path / "elsewhere" / "library.txt"
    library.parent.mkdir()
    library.write_text(SECOND, encoding="utf-8")
    ingest(settings, paths=[library], embeddings=embeddings)
    other = Settings(seeds_dir=settings.seeds_dir, index_dir=settings.index_dir, chunk_size=150)
    report = ingest(other, embeddings=embeddings)  # new chunking: rebuilt
    assert report.rebuilt and report.articles == 2
    assert set(read_manifest(other.index_dir).articles) == {"festival", "library"}
    report = ingest(other, rebuild=True, embeddings=embeddings)
    assert report.rebuilt and report.articles == 2
    library.unlink()  # a file that is gone is dropped at the next ingest
    assert ingest(other, rebuild=True, embeddings=embeddings).articles == 1


def test_a_rebuild_that_fails_loses_neither_the_index_nor_the_articles_added_by_path(
    make_corpus, embeddings, tmp_path, monkeypatch
):
    """A model that cannot load stops a rebuild before anything is wiped; a rebuild that dies
    after the wipe leaves a manifest that still lists the articles added by path."""
    import assistant.ingest
    from assistant.errors import ConfigError

    settings = make_corpus({"festival.txt": STORY})
    library = tmp_path / "elsewhere" / "library.txt"
    library.parent.mkdir()
    library.write_text(SECOND, encoding="utf-8")
    ingest(settings, paths=[library], embeddings=embeddings)
    counts = chroma_counts(settings)
    missing = Settings(
        seeds_dir=settings.seeds_dir,
        index_dir=settings.index_dir,
        embedding_model=str(tmp_path / "no-such-model"),
    )
    with pytest.raises(ConfigError, match="does not exist"):
        ingest(missing)
    assert not is_stale(settings) and chroma_counts(settings) == counts

    def dies(*args, **kwargs):
        raise RuntimeError("killed")

    monkeypatch.setattr(assistant.ingest, "apply_changes", dies)
    with pytest.raises(RuntimeError):
        ingest(settings, rebuild=True, embeddings=embeddings)
    monkeypatch.undo()
    assert set(read_manifest(settings.index_dir).articles) == {"festival", "library"}
    assert is_stale(settings)
    assert ingest(settings, embeddings=embeddings).articles == 2
    assert chroma_counts(settings) == counts


def test_bad_files_are_skipped_with_a_reason_and_the_rest_ingests(
    make_corpus, embeddings, tmp_path
):
    settings = make_corpus(
        {
            "festival.txt": STORY,
            "empty.txt": "",
            "blank.md": "   \n\n",
            "binary.txt": b"\x00\x01\x02PNG\x00" * 50,
            "notes.pdf": b"%PDF-1.4",
            "latin.txt": "Caf\xe9 owners in the old town said trade rose 10% this year.\n".encode(
                "cp1252"
            ),
        },
        max_file_bytes=2000,
    )
    (settings.seeds_dir / "huge.txt").write_text("Word " * 1000 + ".", encoding="utf-8")
    locked = settings.seeds_dir / "locked.txt"
    locked.write_text(SECOND, encoding="utf-8")
    locked.chmod(0)
    before = sorted(p.name for p in settings.seeds_dir.iterdir())
    report = ingest(settings, embeddings=embeddings)
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]
    assert "binary" in reasons["binary.txt"]
    assert "unknown extension" in reasons["notes.pdf"]
    assert "too large" in reasons["huge.txt"]
    if os.geteuid() != 0:  # root can read anything
        assert "unreadable" in reasons["locked.txt"]
    assert any("latin.txt" in w and "UTF-8" in w for w in report.warnings)
    manifest = read_manifest(settings.index_dir)
    assert "festival" in manifest.articles and "latin" in manifest.articles
    assert "Café" in manifest.articles["latin"]["article"]["text"]
    assert sorted(p.name for p in settings.seeds_dir.iterdir()) == before  # never writes seeds/


def test_ingest_paths_outside_seeds_and_html(make_corpus, embeddings, tmp_path):
    settings = make_corpus({"festival.txt": STORY})
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Park Reopens After Storm Repairs</title></head><body>"
        "<nav>Home | News | Sport</nav><article><h1>Park Reopens After Storm Repairs</h1>"
        "<p>The city park reopened on Monday after three months of storm repairs, officials said.</p>"
        "<p>Gardener Tom Reyes said two hundred new trees had been planted along the lake.</p>"
        "</article><footer>Copyright 2024 Example</footer></body></html>",
        encoding="utf-8",
    )
    report = ingest(settings, paths=[page], embeddings=embeddings)
    assert report.articles == 2
    article = read_manifest(settings.index_dir).articles["page"]["article"]
    assert "two hundred new trees" in article["text"] and "Home | News" not in article["text"]
    assert not (settings.seeds_dir / "page.html").exists()
    assert ingest(settings, embeddings=embeddings).articles == 2  # remembered while the file exists


KILLER = """
import sys, time
from assistant.config import Settings
from assistant import ingest as ingest_module
from assistant import upsert
settings = Settings(seeds_dir=sys.argv[1], index_dir=sys.argv[2])
original = upsert.add
calls = []
def slow_add(*args, **kwargs):
    original(*args, **kwargs)  # the chunks are in Chroma...
    calls.append(1)
    if len(calls) == 2:  # ...on the second batch, before its manifest entry: wait to be killed
        print("batch written", flush=True)
        time.sleep(60)
upsert.add = slow_add
upsert.BATCH_TEXTS = 20
ingest_module.ingest(settings)
"""


@pytest.mark.slow
def test_an_ingest_killed_halfway_is_completed_by_the_next(make_corpus, embeddings):
    files = {f"story{i:02d}.txt": STORY.replace("Saturday", f"day {i}") * 3 for i in range(12)}
    settings = make_corpus(files)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(settings.seeds_dir), str(settings.index_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout.readline().strip() == "batch written"
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = read_manifest(settings.index_dir)
    assert partial is not None and 0 < len(partial.articles) < len(files)
    ingest(settings, embeddings=embeddings)
    full = ingest(settings, embeddings=embeddings)
    assert full.added == 0 and full.embedded_texts == 0
    store = Store(settings, None)

    chunked = [chunk(a, settings) for a in gather(settings, None, ()).articles]
    want_p = {p.passage_id for c in chunked for p in c.passages}
    want_s = {s.sentence_id for c in chunked for s in c.sentences}
    got_p = store.passages.get()["ids"]
    got_s = store.sentences.get()["ids"]
    assert len(got_p) == len(set(got_p)) and set(got_p) == want_p  # no duplicate, none missing
    assert len(got_s) == len(set(got_s)) and set(got_s) == want_s


def test_an_empty_seeds_folder_gets_a_clear_error(make_corpus, embeddings):
    from assistant.errors import NoArticlesError

    settings = make_corpus({"notes.pdf": b"%PDF-1.4"})
    with pytest.raises(NoArticlesError, match="No articles to index"):
        ingest(settings, embeddings=embeddings)


def test_settings_outside_a_project_load_without_warnings(tmp_path, monkeypatch):
    """A script run from a folder with no pyproject.toml gets defaults and no warning."""
    import warnings

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_PROJECT_DIR", str(tmp_path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Settings().k == Settings.model_fields["k"].default


def test_settings_layers_and_validation(tmp_path, monkeypatch):
    (tmp_path / "assistant.toml").write_text("k = 9\nchunk_size = 800\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_PROJECT_DIR", str(tmp_path))
    assert Settings().k == 9 and Settings().chunk_size == 800
    monkeypatch.setenv("ASSISTANT_K", "4")
    assert Settings().k == 4 and Settings(k=2).k == 2
    assert Settings().index_dir == (tmp_path / "index").resolve()
    with pytest.raises(ValueError):
        Settings(chunk_size=200, chunk_overlap=300)
    with pytest.raises(ValueError):
        Settings(auth="nopassword")
