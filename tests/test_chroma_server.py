"""The vector collections on a Chroma server (``chroma_url``): a real `chroma run` on 127.0.0.1,
started by the test, holds them; the manifest and BM25 stay in index_dir."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.api import Assistant
from assistant.config import Settings
from assistant.errors import StoreUnreachableError
from assistant.index import Store, read_manifest
from assistant.ingest import ingest, is_stale

pytestmark = pytest.mark.slow

ARTICLE = """Orchard Town Opens a Cider Museum
Orchard Town opened a cider museum in its old railway station on Saturday.
The museum shows presses from 1870 and a working mill, curator Lena Fisk said.
Entry is free for children under twelve, the town council said.
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chroma_binary() -> str:
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the chroma command (installed with chromadb) is missing")
    return found


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Chroma server of its own, on a free port of 127.0.0.1, for this module."""
    import chromadb

    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("w")
    command = [chroma_binary(), "run", "--path", str(path / "data"), "--host", "127.0.0.1"]
    server = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma run did not start: {(path / 'server.log').read_text()}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture
def server_settings(tmp_path: Path, chroma_url: str) -> Settings:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "museum.txt").write_text(ARTICLE, encoding="utf-8")
    return Settings(
        seeds_dir=seeds,
        index_dir=tmp_path / "index",
        chroma_url=chroma_url,
        chroma_prefix=tmp_path.name[-40:].replace("_", "-") + "-",
    )


def server_counts(settings: Settings) -> dict[str, int]:
    import chromadb

    port = int(settings.chroma_url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port)
    return {
        c.name.removeprefix(settings.chroma_prefix): client.get_collection(c.name).count()
        for c in client.list_collections()
        if c.name.startswith(settings.chroma_prefix)
    }


def test_the_index_lives_on_the_server_and_answers(server_settings, embeddings):
    ingest(server_settings, embeddings=embeddings)

    manifest = read_manifest(server_settings.index_dir)
    assert manifest is not None and manifest.store.startswith(server_settings.chroma_url)
    assert not (server_settings.index_dir / "chroma").exists()  # nothing on disk but BM25
    held = server_counts(server_settings)
    assert held == {"passages": 1, "sentences": 3} == {k: manifest.counts[k] for k in held}
    assert not is_stale(server_settings)

    answer = (
        Assistant(server_settings, embeddings=embeddings)
        .load()
        .answer("What does the cider museum show?")
    )
    assert not answer.abstained
    assert "1870" in answer.text and "[1]" in answer.text
    assert answer.sources[0].article_id == "museum"


def test_a_server_emptied_behind_the_manifest_is_rebuilt(server_settings, embeddings):
    ingest(server_settings, embeddings=embeddings)
    Store(server_settings, None).client.delete_collection(
        server_settings.chroma_prefix + "passages"
    )

    assert is_stale(server_settings)
    answer = (
        Assistant(server_settings, embeddings=embeddings)
        .load()
        .answer("Who pays no entry at the cider museum?")
    )
    assert "children under twelve" in answer.text
    assert server_counts(server_settings)["passages"] >= 1


def test_moving_the_index_between_disk_and_server_rebuilds_it(server_settings, embeddings):
    on_disk = server_settings.model_copy(update={"chroma_url": ""})
    ingest(on_disk, embeddings=embeddings)
    assert not is_stale(on_disk)

    assert is_stale(server_settings)  # the manifest says the vectors are on disk
    ingest(server_settings, embeddings=embeddings)
    assert server_counts(server_settings)["sentences"] == 3
    assert is_stale(on_disk)


def test_an_unreachable_server_or_a_bad_url_gets_a_clear_error(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    settings = Settings(index_dir=tmp_path / "index", chroma_url=url)
    with pytest.raises(StoreUnreachableError, match="Cannot reach the Chroma server at " + url):
        Store(settings, None)
    with pytest.raises(ValidationError, match="http://host:port"):
        Settings(chroma_url="localhost:8000")
    with pytest.raises(ValidationError, match="chroma_prefix"):
        Settings(chroma_prefix="no spaces")
