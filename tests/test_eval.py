"""The evaluation runner: question-file errors, RAGAS in and out, reports, atomic output."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from assistant import eval_cli
from assistant.evaluate import EvalResult, evaluate, output_files, write_outputs
from assistant.questions import QuestionFileError, load_questions
from assistant.records import Answer, Passage, Retrieved, Source

GOOD = {
    "id": "q1",
    "split": "dev",
    "category": "factoid",
    "question": "Which boat sank?",
    "history": [],
    "answerable": True,
    "reference_answer": "The Aurora.",
    "required_facts": [["Aurora"]],
    "must_not_contain": [],
    "gold_evidence": [{"article_id": "a1", "text": "The ferry Aurora sank near the pier."}],
    "expected_outlets": [],
    "min_distinct_sources": 1,
    "quote": None,
}
REFUSAL = GOOD | {
    "id": "q2",
    "split": "test",
    "category": "out_of_scope",
    "question": "What is the weather tomorrow?",
    "answerable": False,
    "required_facts": [],
    "gold_evidence": [],
    "must_not_contain": ["sunny"],
}


def write_lines(path: Path, rows: list[Any]) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ loading and errors


def test_loads_and_selects_a_split(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "q.jsonl", [GOOD, "", REFUSAL])
    assert [item["id"] for item in load_questions(path)] == ["q1", "q2"]
    assert [item["id"] for item in load_questions(path, "test")] == ["q2"]


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        ({k: v for k, v in REFUSAL.items() if k != "answerable"}, "answerable"),
        (REFUSAL | {"category": "trivia"}, "category"),
        (REFUSAL | {"split": "train"}, "split"),
        (REFUSAL | {"required_facts": ["Aurora"]}, "required_facts"),
        (REFUSAL | {"gold_evidence": [{"text": "x"}]}, "gold_evidence"),
        (REFUSAL | {"history": [{"role": "system", "content": "x"}]}, "history"),
        (REFUSAL | {"min_distinct_sources": "2"}, "min_distinct_sources"),
        (REFUSAL | {"colour": "red"}, "colour"),
        (GOOD, "id"),  # a duplicate id
        ('{"id": "q3", "split": ', "(line)"),
        ("[1, 2]", "(line)"),
        ({"user_input": "", "reference": "x"}, "user_input"),
        ({"user_input": "Who?", "reference_contexts": "not a list"}, "reference_contexts"),
    ],
)
def test_malformed_line_names_line_and_field(tmp_path: Path, broken: Any, field: str) -> None:
    path = write_lines(tmp_path / "q.jsonl", [GOOD, "", broken])
    with pytest.raises(QuestionFileError) as raised:
        load_questions(path)
    assert (raised.value.line, raised.value.field) == (3, field)
    named = "q.jsonl:3: " if field == "(line)" else f"q.jsonl:3: field {field!r}"
    assert named in str(raised.value) and "(line)" not in str(raised.value)


def test_missing_file_is_a_question_file_error(tmp_path: Path) -> None:
    with pytest.raises(QuestionFileError, match=r"cannot read the questions file .*nowhere"):
        load_questions(tmp_path / "nowhere.jsonl")


def test_a_file_that_is_not_utf8_or_empty_is_named_as_the_questions_file(tmp_path: Path) -> None:
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"question": "Guzm\xe1n?"}\n')
    with pytest.raises(QuestionFileError) as raised:
        load_questions(latin)
    assert str(raised.value).startswith(f"cannot read the questions file {latin}: not UTF-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(QuestionFileError) as raised:
        load_questions(empty)
    assert str(raised.value) == f"the questions file {empty} holds no questions"


# ------------------------------------------------------------------ RAGAS


def test_ragas_rows_are_detected_per_line(tmp_path: Path) -> None:
    ragas = {
        "user_input": "Which boat sank?",
        "reference": "The Aurora.",
        "reference_contexts": ["The ferry Aurora sank near the pier."],
    }
    path = write_lines(tmp_path / "q.jsonl", [GOOD, ragas])
    native, imported = load_questions(path)
    assert native["id"] == "q1"
    assert imported["question"] == "Which boat sank?"
    assert imported["reference_answer"] == "The Aurora."
    assert imported["gold_evidence"] == [{"article_id": "", "text": ragas["reference_contexts"][0]}]
    assert imported["answerable"] is True and imported["id"] == "ragas-2"


# ------------------------------------------------------------------ fake systems and reports

PASSAGE = "The ferry Aurora sank near the pier. Nobody was hurt."


def extractive(question: str, history: Any = None) -> Answer:
    """A hand-made answerer: the passage's first sentence for the boat, abstains otherwise."""
    if "boat" not in question:
        return Answer(question, "The coverage does not say.", True)
    quote = "The ferry Aurora sank near the pier."
    source = Source(1, "a1", "Coast Gazette", "Ferry", "", "", PASSAGE, quote, 0, 36, 0, 52)
    seen = [Retrieved(Passage("p1", "a1", 0, 0, 52, PASSAGE), 0.9, 1)]
    return Answer(question, f"{quote} [1]", False, [source], seen)


