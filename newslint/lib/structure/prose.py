"""The story prose whose house style is checked: outside tables, code, block quotes and embedded posts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.document.model import Document
from newslint.document.regions import Block, embedded_post
from newslint.document.tree import Element, inside, text_ranges

_CODE = frozenset({"code", "kbd", "samp", "pre", "var"})


def _code_ranges(el: Element) -> list[tuple[int, int]]:
    """Where code (``<code>``, ``<kbd>``, …) is in ``text_of(el)``: quotes and numbers there follow the code."""
    return [(start, end) for _, start, end in text_ranges(el, lambda node: node.tag in _CODE)]


def prose_matches(doc: Document, pattern: re.Pattern[str]) -> Iterator[tuple[Block, re.Match[str]]]:
    """Matches in the story's prose whose style is checked: outside tables and code."""
    for block, end, code in styled_blocks(doc):
        for m in pattern.finditer(block.text, block.start, end):
            if not in_code(code, m.start()):
                yield block, m


def in_code(code: list[tuple[int, int]], at: int) -> bool:
    """Whether an offset of a block's text falls in one of its code ranges (as ``styled_blocks`` gives them)."""
    return any(start <= at < end for start, end in code)


def styled_blocks(doc: Document) -> list[tuple[Block, int, list[tuple[int, int]]]]:
    """The prose blocks whose style is checked, where their prose ends and where code is in them; found once."""
    return doc.once(_find_styled_prose)


def _find_styled_prose(doc: Document) -> list[tuple[Block, int, list[tuple[int, int]]]]:
    found: list[tuple[Block, int, list[tuple[int, int]]]] = []
    for block in doc.regions.prose:
        if block.role == "quote" or embedded_post(block.element):
            continue  # a block quote or an embedded post is someone else's words, in their style
        if inside(block.element, "table"):
            continue  # tables (market data, results) keep their own notation
        end = block.end if block.end >= 0 else len(block.text)
        code = _code_ranges(block.element) if next(block.element.iter(*_CODE), None) is not None else []
        found.append((block, end, code))
    return found
