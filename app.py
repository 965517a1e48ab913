"""The web chat: ``python app.py [--host H] [--port P]`` serves http://127.0.0.1:7860.

Presentation only. The interface lives in ``assistant/web.py`` and wraps the same Assistant that
scripts use; settings (host, port, login, concurrency) come from ``ASSISTANT_*`` variables.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from typing import TYPE_CHECKING

from assistant.cli import Parser

if TYPE_CHECKING:
    from gradio import Blocks

    from assistant.api import Assistant

log = logging.getLogger("app")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = Parser(prog="app.py", description="Chat with the news coverage in the index.")
    parser.add_argument("--host", help="address to bind (default: settings.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to serve on (default: settings.port, 7860)")
    return parser.parse_args(argv)


def warm_up(assistant: Assistant) -> threading.Thread:
    """Load the model and the index once, in the background, while the server starts.

    Started after Gradio is imported, so it overlaps building and launching the interface.
    Starting it before was measured no faster to the first answer and slower to the page: the
    two sets of imports only take turns on one GIL."""

    def load() -> None:
        try:
            assistant.load()
        except Exception as error:  # the chat shows it again, kindly, when someone asks
            log.error("the assistant could not load: %s", error)

    thread = threading.Thread(target=load, name="assistant-load", daemon=True)
    thread.start()
    return thread


def serve_until_stopped(demo: Blocks, url: str) -> None:
    """Say where the chat is, then serve until Ctrl-C, which closes the server with one line.

    Gradio's ``block_thread`` is not used: on Ctrl-C it prints "Keyboard interruption in main
    thread... closing server." and closes only the HTTP server; ``close`` stops the queue too.
    The address is printed inside the ``try``, so a Ctrl-C as soon as it shows is handled."""
    try:
        print(f"The chat is served at {url} (Ctrl-C stops it).", flush=True)
        while demo.is_running:
            time.sleep(0.1)
    except KeyboardInterrupt:
        demo.close(verbose=False)
        print("Stopped.", flush=True)


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    from pydantic import ValidationError

    from assistant.api import Assistant
    from assistant.config import Settings, settings_problem
    from assistant.errors import AssistantError

    overrides = {name: value for name, value in vars(args).items() if value is not None}
    try:
        settings = Settings(**overrides)
        from assistant.web import build_app, launch, parse_auth

        parse_auth(settings.auth)  # a bad login setting fails before anything loads
    except AssistantError as error:
        return fail(str(error))
    except ValidationError as error:
        return fail(settings_problem(error))
    assistant = Assistant(settings)
    warm_up(assistant)
    try:
        demo = build_app(assistant)
        _app, url, _ = launch(demo, settings, prevent_thread_lock=True)
    except OSError as error:  # Gradio's own wording names its parameters, not ours
        where = f"{settings.host}:{settings.port}"
        reason = error.strerror or "the port is taken"
        return fail(f"cannot serve on {where}: {reason}. Pass --port, or set ASSISTANT_PORT.")
    serve_until_stopped(demo, url)
    return 0


if __name__ == "__main__":
    code = main()
    # Leave without the interpreter's teardown. A Ctrl-C during start-up can come while the
    # warm-up thread is still inside the model's native code, and finalising under a daemon
    # thread there once aborted the process (SIGABRT) after "Stopped." was printed. Everything
    # that needs closing (the server, the queue) is closed by then.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
