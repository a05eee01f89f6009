"""The JSON report (``--format json``): pydantic models of the contract in the conventions."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Literal

from pydantic import BaseModel, ConfigDict

from newslint.checks.rule import Finding
from newslint.output._counts import Counts
from newslint.output._docs import docs_url
from newslint.run.engine import FileResult
from newslint.version import __version__


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SuggestionModel(_Model):
    message: str
    replacement: str | None = None
    safe: bool = False


class Refs(_Model):
    wcag: str | None
    axe: str | None
    docs: str


class FindingModel(_Model):
    code: str
    name: str
    category: Literal["accessibility", "transliteration", "attribution", "readability", "structure", "internal"]
    severity: Literal["error", "warning", "info"]
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str
    suggestion: SuggestionModel
    refs: Refs


class FileModel(_Model):
    path: str
    kind: Literal["page", "fragment"] | None
    error: str | None
    findings: list[FindingModel]
    metrics: dict[str, float] = {}


class Summary(_Model):
    files: int
    errors: int
    findings: int
    by_severity: dict[str, int]
    by_category: dict[str, int]


class Report(_Model):
    version: str
    files: list[FileModel]
    summary: Summary


def finding_model(f: Finding) -> FindingModel:
    s = f.suggestion
    return FindingModel(
        code=f.code,
        name=f.name,
        category=f.category,
        severity=f.severity,
        message=f.message,
        line=f.line,
        column=f.column,
        end_line=f.end_line,
        end_column=f.end_column,
        excerpt=f.excerpt,
        suggestion=SuggestionModel(message=s.message, replacement=s.replacement, safe=s.safe),
        refs=Refs(wcag=f.wcag, axe=f.axe, docs=docs_url(f.code)),
    )


def file_model(result: FileResult) -> FileModel:
    return FileModel(
        path=result.path,
        kind=result.kind,
        error=result.error,
        findings=[finding_model(f) for f in result.findings],
        metrics=result.metrics,
    )


def _summary(counts: Counts) -> Summary:
    return Summary(
        files=counts.files,
        errors=counts.errors,
        findings=counts.findings,
        by_severity=dict(counts.by_severity),
        by_category=dict(counts.by_category),
    )


def summary(results: Iterable[FileResult]) -> Summary:
    counts = Counts()
    for result in results:
        counts.add(result)
    return _summary(counts)


def build_report(results: list[FileResult]) -> Report:
    return Report(version=__version__, files=[file_model(r) for r in results], summary=summary(results))


def write_report(results: Iterable[FileResult], stream: IO[str]) -> None:
    """Write the JSON of :func:`build_report` as it reads the results: one pass, one file's model at a time."""
    counts = Counts()
    stream.write(f'{{\n  "version": {json.dumps(__version__)},\n  "files": [')
    for result in results:
        stream.write(",\n    " if counts.files else "\n    ")
        # A newline in JSON text is only ever between tokens, so indenting every line is safe.
        stream.write(file_model(result).model_dump_json(indent=2).replace("\n", "\n    "))
        counts.add(result)
    stream.write("\n  ]" if counts.files else "]")
    stream.write(',\n  "summary": ' + _summary(counts).model_dump_json(indent=2).replace("\n", "\n  ") + "\n}")
