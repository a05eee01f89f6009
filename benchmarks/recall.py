"""Recall on real news pages read in full: of what an editor listed, how much do the rules flag?

    .venv/bin/python benchmarks/recall.py [--half tuning|validation] [--rules NL3|NL503] [--verbose]

An editor read 20 pages of a half of ``../shared/corpus/news-dev`` from the first paragraph of the
story to the last and listed, in ``benchmarks/judged/news-dev-recall.jsonl``, every figure a reader
would want sourced (``rules: NL3``) and every piece of page furniture sitting among the story's
paragraphs as if it were prose (``rules: NL503``), each with its line; a page with nothing to list
has a ``none`` line. An item counts as flagged when a finding of those rules (every rule of the
family selected) starts within a line of it and, for figures, points at the figure.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict

from precision import CORPUS, ROOT, Seen, lint

from newslint.config.options import Config

LISTED = ROOT / "benchmarks" / "judged" / "news-dev-recall.jsonl"


_MORE = re.compile(r"more (?:NL\d{3} )?on this page: lines? ([\d, ]+)")


def lines_of(s: Seen) -> list[int]:
    """The lines a finding stands for: its own, and those it names ("2 more on this page: lines 11, 13")."""
    more = _MORE.search(s.message)
    return [s.line, *(int(n) for n in more.group(1).replace(",", " ").split())] if more else [s.line]


def flagged(item: dict, seen: list[Seen]) -> bool:
    for s in seen:
        if s.file != item["file"] or all(abs(line - item["line"]) > 1 for line in lines_of(s)):
            continue
        if item["rules"] == "NL503" or any(word in s.excerpt for word in item["text"].split()[:3]):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tuning", "validation"), default="validation")
    parser.add_argument("--rules", choices=("NL3", "NL503"))
    parser.add_argument("--verbose", action="store_true", help="list each item, flagged or missed")
    args = parser.parse_args()
    items = [json.loads(line) for line in LISTED.read_text().splitlines() if line.strip()]
    by_rules: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        if item["half"] == args.half and args.rules in (None, item["rules"]):
            by_rules[item["rules"]].append(item)
    if not by_rules:
        raise SystemExit(f"no pages of the {args.half} half are listed for {args.rules or 'any rules'}")
    for rules, listed in sorted(by_rules.items()):
        pages = sorted({i["file"] for i in listed})
        seen, _ = lint([CORPUS / "pages" / page for page in pages], Config(select=(rules,)))
        wanted = [i for i in listed if not i.get("none")]
        hits = [flagged(i, seen) for i in wanted]
        if args.verbose:
            for item, hit in zip(wanted, hits, strict=True):
                print(f"{'flagged' if hit else 'missed '}  {item['file']}:{item['line']}  {item['text'][:70]}")
        share = sum(hits) / len(wanted) if wanted else 1.0
        print(
            f"{rules} on {len(pages)} {args.half} pages read in full: {sum(hits)} of {len(wanted)} listed "
            f"flagged (recall {share:.2f}); {len(seen)} findings on these pages"
        )


if __name__ == "__main__":
    main()
