"""``newslint rule CODE`` on a terminal shows the page rendered (bold, code, headings, tables), in
colour unless NO_COLOR is set; piped, it prints the Markdown page as it is."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.output.terminal import render_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
PAGE = """# NL999 sample-rule

The ``<html>`` element has no `lang`, **Why** it **matters**.

| | |
|---|---|
| category | accessibility |
| maps to | [WCAG 3.1.1](https://example.org/wcag), axe-core [`html-has-lang`](https://example.org/axe) |
| a \\| b | fix |

## Examples

### Where it fires

````html
<p>Use ```code``` here</p>
````

- one item with `code`
"""


def _on_a_terminal(*args: str, no_color: bool) -> str:
    """What the command prints to a pseudo-terminal (its line ends as the terminal gets them)."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | ({"NO_COLOR": "1"} if no_color else {})
    parent, child = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "newslint", *args], stdout=child, stderr=child, env=env) as proc:
        os.close(child)
        chunks = []
        while True:
            try:
                chunk = os.read(parent, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=60) == 0
    os.close(parent)
    return b"".join(chunks).decode().replace("\r\n", "\n")


@pytest.mark.parametrize("no_color", [False, True])
def test_on_a_terminal_the_page_is_rendered_without_markdown_markup(no_color):
    shown = _on_a_terminal("rule", "NL101", no_color=no_color)
    page = (DOCS / "NL101.md").read_text(encoding="utf-8")
    text = ANSI.sub("", shown)
    for markup in ("``", "`", "|---|", "| category |", "\n## ", "](https://"):
        assert markup in page and markup not in text, markup
    assert not text.startswith("#") and "The <html> element has no lang attribute, or an empty one." in text
    assert re.search(r"^  category +accessibility$", text, re.M)
    maps_to = r"^  maps to +WCAG 3\.1\.1 \(https://www\.w3\.org/\S+\), axe-core html-has-lang \(https://"
    assert re.search(maps_to, text, re.M)
    assert "\n    <!DOCTYPE html>\n" in text  # examples are indented, their fences gone
    if no_color:
        assert "\x1b" not in shown
        assert "\nWhy it matters\n--------------\n" in text
    else:
        assert "\x1b[1mWhy it matters\x1b[22m" in shown
        assert "\x1b[36m<html>\x1b[39m" in shown


def test_piped_the_page_is_the_markdown_as_it_is():
    piped = subprocess.run(
        [sys.executable, "-m", "newslint", "rule", "NL101"], capture_output=True, text=True, timeout=60
    )
    assert piped.stdout == (DOCS / "NL101.md").read_text(encoding="utf-8")
    assert "\x1b" not in piped.stdout


def test_markdown_is_rendered_for_the_terminal():
    plain = render_markdown(PAGE, color=False)
    assert plain.splitlines() == [
        "NL999 sample-rule",
        "=================",
        "",
        "The <html> element has no lang, Why it matters.",
        "",
        "  category  accessibility",
        "  maps to   WCAG 3.1.1 (https://example.org/wcag), axe-core html-has-lang (https://example.org/axe)",
        "  a | b     fix",
        "",
        "Examples",
        "--------",
        "",
        "Where it fires",
        "",
        "    <p>Use ```code``` here</p>",
        "",
        "- one item with code",
    ]
    colored = render_markdown(PAGE, color=True)
    assert ANSI.sub("", colored).replace("\n=================", "").replace("\n--------", "") == plain.replace(
        "\n=================", ""
    ).replace("\n--------", "")
    assert "\x1b[1;4mNL999 sample-rule\x1b[22;24m" in colored
    assert "\x1b[1mWhy\x1b[22m it \x1b[1mmatters\x1b[22m" in colored
    assert "\x1b[36m<html>\x1b[39m" in colored
