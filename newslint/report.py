"""The JSON report (``--format json``): pydantic models of the contract in the conventions."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from pydantic import BaseModel, ConfigDict

from newslint import __version__
from newslint.engine import FileResult
from newslint.rule import Finding


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
        category=f.category,  # type: ignore[arg-type]
        severity=f.severity,  # type: ignore[arg-type]
        message=f.message,
        line=f.line,
        column=f.column,
        end_line=f.end_line,
        end_column=f.end_column,
        excerpt=f.excerpt,
        suggestion=SuggestionModel(message=s.message, replacement=s.replacement, safe=s.safe),
        refs=Refs(wcag=f.wcag, axe=f.axe, docs=f"newslint rule {f.code}"),
    )


def file_model(result: FileResult) -> FileModel:
    return FileModel(
        path=result.path,
        kind=result.kind,  # type: ignore[arg-type]
        error=result.error,
        findings=[finding_model(f) for f in result.findings],
        metrics=result.metrics,
    )


def summary(results: list[FileResult]) -> Summary:
    findings = [f for r in results for f in r.findings]
    return Summary(
        files=len(results),
        errors=sum(1 for r in results if r.error),
        findings=len(findings),
        by_severity=dict(Counter(f.severity for f in findings)),
        by_category=dict(Counter(f.category for f in findings)),
    )


def build_report(results: list[FileResult]) -> Report:
    return Report(version=__version__, files=[file_model(r) for r in results], summary=summary(results))
