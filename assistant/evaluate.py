"""Runs a question set through the public answer API (and optionally the LangChain baseline),
scores every answer offline, and writes the results atomically to an output folder."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.questions import ragas_row
from assistant.scoring import score_item
from assistant.summary import TargetResult, aggregate, check_targets

AnswerFn = Callable[[str, Sequence[dict[str, str]]], Any]
MAIN = "assistant"
BASELINE = "baseline"


@dataclass(frozen=True)
class EvalResult:
    """Everything a run produced: per system, its predictions, score rows and summary."""

    items: list[dict[str, Any]] = field(repr=False)
    predictions: dict[str, list[dict[str, Any]]] = field(repr=False)
    scores: dict[str, list[dict[str, Any]]] = field(repr=False)
    summaries: dict[str, dict[str, Any]] = field(repr=False)
    run: dict[str, Any] = field(default_factory=dict)

    @property
    def targets(self) -> list[TargetResult]:
        return check_targets(self.summaries[MAIN])

    @property
    def gate_passed(self) -> bool:
        return all(result.passed for result in self.targets)


def as_dict(result: Any) -> dict[str, Any]:
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def failed_answer(question: str, error: AssistantError) -> dict[str, Any]:
    return {"question": question, "text": "", "abstained": True, "sources": [], "retrieved": [],
            "error": str(error)}  # fmt: skip


def predict_one(item: dict[str, Any], answer_fn: AnswerFn, system: str) -> dict[str, Any]:
    start = time.perf_counter()
    try:
        answer = as_dict(answer_fn(item["question"], item["history"]))
    except AssistantError as error:
        answer = failed_answer(item["question"], error)
    latency = time.perf_counter() - start
    return {
        "system": system,
        "id": item["id"],
        "split": item["split"],
        "category": item["category"],
        "question": item["question"],
        "history": item["history"],
        "answer": answer,
        "latency_s": round(latency, 5),
    }


def predict(
    items: list[dict[str, Any]], answer_fn: AnswerFn, system: str, progress: bool = True
) -> list[dict[str, Any]]:
    """Each question in turn through answer_fn, timed; a progress bar on stderr."""
    from tqdm import tqdm

    bar = tqdm(items, desc=system, unit="q", file=sys.stderr, disable=not progress)
    return [predict_one(item, answer_fn, system) for item in bar]


def score_predictions(
    items: list[dict[str, Any]], predictions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    by_id = {item["id"]: item for item in items}
    return [
        {"system": p["system"], **score_item(by_id[p["id"]], p["answer"], p["latency_s"])}
        for p in predictions
    ]


def evaluate(
    items: list[dict[str, Any]],
    systems: dict[str, AnswerFn],
    progress: bool = True,
    run: dict[str, Any] | None = None,
) -> EvalResult:
    """Predict and score every item with every system (the first one is the main system)."""
    predictions = {name: predict(items, fn, name, progress) for name, fn in systems.items()}
    scores = {name: score_predictions(items, rows) for name, rows in predictions.items()}
    summaries = {name: aggregate(rows) for name, rows in scores.items()}
    return EvalResult(items, predictions, scores, summaries, run or {})


def jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def output_files(result: EvalResult, export: str | None) -> dict[str, str]:
    """File name -> text content, for every text file of a run."""
    from assistant.report import render_report

    every_prediction = [row for rows in result.predictions.values() for row in rows]
    every_score = [row for rows in result.scores.values() for row in rows]
    summary = {
        "run": result.run,
        "systems": result.summaries,
        "targets": [target_row(t) for t in result.targets],
        "gate_passed": result.gate_passed,
    }
    files = {
        "predictions.jsonl": jsonl(every_prediction),
        "scores.jsonl": jsonl(every_score),
        "summary.json": json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
        "report.md": render_report(result),
    }
    if export == "ragas":
        by_id = {item["id"]: item for item in result.items}
        rows = [ragas_row(p, by_id[p["id"]]) for p in result.predictions[MAIN]]
        files["ragas.jsonl"] = jsonl(rows)
    return files


def target_row(result: TargetResult) -> dict[str, Any]:
    target = result.target
    return {
        "measure": target.measure,
        "target": f"{target.compare} {target.threshold:g}",
        "value": result.value,
        "passed": result.passed,
    }


def write_outputs(result: EvalResult, out_dir: Path, export: str | None = None) -> Path:
    """Write every file into a temporary sibling folder, then swap it into place."""
    from assistant.report import draw_chart

    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for name, text in output_files(result, export).items():
            (staging / name).write_text(text, encoding="utf-8")
        draw_chart(result, staging / "scores_by_category.png")
        swap_into_place(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def swap_into_place(staging: Path, out_dir: Path) -> None:
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}-old-{time.time_ns()}")
        out_dir.rename(old)
    staging.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def run_info(questions: Path, split: str, generator: str, items: int) -> dict[str, Any]:
    return {
        "questions": str(questions),
        "split": split,
        "generator": generator,
        "items": items,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
    }
