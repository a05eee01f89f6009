"""A long fuzz run: the properties of ``tests/test_fuzz.py`` (pages) and ``tests/test_fuzz_files.py``
(packs, config files, baselines, patterns, long runs) with many more generated inputs.

Articles, random bytes, declared charsets, ``--diff`` applied with ``git apply`` against ``--fix``, and
what ``--fix`` does to files (symlinks, hard links, modes, owners, read-only files).

    .venv/bin/python benchmarks/fuzz.py [--examples 5000]

Prints, per property, how many generated inputs newslint survived and how long it took.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="generated inputs per property")
    args = parser.parse_args()
    env = dict(os.environ, NEWSLINT_FUZZ_PROFILE="fuzz", NEWSLINT_FUZZ_EXAMPLES=str(args.examples))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
         str(ROOT / "tests" / "test_fuzz.py"), str(ROOT / "tests" / "test_fuzz_files.py")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    total = 0
    for name, body in re.findall(r"test_fuzz\w*\.py::(\w+):\n(.*?)(?=\ntests/|\Z)", run.stdout, re.S):
        passing = sum(int(n) for n in re.findall(r"(\d+) passing", body))
        seconds = sum(float(s) for s in re.findall(r"phase \(([\d.]+) seconds\)", body))
        total += passing
        print(f"{name}: {passing} inputs survived in {seconds:.0f} s")
    print(f"total: {total} generated inputs; pytest exit {run.returncode}")
    if run.returncode:
        print(run.stdout[-4000:], run.stderr[-2000:], sep="\n")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
