"""NL130: a page with no way to bypass its repeated blocks, as axe-core's ``bypass`` rule reads it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.aria.semantics import explicit_role, is_hidden, role, tag
from newslint.lib.settings import Settings

_INTERNAL_HREF = re.compile(r"#[^/!]")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _has_bypass(doc: Document) -> bool:
    """axe-core's three ways past the navigation: a main landmark, a heading, a link within the page."""
    if any(_INTERNAL_HREF.match(a.get("href") or "") for a in doc.tagged("a")):
        return True
    for el in chain(*map(doc.tagged, (*_HEADINGS, "main")), doc.carrying("role")):  # all that can be either
        name = tag(el)
        heading = (name in _HEADINGS and el.get("role") is None) or explicit_role(el) == "heading"
        main = name == "main" or role(el) == "main"
        if (heading or main) and not is_hidden(el, doc):
            return True
    return False


def _opens_with_text(doc: Document) -> bool:
    """The page opens with its content: a paragraph of text comes before its first link."""
    body = doc.root.find("body")
    for el in body.iter() if body is not None else ():
        name = tag(el)
        if name == "a" and el.get("href") is not None:
            return False
        if name == "p" and (el.text or "").strip() and not is_hidden(el, doc):
            return True
    return False


class NoBypass(Rule):
    """The page has links but no way to skip past its repeated blocks.

    **Why**: keyboard and screen-reader users meet the masthead and the menus on every page;
    without a main landmark, a heading or a skip link they must go through all of it to reach
    the story. A page that opens with its content (a paragraph before its first link) has no
    repeated block to skip.

    **Fix**: wrap the story in ``<main>``, mark its headline up as ``<h1>``, and add a skip
    link (``<a href="#main-content">Skip to main content</a>``) before the navigation.

    **References**: WCAG 2.2 SC 2.4.1 Bypass Blocks (techniques G1, ARIA11, H69); axe-core
    ``bypass``.
    """

    code = "NL130"
    name = "bypass"
    summary = "The page has no main landmark, no heading and no link within the page"
    severity = "warning"
    wcag = "2.4.1"
    axe = "bypass"
    act = (
        ("3e12e1", "partial"),
        ("cf77f2", "same"),
        ("047fe0", "partial"),
        ("ye5d6e", "partial"),
        ("b40fd1", "partial"),
    )
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        if not any(a.get("href") is not None for a in doc.tagged("a")) or _has_bypass(doc) or _opens_with_text(doc):
            return
        body = doc.root.find("body")
        yield self.finding(
            doc.start_tag_span(body if body is not None else doc.root),
            "The page has no main landmark, no heading and no link within the page: nothing lets "
            "keyboard users skip the repeated blocks",
            "Wrap the story in <main>, mark its headline up as <h1>, and add a skip link before the navigation",
        )
