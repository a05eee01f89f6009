"""Cold start: wall time of ``newslint check`` on one fixture, from process start to exit.

    .venv/bin/python benchmarks/cold_start.py [--runs 9] [--file fixtures/page-seed-style.html]

Prints the median and the fastest of several fresh processes: a cache miss (``--no-cache``, all
default rules), a cache hit (the second run over an unchanged file), the accessibility rules alone,
and every rule. The file is linted from a folder of its own, so no project configuration applies.
Python writes its bytecode on the first run, as it does on a user's machine
(``PYTHONDONTWRITEBYTECODE`` is cleared for the runs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = {
    "cache miss, all default rules": ["--no-cache"],
    "cache hit, all default rules": [],
    "cache miss, accessibility rules only": ["--no-cache", "--select", "NL1"],
    "cache miss, every rule": ["--no-cache", "--select", "ALL"],
}


def seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--file", type=Path, default=ROOT / "fixtures" / "page-seed-style.html")
    args = parser.parse_args()
    newslint = [sys.executable, "-m", "newslint"]
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["NEWSLINT_CACHE_DIR"] = cache
        page = Path(folder) / args.file.name  # away from the fixtures' own config, which selects every rule
        shutil.copyfile(args.file, page)
        seconds([*newslint, "check", "-q", str(page)], env)  # bytecode and the cache entry
        print(f"{args.file.name}, {args.runs} fresh processes each")
        for label, flags in CASES.items():
            times = [seconds([*newslint, "check", "-q", *flags, str(page)], env) for _ in range(args.runs)]
            print(f"{label:40} median {statistics.median(times):.3f} s   fastest {min(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
