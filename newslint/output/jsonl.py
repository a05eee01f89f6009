"""``--format jsonl``: one JSON object per file (the ``files`` items of the JSON report), for streaming."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from newslint.output.report import file_model
from newslint.run.engine import FileResult


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    for result in results:
        stream.write(file_model(result).model_dump_json())
        stream.write("\n")
