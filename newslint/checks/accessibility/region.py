"""NL127: content outside every landmark, as axe-core's ``region`` rule reads a page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element, text_of
from newslint.lib.aria.landmarks import landmarks
from newslint.lib.aria.semantics import (
    LANDMARKS,
    explicit_role,
    hidden_elements,
    implicit_role,
    is_hidden,
    may_have_role,
    role,
    role_carriers,
    tag,
)
from newslint.lib.settings import Settings

_LIVE_ROLES = frozenset({"alert", "log", "status"})
_STOP_ROLES = LANDMARKS | _LIVE_ROLES | {"button", "dialog", "alertdialog"}
_FRAMES = frozenset({"iframe", "frame"})
# Elements whose own text is never shown (axe-core's hasChildTextNodes leaves them out).
_NO_OWN_TEXT = frozenset({"head", "title", "template", "script", "style", "iframe", "object", "video", "audio"})
_VISUAL_ROLES = frozenset(
    {"checkbox", "img", "meter", "progressbar", "scrollbar", "radio", "slider", "spinbutton", "textbox"}
)
_VISUAL_TAGS = frozenset(
    {
        "img", "iframe", "object", "video", "audio", "canvas", "svg", "math", "button", "select", "textarea",
        "keygen", "progress", "meter",
    }
)  # fmt: skip
# axe-core's ``regionMatcher`` option: dialogs and inline graphics count as regions of their own.
_OWN_REGIONS = frozenset({"dialog", "svg"})
_INTERNAL_HREF = re.compile(r"#[^/!]")
_NOT_PAGE_LINK = ("#", "/#", "javascript:")
_WORDS = 8


def _has_own_text(el: Element) -> bool:
    """Text directly in the element (not in its children) beyond whitespace."""
    text = el.text
    if text and not text.isspace():
        return True
    for child in el:
        tail = child.tail
        if tail and not tail.isspace():
            return True
    return False


class _Walk:
    """One pass over the body, as axe-core's ``findRegionlessElms``."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.covered: set[Element] = set()  # elements with a landmark, skip link or hidden part inside
        self.found: list[Element] = []
        # Every element ``stops`` can be true of, from the indexes; the walk tests only these.
        self.may_stop = hidden_elements(doc).union(
            may_have_role(doc, _STOP_ROLES),
            *map(doc.tagged, (*_OWN_REGIONS, *_FRAMES)),
            doc.carrying("aria-live"),
            doc.carrying("href"),
        )
        # The rare attributes own_content reads, looked up rather than asked of every element.
        self.roled = role_carriers(doc)
        self.labelled = {*doc.carrying("aria-label"), *doc.carrying("aria-labelledby")}

    @cached_property
    def before_first_page_link(self) -> set[Element]:
        """The nodes before the first ``<a>`` that leaves the page: internal links among them are skip links."""
        before = set()
        for el in self.doc.elements:
            if el.tag == "a" and not (el.get("href") or "").startswith(_NOT_PAGE_LINK):
                break
            before.add(el)
        return before

    @cached_property
    def names(self) -> set[str]:
        return {name for el in self.doc.carrying("name") if (name := el.get("name"))}

    def is_skip_link(self, el: Element) -> bool:
        href = el.get("href") or ""
        if not _INTERNAL_HREF.match(href) or el not in self.before_first_page_link:
            return False
        target = href[1:]
        return self.doc.element_by_id(target) is not None or target in self.names

    def stops(self, el: Element) -> bool:
        """A landmark, live region, dialog, inline graphic, button, frame, skip link or hidden element ends it."""
        own = role(el) if el in self.roled else implicit_role(el)  # role(el), from the indexes
        if el.tag in _OWN_REGIONS or el.tag in _FRAMES or own in _STOP_ROLES:
            return True
        live = el.get("aria-live")
        if live and live.strip().lower() in ("assertive", "polite"):
            return True
        return self.is_skip_link(el) or is_hidden(el, self.doc)

    def own_content(self, el: Element) -> bool:
        """axe-core's ``hasContent`` without recursion: own text, a graphic or control, or an ARIA label."""
        name = tag(el)
        if name not in _NO_OWN_TEXT and _has_own_text(el):
            return True
        explicit = explicit_role(el) if el in self.roled else None
        if explicit:
            if explicit in _VISUAL_ROLES:
                return True
        elif name == "img":
            if el.get("alt") != "":  # an image with an empty alt is decoration, which axe-core passes
                return True
        elif name in _VISUAL_TAGS or (name == "input" and (el.get("type") or "").lower() != "hidden"):
            return True
        if el not in self.labelled:
            return False
        if (el.get("aria-label") or "").strip():
            return True
        refs = [self.doc.element_by_id(ref) for ref in (el.get("aria-labelledby") or "").split()]
        return any(ref is not None and text_of(ref).strip() for ref in refs)

    def visit(self, el: Element, body: Element) -> None:
        if el in self.may_stop and self.stops(el):
            node: Element | None = el
            while node is not None and node not in self.covered:
                self.covered.add(node)
                node = node.getparent()
        elif el is not body and self.own_content(el):
            self.found.append(el)
        else:
            for child in el:
                if isinstance(child.tag, str):
                    self.visit(child, body)

    def outermost(self, body: Element) -> list[Element]:
        """Each offending element widened to its largest ancestor that holds nothing inside a landmark."""
        blocks: list[Element] = []
        seen: set[Element] = set()
        for el in self.found:
            parent = el.getparent()
            while parent is not None and parent is not body and parent not in self.covered:
                el, parent = parent, parent.getparent()
            if el not in seen:
                seen.add(el)
                blocks.append(el)
        return blocks


