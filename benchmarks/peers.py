"""newslint beside its peers, on the same corpus pages in the same run (one process each).

    .venv/bin/python benchmarks/peers.py [--corpus ../shared/corpus] [--limit N] [--axe-pages 20]

Peers that are not installed are skipped with a note (``pip install trafilatura lxml_html_clean proselint``;
axe-core needs ``../shared/tools/axe-oracle/install.sh``):

- finding the story text: trafilatura's ``extract`` against newslint's story regions;
- prose checks: proselint over the story text newslint extracted, against newslint's
  transliteration, attribution and readability rules (which read that same text);
- accessibility: axe-core in headless Chromium (``axe-oracle``, on the first ``--axe-pages``
  pages, one Chromium per run) against newslint's accessibility rules.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newslint.config.options import Config
from newslint.document.model import Document
from newslint.document.reading import InputError, decode
from newslint.run.engine import lint_html

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
ORACLE = ROOT.parent / "shared" / "tools" / "axe-oracle" / "axe-oracle"


def texts(pages: list[Path]) -> list[str]:
    out = []
    for page in pages:
        try:
            out.append(decode(page.read_bytes()).text)
        except InputError:
            continue
    return out


def story(html: str) -> str:
    return "\n".join(block.prose for block in Document(html, kind="page").regions.blocks)


def timed(stage: str, tool: str, work: Callable[[], object], count: int, rows: list[tuple[str, str, float]]) -> None:
    start = time.perf_counter()
    work()
    rows.append((stage, tool, count / (time.perf_counter() - start)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--axe-pages", type=int, default=20)
    args = parser.parse_args()
    pages = sorted(args.corpus.glob("*/pages/*.html"))
    if args.limit:
        pages = pages[: args.limit]
    if not pages:
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    html = texts(pages)
    rows: list[tuple[str, str, float]] = []
    n = len(html)

    timed("story text", "newslint (story regions)", lambda: [story(h) for h in html], n, rows)
    try:
        import trafilatura

        timed("story text", "trafilatura extract", lambda: [trafilatura.extract(h) for h in html], n, rows)
    except ImportError as error:
        print(f"trafilatura not usable ({error}): skipped")

    stories = [story(h) for h in html]
    prose = Config(select=("NL2", "NL3", "NL4"))
    timed("prose", "newslint NL2-NL4 (whole page)", lambda: [lint_html(h, prose) for h in html], n, rows)
    try:
        from proselint.checks import __register__
        from proselint.tools import CheckRegistry, LintFile

        CheckRegistry().register_many(__register__)

        timed(
            "prose", "proselint (story text only)", lambda: [LintFile("story", s).lint() for s in stories if s], n, rows
        )
    except ImportError:
        print("proselint not installed: skipped")

    a11y = Config(select=("NL1",))
    timed("accessibility", "newslint NL1", lambda: [lint_html(h, a11y) for h in html], n, rows)
    home = os.environ.get("AXE_ORACLE_HOME") or str(ORACLE.parent / "node")
    if ORACLE.is_file() and Path(home, "node_modules").is_dir():
        sample = [str(p) for p in pages[: args.axe_pages]]
        env = {**os.environ, "AXE_ORACLE_HOME": home}
        oracle = [str(ORACLE), *sample]
        timed(
            "accessibility",
            "axe-core in Chromium (axe-oracle)",
            lambda: subprocess.run(oracle, capture_output=True, check=True, env=env),
            len(sample),
            rows,
        )
    else:
        print("axe-oracle not installed (see ../shared/tools/axe-oracle/README.md): skipped")

    print(f"{n} pages from {args.corpus}, one process each\n")
    print("| stage | tool | pages/s |\n|---|---|---|")
    for stage, tool, rate in rows:
        print(f"| {stage} | {tool} | {rate:,.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
