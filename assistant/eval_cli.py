"""`assistant eval`: score the answerer (and optionally the LangChain baseline) on a question set.

`register(subparsers)` adds the command; its handler returns the exit code (1 when `--gate`
finds a missed target). Errors are `AssistantError`s, turned into messages by the main CLI.
"""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError
from assistant.evaluate import BASELINE, MAIN, AnswerFn

if TYPE_CHECKING:
    from assistant.config import Settings

DEFAULT_QUESTIONS = Path("tests") / "data" / "questions.jsonl"
DEFAULT_OUT = Path("eval-out")


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `eval` command to an argparse sub-parser collection."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "eval", help="score answers on a question set, offline (see the evaluation spec)"
    )
    parser.add_argument(
        "--questions", type=Path, default=None,
        help=f"JSONL question file, native or RAGAS rows (default: {DEFAULT_QUESTIONS})",
    )  # fmt: skip
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument(
        "--baseline", action="store_true", help="also run the plain LangChain recipe"
    )
    parser.add_argument("--generator", choices=["extractive", "llm"], default="extractive")
    parser.add_argument(
        "--gate", action="store_true", help="exit 1 when a target of the spec is missed"
    )
    parser.add_argument("--export", choices=["ragas"], default=None, help="also write ragas.jsonl")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.set_defaults(handler=run_eval)
    return parser


def build_systems(settings: Settings, generator: str, baseline: bool) -> dict[str, AnswerFn]:
    """The assistant (public API, with the question encoder users get) and, if asked, the
    baseline with sentence-transformers, as the plain recipe has it."""
    from assistant import Assistant

    assistant = Assistant(settings).load()
    systems: dict[str, AnswerFn] = {MAIN: partial(answer_with, assistant, generator)}
    if baseline:
        from assistant.baseline import Baseline
        from assistant.embeddings import load_embedder

        systems[BASELINE] = Baseline.build(settings.seeds_dir, load_embedder(settings)).answer
    return systems


def answer_with(assistant: Any, generator: str, question: str, history: Any) -> Any:
    return assistant.answer(question, history, generator=generator)


def check_out(out: Path) -> None:
    """Fail before the run, not after it, when --out cannot become a folder of results."""
    for folder in (out, *out.parents):
        if folder.exists():
            if not folder.is_dir():
                raise AssistantError(f"--out {out}: {folder} is a file, not a folder.")
            return


def run_eval(args: argparse.Namespace) -> int:
    from assistant.config import Settings
    from assistant.evaluate import evaluate, run_info, write_outputs
    from assistant.questions import QuestionFileError, load_questions
    from assistant.report import console_table

    settings = Settings()
    check_out(args.out)
    questions = args.questions or settings.project_dir / DEFAULT_QUESTIONS
    items = load_questions(questions, args.split)
    if not items:
        raise QuestionFileError(questions, 0, "split", f"no questions in split {args.split!r}")
    systems = build_systems(settings, args.generator, args.baseline)
    info = run_info(questions, args.split, args.generator, len(items))
    result = evaluate(items, systems, progress=not args.quiet, run=info)
    try:
        out = write_outputs(result, args.out, args.export)
    except OSError as error:
        raise AssistantError(f"cannot write {args.out}: {error}. Pass another --out.") from None
    print(console_table(result))
    print(f"\nwrote {out}")
    if not args.gate:
        return 0
    missed = [t for t in result.targets if not t.passed]
    for outcome in missed:
        target = outcome.target
        wanted = f"{target.compare} {target.threshold:g}"
        print(f"gate: {target.measure} = {outcome.value} (target {wanted})")
    print("gate: passed" if not missed else f"gate: {len(missed)} target(s) missed")
    return 0 if not missed else 1
