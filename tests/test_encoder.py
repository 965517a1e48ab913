"""The numpy query encoder against sentence-transformers, both with the real all-MiniLM-L6-v2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings
from assistant.embeddings import load_query_embedder, resolve_model
from assistant.encoder import Bert, BertEncoder, unsupported

PROJECT = Path(__file__).resolve().parent.parent
MODEL = Path(resolve_model(Settings().embedding_model))
LONG = (PROJECT / "seeds" / sorted(os.listdir(PROJECT / "seeds"))[0]).read_text(encoding="utf-8")
TEXTS = [
    "Where was Guzmán recaptured?",  # short, accented
    "WHO called the interview a 'sideshow'??",  # case, punctuation
    LONG,  # far over 256 tokens: truncated
    "Joaquín «El Chapo» Guzmán — 墨西哥毒枭 🚔 naïve café, Zürich",  # unicode, CJK, emoji
    "line one\nline two\ttabbed  ",  # newlines and tabs
    "",  # empty
    "   ",  # only spaces
    "?",
]


@pytest.fixture(scope="module")
def encoder() -> BertEncoder:
    return BertEncoder.load(MODEL)


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_the_packaged_model_is_covered() -> None:
    assert unsupported(MODEL) == ""


def test_numpy_and_sentence_transformers_agree(encoder: BertEncoder, embeddings) -> None:
    ours = np.asarray(encoder.embed_documents(TEXTS), dtype=np.float32)
    theirs = np.asarray(embeddings.embed_documents(TEXTS), dtype=np.float32)
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    agreement = cosines(ours, theirs)
    assert agreement.min() > 0.9999, dict(zip(TEXTS, agreement.round(6), strict=True))
    for text in TEXTS[:4]:
        query = np.asarray(encoder.embed_query(text), dtype=np.float32)
        expected = np.asarray(embeddings.embed_query(text), dtype=np.float32)
        assert cosines(query[None], expected[None])[0] > 0.9999
        assert abs(np.linalg.norm(query) - 1.0) < 1e-5


def test_long_texts_are_cut_at_max_seq_length(encoder: BertEncoder, embeddings) -> None:
    assert len(encoder.token_ids([LONG])[0]) == 256  # sentence_bert_config.json, not 128
    longer = LONG + " An appended tail about something else entirely." * 20
    ours = np.asarray(encoder.embed_documents([LONG, longer]))
    assert cosines(ours[:1], ours[1:])[0] > 0.99999  # the tail was cut
    theirs = np.asarray(embeddings.embed_documents([longer]))
    assert cosines(ours[1:], theirs)[0] > 0.9999


def test_a_batch_pads_without_changing_any_vector(encoder: BertEncoder) -> None:
    together = encoder.encode(TEXTS)
    alone = np.stack([encoder.encode([text])[0] for text in TEXTS])
    assert cosines(together, alone).min() > 0.99999
    assert together.dtype == np.float32


def test_a_question_is_padded_to_a_multiple_of_four_tokens(
    encoder: BertEncoder, monkeypatch
) -> None:
    run = Bert.__call__
    widths: list[int] = []

    def recording(self: Bert, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        widths.append(ids.shape[1])
        return run(self, ids, mask)

    assert any(len(encoder.token_ids([text])[0]) % 4 for text in TEXTS)  # some need padding
    monkeypatch.setattr(Bert, "__call__", recording)
    for text in TEXTS:
        encoder.embed_query(text)
    assert len(widths) == len(TEXTS) and all(w % 4 == 0 for w in widths)


def test_concurrent_questions_get_the_same_vectors(encoder: BertEncoder) -> None:
    questions = TEXTS[:2] * 4
    expected = [encoder.embed_query(q) for q in questions]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(encoder.embed_query, questions))
    assert np.allclose(got, expected, atol=1e-6)


def edited_copy(tmp_path: Path, name: str, change: dict) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(MODEL, folder)
    path = folder / name
    path.write_text(json.dumps({**json.loads(path.read_text()), **change}), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("name", "change", "reason"),
    [
        ("1_Pooling/config.json", {"pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}, "pooling"),
        ("config.json", {"model_type": "roberta"}, "model_type"),
        ("config.json", {"hidden_act": "relu"}, "hidden_act"),
        ("config.json", {"position_embedding_type": "relative_key"}, "position_embedding_type"),
    ],
)  # fmt: skip
def test_other_architectures_are_not_covered(tmp_path: Path, name, change, reason) -> None:
    assert reason in unsupported(edited_copy(tmp_path, name, change))


def test_other_modules_or_a_missing_file_are_not_covered(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(MODEL, folder)
    modules = json.loads((folder / "modules.json").read_text())
    (folder / "modules.json").write_text(json.dumps(modules[:2]))  # no Normalize
    assert "modules" in unsupported(folder)
    (folder / "model.safetensors").unlink()
    assert "model.safetensors" in unsupported(folder)
    with pytest.raises(ValueError, match="does not cover"):
        BertEncoder.load(folder)


def test_the_setting_chooses_the_query_encoder(tmp_path: Path, embeddings) -> None:
    assert isinstance(load_query_embedder(Settings()), BertEncoder)
    chosen = load_query_embedder(Settings(query_encoder="sentence-transformers"))
    assert not isinstance(chosen, BertEncoder)
    cls_pooling = {"pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}
    folder = edited_copy(tmp_path, "1_Pooling/config.json", cls_pooling)
    fallback = load_query_embedder(Settings(embedding_model=str(folder)))
    assert not isinstance(fallback, BertEncoder)
    question = "Where was Guzmán recaptured?"
    assert (
        cosines(
            np.asarray([fallback.embed_query(question)]),
            np.asarray([embeddings.embed_query(question)]),
        )[0]
        < 0.999
    )  # CLS pooling really is another model


HEAVY = ["torch", "transformers", "sentence_transformers", "gradio", "trafilatura", "matplotlib"]
ASK = f"""
import sys
from assistant.cli import main
code = main(["ask", "Where was Guzmán recaptured?", "--json"])
print("LOADED", [name for name in {HEAVY!r} if name in sys.modules])
sys.exit(code)
"""


def test_ask_loads_no_torch_gradio_or_ingest_libraries(seed_assistant) -> None:
    settings = seed_assistant.settings
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_SEEDS_DIR": str(settings.seeds_dir),
        "PYTHONPATH": str(PROJECT),
    }
    done = subprocess.run(
        [sys.executable, "-c", ASK], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert '"abstained": false' in done.stdout
    assert "LOADED []" in done.stdout, done.stdout[-300:]


def test_loading_sentence_transformers_shows_no_progress_bar(capfd) -> None:
    """transformers' "Loading weights" bar says nothing a user needs; `ingest --quiet` must be
    quiet, and other bars (ours, the hub's) are left as they were."""
    from transformers.utils import logging as transformers_logging

    from assistant.embeddings import load_embedder

    capfd.readouterr()
    assert load_embedder(Settings()).embed_query("Where?")
    assert "Loading weights" not in capfd.readouterr().err
    assert transformers_logging.is_progress_bar_enabled()
