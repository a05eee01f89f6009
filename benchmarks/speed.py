"""Throughput of newslint over the shared corpus of real news pages, against lxml's parse floor.

    .venv/bin/python benchmarks/speed.py [--corpus ../shared/corpus] [--runs 3] [--jobs 2] [--select NL1]
        [--packs places-africa,places-europe]

Prints, as medians of several runs: lxml parse-only pages/s (the floor), newslint with all
default rules on one process, newslint with N worker processes (through the same runner the
CLI uses), and the ratio of newslint's one-process time to the parse floor. ``--select`` runs
some rules only on the one-process line (``NL1``: the accessibility family's cost per page, parsing
included). ``--packs`` loads names packs (shipped names or paths) on every line, as ``packs`` in a
config does: the cost of the world place packs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lxml import html as lhtml

from newslint.config.options import Config
from newslint.run.engine import lint_path
from newslint.run.runner import Job, run

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def pages(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/pages/*.html"))


def parse_floor(files: list[Path]) -> float:
    parser = lhtml.HTMLParser(encoding="utf-8")
    data = [f.read_bytes() for f in files]
    start = time.perf_counter()
    for raw in data:
        lhtml.document_fromstring(raw, parser=parser)
    return time.perf_counter() - start


def one_process(files: list[Path], select: tuple[str, ...] | None = None, packs: tuple[str, ...] = ()) -> float:
    config = Config(select=select, packs=packs)
    start = time.perf_counter()
    for f in files:
        lint_path(f, config)
    return time.perf_counter() - start


def workers(files: list[Path], jobs: int, config_file: Path | None = None) -> float:
    start = time.perf_counter()
    run([str(f) for f in files], Job(config_file=config_file), jobs)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--select", help="comma list of codes or families to run (default: the default rules)")
    parser.add_argument("--packs", default="", help="comma list of names packs to load (shipped names or paths)")
    args = parser.parse_args()
    select = tuple(args.select.split(",")) if args.select else None
    packs = tuple(p for p in args.packs.split(",") if p)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = pages(args.corpus)
    one_process(files[:20], select, packs)  # warm the pack cache and imports
    floor = statistics.median(parse_floor(files) for _ in range(args.runs))
    single = statistics.median(one_process(files, select, packs) for _ in range(args.runs))
    with tempfile.TemporaryDirectory() as folder:
        config_file = None
        if packs:
            config_file = Path(folder) / "newslint.toml"
            config_file.write_text(f"packs = {json.dumps(list(packs))}\n")
        multi = statistics.median(workers(files, args.jobs, config_file) for _ in range(args.runs))
    n = len(files)
    size = sum(f.stat().st_size for f in files) / 2**20
    print(f"corpus: {n} pages, {size:.1f} MiB ({args.corpus})" + (f"; packs: {args.packs}" if packs else ""))
    print(f"{'lxml parse only (floor)':<34} {n / floor:8.0f} pages/s  {1000 * floor / n:6.2f} ms/page")
    label = f"newslint {args.select}, 1 process" if args.select else "newslint, 1 process"
    print(f"{label:<34} {n / single:8.0f} pages/s  {1000 * single / n:6.2f} ms/page")
    print(f"{f'newslint, --jobs {args.jobs}':<34} {n / multi:8.0f} pages/s  {1000 * multi / n:6.2f} ms/page")
    print(f"ratio to the parse floor (1 process): {single / floor:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
