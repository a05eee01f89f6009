"""Time and peak memory for hostile pages: huge, deep, repetitive, entity-laden, binary, mislabelled.

    .venv/bin/python benchmarks/hostile_input.py

Each case is written to a temporary file and linted by ``newslint check`` in a fresh process
(all default rules), so the peak resident memory is that case's alone.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORY = (
    "<p>At least 18 civilians were killed in Deir ez-Zor on Monday, the monitor said, and some "
    "3,000 families fled towards Raqqa.</p>\n"
)
MIB = 2**20
# Runs one command and prints the peak resident memory (KiB) of it alone, last on stderr.
_WRAPPER = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)"
)


def cases() -> dict[str, bytes]:
    page = "<!DOCTYPE html><html lang='en'><head><title>T</title></head><body><main>{}</main></body></html>"
    return {
        "31 MiB of story paragraphs": page.format(STORY * (31 * MIB // len(STORY))).encode(),
        "31 MiB of one repeated tag": page.format("<div>" * (31 * MIB // 5)).encode(),
        "100,000 nested divs": page.format("<div>" * 100_000 + "x" + "</div>" * 100_000).encode(),
        "5,000 nested inline elements": page.format("<span><a href='/x'>" * 5000).encode(),
        "a 20 MiB attribute": page.format(f"<img alt='{'a' * 20 * MIB}' src='x.jpg'>").encode(),
        "2 MiB of entities": page.format("&amp;&#8217;&bogus;" * (2 * MIB // 19)).encode(),
        "10 MiB of one word": page.format("<p>" + "a" * 10 * MIB + "</p>").encode(),
        "a 40 MiB file (refused)": b"<p>x</p>" * (40 * MIB // 8),
        "random bytes (refused)": bytes(range(256)) * 4096,
    }


def charset_cases() -> dict[str, bytes]:
    """Declared charsets browsers ignore or refuse, and the control characters --fix and --diff rewrite."""
    story = STORY * 2000
    head = "<!DOCTYPE html><html lang='en'><head><meta charset='{}'><title>T</title></head><body><main>"
    controls = "".join(f"<p>Line {c} of text.</p>\n" for c in "\v\f\x1c\x1d\x1e\x85\u2028\u2029") * 2_000
    return {
        "declaring ibm037 (EBCDIC)": (head.format("ibm037") + story).encode(),
        "declaring hex (a Python codec)": (head.format("hex") + story).encode(),
        "UTF-8 declaring utf-16le": (head.format("utf-16le") + story + "\u2014").encode(),
        "declaring iso-2022-kr (refused)": (head.format("iso-2022-kr") + story).encode(),
        "16,000 control characters": (head.format("utf-8") + controls).encode(),
    }


def measure(data: bytes) -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_bytes(data)
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "newslint", "check", "--exit-zero", str(path)],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
    *rest, peak = run.stderr.rstrip().rsplit("\n", 1) if "\n" in run.stderr.rstrip() else ("", run.stderr)
    stderr = "".join(rest)
    lines = (run.stdout + stderr).strip().splitlines()
    outcome = lines[-1] if lines else "no output"
    if "Traceback" in stderr:
        outcome = "TRACEBACK: " + stderr.strip().splitlines()[-1]
    return elapsed, int(peak) / 1024, outcome


def main() -> None:
    print("| input | size | time | peak memory | outcome |\n|---|---|---|---|---|")
    for name, data in {**cases(), **charset_cases()}.items():
        elapsed, peak_mib, outcome = measure(data)
        print(f"| {name} | {len(data) / MIB:.1f} MiB | {elapsed:.2f} s | {peak_mib:.0f} MiB | {outcome[:90]} |")


if __name__ == "__main__":
    main()
