"""``--statistics``: how many findings each rule gave, most first (as ruff's ``--statistics``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import IO

from newslint.run.engine import FileResult


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    names: dict[str, str] = {}
    files: dict[str, set[str]] = {}
    errors = 0
    for result in results:
        errors += bool(result.error)
        for f in result.findings:
            counts[f.code] += 1
            fixable[f.code] += f.suggestion.applies
            names[f.code] = f.name
            files.setdefault(f.code, set()).add(result.path)
    width = len(str(max(counts.values(), default=0)))
    name_width = max(map(len, names.values()), default=0)
    for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        fix = f"  ({fixable[code]} fixable)" if fixable[code] else ""
        where = len(files[code])
        in_files = f"in {where} file{'s' if where != 1 else ''}"
        stream.write(f"{n:>{width}}  {code}  {names[code]:<{name_width}}  {in_files}{fix}\n")
    total = sum(counts.values())
    line = f"{total} finding{'s' if total != 1 else ''} in {len(results)} file{'s' if len(results) != 1 else ''}"
    if errors:
        line += f"; {errors} file{'s' if errors != 1 else ''} could not be linted"
    stream.write(line + ".\n")
