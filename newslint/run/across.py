"""Findings that only a look across the files of a run can make (NL204).

Each file's lint leaves candidates: for every pack-listed name, the spelling the article uses
most, at its first use. Once every file is linted, the spelling most articles use is the set's;
each article that spells the name otherwise gets a finding there. Cheap: a few tuples per file,
and nothing at all with a single file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from typing import TypeVar

from newslint.checks.rule import Finding, Suggestion
from newslint.run.engine import FileResult

K = TypeVar("K", bound=Hashable)


def settle(results: list[FileResult]) -> None:
    """Turn the candidates that the whole run confirms into findings of their files."""
    confirmed = confirm((i, c) for i, result in enumerate(results) for c in result.candidates)
    for i, result in enumerate(results):
        result.candidates = []
        add(result, confirmed.get(i, []))


def add(result: FileResult, findings: list[Finding]) -> None:
    """Add confirmed findings to a file's result, in source order."""
    if findings:
        result.findings = sorted([*result.findings, *findings], key=lambda f: (f.start, f.code, f.end))


def confirm(candidates: Iterable[tuple[K, Finding]]) -> dict[K, list[Finding]]:
    """The findings that (file, candidate) pairs from a whole run confirm, by file."""
    by_name: dict[str, list[tuple[K, Finding]]] = defaultdict(list)
    out: dict[K, list[Finding]] = defaultdict(list)
    for file, candidate in candidates:
        if "name" in candidate.extra:
            by_name[str(candidate.extra["name"])].append((file, candidate))
        else:  # a rule that crashed while leaving candidates (NL901): report it as it is
            out[file].append(candidate)
    for uses in by_name.values():
        if len(uses) < 2:
            continue
        articles = Counter(str(c.extra["key"]) for _, c in uses)
        ranked = articles.most_common(2)
        if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
            continue  # one spelling everywhere, or no spelling the set prefers
        major = ranked[0][0]
        model = next(c for _, c in uses if c.extra["key"] == major)
        for file, candidate in uses:
            if candidate.extra["key"] == major:
                continue
            spelling, usual = candidate.extra["spelling"], model.extra["spelling"]
            candidate.message = (
                f"'{spelling}' here, but {articles[major]} of {len(uses)} articles in this run write"
                f" '{usual}' for this {candidate.extra['kind']}"
            )
            candidate.suggestion = Suggestion(
                f"Write '{usual}' as the other articles do, or settle a house spelling", replacement=usual
            )
            out[file].append(candidate)
    return dict(out)
