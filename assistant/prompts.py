"""Prompt templates are files in prompts/, loaded by name, rendered with required variables."""

from __future__ import annotations

import string
from pathlib import Path

from assistant.errors import PromptError

SUFFIXES = (".md", ".txt")


def template_path(folder: Path, name: str) -> Path:
    for suffix in SUFFIXES:
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    raise PromptError(
        f"No prompt named {name!r} in {folder} (looked for {name}.md and {name}.txt)."
    )


def required_variables(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def load_prompt(folder: Path, name: str) -> str:
    return template_path(folder, name).read_text(encoding="utf-8").strip()


def render(folder: Path, name: str, **values: object) -> str:
    """The template with every {placeholder} filled; a missing value is an error, not a blank."""
    template = load_prompt(folder, name)
    missing = required_variables(template) - values.keys()
    if missing:
        raise PromptError(f"Prompt {name!r} needs {', '.join(sorted(missing))}.")
    return template.format(**values)
