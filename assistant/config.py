"""One typed settings object. Layers: defaults < config file < ASSISTANT_* environment.

The config file is ``assistant.toml`` (top-level keys) or the ``[tool.assistant]`` table of
``pyproject.toml``, looked up in the project folder. Relative paths resolve against that folder.
"""

from __future__ import annotations

import difflib
import logging
import os
import tomllib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    PyprojectTomlConfigSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant.errors import ConfigError

log = logging.getLogger(__name__)
PACKAGED_MODEL = "all-MiniLM-L6-v2"
MAX_K = 50  # passages a question may look at


def find_project_dir(start: Path | None = None) -> Path:
    """The nearest folder (from cwd upwards) with assistant.toml or a [tool.assistant] table,
    else the folder the package is installed from."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "assistant.toml").is_file():
            return folder
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.assistant]" in pyproject.read_text(encoding="utf-8"):
            return folder
    return Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_",
        extra="forbid",
        frozen=True,
        validate_default=True,
        pyproject_toml_table_header=("tool", "assistant"),
    )

    project_dir: Path = Field(
        default_factory=find_project_dir, description="Folder that relative paths resolve from."
    )
    seeds_dir: Path = Field(Path("seeds"), description="Folder of articles and catalog.toml.")
    index_dir: Path = Field(Path("index"), description="Folder of the persisted index.")
    prompts_dir: Path = Field(Path("prompts"), description="Folder of prompt templates.")
    chroma_url: str = Field(
        "",
        description=(
            "A Chroma server (http://host:port) that holds the vector collections; empty keeps "
            "them on disk in index_dir/chroma. The manifest and BM25 stay in index_dir."
        ),
    )
    chroma_prefix: str = Field(
        "",
        pattern=r"^[A-Za-z0-9._-]*$",
        description="Prefix of the collection names, so that several indexes can share a server.",
    )
    embedding_model: str = Field(
        PACKAGED_MODEL,
        description="Sentence-transformers model: the packaged all-MiniLM-L6-v2, or a local path.",
    )
    query_encoder: Literal["auto", "sentence-transformers"] = Field(
        "auto",
        description=(
            "How questions are embedded. auto: in numpy, without importing torch, when the model "
            "is a BERT with mean pooling and normalisation (as all-MiniLM-L6-v2 is), else through "
            "sentence-transformers; sentence-transformers: always through sentence-transformers. "
            "Ingest always uses sentence-transformers."
        ),
    )
    embedding_batch_size: int = Field(64, gt=0, description="Texts per embedding batch.")
    chunk_size: int = Field(600, ge=100, description="Target passage length in characters.")
    chunk_overlap: int = Field(
        120, ge=0, description="Characters of whole sentences repeated between passages."
    )
    max_file_bytes: int = Field(5_000_000, gt=0, description="Larger files are skipped.")
    k: int = Field(8, gt=0, le=MAX_K, description="Passages the answerer sees.")
    candidates: int = Field(24, gt=0, description="Candidates per retriever before fusion.")
    rrf_k: int = Field(60, gt=0, description="Reciprocal rank fusion constant.")
    max_answer_words: int = Field(60, ge=10, description="Soft limit on answer length.")
    max_answer_sentences: int = Field(4, ge=1, description="Most sentences in an answer.")
    abstain_threshold: float = Field(
        0.35,
        ge=0.0,
        le=1.0,
        description=(
            "Abstain when no retrieved sentence is this similar (cosine) to the question, "
            "unless one of the three best holds every term of the question."
        ),
    )
    max_question_chars: int = Field(2000, gt=0, description="Longer questions are refused.")
    generator: Literal["extractive", "llm"] = Field(
        "extractive", description="Default answerer: extractive (offline) or llm."
    )
    llm_provider: Literal["openai", "ollama"] = Field(
        "openai", description="openai: any OpenAI-compatible endpoint; ollama: Ollama's API."
    )
    llm_base_url: str = Field("http://127.0.0.1:8080/v1", description="LLM endpoint URL.")
    llm_model: str = Field("", description="LLM model name; empty means no LLM configured.")
    llm_api_key_env: str = Field(
        "OPENAI_API_KEY", description="Name of the environment variable holding the API key."
    )
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before the LLM falls back.")
    auth: str = Field("", description="user:password for the web chat login; empty for none.")
    host: str = Field("127.0.0.1", description="Web chat host.")
    port: int = Field(7860, gt=0, lt=65536, description="Web chat port.")
    concurrency_limit: int = Field(4, gt=0, description="Web chat requests answered at once.")

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.chunk_overlap >= self.chunk_size:
            raise ValueError("chunk_overlap must be smaller than chunk_size")
        if self.chroma_url:
            url = urlsplit(self.chroma_url)
            if url.scheme not in ("http", "https") or not url.hostname:
                raise ValueError("ASSISTANT_CHROMA_URL must look like http://host:port")
        if self.auth and (":" not in self.auth or self.auth.startswith(":")):
            raise ValueError("ASSISTANT_AUTH must look like user:password")
        for name in ("seeds_dir", "index_dir", "prompts_dir"):
            path = getattr(self, name)
            if not path.is_absolute():
                object.__setattr__(self, name, (self.project_dir / path).resolve())
        return self

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_model)

    @property
    def store_location(self) -> str:
        """Where the vector collections live: "" on disk, else the server and the prefix."""
        return f"{self.chroma_url.rstrip('/')}#{self.chroma_prefix}" if self.chroma_url else ""

    @property
    def chunking(self) -> dict[str, Any]:
        return {"chunk_size": self.chunk_size, "chunk_overlap": self.chunk_overlap}

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        folder = Path(os.environ.get("ASSISTANT_PROJECT_DIR") or find_project_dir())
        warn_unknown_variables(settings_cls.model_fields)
        files: list[PydanticBaseSettingsSource] = []
        with readable_toml(folder / "assistant.toml"):
            if (folder / "assistant.toml").is_file():
                files.append(TomlConfigSettingsSource(settings_cls, folder / "assistant.toml"))
        # Always listed, even where the file is missing (it then reads nothing), so pydantic does
        # not warn that ``pyproject_toml_table_header`` goes unused.
        with readable_toml(folder / "pyproject.toml"):
            files.append(PyprojectTomlConfigSettingsSource(settings_cls, folder / "pyproject.toml"))
        return (init_settings, env_settings, *files)


@contextmanager
def readable_toml(path: Path) -> Iterator[None]:
    """A settings file that is not valid TOML is a ConfigError naming the file and the place."""
    try:
        yield
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path} is not valid TOML ({error}): fix it or remove it.") from None


# ASSISTANT_* variables that are not settings but are read elsewhere (tests, tools).
OTHER_VARIABLES = frozenset({"ASSISTANT_PROJECT_DIR", "ASSISTANT_UPDATE_SCREENSHOT"})
_warned: set[str] = set()


def warn_unknown_variables(fields: Iterable[str]) -> None:
    """An ASSISTANT_* variable that names no setting is most likely a typo: say so, once."""
    known = {f"ASSISTANT_{name.upper()}" for name in fields} | OTHER_VARIABLES
    for name in sorted(os.environ):
        if name.upper().startswith("ASSISTANT_") and name.upper() not in known:
            if name in _warned:
                continue
            _warned.add(name)
            close = difflib.get_close_matches(name.upper(), sorted(known), n=1, cutoff=0.75)
            hint = f"; did you mean {close[0]}?" if close else ""
            log.warning("%s is not a setting and is ignored%s", name, hint)


def settings_problem(error: ValidationError) -> str:
    """What is wrong with the settings, one clause per field, and where settings come from."""
    problems = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        problems.append(f"{field}: {message}" if field else message)
    return (
        f"invalid settings: {'; '.join(problems)}. Settings come from ASSISTANT_* environment "
        "variables, assistant.toml and the [tool.assistant] table of pyproject.toml."
    )
