"""A query encoder without torch: a sentence-transformers BERT model run in numpy.

Starting a process that imports torch, transformers and sentence-transformers takes seconds. This
reads the same model folder (``tokenizer.json``, ``model.safetensors``, the module configs) with
``tokenizers`` and ``safetensors`` and runs the forward pass in numpy, so a cold ``assistant ask``
spends milliseconds on its one query. It covers the architecture all-MiniLM-L6-v2 has: a BERT
encoder, mean pooling, L2 normalisation (``modules.json``). ``unsupported(folder)`` says why any
other folder is not covered; those go through sentence-transformers (``assistant/embeddings.py``).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from tokenizers import Tokenizer

MODULES = ("Transformer", "Pooling", "Normalize")  # modules.json, in this order
NEEDED = ("modules.json", "config.json", "tokenizer.json", "model.safetensors")
PAD_TO = 4  # token rows per question, see BertEncoder.encode_batch
BERT = {"model_type": "bert", "hidden_act": "gelu", "position_embedding_type": "absolute"}


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def pooling_mode(config: dict[str, Any]) -> str:
    """A 1_Pooling/config.json's mode, new style ("pooling_mode") or legacy booleans."""
    if "pooling_mode" in config:
        return str(config["pooling_mode"])
    on = [key.removeprefix("pooling_mode_") for key, value in config.items() if value is True]
    return "+".join(on).replace("mean_tokens", "mean")


def unsupported(folder: Path) -> str:
    """Why the numpy encoder cannot stand in for sentence-transformers on ``folder``; "" if it can."""
    if missing := [name for name in NEEDED if not (folder / name).is_file()]:
        return f"no {', '.join(missing)} in {folder}"
    modules = read_json(folder / "modules.json")
    kinds = tuple(str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules)
    if kinds != MODULES or modules[0].get("path", "") != "":
        return f"its modules are {kinds}, not {MODULES}"
    if (mode := pooling_mode(read_json(folder / modules[1]["path"] / "config.json"))) != "mean":
        return f"its pooling is {mode or 'unknown'!r}, not mean"
    config = read_json(folder / "config.json")
    for key, wanted in BERT.items():
        if (
            found := config.get(key, "absolute" if key == "position_embedding_type" else None)
        ) != wanted:
            return f"its {key} is {found!r}, not {wanted!r}"
    if read_json(folder / "config_sentence_transformers.json").get("default_prompt_name"):
        return "it prepends a default prompt"
    return ""


def erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26: absolute error under 1.5e-7, about float32's resolution."""
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return np.sign(x) * (1.0 - poly * np.exp(-a * a))


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x * 0.7071067811865476))


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    centred = x - x.mean(axis=-1, keepdims=True)
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * weight + bias


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


class Bert:
    """The BERT forward pass (inference only), from a BertModel's safetensors weights."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict[str, Any]) -> None:
        self.w = weights
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))

    @classmethod
    def load(cls, folder: Path) -> Bert:
        from safetensors.numpy import load_file

        config = read_json(folder / "config.json")
        weights = {}
        for name, array in load_file(folder / "model.safetensors").items():
            weights[name.removeprefix("bert.")] = np.ascontiguousarray(array, np.float32)
        for i in range(int(config["num_hidden_layers"])):  # one matrix for query, key and value
            part = f"encoder.layer.{i}.attention.self"
            for kind in ("weight", "bias"):
                weights[f"{part}.qkv.{kind}"] = np.concatenate(
                    [weights.pop(f"{part}.{p}.{kind}") for p in ("query", "key", "value")]
                )
        return cls(weights, config)

    def dense(self, x: np.ndarray, name: str) -> np.ndarray:
        """nn.Linear: x @ W.T + b, computed as (W @ x.T).T. W keeps torch's (out, in) layout, and
        with a few tokens per question this order is ~15% faster in OpenBLAS."""
        flat = (self.w[f"{name}.weight"] @ x.reshape(-1, x.shape[-1]).T).T + self.w[f"{name}.bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return layer_norm(x, self.w[f"{name}.weight"], self.w[f"{name}.bias"], self.eps)

    def attention(self, x: np.ndarray, masked: np.ndarray, name: str) -> np.ndarray:
        batch, length, hidden = x.shape
        size = hidden // self.heads
        qkv = self.dense(x, f"{name}.self.qkv").reshape(batch, length, 3, self.heads, size)
        query, key, value = qkv.transpose(2, 0, 3, 1, 4)  # each (batch, heads, length, size)
        scores = (query * size**-0.5) @ key.transpose(0, 1, 3, 2)
        context = softmax(scores + masked[:, None, None, :]) @ value
        return context.transpose(0, 2, 1, 3).reshape(batch, length, hidden)

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Token vectors (batch, length, hidden) for token ids and their attention mask."""
        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
        x = self.norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        masked = np.where(mask > 0, 0.0, np.finfo(np.float32).min).astype(np.float32)
        for i in range(self.layers):
            x = self.layer(x, masked, f"encoder.layer.{i}")
        return x

    def layer(self, x: np.ndarray, masked: np.ndarray, name: str) -> np.ndarray:
        attended = self.attention(x, masked, f"{name}.attention")
        x = self.norm(
            self.dense(attended, f"{name}.attention.output.dense") + x,
            f"{name}.attention.output.LayerNorm",
        )
        inner = gelu(self.dense(x, f"{name}.intermediate.dense"))
        return self.norm(self.dense(inner, f"{name}.output.dense") + x, f"{name}.output.LayerNorm")


