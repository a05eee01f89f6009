"""Instructions spent linting corpus pages, counted by valgrind: a speed measure that noise does not move.

    .venv/bin/python benchmarks/instructions.py [--every 12] [--select NL3] [--corpus ../shared/corpus]
        [--packs places-africa,places-europe] [TREE ...]

Wall-clock times on a shared machine vary by 10% from one minute to the next; the number of
instructions a run executes does not. For each TREE (a checkout of newslint; this one when none
is given), lints every Nth corpus page in one process under ``valgrind --tool=callgrind`` and
prints the instructions, and those spent before the first page (start-up, imports, packs), so
two versions of the code can be compared exactly. Needs valgrind; runs about 50 times slower
than natively (a minute for 40 pages). ``--packs`` loads names packs (shipped names or paths) as
``packs`` in a config does: the cost of the world place packs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

_LINT = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
try:
    from newslint.config.options import Config
    from newslint.run.engine import lint_path
except ImportError:  # a checkout from before the package was grouped into folders
    from newslint.config import Config
    from newslint.engine import lint_path
config = Config(select=tuple(sys.argv[5].split(",")) if sys.argv[5] else None)
if sys.argv[6]:
    config = Config(select=config.select, packs=tuple(sys.argv[6].split(",")))
files = sorted(Path(sys.argv[2]).glob("*/pages/*.html"))[:: int(sys.argv[3])]
lint_path(files[0], config)
for f in files[: int(sys.argv[4])]:
    lint_path(f, config)
"""


def instructions(tree: Path, corpus: Path, every: int, pages: int, select: str = "", packs: str = "") -> int:
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*valgrind, sys.executable, "-c", _LINT, str(tree), str(corpus), str(every), str(pages), select, packs],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path, default=[ROOT])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--every", type=int, default=12)
    parser.add_argument("--select", default="", help="only these codes or families (one family's cost)")
    parser.add_argument("--packs", default="", help="comma list of names packs to load (shipped names or paths)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or not args.corpus.is_dir():
        print("valgrind or the corpus is missing; nothing to measure")
        return 0
    count = len(sorted(args.corpus.glob("*/pages/*.html"))[:: args.every])
    print(f"every {args.every}th corpus page: {count} pages")
    for tree in args.trees:
        total = instructions(tree.resolve(), args.corpus, args.every, count, args.select, args.packs)
        start = instructions(tree.resolve(), args.corpus, args.every, 0, args.select, args.packs)
        print(f"{tree!s:<30} {total / 1e9:6.2f} G instructions; linting {(total - start) / 1e9:5.2f} G")
    return 0


if __name__ == "__main__":
    sys.exit(main())
