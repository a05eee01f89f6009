"""How well newslint finds the story body: F1 over 4-word shingles against hand-marked text.

    .venv/bin/python benchmarks/extraction_f1.py [--corpus ../shared/corpus]

The metric is the article-extraction-benchmark's: tokens are ``\\w+`` runs, shingles are 4-token
tuples; per page, true/false positives and false negatives are multiset counts of shingles,
normalised by their sum; precision and recall are averaged over pages, and F1 is taken from the
averages. The predicted text is the body newslint's ``parse`` command reports (story blocks,
boilerplate removed). Sets: news-181 (ground-truth.json) and readability (expected/*.html,
Readability.js output, as a second reference).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newslint.document.model import Document
from newslint.document.reading import InputError, decode
from newslint.document.tree import parse_html, text_of

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_scores(true: str, pred: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where the page does not count for that average."""
    t, p = shingles(true), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    if fp == fn == 0:
        return (1.0 if tp + fp > 0 else None), (1.0 if tp + fn > 0 else None)
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return decode(raw).text
    except InputError:
        return raw.decode("utf-8", "replace")


def body_text(html: str) -> str:
    doc = Document(html, kind="page")
    return "\n".join(block.prose for block in doc.regions.blocks)


def cases(corpus: Path, name: str) -> Iterator[tuple[Path, str]]:
    if name == "news-181":
        truth = json.loads((corpus / name / "ground-truth.json").read_text(encoding="utf-8"))
        for key, value in sorted(truth.items()):
            yield corpus / name / "pages" / f"{key}.html", value.get("articleBody", "")
    else:
        for expected in sorted((corpus / name / "expected").glob("*.html")):
            page = corpus / name / "pages" / expected.name
            if page.is_file():
                yield page, text_of(parse_html(read_text(expected)))


def evaluate(corpus: Path, name: str) -> dict[str, float]:
    precisions, recalls = [], []
    parse_s = total_s = 0.0
    pages = list(cases(corpus, name))
    for page, truth in pages:
        html = read_text(page)
        start = time.perf_counter()
        parse_html(html)
        parse_s += time.perf_counter() - start
        start = time.perf_counter()
        pred = body_text(html)
        total_s += time.perf_counter() - start
        precision, recall = page_scores(truth, pred)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    return {
        "pages": len(pages),
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r),
        "parse_ms": 1000 * parse_s / len(pages),
        "regions_ms": 1000 * (total_s - parse_s) / len(pages),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    print(f"{'set':<12} {'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6}  parse ms/page  regions ms/page")
    for name in ("news-181", "readability"):
        if not (args.corpus / name).is_dir():
            continue
        m = evaluate(args.corpus, name)
        print(
            f"{name:<12} {m['pages']:>5} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f}"
            f"  {m['parse_ms']:>13.2f}  {m['regions_ms']:>15.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
