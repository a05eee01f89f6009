"""NL131–NL132: skip links that lead nowhere, or somewhere other than the story."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import SkipLink
from newslint.document.tree import Element, tag_name
from newslint.lib.aria.semantics import is_hidden, role, tag
from newslint.lib.settings import Settings

# Skip links meant to land on the story, told from those to the menu, the search or the footer.
_TO_STORY = re.compile(r"content|article|story|text|inhalt|contenu|contenido", re.I)
_ELSEWHERE = re.compile(r"navigation|menu|search|footer|index|advert|\bads?\b|links", re.I)
_PAGE_CHROME = frozenset({"navigation", "banner", "contentinfo", "complementary"})
_NOT_RENDERED_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)


def _story_start(doc: Document) -> Element | None:
    """Where a skip link should land: the main landmark, else the headline."""
    for el in doc.tagged("main"):
        return el
    for el in doc.carrying("role"):  # without <main>, only a role attribute makes one
        if role(el) == "main":
            return el
    return doc.regions.headline


class SkipLinkTargetMissing(Rule):
    """A skip link points at an id that is not on the page.

    **Why**: "Skip to main content" is how keyboard and screen-reader users get past the
    navigation; when its target id is missing, the link does nothing and they are stuck at
    the top. axe-core does not check this.

    **Fix**: give the story's container the id the link names (``<main id="main-content">``),
    or point the link at the id it has. A skip link to another part of the page ("Skip to site
    index", "Skip to search") is told to reach that part, never the story.

    **References**: WCAG 2.2 SC 2.4.1 Bypass Blocks (technique G1).
    """

    code = "NL131"
    name = "skip-link-target-missing"
    summary = "A skip link points at an id that is not on the page"
    severity = "error"
    wcag = "2.4.1"
    act = (("cf77f2", "same"), ("ye5d6e", "partial"))
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for link in doc.regions.skip_links:
            if link.target_exists or _not_rendered(link.element):
                continue  # a link nobody can reach or follow leads nowhere whatever its target
            target = _story_start(doc)
            existing = target.get("id") if target is not None else None
            if not _TO_STORY.search(link.text) or _ELSEWHERE.search(link.text):  # "Skip to site index"
                advice = f'Add id="{link.href[1:]}" to the part of the page the link names, or point the link at its id'
                replacement = None
            elif existing:
                advice, replacement = f'Point the link at the story: href="#{existing}"', None
                start, end = doc.start_tag_span(link.element)
                tag_text = doc.text[start:end]
                if tag_text.count(link.href) == 1:
                    replacement = tag_text.replace(link.href, f"#{existing}")
            elif target is not None:
                advice = f'Add id="{link.href[1:]}" to the <{tag_name(target)}> where the story starts'
                replacement = None
            else:
                advice, replacement = f'Add id="{link.href[1:]}" to the element where the story starts', None
            yield self.finding(
                doc.start_tag_span(link.element),
                f"Skip link '{link.text}' points at {link.href}, but no element has that id",
                advice,
                replacement=replacement,
            )


def _target(doc: Document, link: SkipLink) -> Element | None:
    """The element a skip link lands on: the first with its id, else the first anchor with its name."""
    ident = link.href[1:]
    found = doc.element_by_id(ident)
    if found is not None:
        return found
    return next((a for a in doc.tagged("a") if a.get("name") == ident), None)


def _not_rendered(el: Element) -> bool:
    """Hidden from everyone (``hidden`` or an inline display:none), so a link to it scrolls nowhere."""
    for node in (el, *el.iterancestors()):
        if tag(node) in ("template", "noscript", "head"):
            return True
        if node.get("hidden") is not None or _NOT_RENDERED_STYLE.search(node.get("style") or ""):
            return True
    return False


def _chrome(el: Element) -> Element | None:
    """The navigation, banner, footer or aside landmark an element sits in, if any."""
    for node in (el, *el.iterancestors()):
        if isinstance(node.tag, str) and role(node) in _PAGE_CHROME and not is_hidden(node):
            return node
    return None


def _story_headline(doc: Document) -> Element | None:
    """The story's headline when newslint is sure of it: a shown h1 outside the page chrome."""
    headline = doc.regions.headline
    if headline is None or tag(headline) != "h1" or is_hidden(headline, doc) or _chrome(headline) is not None:
        return None
    return headline


def _order(doc: Document) -> dict[Element, int]:
    return doc.once(_document_order)


def _document_order(doc: Document) -> dict[Element, int]:
    return {el: i for i, el in enumerate(doc.root.iter())}


def _line(doc: Document, el: Element) -> int:
    return doc.position(doc.start_tag_span(el)[0])[0]


def _describe(el: Element) -> str:
    ident = el.get("id")
    return f'<{tag(el)} id="{ident}">' if ident else f"<{tag(el)}>"


class SkipLinkMisplaced(Rule):
    """A "skip to content" link lands somewhere other than the start of the story.

    **Why**: the skip link is the promise that one keypress takes a keyboard or screen-reader
    user to the story. When its target sits after the headline, the user starts reading
    mid-story without the headline; when it sits inside the navigation, the user lands among
    the menu links (or the aside) the link was meant to skip; when the target is hidden, the
    browser has nowhere to go.

    **Fix**: point the skip link at the element that starts with the headline, usually
    ``<main id="main-content">``.

    **References**: WCAG 2.2 SC 2.4.1 Bypass Blocks (technique G1), SC 2.4.3 Focus Order.
    """

    code = "NL132"
    name = "skip-link-misplaced"
    summary = "A skip-to-content link lands after the headline, in the navigation, or on a hidden element"
    wcag = "2.4.1"
    act = (("cf77f2", "same"), ("ye5d6e", "partial"))
    page_only = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for link in doc.regions.skip_links:
            if not link.target_exists or link.href in ("#", "#top"):
                continue
            if not _TO_STORY.search(link.text) or _ELSEWHERE.search(link.text):
                continue
            target = _target(doc, link)
            if target is None:
                continue
            problem = self._problem(doc, target)
            if problem is None:
                continue
            story = _story_start(doc)
            existing = story.get("id") if story is not None and story is not target else None
            advice = (
                f'Point the link at the story: href="#{existing}"'
                if existing
                else 'Point the link at the element that starts with the headline, e.g. <main id="main-content">'
            )
            yield self.finding(doc.start_tag_span(link.element), f"Skip link '{link.text}' lands on {problem}", advice)

    def _problem(self, doc: Document, target: Element) -> str | None:
        """What is wrong with where the link lands, or None when it is fine or newslint is unsure."""
        where = f"{_describe(target)} (line {_line(doc, target)})"
        if _not_rendered(target):
            return f"{where}, which is hidden, so it goes nowhere"
        order = _order(doc)
        chrome = _chrome(target)
        if chrome is not None and _more_of(chrome, target, order):
            return f"{where}, inside the {role(chrome)} (line {_line(doc, chrome)}), before more of its content"
        headline = _story_headline(doc)
        if headline is None or any(node is target for node in headline.iterancestors()) or headline is target:
            return None
        if order[target] > order[headline]:
            return f"{where}, after the headline on line {_line(doc, headline)}, so readers miss the headline"
        return None


def _more_of(chrome: Element, target: Element, order: dict[Element, int]) -> bool:
    """Whether links or text of the page chrome come at or after the target: the link lands among them."""
    for el in chrome.iter():
        if (
            isinstance(el.tag, str)
            and order[el] >= order[target]
            and (
                (tag(el) == "a" and el.get("href") is not None)
                or (el.text or "").strip()
                or (el is not target and el is not chrome and (el.tail or "").strip())
            )
        ):
            return True
    return False
