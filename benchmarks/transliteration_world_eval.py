"""How the transliteration rules fare on names from around the world, against articles labelled apart from any pack.

    .venv/bin/python benchmarks/transliteration_world_eval.py [--labels FILE] [--packs FILE ...] [--verbose]

Each article of ``tests/data/transliteration-world.yaml`` is linted with ``lint_html`` and
``select = ["NL2"]``: the bundled packs, the files given with ``--packs``, no house style.

A pair (one name spelled two ways) is *listed* when one pack entry lists the majority spelling
and each minority spelling (read through newslint's own packs and name index), else *unlisted*.
A finding is *at* an occurrence when its span holds the occurrence or lies inside it (it may take
in a given name or an article with the labelled words, or leave them out).

- Listed: every minority occurrence must have an NL201 or NL202 finding at it (each is a fix).
- Unlisted: NL203 reports a minority spelling once, at its first use (its message counts the
  others; docs/rules/NL203.md), so each minority spelling needs one NL203 finding at one of its
  occurrences, or an NL201/NL202 finding at every occurrence.

A pair is recalled when each of its minority spellings is. Precision counts every NL2 finding:
the ones that recall a minority spelling (one NL203 per spelling, one NL201/NL202 per occurrence)
are true, every other is false. Trap findings (any overlap with a trap's occurrence) are false
findings too, and are also counted apart: there must be none.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newslint.checks.rule import Finding
from newslint.config.options import Config
from newslint.lib.settings import Settings
from newslint.lib.transliteration.name_index import spelling_key
from newslint.run.engine import lint_html

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "transliteration-world.yaml"
FIXES = frozenset({"NL201", "NL202"})
SUGGESTION = "NL203"

Article = dict[str, Any]  # one labelled article of the YAML; a pair and a trap are dicts too
Span = tuple[int, int]
Hit = tuple[int, Span]  # a finding (its index among the article's findings) and the occurrence it is at


def load_articles(path: Path = LABELS) -> list[Article]:
    articles: list[Article] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return articles


def spellings(pair: Article) -> list[str]:
    """The pair's surfaces: the majority first, then each minority."""
    return [pair["majority"]["text"], *(m["text"] for m in pair["minority"])]


def surfaces(article: Article) -> list[str]:
    """Every labelled surface of an article: its pairs' spellings and its traps' names."""
    found = [s for pair in article["pairs"] for s in spellings(pair)]
    return found + [name for trap in article["traps"] for name in trap["names"]]


def _matches(text: str, surface: str) -> list[Span]:
    """Where a surface stands as whole words; a possessive may follow, a hyphen or apostrophe may not."""
    pattern = r"(?<![\w\-'’])" + re.escape(surface) + r"(?![\w\-])(?!['’](?!s\b)\w)"
    return [m.span() for m in re.finditer(pattern, text)]


def occurrences(article: Article) -> dict[str, list[Span]]:
    """Each labelled surface's occurrences, less those inside an occurrence of a longer labelled surface."""
    text = article["html"]
    found = {surface: _matches(text, surface) for surface in surfaces(article)}
    kept: dict[str, list[Span]] = {}
    for surface, spans in found.items():
        longer = [span for other, others in found.items() if len(other) > len(surface) for span in others]
        kept[surface] = [(b, e) for b, e in spans if not any(ob <= b and e <= oe for ob, oe in longer)]
    return kept


class Listing:
    """Which pack entry, if any, lists a spelling: the packs as the rules read them."""

    def __init__(self, config: Config) -> None:
        self.by_key = Settings(config).name_index.by_key

    def entry(self, surface: str) -> object | None:
        found = self.by_key.get((False, spelling_key(surface))) or self.by_key.get((True, surface))
        return found[0] if found else None

    def listed(self, majority: str, minority: str) -> bool:
        entry = self.entry(majority)
        return entry is not None and entry is self.entry(minority)


@dataclass(slots=True)
class Tally:
    recalled: int = 0
    pairs: int = 0

    @property
    def recall(self) -> float:
        return self.recalled / self.pairs if self.pairs else 1.0


@dataclass(slots=True)
class Result:
    articles: int = 0
    true: int = 0
    false: int = 0
    trap_findings: int = 0
    # (group, breakdown, value) -> tally; group is "listed" or "unlisted"
    tallies: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    # lines for --verbose
    misses: list[str] = field(default_factory=list)
    false_findings: list[str] = field(default_factory=list)
    wrong_fixes: list[str] = field(default_factory=list)  # true findings whose replacement is not the majority

    @property
    def precision(self) -> float:
        return self.true / (self.true + self.false) if self.true + self.false else 1.0

    def tally(self, group: str, breakdown: str, value: str) -> Tally:
        return self.tallies[(group, breakdown, value)]


def _at(finding: Finding, span: Span) -> bool:
    """The finding's span holds the occurrence or lies inside it."""
    b, e = span
    return (finding.start <= b and e <= finding.end) or (b <= finding.start and finding.end <= e)


def _overlaps(finding: Finding, span: Span) -> bool:
    return finding.start < span[1] and span[0] < finding.end


