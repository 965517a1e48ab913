"""Typed errors. The CLI and the web app turn them into friendly messages."""


class AssistantError(Exception):
    """Base class: every message says what went wrong and what to do about it."""


class ConfigError(AssistantError):
    """The settings are invalid."""


class EmptyQuestionError(AssistantError):
    def __init__(self) -> None:
        super().__init__("The question is empty: type a question about the coverage.")


class QuestionTooLongError(AssistantError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"The question is {length:,} characters long; the limit is {limit:,}. "
            "Shorten it and ask again."
        )


class IndexNotBuiltError(AssistantError):
    """The index is missing and could not be built (for example, no articles)."""


class StoreUnreachableError(AssistantError):
    def __init__(self, url: str, reason: object) -> None:
        super().__init__(
            f"Cannot reach the Chroma server at {url} ({reason}). Start it (for example "
            "`chroma run --path DIR --port PORT`), or unset ASSISTANT_CHROMA_URL to keep the "
            "index on disk."
        )


class NoArticlesError(IndexNotBuiltError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"No articles to index in {where}. Add .txt, .md or .html files there, "
            "or run `assistant ingest PATH...`."
        )


class PromptError(AssistantError):
    """A prompt template is missing or was rendered without a required variable."""


class LLMError(AssistantError):
    """The configured LLM failed or timed out."""


class InvalidOptionError(AssistantError, ValueError):
    """An option of a question (outlets, dates, k, the answerer, the history) has a value that
    cannot be used; the message names it and what is allowed."""
