"""Precision of every rule on real news pages, replayed from an editor's judgements.

    .venv/bin/python benchmarks/precision.py [--half tuning|validation|all] [--select CODES] [--verbose]
    .venv/bin/python benchmarks/precision.py --to-judge N [--select NL3] [--seed S] --out FILE

The pages are ``../shared/corpus/news-dev/pages``, split by publisher into a tuning half and a
validation half once, in ``benchmarks/judged/news-dev-split.tsv`` (never re-drawn). Each page is
linted with every rule selected (rules off by default are measured too), and each finding is matched to its judgement in
``benchmarks/judged/news-dev.jsonl`` by (file, code, line, column). A judgement says:

- ``verdict``: ``TRUE`` (a real problem worth an editor's time), ``FALSE`` (wrong), ``NOISE``
  (true to the letter, not worth the time);
- ``suggestion``: ``ok``, ``wrong`` (it would put a wrong name or text in print) or ``none``;
- ``reason``: one line, and for FALSE the class of mistake.

Printed: per rule and per family, the findings now reported, how many are judged, TRUE / FALSE /
NOISE and precision (TRUE over judged); the unjudged findings; suggestions judged wrong; and the
judged TRUE findings no longer reported (real problems lost).

``--half all`` lints both halves as one run (the rules across files, NL204 and NL505, compare
the articles of a run). ``--write-specs`` records each judged rule's precision on the half in its spec
(``rules/<family>/<CODE>.yaml``), where its docs, ``newslint rules`` and its default read it.

``--to-judge N`` writes N unjudged findings drawn at random (spread over the rules selected) as
JSON lines with what a judge needs: the message, the suggestion, the excerpt, the paragraph it
sits in with the paragraphs around it, and the markup around it. Judges do not see this script's
version or the rule's code.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from newslint.checks import load_rules
from newslint.config.options import Config
from newslint.config.specs import Precision, read_spec, spec_paths
from newslint.document.model import Document
from newslint.document.reading import InputError, read_source
from newslint.document.tree import text_of
from newslint.lib.settings import settings_for
from newslint.run.across import settle
from newslint.run.engine import lint_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-dev"
SPLIT = ROOT / "benchmarks" / "judged" / "news-dev-split.tsv"
JUDGED = ROOT / "benchmarks" / "judged" / "news-dev.jsonl"
VERDICTS = ("TRUE", "FALSE", "NOISE")
ONE_PER_PAGE = frozenset(r.code for r in load_rules() if r.one_per_page)
ON_BY_DEFAULT = frozenset(r.code for r in load_rules() if r.enabled_by_default)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")

Key = tuple[str, str, int, int]  # file, code, line, column


@dataclass(slots=True)
class Seen:
    """One finding of the current code on one page, with what a judge needs."""

    file: str
    code: str
    name: str
    line: int
    column: int
    message: str
    suggestion: str
    replacement: str | None
    excerpt: str
    start: int
    end: int

    @property
    def key(self) -> Key:
        return self.file, self.code, self.line, self.column


def split() -> dict[str, str]:
    """Publisher domain → half."""
    with SPLIT.open(encoding="utf-8") as f:
        return {row["publisher_domain"]: row["half"] for row in csv.DictReader(f, delimiter="\t")}


def pages(half: str) -> list[Path]:
    """The pages of one half (or, for "all", of both: one run, as NL204 needs), in manifest order."""
    halves = split()
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [CORPUS / "pages" / r["file"] for r in rows if half in ("all", halves[r["publisher_domain"]])]


def lint(paths: list[Path], config: Config) -> tuple[list[Seen], dict[str, Document]]:
    settings = settings_for(config)
    seen: list[Seen] = []
    docs: dict[str, Document] = {}
    results = []
    for path in paths:
        try:
            source = read_source(path)
        except InputError:
            continue
        doc = Document(source.text, str(path), config.kind, settings.boilerplate)
        docs[path.name] = doc
        results.append((path, lint_file(doc, settings)))
    settle([result for _, result in results])  # the rules across files (NL204, NL505) over the half, as one run
    for path, result in results:
        for f in result.findings:
            s = f.suggestion
            seen.append(
                Seen(
                    path.name,
                    f.code,
                    f.name,
                    f.line,
                    f.column,
                    f.message,
                    s.message,
                    s.replacement,
                    f.excerpt,
                    f.start,
                    f.end,
                )
            )
    return seen, docs


def load_judged(path: Path = JUDGED) -> dict[Key, dict]:
    judged: dict[Key, dict] = {}
    if not path.exists():
        return judged
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        j = json.loads(line)
        if j["verdict"] not in VERDICTS:
            raise SystemExit(f"{path}:{n}: verdict must be one of {', '.join(VERDICTS)}")
        judged[(j["file"], j["code"], j["line"], j["column"])] = j
    return judged


def family(code: str) -> str:
    return code[:3]


def precision(counts: Counter[str]) -> str:
    judged = sum(counts[v] for v in VERDICTS)
    return f"{counts['TRUE'] / judged:.2f}" if judged else "  - "


def _page_verdicts(judged: dict[Key, dict]) -> dict[tuple[str, str], dict]:
    """For rules that give one finding per page: the page's judged findings of the rule, as one verdict
    (TRUE if any was real, else NOISE if any was true to the letter, else FALSE)."""
    best: dict[tuple[str, str], dict] = {}
    rank = {"TRUE": 2, "NOISE": 1, "FALSE": 0}
    for (file, code, _, _), j in judged.items():
        if code in ONE_PER_PAGE and rank[j["verdict"]] >= rank[best.get((file, code), {"verdict": "FALSE"})["verdict"]]:
            best[(file, code)] = j
    return best


def write_specs(tallies: dict[str, Counter[str]], half: str) -> None:
    """Record each judged rule's precision on this half in its spec (``precision:``, the last key)."""
    for code, counts in sorted(tallies.items()):
        path = spec_paths().get(code)
        judged_n = sum(counts[v] for v in VERDICTS)
        if path is None or not judged_n:
            continue
        entries = {p.half: p for p in (read_spec(path).precision or [])}
        entries[half] = Precision(half=half, judged=judged_n, real=counts["TRUE"])
        text = path.read_text(encoding="utf-8")
        text = text[: text.index("\nprecision:") + 1] if "\nprecision:" in text else text
        lines = [f"  - {{half: {p.half}, judged: {p.judged}, real: {p.real}}}" for _, p in sorted(entries.items())]
        path.write_text(
            text
            + "precision:  # an editor's verdicts on real news pages (benchmarks/precision.py)\n"
            + "\n".join(lines)
            + "\n",
            encoding="utf-8",
        )


