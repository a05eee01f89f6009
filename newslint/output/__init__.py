"""Report formats: one module per format, each with ``render(results, stream)``."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import IO, TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from newslint.run.engine import FileResult

FORMATS = ("text", "json", "jsonl", "github", "sarif", "markdown", "junit", "html")


class Renderer(Protocol):
    def __call__(self, results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None: ...


def renderer(name: str) -> Renderer:
    render: Renderer = import_module(f"newslint.output.{name}").render
    return render
