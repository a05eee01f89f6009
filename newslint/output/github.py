"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

Errors become ``::error``, warnings ``::warning`` and info ``::notice``; each carries the file,
the region and the rule code as its title, so the finding shows on the line in a pull request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from newslint.output._docs import sentence
from newslint.run.engine import FileResult

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    for result in results:
        path = _property(result.path)
        if result.error:
            stream.write(f"::error file={path},title=newslint::{_data(f'cannot lint {result.path}: {result.error}')}\n")
            continue
        for f in result.findings:
            where = f"file={path},line={f.line},endLine={f.end_line},col={f.column}"
            if f.end_line == f.line:  # columns across lines are ignored by GitHub
                where += f",endColumn={f.end_column}"
            text = f"{sentence(f.message)} {sentence(f.suggestion.message)} ({f.name}; newslint rule {f.code})"
            stream.write(f"::{_COMMANDS[f.severity]} {where},title={_property(f.code)}::{_data(text)}\n")