def _row(label: str, c: Counter[str]) -> None:
    judged_n = sum(c[v] for v in VERDICTS)
    print(
        f"{label:<40} {c['reported']:>8} {judged_n:>6} {c['TRUE']:>5} {c['FALSE']:>5} {c['NOISE']:>5} {precision(c):>5}"
    )


def report(seen: list[Seen], judged: dict[Key, dict], half: str, verbose: bool) -> dict[str, Counter[str]]:
    pages = _page_verdicts(judged)
    per_page = Counter((s.file, s.code) for s in seen)
    folded = {
        s.key: pages[(s.file, s.code)] for s in seen if (s.file, s.code) in pages and per_page[s.file, s.code] == 1
    }
    judged = {**judged, **folded}
    now = {s.key for s in seen} | {k for k in judged if (k[0], k[1]) in pages and k[1] in ONE_PER_PAGE}
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    wrong: list[dict] = []
    changed = 0  # suggestions judged wrong that read differently now: to judge again
    for s in seen:
        names[s.code] = s.name
        j = judged.get(s.key)
        verdict = j["verdict"] if j else "unjudged"
        for table in (by_rule[s.code], by_family[family(s.code)]):
            table["reported"] += 1
            table[verdict] += 1
        if j and j.get("suggestion") == "wrong":
            if j.get("suggestion_text", s.suggestion) == s.suggestion:
                wrong.append(j)
            else:
                changed += 1
    ours = {k: j for k, j in judged.items() if k not in now and half in ("all", j.get("half", half))}
    lost = [j for j in ours.values() if j["verdict"] == "TRUE"]
    gone = Counter(j["verdict"] for j in ours.values())
    print(f"news-dev {half} half: {len({s.file for s in seen})} pages with findings, {len(seen)} findings")
    print(f"{'rule':<7} {'name':<32} {'reported':>8} {'judged':>6} {'TRUE':>5} {'FALSE':>5} {'NOISE':>5} {'prec':>5}")
    for code in sorted(by_rule):
        _row(f"{code:<7} {names[code]}", by_rule[code])
    print("by family (every rule; 'default': the rules on by default):")
    for fam in sorted(by_family):
        _row(f"{fam}xx", by_family[fam])
    default: dict[str, Counter[str]] = defaultdict(Counter)
    for code, c in by_rule.items():
        if code in ON_BY_DEFAULT:
            default[family(code)].update(c)
    for fam in sorted(default):
        _row(f"{fam}xx default", default[fam])
    total = sum(sum(c[v] for v in VERDICTS) for c in by_rule.values())
    print(f"unjudged findings: {len(seen) - total}")
    print(f"suggestions judged wrong: {len(wrong)} (and {changed} judged wrong that have changed since)")
    print(f"judged findings no longer reported: {sum(gone.values())} ({dict(gone)}); TRUE among them: {len(lost)}")
    if verbose:
        for j in wrong:
            print(f"  wrong suggestion: {j['file']}:{j['line']}:{j['column']} {j['code']} {j.get('reason', '')}")
        for j in lost:
            print(f"  lost: {j['file']}:{j['line']}:{j['column']} {j['code']} {j.get('excerpt', '')!r}")
    return by_rule


