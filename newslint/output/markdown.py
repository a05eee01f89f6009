"""``--format markdown``: a summary and a table of findings, for pull-request comments and job summaries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import IO

from newslint.engine import FileResult
from newslint.rule import Finding


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    stream.write(report(results))


def _cell(text: str) -> str:
    """Text that stays inside one table cell and renders as written."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def report(results: Sequence[FileResult], limit: int | None = None, title: str = "newslint") -> str:
    """The Markdown report; with ``limit``, at most that many finding rows (the rest are counted)."""
    findings: list[tuple[str, Finding]] = []
    failed: list[FileResult] = []
    for r in results:  # one pass: a large run's results are read back from disk
        findings += ((r.path, f) for f in r.findings)
        if r.error:
            failed.append(r)
    lines = [f"## {title}", ""]
    if not findings and not failed:
        lines.append(f"No findings in {_plural(len(results), 'file')}.")
        return "\n".join(lines) + "\n"
    by_severity = Counter(f.severity for _, f in findings)
    levels = ", ".join(
        _plural(by_severity[s], s) if s != "info" else f"{by_severity[s]} info"
        for s in ("error", "warning", "info")
        if by_severity[s]
    )
    head = f"{_plural(len(findings), 'finding')}" + (f" ({levels})" if levels else "")
    head += f" in {_plural(len(results), 'file')}"
    if failed:
        head += f"; {_plural(len(failed), 'file')} could not be linted"
    lines += [head + ".", ""]
    if findings:
        by_category = Counter(f.category for _, f in findings)
        lines += ["| category | findings |", "|---|---:|"]
        lines += [f"| {cat} | {n} |" for cat, n in sorted(by_category.items())]
        lines += ["", "| file | line | rule | severity | finding | suggestion |", "|---|---:|---|---|---|---|"]
        shown = findings if limit is None else findings[:limit]
        for path, f in shown:
            lines.append(
                f"| {_cell(path)} | {f.line}:{f.column} | {f.code} {_cell(f.name)} | {f.severity}"
                f" | {_cell(f.message)} | {_cell(f.suggestion.message)} |"
            )
        if len(shown) < len(findings):
            lines += ["", f"…and {_plural(len(findings) - len(shown), 'more finding')} (see the full report)."]
    if failed:
        lines += ["", "Could not be linted:", ""]
        lines += [f"- {_cell(r.path)}: {_cell(r.error or '')}" for r in failed]
    return "\n".join(lines) + "\n"
