"""``--format markdown``: a summary and a table of findings, for pull-request comments and job summaries."""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from typing import IO

from newslint.checks.rule import Finding
from newslint.output._counts import Counts
from newslint.run.engine import FileResult


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    write(results, stream)


def report(results: Sequence[FileResult], limit: int | None = None, title: str = "newslint") -> str:
    """The Markdown report; with ``limit``, at most that many finding rows (the rest are counted)."""
    out = io.StringIO()
    write(results, out, limit, title)
    return out.getvalue()


def write(results: Iterable[FileResult], stream: IO[str], limit: int | None = None, title: str = "newslint") -> None:
    """Write the report in one pass over the results: the rows are spooled to a temporary file (memory
    stays flat on an archive) until the counts that head the report are known."""
    counts = Counts()
    failed: list[FileResult] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as rows:
        for r in results:  # one pass: a large run's results are read back from disk
            if r.error:
                failed.append(r)
            shown = r.findings if limit is None else r.findings[: max(0, limit - counts.findings)]
            rows.writelines(_row(r.path, f) for f in shown)
            counts.add(r)
        stream.write(f"## {title}\n\n")
        findings, files, by_severity = counts.findings, counts.files, counts.by_severity
        if not findings and not failed:
            stream.write(f"No findings in {_plural(files, 'file')}.\n")
            return
        levels = ", ".join(
            _plural(by_severity[s], s) if s != "info" else f"{by_severity[s]} info"
            for s in ("error", "warning", "info")
            if by_severity[s]
        )
        head = f"{_plural(findings, 'finding')}" + (f" ({levels})" if levels else "")
        head += f" in {_plural(files, 'file')}"
        if failed:
            head += f"; {_plural(len(failed), 'file')} could not be linted"
        stream.write(head + ".\n")
        if findings:
            lines = ["", "| category | findings |", "|---|---:|"]
            lines += [f"| {cat} | {n} |" for cat, n in sorted(counts.by_category.items())]
            lines += ["", "| file | line | rule | severity | finding | suggestion |", "|---|---:|---|---|---|---|"]
            stream.write("\n".join(lines))
            rows.seek(0)
            shutil.copyfileobj(rows, stream)
            if limit is not None and findings > limit:
                stream.write(f"\n\n…and {_plural(findings - limit, 'more finding')} (see the full report).")
        if failed:
            stream.write("\n\nCould not be linted:\n")
            stream.write("".join(f"\n- {_cell(r.path)}: {_cell(r.error or '')}" for r in failed))
        stream.write("\n")


def _row(path: str, f: Finding) -> str:
    return (
        f"\n| {_cell(path)} | {f.line}:{f.column} | {f.code} {_cell(f.name)} | {f.severity}"
        f" | {_cell(f.message)} | {_cell(f.suggestion.message)} |"
    )


def _cell(text: str) -> str:
    """Text that stays inside one table cell and renders as written."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"
