"""Configuration: ``[tool.newslint]`` in pyproject.toml, or newslint.toml / .newslint.toml.

Files are found by walking up from each linted file; the nearest one wins. Keys use dashes; a
single string is accepted where a list is meant. Every unknown key and bad value of a file is
reported at once, each naming the file, the key and what is expected, in the order of the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeVar

from annotated_types import Ge, Gt, Le
from pydantic import BeforeValidator

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

from newslint import store
from newslint.bounded_read import TooLarge, read_bounded

Severity = Literal["error", "warning", "info"]
MAX_CONFIG_BYTES = 1024 * 1024
CONFIG_FILES = (".newslint.toml", "newslint.toml", "pyproject.toml")


T = TypeVar("T")


class ConfigError(Exception):
    """The problems of one config file, each naming the key and what is expected.

    ``str()`` is one line (a file's error in a report); :meth:`lines` gives one line per problem.
    """

    def __init__(self, path: Path, problems: list[str], where: str = "") -> None:
        self.path, self.problems, self.where = path, problems, where
        super().__init__(f"{_shown_path(path)}: {where}{'; '.join(problems)}")

    def lines(self) -> list[str]:
        return [f"{_shown_path(self.path)}: {self.where}{problem}" for problem in self.problems]


def _shown_path(path: Path) -> str:
    """The path as the user would write it: relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def _dashed(name: str) -> str:
    return name.replace("_", "-")


def _listed(value: object) -> object:
    """A single string where a list is meant is that list of one."""
    return (value,) if isinstance(value, str) else value


Strings = Annotated[tuple[str, ...], BeforeValidator(_listed)]


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
    placeholders: Strings = ()
    staging_hosts: Strings = ()

    def __post_init__(self) -> None:
        from newslint.config.patterns import check_pattern

        for pattern in (*self.placeholders, *self.staging_hosts):
            check_pattern(pattern)


@dataclass(frozen=True, kw_only=True)
class Config:
    """Settings from a config file (or the defaults); ``root`` is the folder of that file."""

    __pydantic_config__: ClassVar[dict[str, object]] = _KEYS
    select: Strings | None = None
    ignore: Strings = ()
    extend_select: Strings = ()
    per_file_ignores: dict[str, Strings] = field(default_factory=dict)
    fail_on: Severity = "warning"
    severity: dict[str, Severity] = field(default_factory=dict)
    exclude: Strings = ()
    kind: Literal["auto", "page", "fragment"] = "auto"
    group: bool = True  # one finding per page for rules whose repeats share a cause (Rule.one_per_page)
    house_style: str | None = None
    packs: Strings = ()
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
    """Read and validate one config file; every problem in it is reported at once. A file validated
    before (the same bytes in the same place, by this version) is read back from the cache: building
    the validator costs a fresh process more than the rest of its start."""
    raw = _read_bytes(path)
    key = store.key_of("config", str(path.resolve()).encode(), raw)
    cached = store.get(key)
    if isinstance(cached, Config):
        return cached
    data = _parse_toml(path, raw)
    table = data.get("tool", {}).get("newslint", {}) if path.name == "pyproject.toml" else data
    where = table_name(path)
    if not isinstance(table, dict):
        raise ConfigError(path, [f"{where or 'the file'} must be a table"])
    from pydantic import TypeAdapter, ValidationError

    errors: list[ErrorDetails] = []
    if "root" in table:  # set from where the file is, never in it
        errors.append({"type": "extra_forbidden", "loc": ("root",), "msg": "", "input": table["root"]})
    try:
        config = TypeAdapter(Config).validate_python({**table, "root": path.parent})
    except ValidationError as exc:
        errors += exc.errors()
    if not errors:
        store.put(key, config)
        return config
    errors.sort(key=lambda err: _order(table, err["loc"]))
    raise ConfigError(path, list(dict.fromkeys(describe_error(err, table, where) for err in errors)), where)


def table_name(path: Path) -> str:
    """How a problem's key is introduced: ``[tool.newslint] `` in pyproject.toml, nothing in newslint.toml."""
    return "[tool.newslint] " if path.name == "pyproject.toml" else ""


def _read_toml(path: Path) -> dict[str, Any]:
    return _parse_toml(path, _read_bytes(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return read_bounded(path, MAX_CONFIG_BYTES)
    except TooLarge:
        raise ConfigError(path, [f"too large for a config file (limit {MAX_CONFIG_BYTES // 2**20} MiB)"]) from None
    except OSError as exc:
        raise ConfigError(path, [f"cannot read: {exc.strerror or exc}"]) from None


def _parse_toml(path: Path, raw: bytes) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, ["not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, [f"invalid TOML: {exc}"]) from None
    except RecursionError:
        raise ConfigError(path, ["invalid TOML: arrays or tables nested too deeply"]) from None


# What each key holds, in the words of the config file ({table} is where its tables are written).
_CODES = 'a list of codes, e.g. ["NL3", "NL201"]'
_EXPECTED = {
    "select": _CODES,
    "ignore": _CODES,
    "extend-select": _CODES,
    "per-file-ignores": 'a table of file patterns and the codes they ignore, e.g. { "archive/**/*.html" = ["NL5"] }',
    "per-file-ignores.*": 'a list of codes, e.g. ["NL5"]',
    "severity": 'a table of codes and levels, e.g. { NL301 = "error", NL4 = "info" }',
    "exclude": 'a list of file patterns, e.g. ["drafts/*"]',
    "group": "true or false",
    "house-style": 'a preset ("ap", "bbc", "guardian", "reuters"), a pack name or a path, e.g. "ap"',
    "packs": 'a list of pack paths, e.g. ["style/our-names.yaml"]',
    "readability": "a table of settings, e.g. [{table}readability]",
    "readability.max-grade": "a grade above 0 and at most 30, e.g. 14.9",
    "readability.max-sentence-words": "a whole number from 5 to 500, e.g. 55",
    "readability.max-paragraph-words": "a whole number from 10 to 5000, e.g. 160",
    "readability.max-headline-words": "a whole number from 3 to 100, e.g. 20",
    "style": "a table of settings, e.g. [{table}style]",
    "structure": "a table of settings, e.g. [{table}structure]",
    "structure.placeholders": 'a list of regular expressions, e.g. ["@@[A-Z]+@@"]',
    "structure.staging-hosts": "a list of regular expressions, e.g. ['cms\\.example\\.net']",
}
_TABLES = {"": Config, "readability": ReadabilityConfig, "style": StyleConfig, "structure": StructureConfig}
_MAPPINGS = ("per-file-ignores", "severity")  # keys whose own keys are the user's (patterns, codes)


def describe_error(err: ErrorDetails, table: dict[str, Any] | None = None, where: str = "") -> str:
    """A validation error as 'key: what is expected, not what was given', keys written with dashes."""
    names = [str(p) for p in err["loc"] if not isinstance(p, int)]  # a list's items are the list's problem
    key = ".".join(_dashed(n) if i == 0 or names[0] not in _MAPPINGS else _toml_key(n) for i, n in enumerate(names))
    if err["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
        known = [_dashed(f.name) for f in fields(_TABLES.get(".".join(names[:-1]), Config)) if f.name != "root"]
        from difflib import get_close_matches

        close = get_close_matches(names[-1], known, n=1)
        return f"unknown key '{key}'" + (f" (did you mean '{close[0]}'?)" if close else "")
    schema = ".".join([names[0], "*", *names[2:]] if len(names) > 1 and names[0] in _MAPPINGS else names)
    if err["type"] == "literal_error":
        expected = "one of " + err["ctx"]["expected"].replace("'", '"')
    elif schema in _EXPECTED and err["type"] != "value_error":
        expected = _EXPECTED[schema].replace("{table}", "tool.newslint." if where else "")
    else:  # a check of the value itself (a pattern that does not compile) says what is wrong
        reason = err["msg"].removeprefix("Value error, ")
        return f"{key}: {reason}" if key else reason
    given = _given(table, names)
    return f"{key}: {expected}" + (f", not {given}" if given else "")


def _given(table: dict[str, Any] | None, names: list[str]) -> str:
    value: object = table
    for name in names:
        if not isinstance(value, dict) or name not in value:
            return ""
        value = value[name]
    shown = _toml_value(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"


def _toml_value(value: object) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    try:
        return json.dumps(value, ensure_ascii=False)
    except TypeError:  # dates and times
        return str(value)


def _toml_key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() and key.isascii() else json.dumps(key)


def _order(table: dict[str, Any], loc: tuple[int | str, ...]) -> tuple[int, ...]:
    """Where an error's key is in the file, to report problems in the order they are written."""
    order: list[int] = []
    value: object = table
    for part in loc:
        if not isinstance(value, dict) or part not in value:
            break
        order.append(list(value).index(part))
        value = value[part]
    return tuple(order)


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
