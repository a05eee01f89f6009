"""Configuration: ``[tool.newslint]`` in pyproject.toml, or newslint.toml / .newslint.toml.

Files are found by walking up from each linted file; the nearest one wins. Keys use dashes,
unknown keys and bad values are one-line errors that name the file, the key and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeVar

from annotated_types import Ge, Gt, Le

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

Severity = Literal["error", "warning", "info"]
CONFIG_FILES = (".newslint.toml", "newslint.toml", "pyproject.toml")


T = TypeVar("T")


class ConfigError(Exception):
    """A configuration problem; the message is one line naming the file and the key."""


def _dashed(name: str) -> str:
    return name.replace("_", "-")


_KEYS: dict[str, object] = {"extra": "forbid", "alias_generator": _dashed, "populate_by_name": True}


@dataclass(frozen=True, slots=True)
class ReadabilityTargets:
    """The limits the readability rules apply: a preset's numbers with the config's overrides."""

    max_grade: float  # Flesch–Kincaid grade of the whole story
    max_sentence_words: int
    max_paragraph_words: int
    max_headline_words: int


# Sources and reasoning: docs/readability.md.
READABILITY_PRESETS = {
    "news": ReadabilityTargets(max_grade=14.9, max_sentence_words=55, max_paragraph_words=160, max_headline_words=20),
    "plain-language": ReadabilityTargets(
        max_grade=8.0, max_sentence_words=25, max_paragraph_words=80, max_headline_words=14
    ),
    "children": ReadabilityTargets(max_grade=6.0, max_sentence_words=20, max_paragraph_words=60, max_headline_words=12),
}


@dataclass(frozen=True, kw_only=True)
class ReadabilityConfig:
    """``[readability]``: a preset, and any of its numbers overridden one by one."""

    __pydantic_config__: ClassVar[dict[str, object]] = _KEYS
    preset: Literal["news", "plain-language", "children"] = "news"
    max_grade: Annotated[float, Gt(0), Le(30)] | None = None
    max_sentence_words: Annotated[int, Ge(5), Le(500)] | None = None
    max_paragraph_words: Annotated[int, Ge(10), Le(5000)] | None = None
    max_headline_words: Annotated[int, Ge(3), Le(100)] | None = None

    def targets(self) -> ReadabilityTargets:
        base = READABILITY_PRESETS[self.preset]
        return ReadabilityTargets(
            max_grade=base.max_grade if self.max_grade is None else self.max_grade,
            max_sentence_words=base.max_sentence_words if self.max_sentence_words is None else self.max_sentence_words,
            max_paragraph_words=(
                base.max_paragraph_words if self.max_paragraph_words is None else self.max_paragraph_words
            ),
            max_headline_words=base.max_headline_words if self.max_headline_words is None else self.max_headline_words,
        )


@dataclass(frozen=True, kw_only=True)
class StyleConfig:
    """House style inside one story; "auto" is silent unless the story mixes forms, then the majority wins."""

    __pydantic_config__: ClassVar[dict[str, object]] = _KEYS
    dates: Literal["auto", "ap", "full", "day-first"] = "auto"
    percent: Literal["auto", "percent", "per-cent", "symbol"] = "auto"
    quotes: Literal["auto", "curly", "straight"] = "auto"
    numbers: Literal["auto", "ap", "digits"] = "auto"


@dataclass(frozen=True, kw_only=True)
class StructureConfig:
    """Patterns (regular expressions) a project adds to the defects pack."""

    __pydantic_config__: ClassVar[dict[str, object]] = _KEYS
    placeholders: tuple[str, ...] = ()
    staging_hosts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from newslint.config.patterns import check_pattern

        for pattern in (*self.placeholders, *self.staging_hosts):
            check_pattern(pattern)


@dataclass(frozen=True, kw_only=True)
class Config:
    """Settings from a config file (or the defaults); ``root`` is the folder of that file."""

    __pydantic_config__: ClassVar[dict[str, object]] = _KEYS
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fail_on: Severity = "warning"
    severity: dict[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    kind: Literal["auto", "page", "fragment"] = "auto"
    group: bool = True  # one finding per page for rules whose repeats share a cause (Rule.one_per_page)
    house_style: str | None = None
    packs: tuple[str, ...] = ()
    readability: ReadabilityConfig = field(default_factory=ReadabilityConfig)
    style: StyleConfig = field(default_factory=StyleConfig)
    structure: StructureConfig = field(default_factory=StructureConfig)
    root: Path = Path(".")


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a folder), or None."""
    return _find_config(start.resolve())


@lru_cache(maxsize=1024)
def _find_config(folder: Path) -> Path | None:
    for name in CONFIG_FILES:
        candidate = folder / name
        if candidate.is_file() and (name != "pyproject.toml" or _has_newslint_table(candidate)):
            return candidate
    return None if folder.parent == folder else _find_config(folder.parent)


def _has_newslint_table(pyproject: Path) -> bool:
    try:
        return "newslint" in _read_toml(pyproject).get("tool", {})
    except ConfigError:
        return True  # report the broken file rather than skip it silently


@lru_cache(maxsize=256)
def load_config(path: Path) -> Config:
    """Read and validate one config file."""
    data = _read_toml(path)
    table = data.get("tool", {}).get("newslint", {}) if path.name == "pyproject.toml" else data
    where = "[tool.newslint] " if path.name == "pyproject.toml" else ""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {where or 'the file'} must be a table")
    if "root" in table:
        raise ConfigError(f"{path}: {where}unknown key 'root'")
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(Config).validate_python({**table, "root": path.parent})
    except ValidationError as exc:
        raise ConfigError(f"{path}: {where}{describe_error(exc.errors()[0])}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None


def describe_error(err: ErrorDetails) -> str:
    """A validation error as 'key: reason', keys written with dashes."""
    key = ".".join(_dashed(str(p)) for p in err["loc"])
    if err["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
        return f"unknown key '{key}'"
    reason = err["msg"].removeprefix("Value error, ")
    return f"{key}: {reason}" if key else reason


def per_config(build: Callable[[Config], T]) -> Callable[[Config], T]:
    """``build``, called once per distinct configuration in a process (each worker builds its own)."""
    built: dict[str, T] = {}

    def get(config: Config) -> T:
        key = repr(config)
        found = built.get(key)
        if found is None:
            found = built[key] = build(config)
        return found

    return get
