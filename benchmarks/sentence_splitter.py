"""Whether a sentence-splitting library would help the attribution rules: pysbd against newslint's splitter.

    .venv/bin/python benchmarks/sentence_splitter.py [--corpus ../shared/corpus] [--pages 150]

pysbd (``pip install pysbd``; rule-based, no model to download) is the small library from the
package registry that could replace ``newslint.text.sentences``. The script prints, on the
story prose of corpus pages, the time each splitter takes and how often they put a sentence end
at the same place, then the attribution rules' precision and recall on the labelled stories
with each splitter. (Dependency parsers such as spaCy need models that the package registry
does not hold, so they are out.)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from attribution_eval import evaluate, load_cases

from newslint.config.options import Config
from newslint.document.model import Document, regions
from newslint.document.reading import InputError, decode
from newslint.document.sentences import Sentence, sentences, trimmed
from newslint.lib.settings import settings_for

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def pysbd_sentences(segmenter: Any) -> Callable[..., Iterator[Sentence]]:
    """A drop-in for ``newslint.text.sentences`` that asks pysbd where sentences are."""

    def split(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
        end = len(text) if end is None else end
        for span in segmenter.segment(text[start:end]):
            yield from trimmed(text, start + span.start, start + span.end)

    return split


def story_prose(corpus: Path, pages: int) -> list[str]:
    boilerplate = settings_for(Config()).boilerplate
    texts = []
    for path in sorted(corpus.glob("*/pages/*.html"))[:pages]:
        try:
            doc = Document(decode(path.read_bytes()).text, str(path), "auto", boilerplate)
        except InputError:
            continue
        texts.extend(block.prose for block in doc.regions.prose)
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", type=int, default=150)
    args = parser.parse_args()
    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed (pip install pysbd)")
        return 1
    other = pysbd_sentences(pysbd.Segmenter(language="en", clean=False, char_span=True))
    if args.corpus.is_dir():
        texts = story_prose(args.corpus, args.pages)
        timings, ends = {}, {}
        for name, split in (("newslint", sentences), ("pysbd", other)):
            start = time.perf_counter()
            ends[name] = [{s.end for s in split(text)} for text in texts]
            timings[name] = time.perf_counter() - start
        same = sum(len(a & b) for a, b in zip(ends["newslint"], ends["pysbd"], strict=True))
        union = sum(len(a | b) for a, b in zip(ends["newslint"], ends["pysbd"], strict=True))
        words = sum(len(t.split()) for t in texts)
        print(f"{len(texts)} story blocks, {words} words, from the first {args.pages} corpus pages")
        for name, seconds in timings.items():
            print(f"  {name:9} {seconds * 1000 / args.pages:7.2f} ms per page")
        print(f"  sentence ends both splitters put at the same place: {same / union:.1%}")
    cases = load_cases()
    print("attribution rules on the labelled stories:")
    for name, split in (("newslint", sentences), ("pysbd", other)):
        regions.sentences = split  # what Block.sentences calls
        result = evaluate(cases)
        print(f"  {name:9} precision {result.precision:.3f}  recall {result.recall:.3f}")
    regions.sentences = sentences
    return 0


if __name__ == "__main__":
    sys.exit(main())
