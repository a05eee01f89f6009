"""How newslint's accessibility rules fare on the W3C ACT Rules' own test cases.

    .venv/bin/python benchmarks/act_conformance.py [--act ../shared/act-rules] [--write] [--rule ACT-ID]

Each case of every ACT rule that some newslint rule claims (its ``act`` metadata, in full or in
part) is read as a page, with every rule selected and every finding listed (``group = false``).
Scored as conformance tools score themselves: a Failed case must get at least one finding of the
claiming rules, a Passed or Inapplicable case none. Cases a static reading of the HTML cannot decide
(they need a browser, a script run, a media file or a reader's judgement) are listed, with the words
of the case's own description that say so, in ``tests/data/act-undecidable.yaml``; so are the ACT
rules that no static reading decides. ``--write`` writes ``docs/act-conformance.md``, which
tests/test_act_conformance.py keeps current; ``--rule`` prints the cases of one ACT rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from newslint.checks import load_rules
from newslint.config.options import Config
from newslint.run.engine import lint_html

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ACT = ROOT.parent / "shared" / "act-rules"
UNDECIDABLE = ROOT / "tests" / "data" / "act-undecidable.yaml"
DOC = ROOT / "docs" / "act-conformance.md"
COMMAND = ".venv/bin/python benchmarks/act_conformance.py --write"
ACT_PAGE = "https://www.w3.org/WAI/standards-guidelines/act/rules/{}/"
# Examples written in another language than HTML (SVG and MathML documents, RDF): not pages.
_NOT_HTML = frozenset({"svg", "xml", "js"})


@dataclass(frozen=True)
class Result:
    """One ACT case: what it expects, what the claiming rules found, and the verdict."""

    file: str
    actid: str
    outcome: str  # passed, failed, inapplicable
    description: str
    found: tuple[tuple[str, str], ...]  # (code, message) of the claiming rules' findings
    needs: str | None  # why a static reading cannot decide it (a key of the vocabulary), else None

    @property
    def agrees(self) -> bool:
        return bool(self.found) == (self.outcome == "failed")

    @property
    def decidable(self) -> bool:
        return self.needs is None


def claims() -> dict[str, dict[str, str]]:
    """For each ACT rule some newslint rule claims: the claiming codes and their scope (same, partial)."""
    found: dict[str, dict[str, str]] = {}
    for rule in load_rules():
        for act_id, scope in rule.act:
            found.setdefault(act_id, {})[rule.code] = scope
    return found


@cache
def undecidable() -> dict:
    """The vocabulary of reasons, the ACT rules no static reading decides, and the undecidable cases."""
    return yaml.safe_load(UNDECIDABLE.read_text(encoding="utf-8"))


def load(act: Path) -> dict:
    return json.loads((act / "cases.json").read_text(encoding="utf-8"))


def lint_case(act: Path, case: dict) -> list[tuple[str, str]]:
    """Every finding on one case, read as a page (SVG, MathML and RDF examples as what they are)."""
    text = (act / "cases" / case["file"]).read_text(encoding="utf-8")
    kind = "auto" if case["code_lang"] in _NOT_HTML else "page"
    config = Config(select=("ALL",), group=False, kind=kind)
    return [(f.code, f.message) for f in lint_html(text, config, path=case["file"])]


def evaluate(act: Path) -> list[Result]:
    """Every case of every claimed ACT rule, in the order of cases.json."""
    claimed = claims()
    listed = undecidable()["cases"]
    results = []
    for case in load(act)["cases"]:
        codes = claimed.get(case["actid"])
        if not codes:
            continue
        found = tuple((code, message) for code, message in lint_case(act, case) if code in codes)
        entry = listed.get(case["file"])
        results.append(
            Result(
                case["file"],
                case["actid"],
                case["outcome"],
                case["description"],
                found,
                entry["needs"] if entry else None,
            )
        )
    return results


def status(actid: str, claimed: dict[str, dict[str, str]]) -> str:
    codes = claimed.get(actid, {})
    if "same" in codes.values():
        return "implemented"
    if codes:
        return "partial"
    if actid in undecidable()["rules"]:
        return "not decidable statically"
    return "not covered yet"


def by_rule(results: list[Result]) -> dict[str, list[Result]]:
    grouped: dict[str, list[Result]] = {}
    for r in results:
        grouped.setdefault(r.actid, []).append(r)
    return grouped


def fully_agreeing(results: list[Result]) -> list[str]:
    """The ACT rules on which every decidable case agrees (and there is at least one)."""
    return [
        actid
        for actid, rs in by_rule(results).items()
        if any(r.decidable for r in rs) and all(r.agrees for r in rs if r.decidable)
    ]


def _case_name(file: str) -> str:
    return file.removesuffix(".html").split("-", 1)[1]


def _verdict(r: Result) -> str:
    if r.needs:
        return f"not decidable ({r.needs}): {'agrees' if r.agrees else 'differs'}"
    return "agrees" if r.agrees else "**disagrees**"


def markdown(act: Path, results: list[Result]) -> str:
    data = load(act)
    claimed = claims()
    grouped = by_rule(results)
    vocab = undecidable()["needs"]
    decidable = [r for r in results if r.decidable]
    agreeing = sum(r.agrees for r in decidable)
    full = fully_agreeing(results)
    statuses = Counter(status(rule["actid"], claimed) for rule in data["rules"])
    out = [
        "# W3C ACT Rules conformance",
        "",
        f"newslint's accessibility rules run on the test cases of the W3C ACT Rules (commit "
        f"`{data['source']['commit'][:12]}` of act-rules.github.io: {len(data['rules'])} rules, "
        f"{len(data['cases'])} cases), scored as conformance tools score themselves: a Failed case must get "
        "a finding of the newslint rules that claim the ACT rule, a Passed or Inapplicable case none. Each "
        "case is read as a page with every rule selected and every finding listed (`group = false`).",
        "",
        f"- ACT rules: {', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))}.",
        f"- Cases of the claimed rules: {len(results)}; decidable by a static reading: {len(decidable)}, of "
        f"which newslint agrees on {agreeing} ({agreeing / len(decidable):.1%}).",
        f"- ACT rules on which every decidable case agrees: {len(full)}.",
        "",
        "A case is not decidable statically when it needs something only a browser, a script run, a media "
        "file or a reader has; each such case is listed with its reason in "
        "`tests/data/act-undecidable.yaml`, checked against the words of the case's own description:",
        "",
        *(f"- **{key}**: {text}" for key, text in vocab.items()),
        "",
        f"Written by `{COMMAND}`; tests/test_act_conformance.py fails when it is stale.",
        "",
        "## By ACT rule",
        "",
        "| ACT rule | name | status | newslint | cases | agree | disagree | not decidable |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for rule in data["rules"]:
        actid = rule["actid"]
        rs = grouped.get(actid, [])
        name = rule["rule"] + (" (deprecated)" if rule["deprecated"] else "")
        codes = ", ".join(f"{c} ({s})" for c, s in sorted(claimed.get(actid, {}).items())) or "-"
        if rs:
            agree = sum(r.agrees for r in rs if r.decidable)
            disagree = sum(not r.agrees for r in rs if r.decidable)
            kinds = Counter(r.needs for r in rs if r.needs)
            skipped = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "0"
            counts = [str(len(rs)), str(agree), str(disagree), skipped]
        else:
            counts = [str(rule["cases"]), "-", "-", "-"]
        cells = [f"[{actid}]({ACT_PAGE.format(actid)})", name, status(actid, claimed), codes, *counts]
        out.append("| " + " | ".join(cells) + " |")
    unclaimed = undecidable()["rules"]
    out += ["", "## ACT rules no static reading decides", ""]
    out += [
        f"- [{actid}]({ACT_PAGE.format(actid)}) ({entry['needs']}): {entry['reason']}"
        for actid, entry in unclaimed.items()
    ]
    out += ["", "## Cases", ""]
    names = {rule["actid"]: rule["rule"] for rule in data["rules"]}
    for actid, rs in grouped.items():
        out += [f"### {actid} {names[actid]}", "", "| case | expected | newslint | verdict |", "|---|---|---|---|"]
        for r in rs:
            found = ", ".join(sorted({code for code, _ in r.found})) or "-"
            out.append(f"| {_case_name(r.file)} | {r.outcome} | {found} | {_verdict(r)} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--act", type=Path, default=DEFAULT_ACT)
    parser.add_argument("--write", action="store_true", help=f"write {DOC.relative_to(ROOT)}")
    parser.add_argument("--rule", help="print the cases of one ACT rule")
    args = parser.parse_args()
    if not (args.act / "cases.json").is_file():
        print(f"no ACT cases under {args.act}", file=sys.stderr)
        return 2
    results = evaluate(args.act)
    if args.write:
        DOC.write_text(markdown(args.act, results), encoding="utf-8")
    for r in results:
        if (args.rule and r.actid == args.rule) or (not args.rule and r.decidable and not r.agrees):
            print(f"{r.file} [{r.outcome}] {_verdict(r)}: {r.description}")
            for code, message in r.found:
                print(f"    {code} {message}")
    decidable = [r for r in results if r.decidable]
    agreeing = sum(r.agrees for r in decidable)
    print(f"{agreeing}/{len(decidable)} decidable cases agree; {len(fully_agreeing(results))} ACT rules in full")
    return 0


if __name__ == "__main__":
    sys.exit(main())
