"""A chat assistant that answers questions about news coverage, citing every sentence.

Importing the package loads nothing: the model and the index load on the first question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.errors import (
    AssistantError,
    EmptyQuestionError,
    IndexNotBuiltError,
    InvalidOptionError,
    QuestionTooLongError,
)
from assistant.records import Answer, Article, Source

if TYPE_CHECKING:
    from assistant.api import Assistant, answer
    from assistant.config import Settings

__all__ = [
    "Answer",
    "Article",
    "Assistant",
    "AssistantError",
    "EmptyQuestionError",
    "IndexNotBuiltError",
    "InvalidOptionError",
    "QuestionTooLongError",
    "Settings",
    "Source",
    "answer",
]


def __getattr__(name: str) -> Any:
    if name in ("Assistant", "answer"):
        from assistant import api

        return getattr(api, name)
    if name == "Settings":
        from assistant.config import Settings

        return Settings
    raise AttributeError(name)
