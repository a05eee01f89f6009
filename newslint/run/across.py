"""Findings that only a look across the files of a run can make (NL204, NL505).

Each file's lint leaves candidates: the rules across files note what the article chose (for a
pack-listed name, the spelling it uses most; for an agency, the form its credit line uses).
Once every file is linted, each such rule settles its own candidates (``Rule.settle``): the
findings it confirms go to their files. Cheap: a few candidates per file, and nothing at all
with a single file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import TypeVar

from newslint.checks import get_rule
from newslint.checks.rule import Candidate, Finding, Rule
from newslint.run.engine import FileResult, crash

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


def confirm(candidates: Iterable[tuple[K, Candidate]]) -> dict[K, list[Finding]]:
    """The findings that (file, candidate) pairs from a whole run confirm, by file: each rule settles its own."""
    by_rule: dict[str, list[tuple[K, Candidate]]] = defaultdict(list)
    for file, candidate in candidates:
        by_rule[candidate.finding.code].append((file, candidate))
    out: dict[K, list[Finding]] = defaultdict(list)
    for code, filed in by_rule.items():
        rule = _rule(code)
        home = {id(c.finding): file for file, c in filed}
        try:
            for finding in rule.settle([c for _, c in filed]):
                out[home[id(finding)]].append(finding)
        except Exception as exc:  # a broken rule is reported in each file it left candidates in, never fatal
            for file in dict.fromkeys(file for file, _ in filed):
                out[file].append(_at_start(crash(rule, exc)))
    return dict(out)


def _rule(code: str) -> Rule:
    found = get_rule(code)
    if found is None:
        raise LookupError(f"candidates of {code}, a rule this newslint does not have")
    return found()


def _at_start(finding: Finding) -> Finding:
    """A finding about the whole file, located as the engine locates one at its start."""
    finding.line = finding.column = finding.end_line = finding.end_column = 1
    return finding
