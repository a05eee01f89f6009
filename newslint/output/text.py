"""``--format text``: one line per finding, its suggestion below it, and a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from newslint.output._counts import Counts
from newslint.run.engine import FileResult

_COLORS = {"error": "31", "warning": "33", "info": "36", "code": "1", "dim": "2", "path": "1"}


def _paint(text: str, what: str, color: bool) -> str:
    return f"\x1b[{_COLORS[what]}m{text}\x1b[0m" if color else text


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    counts = Counts()
    fixable = unsafe = 0
    for result in results:  # one pass: the results of a large run are read back from disk
        counts.add(result)
        if result.error:
            stream.write(f"{_paint(result.path, 'path', color)}: error: {result.error}\n")
            continue
        for f in result.findings:
            where = _paint(f"{result.path}:{f.line}:{f.column}:", "path", color)
            code = _paint(f.code, "code", color)
            level = _paint(f"[{f.severity}]", f.severity, color)
            stream.write(f"{where} {code} {level} {f.message}\n")
            fix = " (fixable with --fix)" if f.suggestion.applies else ""
            fix = " (fixable with --fix --unsafe-fixes)" if f.suggestion.applies_unsafely else fix
            stream.write(_paint(f"  suggestion: {f.suggestion.message}{fix}", "dim", color) + "\n")
            fixable += f.suggestion.applies
            unsafe += f.suggestion.applies_unsafely
    total, errors, by_severity = counts.findings, counts.errors, counts.by_severity
    if not total and not errors:
        stream.write(f"All clear: no findings in {_files(counts.files)}.\n")
        return
    levels = ", ".join(
        f"{n} {sev}{'s' if n > 1 and sev != 'info' else ''}"
        for sev in ("error", "warning", "info")
        if (n := by_severity.get(sev))
    )
    line = f"Found {total} finding{'s' if total != 1 else ''}"
    line += f" ({levels})" if levels else ""
    line += f" in {_files(counts.files)}"
    if errors:
        line += f"; {errors} file{'s' if errors != 1 else ''} could not be linted"
    if fixable:
        line += f"; {fixable} fixable with --fix"
    if unsafe:
        line += f", {unsafe} more with --unsafe-fixes" if fixable else f"; {unsafe} fixable with --fix --unsafe-fixes"
    stream.write(line + ".\n")


def _files(n: int) -> str:
    return f"{n} file{'s' if n != 1 else ''}"
