"""Question files: the evaluation JSONL (see the spec's field table) or RAGAS-style rows.

Each line is checked on its own; the first problem raises `QuestionFileError` naming the file,
the line number and the field. A line with `user_input` is read as a RAGAS row
(`user_input`, `reference`, `reference_contexts`) and converted to the native shape.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

CATEGORIES = (
    "factoid",
    "numeric",
    "quote",
    "outlet",
    "comparison",
    "contradiction",
    "temporal",
    "followup",
    "unanswerable",
    "out_of_scope",
    "false_premise",
    "injection",
)
SPLITS = ("dev", "test")
REQUIRED = ("id", "split", "category", "question", "answerable")
DEFAULTS: dict[str, Any] = {
    "history": [],
    "reference_answer": "",
    "required_facts": [],
    "must_not_contain": [],
    "gold_evidence": [],
    "expected_outlets": [],
    "min_distinct_sources": 1,
    "quote": None,
}
RAGAS_SPLIT = "test"
FILE = "(file)"  # the field of a problem with the whole file, whose message says it all
LINE = "(line)"  # the field of a line that is not a JSON object at all


class QuestionFileError(AssistantError):
    """A question file is missing or malformed; the message names the line and the field (only
    the line when the whole line is wrong, field LINE), or, for the whole file (field FILE), is
    the problem as given."""

    def __init__(self, path: Path, line: int, field: str, problem: str) -> None:
        self.path, self.line, self.field = path, line, field
        where = f"{path}:{line}" if line else str(path)
        if field == FILE:
            super().__init__(problem)
        elif field == LINE:
            super().__init__(f"{where}: {problem}")
        else:
            super().__init__(f"{where}: field {field!r}: {problem}")


def is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(is_text(v) for v in value)


def is_history(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(turn, dict)
        and turn.get("role") in ("user", "assistant")
        and isinstance(turn.get("content"), str)
        for turn in value
    )


def is_facts(value: Any) -> bool:
    return isinstance(value, list) and all(is_text_list(fact) and fact for fact in value)


def is_evidence(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(e, dict) and isinstance(e.get("article_id"), str) and is_text(e.get("text"))
        for e in value
    )


def is_quote(value: Any) -> bool:
    return value is None or (
        isinstance(value, dict) and is_text(value.get("speaker")) and is_text(value.get("text"))
    )


CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "id": (is_text, "a non-empty string"),
    "split": (lambda v: v in SPLITS, f"one of {', '.join(SPLITS)}"),
    "category": (lambda v: v in CATEGORIES, f"one of {', '.join(CATEGORIES)}"),
    "question": (is_text, "a non-empty string"),
    "answerable": (lambda v: isinstance(v, bool), "true or false"),
    "history": (is_history, "a list of {role: user|assistant, content}"),
    "reference_answer": (lambda v: isinstance(v, str), "a string"),
    "required_facts": (is_facts, "a list of non-empty lists of strings"),
    "must_not_contain": (is_text_list, "a list of strings"),
    "gold_evidence": (is_evidence, "a list of {article_id, text}"),
    "expected_outlets": (is_text_list, "a list of strings"),
    "min_distinct_sources": (
        lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
        "an integer >= 1",
    ),
    "quote": (is_quote, "null or {speaker, text}"),
}


def native_item(row: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    for name in REQUIRED:
        if name not in row:
            raise QuestionFileError(path, line, name, "missing")
    unknown = sorted(set(row) - set(CHECKS))
    if unknown:
        raise QuestionFileError(path, line, unknown[0], "unknown field")
    item = DEFAULTS | row
    for name, (check, expected) in CHECKS.items():
        if not check(item[name]):
            raise QuestionFileError(path, line, name, f"must be {expected}")
    return item


def ragas_item(row: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    """A RAGAS row (user_input, reference, reference_contexts) as a native item."""
    if not is_text(row.get("user_input")):
        raise QuestionFileError(path, line, "user_input", "must be a non-empty string")
    reference = row.get("reference", "")
    if not isinstance(reference, str):
        raise QuestionFileError(path, line, "reference", "must be a string")
    contexts = row.get("reference_contexts", [])
    if not is_text_list(contexts):
        raise QuestionFileError(path, line, "reference_contexts", "must be a list of strings")
    return DEFAULTS | {
        "id": str(row.get("id") or f"ragas-{line}"),
        "split": row.get("split") if row.get("split") in SPLITS else RAGAS_SPLIT,
        "category": "factoid",
        "question": row["user_input"],
        "answerable": True,
        "reference_answer": reference,
        "gold_evidence": [{"article_id": "", "text": text} for text in contexts],
    }


def parse_line(text: str, path: Path, line: int) -> dict[str, Any]:
    try:
        row = json.loads(text)
    except json.JSONDecodeError as error:
        raise QuestionFileError(path, line, LINE, f"not valid JSON: {error.msg}") from error
    if not isinstance(row, dict):
        raise QuestionFileError(path, line, LINE, "must be a JSON object")
    return ragas_item(row, path, line) if "user_input" in row else native_item(row, path, line)


def load_questions(path: Path, split: str = "all") -> list[dict[str, Any]]:
    """Every item of the file (checked line by line), then only those of `split`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise QuestionFileError(
            path, 0, FILE, f"cannot read the questions file {path}: {why_unreadable(error)}"
        ) from error
    items: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        item = parse_line(text, path, number)
        if item["id"] in seen:
            raise QuestionFileError(path, number, "id", f"duplicate of line {seen[item['id']]}")
        seen[item["id"]] = number
        items.append(item)
    if not items:
        raise QuestionFileError(path, 0, FILE, f"the questions file {path} holds no questions")
    return [item for item in items if split == "all" or item["split"] == split]


def why_unreadable(error: OSError | UnicodeDecodeError) -> str:
    """ "No such file or directory", not "[Errno 2] No such file or directory: '...'"."""
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (byte {error.object[error.start]:#04x} at offset {error.start})"
    return error.strerror or str(error)


def ragas_row(prediction: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """A prediction in the RAGAS single-turn shape."""
    answer = prediction["answer"]
    return {
        "user_input": item["question"],
        "response": answer["text"],
        "retrieved_contexts": [r["text"] for r in answer.get("retrieved", [])],
        "reference": item["reference_answer"],
    }
