"""How often newslint's accessibility rules agree with axe-core on real pages.

    .venv/bin/python benchmarks/axe_agreement.py [--corpus ../shared/corpus] [--rule AXE-ID] [--markdown]

``corpus/axe/*.jsonl`` holds axe-core's verdict on every corpus page (scripts off, as served).
For every axe rule that some newslint rule maps to (its ``axe`` metadata), a page counts as
flagged by axe when the rule is among its violations, and as flagged by newslint when any mapped
rule reports a finding on it; for the rules whose failures axe-core reports only as "needs
review" (``reviewOnFail``, such as ``bypass``), a page counts as flagged when the rule is among
its incomplete results; where axe-core splits one check over several rules (``SPLIT``), a page
counts as flagged when any of them flags it. Agreement is the share of pages on which both say the same; where
both flag a page, the element counts are compared too. ``--rule`` lists the pages behind each
disagreement for one axe rule, with axe's selectors and newslint's findings.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from newslint.checks import load_rules
from newslint.config.options import Config
from newslint.run.engine import lint_path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
# axe-core rules with ``reviewOnFail``: a failing page is listed under "incomplete", never "violations".
REVIEW_ON_FAIL = frozenset({"bypass"})
# axe-core rules that split between them what the first one's newslint rule checks: a page counts as
# flagged by the first when any of them flags it (form fields by kind: ACT e086e5, NL157).
SPLIT = {"label": ("select-name", "aria-input-field-name", "aria-toggle-field-name")}


@dataclass
class Tally:
    """Page-level agreement on one axe rule."""

    codes: set[str] = field(default_factory=set)
    both: int = 0
    neither: int = 0
    axe_only: list[str] = field(default_factory=list)
    newslint_only: list[str] = field(default_factory=list)
    same_count: int = 0

    @property
    def pages(self) -> int:
        return self.both + self.neither + len(self.axe_only) + len(self.newslint_only)

    @property
    def agreement(self) -> float:
        return (self.both + self.neither) / self.pages if self.pages else 1.0


def verdicts(corpus: Path) -> list[dict]:
    """axe-core's verdict per page, for the pages present and without an axe error."""
    found = []
    for jsonl in sorted((corpus / "axe").glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("error") is None and (corpus / record["file"]).is_file():
                found.append(record)
    return found


def newslint_findings(path: str) -> list[tuple[str, str | None, int, int, str]]:
    """(code, axe id, line, column, message) of each accessibility finding on one page."""
    result = lint_path(path, Config(select=("NL1",), kind="page"))
    return [(f.code, f.axe, f.line, f.column, f.message) for f in result.findings]


def compare(corpus: Path, jobs: int) -> tuple[dict[str, Tally], dict[str, dict], dict[str, list]]:
    mapped: dict[str, set[str]] = defaultdict(set)
    for rule in load_rules():
        if rule.axe:
            for axe_id in rule.axe.split(","):
                mapped[axe_id.strip()].add(rule.code)
    records = verdicts(corpus)
    paths = [str(corpus / r["file"]) for r in records]
    with ProcessPoolExecutor(jobs) as pool:
        results = dict(zip(paths, pool.map(newslint_findings, paths, chunksize=4), strict=True))
    tallies = {axe_id: Tally(codes=codes) for axe_id, codes in sorted(mapped.items())}
    by_page = {}
    for record, path in zip(records, paths, strict=True):
        violations = {v["id"]: v for v in record["violations"]}
        for axe_id in REVIEW_ON_FAIL.intersection(record["incomplete"]):
            violations.setdefault(axe_id, {"id": axe_id, "nodes": ["html"]})
        for axe_id, parts in SPLIT.items():
            nodes = [node for part in (axe_id, *parts) for node in violations.get(part, {}).get("nodes", [])]
            if nodes:
                violations[axe_id] = {"id": axe_id, "nodes": nodes}
        by_page[path] = violations
        for axe_id, tally in tallies.items():
            ours = [f for f in results[path] if f[0] in tally.codes]
            theirs = violations.get(axe_id)
            if theirs and ours:
                tally.both += 1
                tally.same_count += len(theirs["nodes"]) == len(ours)
            elif theirs:
                tally.axe_only.append(path)
            elif ours:
                tally.newslint_only.append(path)
            else:
                tally.neither += 1
    return tallies, by_page, results


def table(tallies: dict[str, Tally], markdown: bool) -> str:
    head = ("axe rule", "newslint", "pages", "both", "axe only", "newslint only", "agreement", "same count")
    rows = [
        (
            axe_id,
            ", ".join(sorted(t.codes)),
            str(t.pages),
            str(t.both),
            str(len(t.axe_only)),
            str(len(t.newslint_only)),
            f"{t.agreement:.1%}",
            f"{t.same_count}/{t.both}",
        )
        for axe_id, t in tallies.items()
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in [head, *rows])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rule", help="list the disagreements on one axe rule")
    parser.add_argument("--markdown", action="store_true", help="print the table as markdown")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not (args.corpus / "axe").is_dir():
        print(f"no axe verdicts under {args.corpus}/axe", file=sys.stderr)
        return 2
    tallies, by_page, results = compare(args.corpus, args.jobs)
    print(table(tallies, args.markdown))
    if args.rule:
        tally = tallies.get(args.rule)
        if tally is None:
            print(f"no newslint rule maps to {args.rule}", file=sys.stderr)
            return 2
        for label, paths in (("axe only", tally.axe_only), ("newslint only", tally.newslint_only)):
            print(f"\n## {label}: {len(paths)}")
            for path in paths:
                print(f"\n{path}")
                for selector in by_page[path].get(args.rule, {}).get("nodes", [])[:8]:
                    print(f"  axe: {selector}")
                for code, _, line, column, message in results[path]:
                    if code in tally.codes:
                        print(f"  {code} {line}:{column} {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
