"""The command line: the only place that turns errors into exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from pydantic import ValidationError

from assistant.config import MAX_K, settings_problem
from assistant.errors import AssistantError
from assistant.options import check_dates, check_generator, check_k, check_outlets

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.records import Answer

EXIT_ERROR = 2
QUOTE_WIDTH = 100  # the sources' quotes are wrapped to this, indented under their source


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except ValidationError as error:
        print(f"error: {settings_problem(error)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `assistant ask ... | head`: the reader has gone, so stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


class Parser(argparse.ArgumentParser):
    """argparse, but a malformed command line is one `error:` line, as every other bad input
    is, not a usage block; the sub-commands' parsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="assistant", description="Answers questions about news coverage, with citations."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="add articles and bring the index up to date")
    ingest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: seeds/)")
    ingest.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    ingest.add_argument("--if-stale", action="store_true", help="do nothing when up to date")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(handler=run_ingest)

    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    add_answer_options(ask)
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    ask.set_defaults(handler=run_ask)

    chat = sub.add_parser("chat", help="hold a conversation in the terminal")
    add_answer_options(chat)
    chat.set_defaults(handler=run_chat)

    from assistant import bench, eval_cli

    bench.register(sub)
    eval_cli.register(sub)
    return parser


def add_answer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--outlet", action="append", default=[], help="only this outlet (repeatable)"
    )
    parser.add_argument("-k", type=int, default=None, help="passages the answerer sees")
    parser.add_argument(
        "--since", default=None, help="only articles published on or after (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--until", default=None, help="only articles published on or before (YYYY-MM-DD)"
    )
    parser.add_argument("--generator", choices=["extractive", "llm"], default=None)


def run_ingest(args: argparse.Namespace) -> int:
    from assistant.config import Settings
    from assistant.ingest import ingest, is_stale

    settings = Settings()
    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        raise AssistantError(f"No such file or folder: {', '.join(missing)}. Nothing was ingested.")
    if args.if_stale and not args.paths and not args.rebuild and not is_stale(settings):
        print(f"index up to date in {settings.index_dir}")
        return 0
    bar = None if args.quiet else progress_bar()
    report = ingest(settings, paths=args.paths, rebuild=args.rebuild, progress=bar)
    print(report.summary())
    return 0


def progress_bar():
    from tqdm import tqdm

    state: dict[str, tqdm] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, unit="text", desc="embedding", file=sys.stderr)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


def answer_options(args: argparse.Namespace) -> dict[str, object]:
    since, until = check_dates(args.since, args.until, ("--since", "--until"))
    return {
        "outlets": args.outlet or None,
        "k": args.k,
        "date_from": since,
        "date_to": until,
        "generator": args.generator,
    }


def run_ask(args: argparse.Namespace) -> int:
    from assistant.api import answer

    result = answer(args.question, **answer_options(args))  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render(result))
    return 0


def render(result: Answer) -> str:
    lines = [result.text]
    if result.notice:
        lines.append(f"({result.notice})")
    if result.sources:
        lines.append("")
    for source in result.sources:
        date = f", {source.published}" if source.published else ""
        lines.append(f"[{source.number}] {source.outlet} — {source.title}{date}")
        lines += [
            textwrap.fill(part, width=QUOTE_WIDTH, initial_indent="    ", subsequent_indent="    ")
            for part in source.quote.splitlines()
            if part.strip()
        ]
    return "\n".join(lines)


def chat_options(args: argparse.Namespace, assistant: Assistant) -> dict[str, object]:
    """The chat's options, all checked before the first question: a bad one ends the chat at
    once (exit 2), rather than being reported again for every question."""
    options = answer_options(args)
    check_k(args.k, MAX_K)
    check_generator(args.generator)
    if args.outlet:
        options["outlets"] = list(check_outlets(args.outlet, assistant.outlets()))
    return options


def run_chat(args: argparse.Namespace) -> int:
    from assistant.api import default_assistant

    assistant = default_assistant()
    options = chat_options(args, assistant)
    history: list[dict[str, str]] = []
    print("Ask about the coverage. Ctrl-D or 'exit' ends the chat.")
    while True:
        try:
            question = input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            continue
        if question.lower() in ("exit", "quit"):
            return 0
        try:
            result = assistant.answer(question, history, **options)  # type: ignore[arg-type]
        except AssistantError as error:  # about this question (empty, too long): ask another
            print(f"error: {error}", file=sys.stderr)
            continue
        print(render(result), end="\n\n")
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": result.text},
        ]


if __name__ == "__main__":
    raise SystemExit(main())