class OneBlasThread:
    """A context in which numpy's BLAS uses one thread, entered by one thread at a time.

    The matrices here are small (a few hundred tokens by 384): a second BLAS thread saves little
    on an idle machine and, on a busy one, spins waiting for a core. Measured on 2 cores with a
    third process busy: one 14-token question 20 ms instead of 150 ms, 8 x 256 tokens 1.3 s
    instead of 15 s. Concurrent callers take turns, which costs nothing on 2 cores."""

    _lock = threading.Lock()

    def __init__(self) -> None:
        from threadpoolctl import ThreadpoolController

        self._blas = ThreadpoolController().select(user_api="blas")

    def __enter__(self) -> None:
        OneBlasThread._lock.acquire()
        self._limit = self._blas.limit(limits=1)

    def __exit__(self, *exc: object) -> None:
        self._limit.restore_original_limits()
        OneBlasThread._lock.release()


class BertEncoder(Embeddings):
    """LangChain ``Embeddings`` equal (cosine > 0.9999) to sentence-transformers' encode with
    ``normalize_embeddings=True`` on a supported folder (see ``unsupported``). Thread-safe: the
    weights and the tokenizer are only read after loading."""

    def __init__(
        self, tokenizer: Tokenizer, bert: Bert, lower_case: bool = False, batch_size: int = 32
    ) -> None:
        self.tokenizer = tokenizer
        self.bert = bert
        self.lower_case = lower_case
        self.batch_size = batch_size
        self._one_thread = OneBlasThread()

    @classmethod
    def load(cls, folder: Path, batch_size: int = 32) -> BertEncoder:
        from tokenizers import Tokenizer

        if reason := unsupported(folder):
            raise ValueError(f"the numpy encoder does not cover {folder}: {reason}")
        config = read_json(folder / "config.json")
        options = read_json(folder / "sentence_bert_config.json")
        limit = options.get("max_seq_length") or read_json(folder / "tokenizer_config.json").get(
            "model_max_length", 512
        )
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_padding()  # tokenizer.json may pad to a fixed width; batches pad themselves
        tokenizer.enable_truncation(min(int(limit), int(config["max_position_embeddings"])))
        return cls(tokenizer, Bert.load(folder), bool(options.get("do_lower_case")), batch_size)

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        texts = [t.replace("\n", " ") for t in texts]  # as LangChain's HuggingFaceEmbeddings
        if self.lower_case:
            texts = [t.lower() for t in texts]
        return [e.ids for e in self.tokenizer.encode_batch(texts)]

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit-length row per text, in order; batches of similar length pad the least."""
        ids = self.token_ids(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(ids[i]))
        vectors = np.zeros((len(texts), self.bert.hidden), np.float32)
        with self._one_thread:
            for start in range(0, len(order), self.batch_size):
                rows = order[start : start + self.batch_size]
                vectors[rows] = self.encode_batch([ids[i] for i in rows])
        return vectors

    def encode_batch(self, ids: list[list[int]]) -> np.ndarray:
        """Pad to the longest, run BERT, average the real tokens' vectors, scale to length 1.

        The width is rounded up to a multiple of ``PAD_TO``: OpenBLAS multiplies a few rows
        faster when their count is a multiple of 4 (15 tokens take ~30% longer than 16), and the
        masked padding changes no vector."""
        width = -(-max(len(row) for row in ids) // PAD_TO) * PAD_TO
        padded = np.zeros((len(ids), width), np.int64)
        mask = np.zeros((len(ids), width), np.float32)
        for n, row in enumerate(ids):
            padded[n, : len(row)] = row
            mask[n, : len(row)] = 1.0
        tokens = self.bert(padded, mask)
        pooled = (tokens * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(list(texts)).tolist() if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()
