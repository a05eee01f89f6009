"""``--format json``: the whole report as one JSON document (see the conventions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from newslint.engine import FileResult
from newslint.report import build_report


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    stream.write(build_report(results).model_dump_json(indent=2))
    stream.write("\n")