def score_article(article: Article, findings: list[Finding], listing: Listing, result: Result) -> None:
    """Add one article's recall, true and false findings to the result."""
    found = [f for f in findings if f.code.startswith("NL2")]
    occ = occurrences(article)
    used: set[int] = set()  # indexes into found
    aid = article["id"]
    for pair in article["pairs"]:
        majority = pair["majority"]["text"]
        listed = all(listing.listed(majority, m["text"]) for m in pair["minority"])
        group = "listed" if listed else "unlisted"
        recalled = True
        for minority in pair["minority"]:
            surface = minority["text"]
            hits = _recall_spelling(found, used, occ[surface], listing.listed(majority, surface))
            if hits is None:
                recalled = False
                result.misses.append(f"missed {aid}: {surface!r} for {majority!r} ({group}, {pair['kind']})")
                continue
            for i, span in hits:
                used.add(i)
                if not _fixes_to(found[i], span, article["html"], majority):
                    result.wrong_fixes.append(
                        f"fix    {aid}: {found[i].code} {found[i].excerpt!r} -> "
                        f"{found[i].suggestion.replacement!r}, not {majority!r}"
                    )
        for breakdown, value in (
            ("all", "all"),
            ("region", article["region"]),
            ("kind", pair["kind"]),
            ("entity", pair["entity_kind"]),
            *(("variation", v) for v in pair["variation"]),
        ):
            tally = result.tally(group, breakdown, value)
            tally.pairs += 1
            tally.recalled += recalled
    traps = [span for trap in article["traps"] for name in trap["names"] for span in occ[name]]
    for i, finding in enumerate(found):
        if i in used:
            result.true += 1
            continue
        result.false += 1
        on_trap = any(_overlaps(finding, span) for span in traps)
        result.trap_findings += on_trap
        where = "on a trap" if on_trap else _where(article, occ, finding)
        replacement = finding.suggestion.replacement or ""
        result.false_findings.append(f"false  {aid}: {finding.code} {finding.excerpt!r} -> {replacement!r} ({where})")
    result.articles += 1


def _recall_spelling(found: list[Finding], used: set[int], spans: list[Span], listed: bool) -> list[Hit] | None:
    """The findings that report one minority spelling, or None when it is missed."""
    fixes: list[Hit] = []
    for span in spans:
        at = next((i for i, f in enumerate(found) if f.code in FIXES and i not in used and _at(f, span)), None)
        if at is not None and all(at != i for i, _ in fixes):
            fixes.append((at, span))
    if len(fixes) == len(spans):
        return fixes
    if listed:
        return None
    free = [i for i, f in enumerate(found) if f.code == SUGGESTION and i not in used]
    suggestion = next(((i, s) for i in free for s in spans if _at(found[i], s)), None)
    return None if suggestion is None else [*fixes, suggestion]


def _fixes_to(finding: Finding, span: Span, html: str, majority: str) -> bool:
    """Whether the finding's replacement turns the occurrence into the majority spelling (its key, at least)."""
    replacement = finding.suggestion.replacement or ""
    if span[0] <= finding.start and finding.end <= span[1]:  # a part of the occurrence is replaced
        fixed = html[span[0] : finding.start] + replacement + html[finding.end : span[1]]
        return spelling_key(fixed) == spelling_key(majority)
    return spelling_key(majority) in spelling_key(replacement)


def _where(article: Article, occ: dict[str, list[Span]], finding: Finding) -> str:
    for pair in article["pairs"]:
        for n, surface in enumerate(spellings(pair)):
            if any(_overlaps(finding, span) for span in occ[surface]):
                return "on the majority spelling" if n == 0 else "at a minority occurrence, not counted"
    return "on an unlabelled name"


def evaluate(articles: list[Article], packs: Iterable[Path] = ()) -> Result:
    """Lint every article and score its findings against its labels."""
    config = Config(select=("NL2",), packs=tuple(str(p.resolve()) for p in packs))
    listing = Listing(config)
    result = Result()
    for article in articles:
        score_article(article, lint_html(article["html"], config), listing, result)
    return result


def table(result: Result) -> str:
    lines = [f"{result.articles} articles", ""]
    lines.append("recall           listed            unlisted")
    breakdowns = ["all", "entity", "kind", "variation", "region"]
    for breakdown in breakdowns:
        values = sorted({v for (_, b, v) in result.tallies if b == breakdown})
        if breakdown != "all":
            lines.append(f"  by {breakdown}")
        for value in values:
            cells = []
            for group in ("listed", "unlisted"):
                t = result.tallies.get((group, breakdown, value), Tally())
                cells.append(f"{t.recalled:>3}/{t.pairs:<3} {t.recall:5.2f}" if t.pairs else f"{'-':>7}{'':>7}")
            lines.append(f"    {value:<26} {cells[0]:<17} {cells[1]}")
    lines += [
        "",
        f"findings: {result.true} true, {result.false} false; precision {result.precision:.3f}",
        f"trap findings: {result.trap_findings}",
        f"true findings whose fix does not give the majority spelling: {len(result.wrong_fixes)}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--packs", type=Path, nargs="*", default=[], help="extra names packs to read")
    parser.add_argument("--verbose", action="store_true", help="list every miss and every false finding")
    args = parser.parse_args(argv)
    result = evaluate(load_articles(args.labels), args.packs)
    print(table(result))
    if args.verbose:
        print()
        print("\n".join([*result.misses, *result.false_findings, *result.wrong_fixes]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
