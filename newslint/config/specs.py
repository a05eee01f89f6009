"""Rule specs: one YAML file per rule in ``rules/<family>/<CODE>.yaml``, with the cases that show it.

A spec holds articles on which the rule must fire (with the text of each finding, and what
``--fix`` writes where the rule fixes), articles on which it must stay silent (real prose,
near-misses, traps), and the precision measured on real pages. The test suite runs every case;
``newslint rule CODE`` and the generated ``docs/rules/CODE.md`` show them as the rule's examples.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newslint.config.packs import shipped_rules

_STRICT = ConfigDict(extra="forbid", frozen=True)


class SpecError(Exception):
    """A spec file that cannot be read or does not validate; the message names the file."""


class Case(BaseModel):
    """One article and what it shows."""

    model_config = _STRICT
    note: str = Field(min_length=3)  # what the case shows, as the docs say it
    html: str | list[str] = Field(min_length=1)  # an article, or the articles of one run (rules across files)
    kind: Literal["auto", "page", "fragment"] = "auto"
    config: dict[str, Any] = Field(default_factory=dict)  # config keys as in newslint.toml


class FiringCase(Case):
    """An article on which the rule fires: ``finds`` lists each finding's excerpt, in source order."""

    finds: list[str] = Field(min_length=1)
    fixed: str | None = None  # the article after ``--fix`` (the rule's safe fixes)
    fixed_unsafe: str | None = None  # after ``--fix --unsafe-fixes``


class Precision(BaseModel):
    """An editor's verdicts on the rule's findings on real news pages (``benchmarks/precision.py``)."""

    model_config = _STRICT
    half: Literal["tuning", "validation"]
    judged: int = Field(ge=0)
    real: int = Field(ge=0)  # judged TRUE: a real problem worth the time

    @property
    def value(self) -> float:
        return self.real / self.judged if self.judged else 0.0


class RuleSpec(BaseModel):
    """Everything about one rule that is data, not code."""

    model_config = _STRICT
    schema_: Literal[1] = Field(alias="schema")
    code: str = Field(pattern=r"^NL\d{3}$")
    name: str
    fires: list[FiringCase] = Field(default_factory=list)
    silent: list[Case] = Field(default_factory=list)
    precision: list[Precision] = Field(default_factory=list)


def specs_folder() -> Path:
    return shipped_rules()


@cache
def spec_paths() -> dict[str, Path]:
    """Every spec file by its rule code."""
    return {p.stem: p for p in sorted(specs_folder().glob("*/NL*.yaml"))}


@cache
def load_spec(code: str) -> RuleSpec | None:
    """The spec of a rule, or None when it has none."""
    path = spec_paths().get(code)
    return None if path is None else read_spec(path)


def read_spec(path: Path) -> RuleSpec:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(f"{path}: cannot read: {' '.join(str(exc).split())}") from None
    try:
        spec = RuleSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise SpecError(f"{path}: {where}: {err['msg']}") from None
    if spec.code != path.stem:
        raise SpecError(f"{path}: code {spec.code} does not match the file name")
    return spec
