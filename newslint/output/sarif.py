"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Every rule is described in ``tool.driver.rules`` with its page as help (what ``newslint rule
CODE`` prints) and the page's address; each finding is a result with its region, and a safe
replacement becomes a fix. Columns count characters (``unicodeCodePoints``), as everywhere in newslint.
Files that could not be linted are tool notifications, not results.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from newslint.checks.rule import Finding, Rule
from newslint.output._docs import docs_url, rules_by_code, sentence, why
from newslint.output.explain import explain
from newslint.run.engine import FileResult
from newslint.version import __version__

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_SRCROOT = "%SRCROOT%"


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    write_log(results, stream)
    stream.write("\n")


def write_log(results: Iterable[FileResult], stream: IO[str]) -> None:
    """Write :func:`sarif_log`'s JSON as it reads the results: each result is spooled to a
    temporary file (memory stays flat on an archive), then written where the log's layout puts it."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        count = 0
        notifications: list[dict[str, Any]] = []
        for item in _results(results, notifications):
            spool.write(",\n" if count else "")
            spool.write(_INDENT + json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n" + _INDENT))
            count += 1
        head, tail = json.dumps(_log(notifications, _RESULTS), indent=2, ensure_ascii=False).split(json.dumps(_RESULTS))
        stream.write(head)
        if count:
            stream.write("[\n")
            spool.seek(0)
            shutil.copyfileobj(spool, stream)
            stream.write("\n" + _INDENT[:-2] + "]")
        else:
            stream.write("[]")
        stream.write(tail)


def sarif_log(results: Iterable[FileResult]) -> dict[str, Any]:
    """The whole log as one object (what :func:`write_log` writes)."""
    notifications: list[dict[str, Any]] = []
    out = list(_results(results, notifications))
    return _log(notifications, out)


# Where the results stand in the log: a list item under "runs" (4 spaces), "results" (6), its items (8).
_INDENT = " " * 8
_RESULTS = "\0results\0"  # a placeholder no log holds, replaced by the results as they are written


def _results(results: Iterable[FileResult], notifications: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The SARIF result of every finding, in order; files that could not be linted go to ``notifications``."""
    index = {code: i for i, code in enumerate(rules_by_code())}
    for result in results:  # one pass: a large run's results are read back from disk
        if result.error:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.path}: {result.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": _artifact(result.path)}}],
                }
            )
        seen: Counter[tuple[str, str]] = Counter()
        for f in result.findings:
            key = (f.code, " ".join(f.excerpt.split()))
            seen[key] += 1
            yield _result(result.path, f, index.get(f.code), seen[key])


def _log(notifications: list[dict[str, Any]], results: object) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_descriptor(rule) for rule in rules_by_code().values()],
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {_SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _descriptor(rule: type[Rule]) -> dict[str, Any]:
    page = explain(rule)
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": f"{rule.summary}."},
        "fullDescription": {"text": why(rule)},  # type: ignore[arg-type]  # a class is hashable (python/mypy#11470)
        "help": {"text": page, "markdown": page},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"category": rule.category(), "tags": [rule.category()]},
        "helpUri": docs_url(rule.code),
    }
    if rule.wcag:
        descriptor["properties"]["tags"].append(f"wcag{rule.wcag.replace('.', '')}")
    return descriptor


def _artifact(path: str) -> dict[str, str]:
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    # Plain string operations: pathlib interns every part of a path, and a run may name 100,000 files.
    return {"uri": quote(os.path.normpath(path).replace(os.sep, "/")), "uriBaseId": _SRCROOT}


def _region(f: Finding) -> dict[str, Any]:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def _result(path: str, f: Finding, rule_index: int | None, occurrence: int) -> dict[str, Any]:
    region = _region(f)
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": _LEVELS[f.severity],
        "message": {"text": f"{sentence(f.message)} {sentence(f.suggestion.message)}"},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}],
        # Known by code and text, not line, as baselines are: inserting lines above does not make it new.
        "partialFingerprints": {"newslintFinding/v1": _fingerprint(f, occurrence)},
        "properties": {"name": f.name, "category": f.category},
    }
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    s = f.suggestion
    if s.safe and s.replacement is not None:
        result["fixes"] = [
            {
                "description": {"text": s.message},
                "artifactChanges": [
                    {
                        "artifactLocation": _artifact(path),
                        "replacements": [{"deletedRegion": _region(f), "insertedContent": {"text": s.replacement}}],
                    }
                ],
            }
        ]
    return result


def _fingerprint(f: Finding, occurrence: int) -> str:
    key = f"{f.code}\0{' '.join(f.excerpt.split())}\0{occurrence}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]
