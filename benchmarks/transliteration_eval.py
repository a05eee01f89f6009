"""How well the transliteration rules agree with hand-labelled articles.

    .venv/bin/python benchmarks/transliteration_eval.py [--labels FILE] [--verbose]

Each case of ``tests/data/transliteration-labelled.yaml`` is linted with ``lint_html`` and
``select = ["NL2"]`` (the default packs, no house style), and its findings are compared with the
case's ``expect`` list.

Counting unit: one item is one finding. NL201 and NL202 give one finding per minority occurrence
(each one is a fix to apply); NL203, a suggestion a person must judge, gives one finding per
minority *spelling*, at its first occurrence (its message counts the other uses). A finding
agrees with an expected item when code, text and replacement are equal; the text is the
finding's source excerpt with entities decoded and runs of ASCII whitespace read as one space.
Items are matched as multisets, so two findings for two occurrences need two expected items.

Groups: "listed" is NL201/NL202 (pack-listed names), "unlisted" is NL203 (suggestions), over all
cases, trap cases included; "traps" counts the findings on trap cases, which must be none.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newslint.config.options import Config
from newslint.run.engine import lint_html

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "transliteration-labelled.yaml"
GROUPS = {"NL201": "listed", "NL202": "listed", "NL203": "unlisted"}
_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")

Item = tuple[str, str, str]  # code, text, replacement


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(slots=True)
class Result:
    scores: dict[str, Score] = field(default_factory=lambda: {g: Score() for g in set(GROUPS.values())})
    trap_findings: int = 0
    trap_cases: int = 0
    cases: int = 0
    # (case id, "missed" or "extra", item)
    disagreements: list[tuple[str, str, Item]] = field(default_factory=list)


def load_cases(path: Path = LABELS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def as_read(excerpt: str) -> str:
    """A finding's source text as the labels write it: entities decoded, ASCII whitespace runs as one space."""
    return _ASCII_SPACE.sub(" ", html.unescape(excerpt))


def found_items(case_html: str, config: Config) -> Counter[Item]:
    findings = lint_html(case_html, config)
    return Counter((f.code, as_read(f.excerpt), f.suggestion.replacement or "") for f in findings if f.code in GROUPS)


def expected_items(case: dict) -> Counter[Item]:
    return Counter((e["code"], e["text"], e.get("replacement", "")) for e in case.get("expect") or ())


def evaluate(cases: list[dict]) -> Result:
    """Compare every case's findings with its labels."""
    config = Config(select=("NL2",))
    result = Result()
    for case in cases:
        found, expected = found_items(case["html"], config), expected_items(case)
        result.cases += 1
        if case["kind"] == "trap":
            result.trap_cases += 1
            result.trap_findings += sum(found.values())
        for item, n in (found & expected).items():
            result.scores[GROUPS[item[0]]].tp += n
        for item, n in (found - expected).items():
            result.scores[GROUPS[item[0]]].fp += n
            result.disagreements.extend((case["id"], "extra", item) for _ in range(n))
        for item, n in (expected - found).items():
            result.scores[GROUPS[item[0]]].fn += n
            result.disagreements.extend((case["id"], "missed", item) for _ in range(n))
    return result


def table(result: Result) -> str:
    lines = [f"{result.cases} cases", "", "group      TP   FP   FN  precision  recall"]
    for group in ("listed", "unlisted"):
        s = result.scores[group]
        lines.append(f"{group:<9} {s.tp:>3}  {s.fp:>3}  {s.fn:>3}  {s.precision:>9.3f}  {s.recall:>6.3f}")
    lines.append(f"traps: {result.trap_findings} findings on {result.trap_cases} trap cases")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    result = evaluate(load_cases(args.labels))
    print(table(result))
    if args.verbose:
        print()
        for case_id, what, (code, text, replacement) in result.disagreements:
            print(f"{what:<6} {case_id}: {code} {text!r} -> {replacement!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