def chatty(question: str, history: Any = None) -> dict[str, Any]:
    """A worse answerer, as an Answer dict: never abstains and cites a missing source."""
    return {"question": question, "text": "It will be sunny. [2]", "abstained": False,
            "sources": [], "retrieved": []}  # fmt: skip


@pytest.fixture
def result() -> EvalResult:
    items = [GOOD, REFUSAL]
    run = {"questions": "fake.jsonl", "split": "all"}
    return evaluate(items, {"assistant": extractive, "baseline": chatty}, False, run)


def test_scores_of_the_fake_systems(result: EvalResult) -> None:
    main = {row["id"]: row for row in result.scores["assistant"]}
    assert main["q1"]["crag_outcome"] == "correct" and main["q2"]["crag_outcome"] == "correct"
    other = {row["id"]: row for row in result.scores["baseline"]}
    assert other["q1"]["citation_validity"] == 0.0 and other["q2"]["crag_outcome"] == "hallucinated"
    assert all(row["latency_s"] >= 0 for row in result.scores["assistant"])
    assert result.gate_passed
    assert not evaluate([GOOD, REFUSAL], {"assistant": chatty}, False).gate_passed


def test_writes_every_output_file(result: EvalResult, tmp_path: Path) -> None:
    out = write_outputs(result, tmp_path / "eval-out", export="ragas")
    names = {path.name for path in out.iterdir()}
    expected = {"predictions.jsonl", "scores.jsonl", "summary.json", "report.md", "ragas.jsonl"}
    assert expected <= names
    assert (out / "scores_by_category.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    predictions = [json.loads(line) for line in (out / "predictions.jsonl").open()]
    assert {(p["system"], p["id"]) for p in predictions} == {
        (system, qid) for system in ("assistant", "baseline") for qid in ("q1", "q2")
    }
    summary = json.loads((out / "summary.json").read_text())
    assert summary["systems"]["assistant"]["overall"]["citation_validity"]["n"] == 2
    assert summary["gate_passed"] is True


def test_report_has_a_table_per_category_and_the_worst_answers(result: EvalResult) -> None:
    report = output_files(result, None)["report.md"]
    assert "## Category: factoid" in report and "## Category: out_of_scope" in report
    assert "| measure | assistant | baseline |" in report
    assert "It will be sunny. [2]" in report  # the baseline's worst item, with its answer
    assert "1/1" in report


def test_ragas_export_shape(result: EvalResult) -> None:
    rows = [json.loads(line) for line in output_files(result, "ragas")["ragas.jsonl"].splitlines()]
    assert rows[0] == {
        "user_input": "Which boat sank?",
        "response": "The ferry Aurora sank near the pier. [1]",
        "retrieved_contexts": [PASSAGE],
        "reference": "The Aurora.",
    }
    assert len(rows) == 2


# ------------------------------------------------------------------ atomic output


def test_failed_write_leaves_the_previous_output_untouched(
    result: EvalResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "eval-out"
    out.mkdir()
    (out / "summary.json").write_text("previous run")

    def broken_chart(*args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("assistant.report.draw_chart", broken_chart)
    with pytest.raises(OSError, match="disk full"):
        write_outputs(result, out)
    assert [p.name for p in tmp_path.iterdir()] == ["eval-out"]
    assert [p.name for p in out.iterdir()] == ["summary.json"]
    assert (out / "summary.json").read_text() == "previous run"


def test_new_output_replaces_the_old_folder_whole(result: EvalResult, tmp_path: Path) -> None:
    out = tmp_path / "eval-out"
    out.mkdir()
    (out / "stale.txt").write_text("old")
    write_outputs(result, out)
    assert not (out / "stale.txt").exists()
    assert (out / "report.md").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["eval-out"]


# ------------------------------------------------------------------ command line


def eval_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant")
    eval_cli.register(parser.add_subparsers(required=True))
    return parser


def test_command_options() -> None:
    args = eval_parser().parse_args(
        ["eval", "--split", "test", "--baseline", "--gate", "--export", "ragas", "--out", "x"]
    )
    assert (args.split, args.baseline, args.gate, args.export, args.out) == (
        "test", True, True, "ragas", Path("x")
    )  # fmt: skip
    assert args.generator == "extractive" and args.questions is None
    with pytest.raises(SystemExit):
        eval_parser().parse_args(["eval", "--split", "train"])


def test_invalid_settings_get_a_clear_error_from_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.cli import main

    monkeypatch.setenv("ASSISTANT_K", "0")
    assert main(["ask", "What happened?"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: invalid settings: k: Input should be greater than 0.")
    assert "Traceback" not in err


def test_malformed_file_stops_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.cli import main

    path = write_lines(tmp_path / "q.jsonl", [GOOD, REFUSAL | {"answerable": "yes"}])
    out = tmp_path / "eval-out"
    args = eval_parser().parse_args(["eval", "--questions", str(path), "--out", str(out)])
    with pytest.raises(QuestionFileError, match="answerable"):
        args.handler(args)
    assert main(["eval", "--questions", str(path), "--out", str(out)]) == 2
    assert "q.jsonl:2: field 'answerable'" in capsys.readouterr().err
    assert not out.exists()
