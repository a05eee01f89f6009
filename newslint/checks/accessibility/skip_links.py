"""NL131: skip links that lead nowhere."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.aria import role
from newslint.document import Document, Element
from newslint.rule import Finding, Rule
from newslint.settings import Settings


def _story_start(doc: Document) -> Element | None:
    """Where a skip link should land: the main landmark, else the headline."""
    for el in doc.root.iter("main"):
        return el
    for el in doc.root.iter():
        if isinstance(el.tag, str) and role(el) == "main":
            return el
    return doc.regions.headline


class SkipLinkTargetMissing(Rule):
    """A skip link points at an id that is not on the page.

    **Why**: "Skip to main content" is how keyboard and screen-reader users get past the
    navigation; when its target id is missing, the link does nothing and they are stuck at
    the top. axe-core does not check this.

    **Example (fires)**: ``<a href="#main-content">Skip to main content</a>`` on a page whose
    story container has ``id="content"``.

    **Example (silent)**: the same link with ``<main id="main-content">``; an anchor target
    ``<a name="main-content">``; ``href="#"`` or ``#top``.

    **Fix**: give the story's container the id the link names (``<main id="main-content">``),
    or point the link at the id it has.

    **References**: WCAG 2.2 SC 2.4.1 Bypass Blocks (technique G1).
    """

    code = "NL131"
    name = "skip-link-target-missing"
    summary = "A skip link points at an id that is not on the page"
    severity = "error"
    wcag = "2.4.1"
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for link in doc.regions.skip_links:
            if link.target_exists:
                continue
            target = _story_start(doc)
            existing = target.get("id") if target is not None else None
            if existing:
                advice, replacement = f'Point the link at the story: href="#{existing}"', None
                start, end = doc.start_tag_span(link.element)
                tag_text = doc.text[start:end]
                if tag_text.count(link.href) == 1:
                    replacement = tag_text.replace(link.href, f"#{existing}")
            elif target is not None:
                advice, replacement = f'Add id="{link.href[1:]}" to the <{target.tag}> where the story starts', None
            else:
                advice, replacement = f'Add id="{link.href[1:]}" to the element where the story starts', None
            yield self.finding(
                doc.start_tag_span(link.element),
                f"Skip link '{link.text}' points at {link.href}, but no element has that id",
                advice,
                replacement=replacement,
            )
