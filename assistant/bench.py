"""Benchmarks (not tests): `assistant bench ingest` and `assistant bench answer`."""

from __future__ import annotations

import argparse
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from assistant.config import Settings

QUESTIONS = [
    "Did Penn's interview help the authorities catch Guzmán?",
    "What did Penn say about the war on drugs?",
    "How long did the meeting last?",
    "When did Guzmán escape from prison?",
    "Who called the interview a sideshow?",
    "Where was Guzmán recaptured?",
    "What do the outlets say about extradition?",
    "What is the weather in Paris tomorrow?",
]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("bench", help="measure ingest or answer speed")
    parser.add_argument("what", choices=["ingest", "answer"], metavar="ingest|answer")
    parser.add_argument(
        "--scale", type=positive, default=100, help="ingest: synthetic corpus size multiplier"
    )
    parser.add_argument(
        "--rounds", type=positive, default=5, help="times each measurement is repeated"
    )
    parser.set_defaults(handler=run)


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def run(args: argparse.Namespace) -> int:
    print(machine())
    if args.what == "ingest":
        bench_ingest(args.scale, args.rounds)
    else:
        bench_answer(args.rounds)
    return 0


def machine() -> str:
    import os

    return (
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_corpus(seeds: Path, target: Path, scale: int) -> None:
    """scale x the seed articles, each copy's sentences shuffled and tagged so none repeats."""
    from assistant.text import split_sentences

    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    for copy in range(scale):
        for i, text in enumerate(texts):
            sentences = split_sentences(text)
            rng.shuffle(sentences)
            body = "\n".join(
                f"{s} (Report {copy}-{i}.)" if n % 4 == 0 else s for n, s in enumerate(sentences)
            )
            (target / f"syn_{copy:04d}_{i}.txt").write_text(
                f"Synthetic report {copy}-{i}\n{body}\n"
            )


def bench_ingest(scale: int, rounds: int) -> None:
    from assistant.embeddings import load_embedder
    from assistant.ingest import chunk, gather, ingest

    base = Settings()
    started = time.perf_counter()
    embeddings = load_embedder(base)
    print(f"model load: {time.perf_counter() - started:.2f} s")
    print(
        "| corpus | articles | chunks | texts embedded | ingest s | chunks/s | raw encode s | ratio | re-ingest % | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        syn = Path(tmp) / "synthetic"
        syn.mkdir()
        synthetic_corpus(base.seeds_dir, syn, scale)
        for name, seeds, reps in (
            ("seeds", base.seeds_dir, rounds),
            (f"synthetic x{scale}", syn, 1),
        ):
            rows = []
            for rep in range(reps):
                settings = Settings(seeds_dir=seeds, index_dir=Path(tmp) / f"idx-{name}-{rep}")
                texts = [
                    t
                    for c in (chunk(a, settings) for a in gather(settings, None, ()).articles)
                    for t in [*(p.text for p in c.passages), *(s.text for s in c.sentences)]
                ]
                t0 = time.perf_counter()
                # the baseline: one encode call over all the texts, which sentence-transformers
                # sorts by length as a whole, in the batch size ingest uses
                embeddings._client.encode(
                    texts, batch_size=base.embedding_batch_size, normalize_embeddings=True
                )
                raw = time.perf_counter() - t0
                report = ingest(settings, embeddings=embeddings)
                t1 = time.perf_counter()
                ingest(settings, embeddings=embeddings)
                again = time.perf_counter() - t1
                rows.append((report, raw, again, len(texts)))
            report = rows[0][0]
            seconds = statistics.median(r[0].seconds for r in rows)
            raw = statistics.median(r[1] for r in rows)
            again = statistics.median(r[2] for r in rows)
            print(
                f"| {name} | {report.articles} | {report.added} | {rows[0][3]} | {seconds:.2f} | "
                f"{report.added / seconds:.0f} | {raw:.2f} | {raw / seconds:.2f} | "
                f"{100 * again / seconds:.1f} | {peak_mb():.0f} |"
            )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_answer(rounds: int, cold_runs: int = 5) -> None:
    from assistant.api import Assistant
    from assistant.embeddings import load_embedder

    settings = Settings()
    assistant = Assistant(settings).load()  # builds the index first if it is missing or stale
    encoder = type(assistant.embeddings).__name__
    calls: dict[str, Callable[[str], object]] = {
        "warm answer()": assistant.answer,
        "plain LangChain retrieval (embed + Chroma top-4)": lambda q: (
            assistant.view.store.passages.similarity_search(q, k=4)
        ),
        f"embed one question ({encoder}, the one answer() uses)": assistant.embeddings.embed_query,
    }
    times = time_calls(calls, rounds)
    # Timed after the rest: torch's idle worker threads spin and slow whatever runs beside them.
    torch_embed: dict[str, Callable[[str], object]] = {
        "embed one question (sentence-transformers)": load_embedder(settings).embed_query
    }
    times |= time_calls(torch_embed, rounds)
    cold = cold_asks(cold_runs)
    print("| measure | p50 | p95 | n |")
    print("|---|---|---|---|")
    for label, ms in times.items():
        print(
            f"| {label} | {percentile(ms, 0.5):.1f} ms | {percentile(ms, 0.95):.1f} ms | {len(ms)} |"
        )
    print(
        f"| cold `assistant ask` (wall; median, max) | {statistics.median(cold):.2f} s | "
        f"{max(cold):.2f} s | {len(cold)} |"
    )


def time_calls(calls: dict[str, Callable[[str], object]], rounds: int) -> dict[str, list[float]]:
    """Milliseconds per question for each call, after one warm-up pass over the questions."""
    times: dict[str, list[float]] = {label: [] for label in calls}
    for call in calls.values():
        for q in QUESTIONS:
            call(q)
    for _ in range(rounds):
        for q in QUESTIONS:
            for label, call in calls.items():
                t0 = time.perf_counter()
                call(q)
                times[label].append(1000 * (time.perf_counter() - t0))
    return times


def cold_asks(runs: int) -> list[float]:
    """Wall seconds of ``assistant ask`` in a new process each time (the index already built)."""
    seconds = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant.cli", "ask", QUESTIONS[0]],
            check=True,
            capture_output=True,
        )
        seconds.append(time.perf_counter() - t0)
    return seconds
