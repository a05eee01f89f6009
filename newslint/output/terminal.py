"""Markdown for a terminal: the rule pages as ``newslint rule CODE`` shows them on one.

Headings, bold and code spans are styled (or, without colour, shown as plain text, headings
underlined), links show their address, tables are aligned columns and code blocks indented.
Only what the rule pages use is read: ATX headings, paragraphs, ``-`` lists, pipe tables, fences.
"""

from __future__ import annotations

import re

_BOLD, _UNBOLD = "\x1b[1m", "\x1b[22m"
_CODE, _UNCODE = "\x1b[36m", "\x1b[39m"
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6}) +(.*?)(?:\s+#+)?\s*$")
_INLINE = re.compile(
    r"(?P<code>(?P<ticks>`+)(?!`)(?P<c>.*?)(?<!`)(?P=ticks)(?!`))"
    r"|\[(?P<text>(?:[^\[\]`]|`[^`]*`)+)\]\((?P<url>[^()\s]+)\)"
    r"|\*\*(?P<b>.+?)\*\*",
    re.S,
)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_RULE_ROW = re.compile(r"^\s*:?-+:?\s*$")


def render_markdown(text: str, color: bool) -> str:
    """The Markdown ``text`` as a terminal shows it; ANSI styles only with ``color``."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if fence := _FENCE.match(line):
            i += 1
            while i < len(lines) and not lines[i].startswith(fence.group(1)):
                out.append("    " + _paint(lines[i], _CODE, _UNCODE, color) if lines[i] else "")
                i += 1
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            out += _table(rows, color)
            continue
        elif heading := _HEADING.match(line):
            out += _heading(len(heading.group(1)), _inline(heading.group(2), color), color)
        else:
            out.append(_inline(line, color))
        i += 1
    return "\n".join(out) + "\n"


def _heading(level: int, text: str, color: bool) -> list[str]:
    if color:
        return [f"\x1b[1;4m{text}\x1b[22;24m" if level == 1 else _paint(text, _BOLD, _UNBOLD, True)]
    underline = {1: "=", 2: "-"}.get(level)
    return [text, underline * len(text)] if underline else [text]


def _table(rows: list[str], color: bool) -> list[str]:
    cells = [[cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(row.strip())[1:-1]] for row in rows]
    cells = [row for row in cells if not all(_RULE_ROW.match(cell) for cell in row)]
    header = bool(cells) and any(cells[0])
    if cells and not header:
        cells = cells[1:]  # a table without a header, as the rule pages' facts are
    shown = [[_inline(cell, color) for cell in row] for row in cells]
    widths = [max(_width(row[c]) for row in shown if c < len(row)) for c in range(max(map(len, shown), default=0))]
    out = []
    for n, row in enumerate(shown):
        padded = [cell + " " * (widths[c] - _width(cell)) for c, cell in enumerate(row)]
        line = "  " + "  ".join(padded).rstrip()
        out.append(_paint(line, _BOLD, _UNBOLD, color) if header and n == 0 else line)
    return out


def _inline(text: str, color: bool) -> str:
    """Code spans, links and bold in a line of prose."""
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(text[pos : m.start()])
        if m.group("code") is not None:
            code = m.group("c")
            if code.startswith(" ") and code.endswith(" ") and code.strip():
                code = code[1:-1]
            out.append(_paint(code, _CODE, _UNCODE, color))
        elif m.group("url") is not None:
            out.append(f"{_inline(m.group('text'), color)} ({m.group('url')})")
        else:
            out.append(_paint(_inline(m.group("b"), color), _BOLD, _UNBOLD, color))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _paint(text: str, on: str, off: str, color: bool) -> str:
    return f"{on}{text}{off}" if color else text


def _width(text: str) -> int:
    return len(_ANSI.sub("", text))
