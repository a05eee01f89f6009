"""Growth and memory: newslint over archives of 300, 3,000 and 20,000 pages made from the corpus.

    .venv/bin/python benchmarks/scale.py [--sizes 300,3000,20000] [--jobs 2] [--corpus ../shared/corpus]

Each archive is a temporary folder of hard links to the corpus pages, cycled to the wanted
count (no disk space beyond the links). Each size runs the CLI once, in a fresh process, with
``--no-cache`` and the JSON Lines report: wall time, pages/s, time per MiB (constant when time
is linear in input size), peak resident memory of the largest worker and of the main process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

_MEASURE = """
import resource, sys
from newslint.cli.main import main
code = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{own} {workers}", file=sys.stderr)
"""


def archive(pages: list[Path], count: int, folder: Path) -> int:
    """Hard-link ``count`` pages into ``folder`` (cycling through the corpus); their total bytes."""
    total = 0
    for i in range(count):
        source = pages[i % len(pages)]
        target = folder / f"{i // 1000:03d}" / f"{i:06d}-{source.name}"
        target.parent.mkdir(exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            target.write_bytes(source.read_bytes())
        total += source.stat().st_size
    return total


def measure(folder: Path, jobs: int) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (KiB) of the main process and of the largest worker."""
    args = ["check", "--no-cache", "--quiet", "--exit-zero", "--format", "jsonl", "--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args, str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - start
    own, workers = (int(v) for v in done.stderr.split()[-2:])
    return wall, own, workers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="300,3000,20000")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    pages = sorted(args.corpus.glob("*/pages/*.html"))
    if not pages:
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    print(f"{'files':>7} {'MiB':>8} {'seconds':>8} {'pages/s':>8} {'s/MiB':>7} {'worker MiB':>11} {'main MiB':>9}")
    for count in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            size = archive(pages, count, Path(tmp)) / 2**20
            wall, own, workers = measure(Path(tmp), args.jobs)
        print(
            f"{count:>7} {size:>8.0f} {wall:>8.1f} {count / wall:>8.0f} {wall / size:>7.3f}"
            f" {workers / 1024:>11.0f} {own / 1024:>9.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
