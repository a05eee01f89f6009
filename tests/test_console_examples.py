"""Every console example in README.md and docs/*.md is what newslint prints: each ``$ newslint …``
line of a ```console block is run in the repository and its output compared with the lines below
it (a line holding only ``…`` stands for any number of lines)."""

from __future__ import annotations

import difflib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^(`{3,})(\S*)\s*$")


def _blocks(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line number, language, lines) of every fenced block of a Markdown file."""
    blocks, lines = [], path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if fence:
            start, body = i + 1, []
            i += 1
            while i < len(lines) and not lines[i].startswith(fence.group(1)):
                body.append(lines[i])
                i += 1
            blocks.append((start, fence.group(2), body))
        i += 1
    return blocks


def _examples() -> list[tuple[str, str, list[str]]]:
    """(where, command, expected output) of every ``$ newslint`` line in a console block."""
    found = []
    for path in DOCS:
        for start, language, body in _blocks(path):
            if language != "console":
                continue
            for n, line in enumerate(body):
                if line.startswith("$ "):
                    rest = body[n + 1 :]
                    end = next((k for k, later in enumerate(rest) if later.startswith("$ ")), len(rest))
                    found.append((f"{path.relative_to(ROOT)}:{start + n + 1}", line[2:], rest[:end]))
    return found


EXAMPLES = _examples()


def _matches(expected: list[str], actual: list[str]) -> bool:
    pattern = "".join("(?:.*\n)*" if line == "…" else re.escape(line) + "\n" for line in expected)
    return re.fullmatch(pattern, "".join(line + "\n" for line in actual)) is not None


def test_every_example_is_a_console_block_and_there_are_some():
    untagged = [
        f"{path.relative_to(ROOT)}:{start}"
        for path in DOCS
        for start, language, body in _blocks(path)
        if language != "console" and any(line.startswith("$ newslint") for line in body)
    ]
    assert untagged == [], "mark these examples ```console so that they are checked"
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize(("where", "command", "expected"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_the_example_shows_what_newslint_prints(where, command, expected):
    program, *args = shlex.split(command)
    assert program == "newslint", f"{where}: an example runs newslint"
    run = subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
    )
    actual = (run.stdout + run.stderr).splitlines()
    diff = "\n".join(difflib.unified_diff(expected, actual, f"{where} (documented)", "printed", lineterm=""))
    assert _matches(expected, actual), f"{where}: the example is not what `{command}` prints\n{diff}"
