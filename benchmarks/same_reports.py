"""Whether two versions of newslint report the same, byte for byte, in every format: for refactors.

    .venv/bin/python benchmarks/same_reports.py OLD_NEWSLINT NEW_NEWSLINT [--corpus ../shared/corpus]

OLD_NEWSLINT and NEW_NEWSLINT are the ``newslint`` commands of two checkouts (for example
``../old/.venv/bin/newslint`` and ``.venv/bin/newslint``). Each is run from this checkout over the 478
pages of the corpus's readability, trafilatura-en and news-181 folders and the fixtures, in every
report format, and with ``rules``, ``rule CODE``, ``parse``, ``--diff`` and ``--fix --unsafe-fixes``;
the outputs are compared and every difference is named. Exit 1 when any differs.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("text", "json", "jsonl", "sarif", "github", "html", "markdown", "junit")


def snapshot(newslint: str, corpus: Path, out: Path) -> None:
    """Every output of one version, one file each, in ``out``."""
    pages = [str(corpus / d / "pages") for d in ("readability", "trafilatura-en", "news-181")] + ["fixtures"]
    check = [newslint, "check", "-q", "--no-cache", "--exit-zero", "--jobs", "2"]

    def run(name: str, *args: str) -> None:
        done = subprocess.run([*args], cwd=ROOT, capture_output=True)
        (out / name).write_bytes(done.stdout + b"\n--- stderr ---\n" + done.stderr)

    for fmt in FORMATS:
        run(f"check.{fmt}", *check, "--format", fmt, *pages)
    run("statistics", *check, "--statistics", *pages)
    run("rules.json", newslint, "rules", "--format", "json")
    for rule in json.loads(subprocess.run([newslint, "rules", "--format", "json"], capture_output=True).stdout):
        run(f"rule-{rule['code']}", newslint, "rule", rule["code"])
    for fixture in sorted((ROOT / "fixtures").glob("*.html")):
        run(f"parse-{fixture.name}", newslint, "parse", str(fixture.relative_to(ROOT)))
    run("diff", *check, "--diff", "--unsafe-fixes", "fixtures")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "fixtures"
        shutil.copytree(ROOT / "fixtures", copy)
        subprocess.run([*check, "--fix", "--unsafe-fixes", str(copy)], capture_output=True)
        (out / "fixed").write_bytes(b"".join(p.read_bytes() for p in sorted(copy.glob("*.html"))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not there", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "old", Path(tmp) / "new"
        old.mkdir()
        new.mkdir()
        snapshot(args.old, args.corpus, old)
        snapshot(args.new, args.corpus, new)
        names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
        differ = [
            n
            for n in names
            if not (old / n).exists() or not (new / n).exists() or not filecmp.cmp(old / n, new / n, shallow=False)
        ]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} outputs byte-identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
