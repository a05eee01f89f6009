"""Headings as assistive technology exposes them: level, name, and the page's headings in order."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.aria.semantics import accessible_name, is_hidden, role, tag

_LEVELS = {f"h{n}": n for n in range(1, 7)}


_ARIA_LEVEL = re.compile(r"\s*\+?(\d+)")  # read as JavaScript's parseInt does


# Start tags before which libxml2 closes an open heading; browsers keep them inside it.
_CLOSES_HEADING_IN_LXML = ("p", "table", "form", "fieldset", "li")


def _may_have_role_heading(text: str) -> bool:
    """Whether some role="heading" may be in the source: a quick look that spares a walk of the whole tree."""
    at = text.find("heading")
    while at >= 0:
        if "role" in text[max(0, at - 40) : at].lower():
            return True
        at = text.find("heading", at + 7)
    return False


def heading_level(el: Element) -> int | None:
    """The level assistive technology announces, or None if the element is not a heading.

    ``aria-level`` wins on native headings too (``<h2 aria-level="3">`` is level 3); an h2 with
    ``role="tab"`` is a tab.
    """
    if role(el) != "heading":
        return None
    m = _ARIA_LEVEL.match(el.get("aria-level") or "")
    if m and int(m.group(1)) > 0:
        return int(m.group(1))
    return _LEVELS.get(tag(el), 2)


def heading_name(el: Element, doc: Document) -> str | None:
    """A heading's accessible name as browsers build the tree; None where the markup leaves it open.

    Two parsers differ here. A heading whose first content is another heading (``<h3><h2>``) is
    closed by browsers before it, so it is empty. libxml2 closes a heading at ``<p>`` or
    ``<table>`` (``<h2><p>Text</p></h2>``), where browsers keep the text inside it.
    """
    nested = next((child for child in el if tag(child) in _LEVELS), None)
    if nested is not None:
        bare = copy.deepcopy(el)  # a copy keeps what the parser accepted; new nodes would re-validate it
        position = list(el).index(nested)
        for child in list(bare)[position:]:
            bare.remove(child)
        return accessible_name(bare, doc)
    name = accessible_name(el, doc)
    following = el.getnext()
    if name or len(el) or following is None or (el.tail or "").strip():
        return name
    if tag(following) not in _CLOSES_HEADING_IN_LXML:
        return name
    end = doc.start_tag_span(el)[1]
    source = doc.text[end : end + 200].lstrip().lower()
    if not re.match(rf"<{tag(following)}[\s>/]", source):
        return name
    text = squash(text_of(following))
    if text or following.find(".//img") is not None or following.find(".//svg") is not None:
        return text or None
    return ""


def headings(doc: Document) -> list[tuple[Element, int]]:
    """The page's shown headings and their levels, in document order."""
    return doc.once(_headings)


def _headings(doc: Document) -> list[tuple[Element, int]]:
    found: list[tuple[Element, int]] = []
    candidates: Iterable[Element]
    if _may_have_role_heading(doc.text):
        candidates = (el for el in doc.elements if el.tag in _LEVELS or el.get("role"))
    else:
        candidates = doc.tagged(*_LEVELS)
    for el in candidates:
        level = heading_level(el)
        if level is not None and not is_hidden(el, doc):
            found.append((el, level))
    return found