def _visible(markup: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", markup)).strip()


def context(doc: Document, s: Seen) -> dict[str, str]:
    """The paragraph a finding sits in and its neighbours (story text), and the markup around it."""
    out: dict[str, str] = {}
    blocks = doc.regions.blocks
    for i, block in enumerate(blocks):
        start, end = doc.text_span(block.element, 0, len(block.text))
        if start <= s.start < end:
            if i:
                out["paragraph_before"] = blocks[i - 1].text
            out["paragraph"] = block.text
            if i + 1 < len(blocks):
                out["paragraph_after"] = blocks[i + 1].text
            break
    out["headline"] = doc.regions.headline_text
    lo, hi = max(0, s.start - 400), min(len(doc.text), s.end + 400)
    out["markup"] = doc.text[lo:hi]
    out["visible_text_around"] = _visible(doc.text[max(0, s.start - 1500) : min(len(doc.text), s.end + 1500)])
    if "paragraph" not in out:
        el = doc.root
        out["page_title"] = text_of(el.find(".//title")) if el.find(".//title") is not None else ""
    return out


def to_judge(
    seen: list[Seen],
    docs: dict[str, Document],
    judged: dict[Key, dict],
    n: int,
    seed: int,
    out: Path,
    uniform: bool = False,
) -> None:
    """Write n unjudged findings drawn at random: spread evenly over the rules (to learn each rule), or
    uniformly over the findings (``uniform``: a family's precision as its output is, for validation;
    at most three findings of one rule on one page enter the draw)."""
    rng = random.Random(seed)
    if uniform:
        # at most three of one rule on one page: a template fault repeated 400 times on a page must not
        # stand for the family
        taken: Counter[tuple[str, str]] = Counter()
        unjudged = []
        for s in seen:
            if s.key not in judged and taken[s.file, s.code] < 3:
                taken[s.file, s.code] += 1
                unjudged.append(s)
        chosen = rng.sample(unjudged, min(n, len(unjudged)))
    else:
        pool: dict[str, list[Seen]] = defaultdict(list)
        for s in seen:
            if s.key not in judged:
                pool[s.code].append(s)
        for items in pool.values():
            rng.shuffle(items)
        chosen = []
        while len(chosen) < n and any(pool.values()):
            for code in sorted(pool):
                if pool[code] and len(chosen) < n:
                    chosen.append(pool[code].pop())
    rng.shuffle(chosen)
    with out.open("w", encoding="utf-8") as f:
        for i, s in enumerate(chosen, 1):
            packet = {
                "id": i,
                "file": s.file,
                "code": s.code,
                "line": s.line,
                "column": s.column,
                "message": s.message,
                "suggestion": s.suggestion,
                "replacement": s.replacement,
                "excerpt": s.excerpt,
                **context(docs[s.file], s),
            }
            f.write(json.dumps(packet, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} findings to judge to {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tuning", "validation", "all"), default="tuning")
    parser.add_argument("--select", help="comma list of codes or families, as newslint check --select")
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--to-judge", type=int, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--defaults", action="store_true", help="lint at default settings, not with every rule")
    parser.add_argument("--uniform", action="store_true", help="--to-judge draws uniformly, not rule by rule")
    parser.add_argument("--write-specs", action="store_true", help="record each rule's precision in its spec")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not there", file=sys.stderr)
        return 0
    # rules off by default are measured too, unless --defaults asks for what a user sees
    seen, docs = lint(pages(args.half), Config() if args.defaults else Config(select=("ALL",)))
    if args.select:
        wanted = [c.strip().upper() for c in args.select.split(",")]
        seen = [s for s in seen if any(s.code.startswith(w) for w in wanted)]
    judged = load_judged(args.judged)
    if args.select:
        judged = {k: j for k, j in judged.items() if any(k[1].startswith(w) for w in wanted)}
    if args.to_judge:
        if not args.out:
            parser.error("--to-judge needs --out")
        to_judge(seen, docs, judged, args.to_judge, args.seed, args.out, args.uniform)
        return 0
    tallies = report(seen, judged, args.half, args.verbose)
    if args.write_specs and args.half != "all":
        write_specs(tallies, args.half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
