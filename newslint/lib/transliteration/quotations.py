"""Where a story quotes someone: a name there is written as the speaker or the source wrote it.

A quotation is text between quotation marks (“…”, "…", «…», and ‘…’ inside one paragraph), a
``<q>``, and an embedded post (a tweet, an Instagram or TikTok post). A ``<blockquote>`` without
marks is not one: it sets out a passage in the story's own words, often its translation of a
statement, and a translation spells names as the newsroom does.

A quotation may run over several paragraphs. English style guides open each paragraph it goes on
in with a quotation mark and close only the last; some copy opens the first paragraph and closes
the last with none between. Both are read: a paragraph left open goes on into the next paragraph
that opens with a mark, or, through paragraphs without any mark, up to the first paragraph whose
first mark closes it. A quotation never closed in that way is taken to end with its paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from operator import itemgetter

from newslint.document.regions import embedded_post
from newslint.document.tree import Element, inside, text_ranges

_DOUBLE = re.compile('[“”"«»]')
_OPENS_AFTER = frozenset("([{—–-/\u00a0")  # a straight mark after these (or a space, or nothing) opens
_SINGLE = re.compile(r"(?<![\w’'])‘(?=[^\W\d_])[^‘]*?(?<=\S)’(?![^\W\d_])")  # ‘…’, never an apostrophe's ’
_MOST_UNMARKED = 6  # paragraphs a quotation may run through without a mark before it must close

Spans = list[tuple[int, int]]
_START = itemgetter(0)


def quoted_spans(blocks: Iterable[tuple[Element, str, bool]]) -> dict[Element, Spans]:
    """The quoted spans of each block's text, for blocks given in reading order as (element, text,
    whether it is a paragraph a quotation may run on through)."""
    found: dict[Element, Spans] = {}
    carried = False  # the paragraph before left a quotation open
    unmarked: list[tuple[Element, str]] = []  # paragraphs with no mark since then
    for element, text, paragraph in blocks:
        if _in_quotation(element):
            found[element] = [(0, len(text))]
            carried, unmarked = False, []
            continue
        marks = [(m.start(), _opens(text, m.start())) for m in _DOUBLE.finditer(text)]
        spans: Spans = []
        start: int | None = None
        if carried and paragraph:
            if not marks and len(unmarked) < _MOST_UNMARKED:
                unmarked.append((element, text))
                continue
            lead = len(text) - len(text.lstrip())
            if marks and not marks[0][1]:  # closed here: the paragraphs between were quoted too
                found.update((el, [(0, len(t))]) for el, t in unmarked)
                start = 0
            elif marks and marks[0][0] == lead and not unmarked:
                start = 0  # goes on in a paragraph that opens with a mark
        unmarked = []
        for at, opening in marks:
            if start is None and opening:
                start = at
            elif start is not None and not opening:
                spans.append((start, at + 1))
                start = None
        carried = start is not None and paragraph
        if start is not None:
            spans.append((start, len(text)))
        spans.extend(_singles(text, spans))
        spans.extend((b, e) for _, b, e in _inline_quotes(element))
        if spans:
            found[element] = _merged(spans)
    return found


def _merged(spans: Spans) -> Spans:
    """The spans sorted, those that overlap made one: a use is then looked up by bisection."""
    out: Spans = []
    for b, e in sorted(spans):
        if out and b <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((b, e))
    return out


def _in_quotation(element: Element) -> bool:
    """A block of an embedded post (those are blockquotes: a page holds few, and most blocks are in none)."""
    return (element.tag == "blockquote" or inside(element, "blockquote")) and embedded_post(element)


def _opens(text: str, at: int) -> bool:
    mark = text[at]
    if mark in "“«":
        return True
    if mark in "”»":
        return False
    return at == 0 or text[at - 1].isspace() or text[at - 1] in _OPENS_AFTER


def _singles(text: str, doubles: Spans) -> Spans:
    """Quotations in single marks outside the double ones (a quotation inside one is in it already)."""
    if "‘" not in text:
        return []
    return [m.span() for m in _SINGLE.finditer(text) if not within(doubles, m.start(), m.start() + 1)]


def _inline_quotes(element: Element) -> list[tuple[Element, int, int]]:
    if next(element.iter("q"), None) is None:
        return []
    return text_ranges(element, lambda node: node.tag == "q")


def within(spans: Spans, begin: int, end: int) -> bool:
    """Whether ``begin:end`` lies inside one of the spans (sorted, none overlapping another)."""
    i = bisect.bisect_right(spans, begin, key=_START) - 1  # the last span starting at or before it
    return i >= 0 and spans[i][0] <= begin and end <= spans[i][1]
