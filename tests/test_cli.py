"""The command line as a user meets it: clear errors with exit code 2, a chat that forgives a
stray Enter, and sources printed readably. Over articles written for these tests."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from assistant import api
from assistant.api import Assistant
from assistant.cli import main, render
from assistant.config import Settings

MARKET = """Night Market Returns to Dunmore Square
The Dunmore night market reopened on Friday with sixty stalls after a two-year pause.
Stallholder Ruth Amsel said the queues for dumplings stretched past the fountain.
"The square feels alive again," Amsel said.
"""
CATALOG = """
["market.txt"]
outlet = "Dunmore Echo"
published = "2025-06-06"
"""


@pytest.fixture
def market(indexed, embeddings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """answer(), as the CLI calls it, over one article."""
    settings = indexed({"market.txt": MARKET, "catalog.toml": CATALOG})
    monkeypatch.setattr(api, "_default", Assistant(settings, embeddings=embeddings))
    return settings


def test_an_unknown_outlet_or_a_bad_date_is_an_error_not_an_empty_answer(market, capsys):
    assert main(["ask", "How many stalls were there?", "--outlet", "Daily Planet"]) == 2
    assert "The index holds: Dunmore Echo." in capsys.readouterr().err
    assert main(["ask", "How many stalls were there?", "--since", "yesterday"]) == 2
    assert "--since must be a date as YYYY-MM-DD" in capsys.readouterr().err
    backwards = ["--since", "2025-06-09", "--until", "2025-06-01"]
    assert main(["ask", "How many stalls were there?", *backwards]) == 2
    assert "--since 2025-06-09 is after --until 2025-06-01" in capsys.readouterr().err
    assert main(["ask", "How many stalls were there?", "--outlet", "dunmore echo"]) == 0
    assert "sixty stalls" in capsys.readouterr().out


def test_chat_goes_on_after_an_empty_line_and_ends_cleanly(market, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n   \nHow many stalls were there?\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "sixty stalls" in out  # the question after the empty lines was answered
    assert out.endswith("\n")  # Ctrl-D leaves the shell's prompt on a line of its own


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--since", "2016-99-01"], "--since must be a date as YYYY-MM-DD"),
        (["--since", "2025-06-09", "--until", "2025-06-01"], "is after --until"),
        (["--outlet", "Daily Planet"], "The index holds: Dunmore Echo."),
        (["-k", "0"], "k must be between 1 and"),
    ],
)
def test_chat_checks_its_options_once_before_the_first_question(
    market, monkeypatch, capsys, option, message
):
    monkeypatch.setattr("sys.stdin", io.StringIO("How many stalls were there?\nWhere?\n"))
    assert main(["chat", *option]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("error:") == 1 and message in captured.err
    assert "error" not in captured.out and "sixty stalls" not in captured.out


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["ask", "q", "-k", "abc"], "-k"),
        (["ask", "q", "--generator", "gpt"], "--generator"),
        (["eval", "--split", "foo"], "--split"),
        (["ask"], "question"),
        (["--bogus", "ask", "q"], "--bogus"),
        (["bench", "foo"], "ingest|answer"),
    ],
)
def test_a_malformed_command_line_is_one_error_line_naming_the_option(argv, named, capsys):
    with pytest.raises(SystemExit) as exit:
        main(argv)
    assert exit.value.code == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and named in lines[0]
    assert "usage:" not in captured.err and captured.out == ""


def test_help_still_shows_the_usage(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["ask", "--help"])
    assert exit.value.code == 0
    assert "usage: assistant ask" in capsys.readouterr().out


def test_eval_names_a_questions_file_it_cannot_read_and_why(tmp_path, capsys):
    missing = tmp_path / "nowhere.jsonl"
    assert main(["eval", "--quiet", "--questions", str(missing), "--out", str(tmp_path)]) == 2
    expected = f"error: cannot read the questions file {missing}: No such file or directory\n"
    assert capsys.readouterr().err == expected
    assert main(["eval", "--quiet", "--questions", str(tmp_path), "--out", str(tmp_path)]) == 2
    assert f"cannot read the questions file {tmp_path}: Is a directory" in capsys.readouterr().err


def test_sources_print_quotes_indented_without_doubled_quote_marks(market):
    result = api._default.answer("What did Amsel say about the square?")  # type: ignore[union-attr]
    quote_lines = [line for line in render(result).splitlines() if line.startswith("    ")]
    assert any("The square feels alive again" in line for line in quote_lines)
    assert not any(line.lstrip().startswith("““") for line in quote_lines)


def test_ingest_of_a_missing_path_fails_and_ingests_nothing(market, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_SEEDS_DIR", str(market.seeds_dir))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(market.index_dir))
    assert main(["ingest", str(tmp_path / "nowhere.txt")]) == 2
    assert "No such file or folder" in capsys.readouterr().err


def test_a_settings_file_that_is_not_toml_is_a_clear_error(tmp_path: Path, monkeypatch, capsys):
    (tmp_path / "assistant.toml").write_text("[broken\n", encoding="utf-8")
    monkeypatch.setenv("ASSISTANT_PROJECT_DIR", str(tmp_path))
    assert main(["ask", "How many stalls were there?"]) == 2
    err = capsys.readouterr().err
    assert "assistant.toml is not valid TOML" in err and "line 1" in err
    assert "Traceback" not in err


def test_a_misspelt_setting_variable_is_named_with_a_suggestion(monkeypatch, caplog):
    monkeypatch.setenv("ASSISTANT_MAX_ANSWER_WORD", "80")
    with caplog.at_level(logging.WARNING, logger="assistant.config"):
        Settings()
    assert "ASSISTANT_MAX_ANSWER_WORD is not a setting" in caplog.text
    assert "did you mean ASSISTANT_MAX_ANSWER_WORDS?" in caplog.text


def test_eval_refuses_an_out_folder_under_a_file_before_it_runs(market, tmp_path, capsys):
    blocker = tmp_path / "results.txt"
    blocker.write_text("not a folder")
    assert main(["eval", "--split", "dev", "--quiet", "--out", str(blocker / "run")]) == 2
    captured = capsys.readouterr()
    assert f"{blocker} is a file, not a folder" in captured.err
    assert "measure" not in captured.out  # stopped before any question was answered
