"""What the report formats say of a whole run, added up as they read it (no pydantic: the text
report imports it on every run)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.run.engine import FileResult


class Counts:
    """A run's numbers (files, files not linted, findings by severity and category), added up one result at a time."""

    def __init__(self) -> None:
        self.files = self.errors = self.findings = 0
        self.by_severity: Counter[str] = Counter()
        self.by_category: Counter[str] = Counter()

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.errors += bool(result.error)
        self.findings += len(result.findings)
        self.by_severity.update(f.severity for f in result.findings)
        self.by_category.update(f.category for f in result.findings)
