"""How well the attribution rules (NL3xx) agree with hand-labelled stories.

    .venv/bin/python benchmarks/attribution_eval.py [--labels FILE] [--verbose]

Each case of ``tests/data/attribution-labelled.yaml`` is linted with ``lint_html`` and
``select = ["NL3"]``, and its findings are compared with the case's ``expect`` list.

Counting unit: one item is one finding, a (code, text) pair, where text is the finding's source
excerpt with entities decoded and runs of ASCII whitespace read as one space. Items are matched
as multisets. A finding with the right text but another code counts as one false positive and
one false negative. "sentences" counts the sentences of the labelled prose, as newslint splits
them.

With ``--corpus DIR`` it reads every ``*.html`` page under DIR instead and prints the rate of NL3
findings per 1,000 words of story text (the prose newslint recognises as the story), and with
``--sample N`` N of those findings, spread evenly over the run, each with its sentence, for review
by hand.
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
from newslint.document.model import Document
from newslint.document.reading import InputError, decode
from newslint.lib.settings import settings_for
from newslint.run.engine import lint_document, lint_html

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "attribution-labelled.yaml"
_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")

Item = tuple[str, str]  # code, text


@dataclass(slots=True)
class Result:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    cases: int = 0
    sentences: int = 0
    by_code: dict[str, Counter[str]] = field(default_factory=dict)
    # (case id, "missed" or "extra", item)
    disagreements: list[tuple[str, str, Item]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load_cases(path: Path = LABELS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def as_read(excerpt: str) -> str:
    """A finding's source text as the labels write it: entities decoded, ASCII whitespace runs as one space."""
    return _ASCII_SPACE.sub(" ", html.unescape(excerpt))


def found_items(case_html: str, config: Config) -> Counter[Item]:
    return Counter((f.code, as_read(f.excerpt)) for f in lint_html(case_html, config) if f.code.startswith("NL3"))


def expected_items(case: dict) -> Counter[Item]:
    return Counter((e["code"], e["text"]) for e in case.get("expect") or ())


def count_sentences(case_html: str) -> int:
    doc = Document(case_html, boilerplate=settings_for(Config()).boilerplate)
    return sum(1 for block in doc.regions.prose for _ in block.sentences())


@dataclass(slots=True)
class CorpusRun:
    pages: int = 0
    words: int = 0
    by_code: Counter[str] = field(default_factory=Counter)
    # (path, code, excerpt, sentence)
    findings: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return 1000 * sum(self.by_code.values()) / self.words if self.words else 0.0


def run_corpus(root: Path) -> CorpusRun:
    """Lint every page under ``root`` with the NL3 rules; count story words and findings."""
    settings = settings_for(Config(select=("NL3",)))
    run = CorpusRun()
    for path in sorted(root.rglob("*.html")):
        try:
            text = decode(path.read_bytes()).text
        except InputError:
            continue
        doc = Document(text, str(path), "auto", settings.boilerplate)
        run.pages += 1
        run.words += sum(len(block.prose.split()) for block in doc.regions.prose)
        lines = text.splitlines()
        for f in lint_document(doc, settings):
            run.by_code[f.code] += 1
            line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
            run.findings.append((str(path.relative_to(root)), f.code, as_read(f.excerpt), _around(line, f.column)))
    return run


def _around(line: str, column: int, width: int = 110) -> str:
    start = max(0, column - 1 - width)
    return _ASCII_SPACE.sub(" ", html.unescape(line[start : column - 1 + width])).strip()


def evaluate(cases: list[dict]) -> Result:
    """Compare every case's findings with its labels."""
    config = Config(select=("NL3",))
    result = Result()
    for case in cases:
        found, expected = found_items(case["html"], config), expected_items(case)
        result.cases += 1
        result.sentences += count_sentences(case["html"])
        for outcome, items in (("tp", found & expected), ("fp", found - expected), ("fn", expected - found)):
            for item, n in items.items():
                setattr(result, outcome, getattr(result, outcome) + n)
                result.by_code.setdefault(item[0], Counter())[outcome] += n
                if outcome != "tp":
                    what = "extra" if outcome == "fp" else "missed"
                    result.disagreements.extend((case["id"], what, item) for _ in range(n))
    return result


def table(result: Result) -> str:
    lines = [f"{result.cases} cases, {result.sentences} sentences", "", "code     TP   FP   FN"]
    for code in sorted(result.by_code):
        c = result.by_code[code]
        lines.append(f"{code:<6} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4}")
    lines.append(f"{'all':<6} {result.tp:>4} {result.fp:>4} {result.fn:>4}")
    lines.append(f"precision {result.precision:.3f}  recall {result.recall:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--corpus", type=Path, help="report the finding rate on the pages under this folder")
    parser.add_argument("--sample", type=int, default=0, help="with --corpus, print this many findings")
    args = parser.parse_args(argv)
    if args.corpus:
        run = run_corpus(args.corpus)
        print(f"{run.pages} pages, {run.words} words of story text, {sum(run.by_code.values())} findings")
        print(
            f"{run.rate:.2f} findings per 1,000 words; " + ", ".join(f"{c} {n}" for c, n in sorted(run.by_code.items()))
        )
        step = max(1, len(run.findings) // args.sample) if args.sample else 0
        for i, (path, code, excerpt, context) in enumerate(run.findings[::step][: args.sample] if step else []):
            print(f"\n{i + 1:>2}. {code} {excerpt!r} in {path}\n    {context}")
        return 0
    result = evaluate(load_cases(args.labels))
    print(table(result))
    if args.verbose:
        print()
        for case_id, what, (code, text) in result.disagreements:
            print(f"{what:<6} {case_id}: {code} {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