def regionless_blocks(doc: Document) -> list[Element]:
    """The outermost blocks of shown content that no landmark holds, in document order."""
    body = doc.root.find("body")
    if body is None:
        return []
    walk = _Walk(doc)
    walk.visit(body, body)
    return walk.outermost(body)


def _preview(el: Element) -> str:
    """The block's first words (or label, or alt text), or what it holds without text: "<div> holding <img>"."""
    words = (text_of(el) or el.get("aria-label") or el.get("alt") or "").split()
    if words:
        text = " ".join(words[:_WORDS])
        return f" '{text}…'" if len(words) > _WORDS else f" '{text}'"
    inside = (name for d in el.iterdescendants() if (name := tag(d)) in _VISUAL_TAGS or name == "input")
    shown = next(inside, None)
    return f" holding <{shown}>" if shown else ""


class ContentOutsideLandmarks(Rule):
    """Content of the page sits outside every landmark.

    **Why**: screen-reader users move around a page by its landmarks (banner, navigation, main,
    contentinfo); text outside all of them is easy to miss, and a story line or a byline left
    there is skipped by anyone who jumps to the main landmark.

    **Fix**: move the block into the landmark it belongs to (the story's parts into
    ``<main>``, the masthead into ``<header>``, legal links into ``<footer>``), or wrap it in
    one (``<aside aria-label="…">``, ``<section aria-label="…">``).

    **References**: WCAG 2.2 SC 1.3.1 and 2.4.1 (best practice); axe-core ``region``.
    """

    code = "NL127"
    name = "content-outside-landmarks"
    summary = "Content of the page sits outside every landmark"
    severity = "info"
    wcag = "2.4.1"
    axe = "region"
    page_only = True
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        blocks = regionless_blocks(doc)
        if not blocks:
            return
        body = doc.root.find("body")
        if body is not None and not any(el is body or body in el.iterancestors() for el, _ in landmarks(doc)):
            yield self.finding(
                doc.start_tag_span(body),
                "The page has no landmarks, so "
                + (f"none of its {len(blocks)} blocks of content is" if len(blocks) > 1 else "its content is not")
                + " inside one",
                "Wrap the masthead in <header>, the menus in <nav>, the story in <main> and the page foot in <footer>",
            )
            return
        for el in blocks:
            yield self.finding(
                doc.start_tag_span(el),
                f"<{tag(el)}>{_preview(el)} is outside every landmark",
                f"Move this <{tag(el)}> into <main>, <header> or <footer>, or wrap it in a landmark",
            )
