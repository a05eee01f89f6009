"""The parsed tree: parsing HTML with lxml, telling a page from a fragment, and the text of an element."""

from __future__ import annotations

import re
from typing import Literal, cast

from lxml import etree

Kind = Literal["page", "fragment"]


Element = etree._Element


_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=False, no_network=True, collect_ids=False)


_PAGE_MARKERS = re.compile(r"<!doctype\s|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]", re.I)
# The start of an SVG or MathML document's first element.
_FOREIGN_ROOT = re.compile(r"<(?:svg|math)[\s>/]", re.I)
_SPACE = re.compile(r"\s*")


SKIPPED_TEXT = frozenset({"script", "style", "noscript", "template"})


def parse_html(text: str, data: bytes | None = None) -> Element:
    """Parse HTML text (or ``data``, the text already encoded as UTF-8) into an lxml tree rooted at
    ``<html>``; empty input gives an empty page."""
    root = None
    if text.strip():
        root = etree.fromstring(data if data is not None else text.encode("utf-8", "surrogatepass"), _PARSER)
    return root if root is not None else etree.fromstring(b"<html><body></body></html>", _PARSER)


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
