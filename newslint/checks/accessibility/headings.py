"""NL110–NL112: headings (one h1, no skipped levels, no empty headings)."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from newslint.aria import accessible_name, is_hidden, role, tag
from newslint.document import Document, Element, text_of
from newslint.regions import squash
from newslint.rule import Finding, Rule
from newslint.settings import Settings

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
    found = doc.memo.get("headings")
    if found is None:
        found = []
        if _may_have_role_heading(doc.text):
            candidates = (el for el in doc.elements if el.tag in _LEVELS or el.get("role"))
        else:
            candidates = doc.tagged(*_LEVELS)
        for el in candidates:
            level = heading_level(el)
            if level is not None and not is_hidden(el, doc):
                found.append((el, level))
        doc.memo["headings"] = found
    return found  # type: ignore[return-value]


class MissingHeadingOne(Rule):
    """The page has no level-one heading.

    **Why**: screen-reader users jump to the h1 to find the story; the headline should be it.

    **Example (fires)**: a page whose headline is ``<div class="headline">`` or an ``<h2>``.

    **Example (silent)**: ``<h1>Forces push into eastern districts</h1>``; ``<div
    role="heading" aria-level="1">``; a CMS body fragment (the page template supplies the h1).

    **Fix**: mark the headline up as ``<h1>``.

    **References**: WCAG 2.2 SC 1.3.1 and 2.4.6; axe-core ``page-has-heading-one``.
    """

    code = "NL110"
    name = "missing-h1"
    summary = "The page has no level-one heading"
    wcag = "1.3.1"
    axe = "page-has-heading-one"
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        found = headings(doc)
        if any(level == 1 for _, level in found):
            return
        target = found[0][0] if found else doc.root.find("body")
        where = doc.start_tag_span(target if target is not None else doc.root)
        yield self.finding(
            where,
            "The page has no level-one heading",
            "Mark the headline up as <h1>" + (f" (the first heading is this <{tag(found[0][0])}>)" if found else ""),
        )


class HeadingOrder(Rule):
    """A heading skips levels after the one before it.

    **Why**: screen-reader users move through a story by its headings; a jump from h2 to h4
    suggests a missing section and breaks the outline.

    **Example (fires)**: ``<h1>Headline</h1> … <h3>Background</h3>``.

    **Example (silent)**: h1, h2, h3, h2, h3; going back up any number of levels; the first
    heading of the page, whatever its level.

    **Fix**: use the next level down (h1 → h2 → h3), and style headings with CSS rather than
    choosing them by size.

    **References**: WCAG 2.2 SC 1.3.1 (best practice); axe-core ``heading-order``.
    """

    code = "NL111"
    name = "heading-order"
    summary = "A heading skips levels after the one before it"
    wcag = "1.3.1"
    axe = "heading-order"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        previous = None
        for el, level in headings(doc):
            if previous is not None and level > previous + 1:
                fixed = f"h{previous + 1}"
                yield self.finding(
                    doc.start_tag_span(el),
                    f"Heading level {level} follows level {previous}",
                    f"Make this <{tag(el)}> an <{fixed}> (or restyle it), so levels go down one at a time",
                )
            previous = level


class EmptyHeading(Rule):
    """A heading has no text that assistive technology can read.

    **Why**: an empty heading is announced as "heading" and nothing else; it wastes a stop in
    heading navigation and suggests content is missing.

    **Example (fires)**: ``<h2></h2>``, ``<h3><span class="icon"></span></h3>``, ``<h2><img
    src="logo.png" alt=""></h2>``.

    **Example (silent)**: ``<h2><img src="logo.png" alt="Daily Wire"></h2>``; ``<h2
    aria-label="Latest">…</h2>``; hidden headings.

    **Fix**: give the heading text, or remove the heading element if it only holds spacing.

    **References**: WCAG 2.2 SC 1.3.1 and 2.4.6; axe-core ``empty-heading``.
    """

    code = "NL112"
    name = "empty-heading"
    summary = "A heading has no readable text"
    wcag = "2.4.6"
    axe = "empty-heading"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, _ in headings(doc):
            if heading_name(el, doc) == "":
                yield self.finding(
                    doc.start_tag_span(el),
                    f"<{tag(el)}> has no text a screen reader can announce",
                    "Give the heading text (or an aria-label), or remove the empty heading element",
                )
