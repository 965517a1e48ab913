"""Web chat benchmark (not a test): ``python -m assistant.bench_web [--rounds N] [--starts N]``.

1. Cold start: wall time from launching ``python app.py`` to the first answered question through
   the ``/ask`` endpoint (the index is built first, so only the start is timed).
2. UI overhead: the same questions against ``Assistant.answer()`` called directly, through
   ``/ask`` with gradio_client, through ``/ask`` over plain HTTP (Gradio's REST route
   ``/gradio_api/call/ask``: the server's share without the client's 50 ms polling), and through
   the chat handler in process (stream and HTML). Medians and 95th percentiles.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.config import Settings

APP = Path(__file__).resolve().parent.parent / "app.py"
QUESTIONS = [
    "Who did Sean Penn interview?",
    "Which magazine published the interview?",
    "When did Guzmán escape from prison?",
    "How did Guzmán escape?",
    "Where was Guzmán recaptured?",
    "Did Penn's interview help the authorities catch Guzmán?",
    "What did Penn say about the war on drugs?",
    "Does Penn regret the interview?",
    "Who arranged the meeting?",
    "What did the Mexican authorities want from Penn?",
    "What charges does Guzmán face in the United States?",
    "Who called the interview a sideshow?",
    "What did the White House say?",
    "What do the outlets say about extradition?",
    "How long did the meeting last?",
    "What did Guzmán say about violence?",
    "Which prison did Guzmán escape from?",
    "What did Kate del Castillo do?",
    "What is the weather in Paris tomorrow?",
    "Who won the 2014 World Cup?",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed_ms(call: Callable[[str], Any], question: str) -> float:
    started = time.perf_counter()
    call(question)
    return 1000 * (time.perf_counter() - started)


def wait_for_client(url: str, started: float, deadline: float = 120.0) -> tuple[Any, float]:
    """A gradio_client connected to ``url`` and the seconds it took (polling every 50 ms)."""
    from gradio_client import Client

    while time.perf_counter() - started < deadline:
        try:
            return Client(url, verbose=False), time.perf_counter() - started
        except Exception:  # not up yet: connection refused, 502, config not served
            time.sleep(0.05)
    raise TimeoutError(f"{url} did not come up within {deadline:g} s")


def cold_start(settings: Settings) -> tuple[float, float]:
    """Seconds from ``python app.py`` to (page served, first question answered)."""
    port = free_port()
    env = {
        **os.environ,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_SEEDS_DIR": str(settings.seeds_dir),
    }
    command = [sys.executable, str(APP), "--host", "127.0.0.1", "--port", str(port)]
    started = time.perf_counter()
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        client, ready = wait_for_client(f"http://127.0.0.1:{port}/", started)
        client.predict(QUESTIONS[0], api_name="/ask")
        return ready, time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)


def rest_ask(http: Any, question: str) -> None:
    """/ask over Gradio's REST route: POST the inputs, then read the event stream to its end."""
    posted = http.post("/gradio_api/call/ask", json={"data": [question, None, None, None, None]})
    posted.raise_for_status()
    with http.stream("GET", f"/gradio_api/call/ask/{posted.json()['event_id']}") as events:
        lines = list(events.iter_lines())
    if not any(line.startswith("event: complete") for line in lines):
        raise RuntimeError(f"/ask did not complete: {lines[-3:]}")


def overhead(settings: Settings, rounds: int) -> dict[str, list[float]]:
    """Per-question milliseconds: answer(), /ask by client and by HTTP, the chat handler."""
    import httpx
    from gradio_client import Client

    from assistant.api import Assistant
    from assistant.web import build_app, launch
    from assistant.web_handlers import Handlers

    assistant = Assistant(settings).load()
    demo = build_app(assistant)
    served = settings.model_copy(update={"host": "127.0.0.1", "port": free_port()})
    _app, url, _ = launch(demo, served, prevent_thread_lock=True, quiet=True)
    client, http, handlers = (
        Client(url, verbose=False),
        httpx.Client(base_url=url),
        Handlers(assistant),
    )
    paths: dict[str, Callable[[str], Any]] = {
        "answer()": assistant.answer,
        "/ask, gradio_client": lambda q: client.predict(q, api_name="/ask"),
        "/ask, plain HTTP": lambda q: rest_ask(http, q),
        "chat handler (stream + HTML)": lambda q: list(
            handlers.respond(q, [], [], [], settings.k, None)
        ),
    }
    times: dict[str, list[float]] = {label: [] for label in paths}
    try:
        for question in QUESTIONS:  # warm up every path once
            for call in paths.values():
                call(question)
        for _ in range(rounds):
            for question in QUESTIONS:
                for label, call in paths.items():
                    times[label].append(timed_ms(call, question))
    finally:
        http.close()
        demo.close()
    return times


def report(starts: list[tuple[float, float]], times: dict[str, list[float]]) -> None:
    from assistant.bench import machine

    print(machine())
    print("\n| cold start (python app.py) | median | max | n |\n|---|---|---|---|")
    for label, column in (("page served", 0), ("first question answered", 1)):
        values = [s[column] for s in starts]
        print(
            f"| {label} | {statistics.median(values):.2f} s | {max(values):.2f} s | {len(values)} |"
        )
    base = statistics.median(times["answer()"])
    print("\n| per question | p50 | p95 | p50 overhead vs answer() | n |\n|---|---|---|---|---|")
    for label, values in times.items():
        p50, p95 = statistics.median(values), percentile(values, 0.95)
        extra = "" if label == "answer()" else f"{p50 - base:+.1f} ms"
        print(f"| {label} | {p50:.1f} ms | {p95:.1f} ms | {extra} | {len(values)} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=1, help="passes over the 20 questions")
    parser.add_argument("--starts", type=int, default=3, help="cold starts to time")
    args = parser.parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    settings = Settings()
    times = overhead(settings, args.rounds)  # builds the index first if it is missing or stale
    starts = [cold_start(settings) for _ in range(args.starts)]
    report(starts, times)
    return 0


if __name__ == "__main__":
    sys.exit(main())
