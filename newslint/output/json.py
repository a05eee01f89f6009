"""``--format json``: the whole report as one JSON document (see the conventions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from newslint.output.report import write_report
from newslint.run.engine import FileResult


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    write_report(results, stream)
    stream.write("\n")
