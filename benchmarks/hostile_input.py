"""Time and peak memory for hostile input: huge, deep, repetitive, entity-laden, binary, mislabelled
pages; pages past the parser's limits; hostile packs and configs; more workers than cores.

    .venv/bin/python benchmarks/hostile_input.py [--only WORDS]

Each case is written to a temporary folder and linted by ``newslint check`` in a fresh process
(all default rules, no cache), so the peak resident memory is that case's alone (for many worker
processes, the largest one's).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

STORY = (
    "<p>At least 18 civilians were killed in Deir ez-Zor on Monday, the monitor said, and some "
    "3,000 families fled towards Raqqa.</p>\n"
)
MIB = 2**20
MB = 10**6
PAGE = "<!DOCTYPE html><html lang='en'><head><title>T</title></head><body><main>{}</main></body></html>"
FIFO = b"<fifo>"  # written as a named pipe, not a file
# Runs one command and prints the peak resident memory (KiB) of it alone, last on stderr.
_WRAPPER = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"
)


@dataclass
class Case:
    files: dict[str, bytes]  # page.html is linted; other files sit beside it (packs, configs)
    args: tuple[str, ...] = ()
    lint: list[str] = field(default_factory=lambda: ["page.html"])


def _page(body: str) -> Case:
    return Case({"page.html": PAGE.format(body).encode()})


def _names(count: int) -> list[str]:
    return [f"a{i:x}" for i in range(count)]


def _with_config(config: str, **packs: bytes) -> Case:
    files = {f"{name}.yaml": data for name, data in packs.items()}
    return Case({"page.html": PAGE.format(STORY).encode(), "newslint.toml": config.encode(), **files})


def _alias_bomb() -> bytes:
    forms = ", ".join(f"Name{i}" for i in range(1000))
    entry = f"  - &e {{canonical: Bomb, kind: place, source: s, variants: [{forms}]}}\n"
    head = "schema: 1\ntype: names\nname: bomb\ndescription: x\nentries:\n" + entry
    return (head + "  - *e\n" * (1200 * 1024 // 7)).encode()


def cases() -> dict[str, Case]:
    stories = [STORY.replace("Monday", f"day {i}") for i in range(60)]
    return {
        "31 MiB of story paragraphs": _page(STORY * (31 * MIB // len(STORY))),
        "31 MiB of one repeated tag": _page("<div>" * (31 * MIB // 5)),
        "100,000 nested divs (refused)": _page("<div>" * 100_000 + "x" + "</div>" * 100_000),
        "300 nested divs (refused: deeper than 256)": _page("<div>" * 300 + "x" + "</div>" * 300),
        "5,000 nested inline elements": _page("<span><a href='/x'>" * 5000),
        "a 20 MiB attribute (read past 10 MB)": _page(f"<img alt='{'a' * 20 * MIB}' src='x.jpg'>"),
        "an 11 MiB paragraph of words (read past 10 MB)": _page("<p>" + "Word " * (11 * MIB // 5) + "</p>"),
        "2 MiB of entities": _page("&amp;&#8217;&bogus;" * (2 * MIB // 19)),
        "10 MiB of one word": _page("<p>" + "a" * 10 * MIB + "</p>"),
        "a capitalised word of 400 KB": _page("<p>A" + "b" * 400_000 + "</p>"),
        "100,000 dots in a paragraph": _page("<p>Officials said " + "." * 100_000 + " x.</p>"),
        "'AB' and 100,000 spaces opening a paragraph": _page("<p>AB" + " " * 100_000 + "x</p>"),
        "10,000 unknown aria-* attributes on one element (refused)": _page(
            "<div " + " ".join(f'aria-{n}="1"' for n in _names(10_000)) + ">x</div>"
        ),
        "1,000 unknown aria-* attributes on each of 40 elements": _page(
            "".join("<div " + " ".join(f'aria-{n}x{e}="1"' for n in _names(1000)) + ">x</div>" for e in range(40))
        ),
        "a million attributes on one element (refused)": _page("<div " + " ".join(_names(1_000_000)) + ">x</div>"),
        "a 40 MiB file (refused)": Case({"page.html": b"<p>x</p>" * (40 * MIB // 8)}),
        "random bytes (refused)": Case({"page.html": bytes(range(256)) * 4096}),
        "a pack of YAML aliases, 1.2 MB (refused)": _with_config('house-style = "bomb.yaml"\n', bomb=_alias_bomb()),
        "packs = ['/dev/zero'] (refused)": _with_config('packs = ["/dev/zero"]\n'),
        "a FIFO as a pack (refused)": _with_config('packs = ["fifo.yaml"]\n', fifo=FIFO),
        "placeholder a*a*a*a*a*a*b (refused)": _with_config('[structure]\nplaceholders = ["a*a*a*a*a*a*b"]\n'),
        "placeholder (?i)x (refused)": _with_config('[structure]\nplaceholders = ["(?i)x"]\n'),
        "--jobs 10000 over 60 files (capped at the cores)": Case(
            {f"story{i}.html": PAGE.format(s).encode() for i, s in enumerate(stories)}, ("--jobs", "10000"), ["."]
        ),
    }


def megabyte_cases() -> dict[str, Case]:
    """Just under 1 MB of the shapes whose cost once grew faster than the text: each within 2 s."""
    sentence = "Raqqa and Idlib Tamburlaine said \u201cit rose 40% in Mosul\u201d on Monday. "
    quoted = "<p>\u201cWe {} rose\" she said, 'x\u2019.</p>"
    shapes = {
        "a 1 MB paragraph of names, figures and quotes": "<p>" + sentence * (MB // 72) + "</p>",
        "1 MB of quoted one-line paragraphs": "".join(quoted.format(i) for i in range(MB // 42)),
        "1 MB of story paragraphs with names": "".join(f"<p>{sentence}{sentence}</p>" for _ in range(MB // 150)),
    }
    return {name: _page(body) for name, body in shapes.items()}


def charset_cases() -> dict[str, Case]:
    """Declared charsets browsers ignore or refuse, and the control characters --fix and --diff rewrite."""
    story = STORY * 2000
    head = "<!DOCTYPE html><html lang='en'><head><meta charset='{}'><title>T</title></head><body><main>"
    controls = "".join(f"<p>Line {c} of text.</p>\n" for c in "\v\f\x1c\x1d\x1e\x85\u2028\u2029") * 2_000
    pages = {
        "declaring ibm037 (EBCDIC)": head.format("ibm037") + story,
        "declaring hex (a Python codec)": head.format("hex") + story,
        "UTF-8 declaring utf-16le": head.format("utf-16le") + story + "\u2014",
        "declaring iso-2022-kr (refused)": head.format("iso-2022-kr") + story,
        "16,000 control characters": head.format("utf-8") + controls,
    }
    return {name: Case({"page.html": page.encode()}) for name, page in pages.items()}


def measure(case: Case) -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in case.files.items():
            if data is FIFO:
                os.mkfifo(Path(tmp) / name)
            else:
                (Path(tmp) / name).write_bytes(data)
        command = [sys.executable, "-m", "newslint", "check", "--no-cache", "--exit-zero", *case.args, *case.lint]
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", _WRAPPER, *command], cwd=tmp, capture_output=True, text=True, timeout=900
        )
        elapsed = time.perf_counter() - start
    *rest, peak = run.stderr.rstrip().rsplit("\n", 1) if "\n" in run.stderr.rstrip() else ("", run.stderr)
    stderr = "".join(rest)
    lines = (run.stdout + stderr).strip().splitlines()
    outcome = lines[-1] if lines else "no output"
    if "error:" in run.stdout + stderr:
        outcome = next(line for line in lines if "error:" in line)
    if "Traceback" in stderr:
        outcome = "TRACEBACK: " + stderr.strip().splitlines()[-1]
    return elapsed, int(peak) / 1024, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the cases whose name holds this text")
    args = parser.parse_args()
    print("| input | size | time | peak memory | outcome |\n|---|---|---|---|---|")
    for name, case in {**cases(), **megabyte_cases(), **charset_cases()}.items():
        if args.only and args.only not in name:
            continue
        size = sum(len(d) for d in case.files.values() if d is not FIFO) / MIB
        elapsed, peak_mib, outcome = measure(case)
        print(f"| {name} | {size:.1f} MiB | {elapsed:.2f} s | {peak_mib:.0f} MiB | {outcome[:110]} |")


if __name__ == "__main__":
    main()
