"""NL110–NL112: headings (one h1, no skipped levels, no empty headings)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.aria.headings import (
    heading_name,
    headings,
)
from newslint.lib.aria.semantics import tag
from newslint.lib.settings import Settings


class MissingHeadingOne(Rule):
    """The page has no level-one heading.

    **Why**: screen-reader users jump to the h1 to find the story; the headline should be it.

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

    **Fix**: use the next level down (h1 → h2 → h3), and style headings with CSS rather than
    choosing them by size. Text that heads no section (a byline, a date, a footer slogan set as
    ``<h5>`` for its size) should not be a heading at all.

    **References**: WCAG 2.2 SC 1.3.1 (best practice); axe-core ``heading-order``.
    """

    code = "NL111"
    name = "heading-order"
    summary = "A heading skips levels after the one before it"
    wcag = "1.3.1"
    axe = "heading-order"
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        previous = None
        for el, level in headings(doc):
            if previous is not None and level > previous + 1:
                fixed = f"h{previous + 1}"
                yield self.finding(
                    doc.start_tag_span(el),
                    f"Heading level {level} follows level {previous}",
                    f"Make this <{tag(el)}> an <{fixed}> (or restyle it), so levels go down one at a time; "
                    "if it heads no section (a byline, a date, a slogan), make it a <p>",
                )
            previous = level


class EmptyHeading(Rule):
    """A heading has no text that assistive technology can read.

    **Why**: an empty heading is announced as "heading" and nothing else; it wastes a stop in
    heading navigation and suggests content is missing.

    **Fix**: give the heading text, or remove the heading element if it only holds spacing.

    **References**: WCAG 2.2 SC 1.3.1 and 2.4.6; axe-core ``empty-heading``.
    """

    code = "NL112"
    name = "empty-heading"
    summary = "A heading has no readable text"
    wcag = "2.4.6"
    axe = "empty-heading"
    act = (("ffd0e9", "same"),)
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, _ in headings(doc):
            if heading_name(el, doc) == "":
                yield self.finding(
                    doc.start_tag_span(el),
                    f"<{tag(el)}> has no text a screen reader can announce",
                    "Give the heading text (or an aria-label), or remove the empty heading element",
                )
