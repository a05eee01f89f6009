"""The parsed tree: parsing HTML with lxml, telling a page from a fragment, and the text of an element."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, cast

from lxml import etree

from newslint.document.limits import MAX_ATTRIBUTES, crowded_element
from newslint.document.reading import InputError

Kind = Literal["page", "fragment"]


Element = etree._Element


MAX_DEPTH = 256  # elements nested deeper are not read (libxml2's own limit)
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=False, no_network=True, collect_ids=False)
# libxml2 stops at a text or an attribute value over 10 MB; a page that holds one is read again
# without that limit (the file size limit bounds it), and its depth checked by hand.
_HUGE_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=False, no_network=True, collect_ids=False, huge_tree=True
)
_TOO_DEEP = etree.XPath("/*" * (MAX_DEPTH + 1))


_PAGE_MARKERS = re.compile(r"<!doctype\s|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]", re.I)
# The start of an SVG or MathML document's first element.
_FOREIGN_ROOT = re.compile(r"<(?:svg|math)[\s>/]", re.I)
_SPACE = re.compile(r"\s*")


SKIPPED_TEXT = frozenset({"script", "style", "noscript", "template"})


def parse_html(text: str, data: bytes | None = None) -> Element:
    """Parse HTML text (or ``data``, the text already encoded as UTF-8) into an lxml tree rooted at
    ``<html>``; empty input gives an empty page.

    A page the parser cannot read whole raises :class:`InputError` rather than give a tree of its
    first part: an element with more than MAX_ATTRIBUTES attributes (refused before parsing), elements
    nested more than MAX_DEPTH deep, or anything else that stops the parser.
    """
    root = None
    if text.strip():
        data = data if data is not None else text.encode("utf-8", "surrogatepass")
        crowded = crowded_element(data)
        if crowded is not None:
            raise InputError(f"not read: a <{crowded}> has more than {MAX_ATTRIBUTES:,} attributes")
        root = etree.fromstring(data, _PARSER)
        if _stopped(_PARSER) is not None:
            root = cast("Element | None", etree.fromstring(data, _HUGE_PARSER))  # None for a page of nothing
            deep = _TOO_DEEP(root) if root is not None else []
            stopped = _stopped(_HUGE_PARSER)
            if deep or (stopped is not None and "depth" in stopped.message):
                line = deep[0].sourceline if deep else stopped.line  # type: ignore[union-attr]
                raise InputError(f"not fully read: elements nested more than {MAX_DEPTH} deep (line {line})")
            if stopped is not None:
                reason = " ".join(stopped.message.split())
                raise InputError(f"not fully read: the HTML parser stopped at line {stopped.line}: {reason}")
    return root if root is not None else etree.fromstring(b"<html><body></body></html>", _PARSER)


def _stopped(parser: etree.HTMLParser) -> etree._LogEntry | None:
    """The error that stopped the last parse before the end of the page, if one did (it is the last)."""
    last = parser.error_log.last_error
    return last if last is not None and last.level == etree.ErrorLevels.FATAL else None


def detect_kind(text: str) -> Kind:
    """A page declares itself with a doctype or html/head/body/title tags; anything else is a fragment,
    as is an SVG or MathML document (whose ``<title>`` is its own)."""
    return "page" if _PAGE_MARKERS.search(text) and not _foreign_document(text) else "fragment"


def _foreign_document(text: str) -> bool:
    """Whether the first element is <svg> or <math>, after an XML declaration and comments."""
    at = 0
    while True:
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith("<!--", at):
            end = text.find("-->", at + 4)
            if end < 0:
                return False
            at = end + 3
        elif text.startswith("<?", at):
            end = text.find(">", at)
            if end < 0:
                return False
            at = end + 1
        else:
            return bool(_FOREIGN_ROOT.match(text, at))


def tag_name(el: Element) -> str:
    """The tag name of an element (not a comment) of a parsed tree: always text there, though the stubs
    also allow the bytes or QName a program may set."""
    return cast(str, el.tag)


def inside(el: Element, *tags: str) -> bool:
    """Whether an ancestor of the element has one of these (lower-case) tag names."""
    return next(el.iterancestors(*tags), None) is not None


def text_ranges(el: Element, wanted: Callable[[Element], bool]) -> list[tuple[Element, int, int]]:
    """Where the elements of ``el`` (itself included) that ``wanted`` picks lie in ``text_of(el)``, inner first."""
    found: list[tuple[Element, int, int]] = []
    _ranges(el, 0, wanted, found)
    return found


def _ranges(node: Element, at: int, wanted: Callable[[Element], bool], found: list[tuple[Element, int, int]]) -> int:
    if node.tag in SKIPPED_TEXT or not isinstance(node.tag, str):
        return at
    start = at
    at += len(node.text or "")
    for child in node:
        at = _ranges(child, at, wanted, found) + len(child.tail or "")
    if wanted(node):
        found.append((node, start, at))
    return at


def text_of(el: Element) -> str:
    """Text content of an element, leaving out scripts, styles and templates, whitespace as in the source."""
    if el.tag in SKIPPED_TEXT or not isinstance(el.tag, str):
        return ""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)
