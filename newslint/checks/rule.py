"""What a rule is (metadata beside one check function) and what it yields (findings)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from newslint.config.options import Severity

if TYPE_CHECKING:
    from newslint.document.model import Document
    from newslint.lib.settings import Settings

SEVERITIES = ("info", "warning", "error")
Category = Literal["accessibility", "transliteration", "attribution", "readability", "structure", "internal"]
CATEGORIES: dict[str, Category] = {
    "1": "accessibility",
    "2": "transliteration",
    "3": "attribution",
    "4": "readability",
    "5": "structure",
    "9": "internal",
}
_CODE = re.compile(r"NL[1-59]\d\d")
_ACT_ID = re.compile(r"[0-9a-z]{6}")
ACT_SCOPES = ("same", "partial")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(slots=True)
class Suggestion:
    """How to fix a finding; ``replacement`` replaces the finding's span, ``safe`` lets --fix apply it."""

    message: str
    replacement: str | None = None
    safe: bool = False

    @property
    def applies(self) -> bool:
        """Whether ``--fix`` applies it: safe, with a replacement."""
        return self.safe and self.replacement is not None

    @property
    def applies_unsafely(self) -> bool:
        """Whether only ``--fix --unsafe-fixes`` applies it: a replacement that may change meaning."""
        return not self.safe and self.replacement is not None


@dataclass(slots=True)
class Finding:
    """One problem at one place. Rules give source offsets; the engine adds lines and columns."""

    code: str
    name: str
    category: Category
    severity: Severity
    message: str
    start: int
    end: int
    suggestion: Suggestion
    wcag: str | None = None
    axe: str | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    excerpt: str = ""


@dataclass(slots=True)
class Candidate:
    """A finding only the files of a whole run can confirm: where it is, and what its article chose.

    A rule with ``across_files`` leaves candidates (``Rule.candidates``); once every file is linted,
    its ``settle`` compares those of the run and confirms some of them as findings.
    """

    finding: Finding  # located like any finding; ``confirm`` writes its message and suggestion
    subject: str  # what the articles of a run should agree on: a listed name of a pack, an agency
    choice: str  # how this article settles it: what the rule counts
    written: str  # how the article writes its choice, for messages and replacements
    kind: str  # what the subject is, in words ("place", "person", "agency")
    publication: str = ""  # the article's site (document.publication): articles are compared within theirs

    def confirm(self, message: str, suggestion: str, replacement: str | None = None) -> Finding:
        """The candidate's finding, with the message and the suggestion the run's verdict gives it."""
        self.finding.message = message
        self.finding.suggestion = Suggestion(suggestion, replacement)
        return self.finding


class Rule:
    """Base class of every check: class attributes are its metadata, the docstring its explanation.

    The docstring has the sections Why, Fix and References; the examples are the cases of the
    rule's spec (``rules/<family>/<CODE>.yaml``), which the tests run. ``newslint rule CODE`` and
    ``docs/rules/CODE.md`` show both. ``check`` yields findings and does nothing else: selection,
    suppression, severity overrides, fixing and reporting belong to the engine. A rule across files
    (``across_files``) leaves ``candidates`` instead, and ``settle`` confirms those of a whole run.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = "warning"
    wcag: ClassVar[str | None] = None
    axe: ClassVar[str | None] = None
    # The W3C ACT rules the rule claims, (id, scope): "same" checks what the ACT rule checks, "partial" a part
    # of it (docs/act-conformance.md shows how each claim fares on the ACT rules' own test cases).
    act: ClassVar[tuple[tuple[str, str], ...]] = ()
    page_only: ClassVar[bool] = False  # page-level rules never run on body fragments
    # Off unless selected by code, family, name or category: its precision measured on real news
    # pages (the ``precision`` of its spec, rules/<family>/<CODE>.yaml) is under 0.7.
    enabled_by_default: ClassVar[bool] = True
    # One root cause per page: a template fault repeats on every element it touches, so the engine
    # folds the rule's findings on a file into the first ("… and 13 more on this page: lines …").
    # Findings that carry a fix are never folded.
    one_per_page: ClassVar[bool] = False
    fixable: ClassVar[bool] = False
    internal: ClassVar[bool] = False  # reported by the engine, never run
    across_files: ClassVar[bool] = False  # leaves candidates (``candidates``) that it settles over a run (``settle``)
    measures: ClassVar[bool] = False  # contributes per-file numbers (FileResult.metrics) through ``metrics``

    registry: ClassVar[dict[str, type[Rule]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "code" not in cls.__dict__:
            return  # a shared base of several rules, not a rule
        if not _CODE.fullmatch(cls.code):
            raise TypeError(f"{cls.__name__}: bad rule code {cls.code!r}")
        if cls.code in Rule.registry:
            raise TypeError(f"{cls.__name__}: code {cls.code} is taken by {Rule.registry[cls.code].__name__}")
        if cls.severity not in SEVERITIES:
            raise TypeError(f"{cls.__name__}: bad severity {cls.severity!r}")
        for act_id, scope in cls.act:
            if not _ACT_ID.fullmatch(act_id) or scope not in ACT_SCOPES:
                raise TypeError(f"{cls.__name__}: bad ACT claim {act_id!r}: {scope!r}")
        Rule.registry[cls.code] = cls

    @classmethod
    def category(cls) -> Category:
        return CATEGORIES[cls.code[2]]

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        raise NotImplementedError

    def candidates(self, doc: Document, settings: Settings) -> Iterator[Candidate]:
        """What this document offers a look across the files of a run (rules with ``across_files`` only)."""
        raise NotImplementedError

    def settle(self, candidates: Sequence[Candidate]) -> Iterator[Finding]:
        """The findings the candidates of a whole run confirm (rules with ``across_files`` only): each the
        finding of one of them, with its message and suggestion written (``Candidate.confirm``)."""
        raise NotImplementedError

    def metrics(self, doc: Document, settings: Settings) -> dict[str, float]:
        """Numbers about the document a person compares across files (rules with ``measures`` only)."""
        return {}

    def finding(
        self,
        span: tuple[int, int],
        message: str,
        suggestion: str,
        replacement: str | None = None,
        safe: bool = False,
    ) -> Finding:
        """A finding of this rule at a source span, with its suggestion."""
        return Finding(
            code=self.code,
            name=self.name,
            category=self.category(),
            severity=self.severity,
            message=message,
            start=span[0],
            end=span[1],
            suggestion=Suggestion(suggestion, replacement, safe),
            wcag=self.wcag,
            axe=self.axe,
        )
