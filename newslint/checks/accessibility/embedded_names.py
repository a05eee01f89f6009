"""NL145, NL147, NL155: SVG images, image buttons and disclosure summaries that need a name."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, inside, text_of
from newslint.lib.aria.semantics import accessible_name, explicit_role, explicit_roles, is_hidden, tag
from newslint.lib.settings import Settings

_SVG_IMAGE_ROLES = frozenset({"img", "image", "graphics-document", "graphics-symbol"})


def _svg_name(el: Element, doc: Document) -> str:
    """An SVG element's name: aria-label or aria-labelledby, else its own <title> child."""
    name = accessible_name(el, doc)
    if name:
        return name
    title = next((child for child in el if tag(child) == "title"), None)
    return squash(text_of(title)) if title is not None else ""


class SvgImageName(Rule):
    """An SVG given an image role has no name.

    **Why**: ``<svg role="img">`` tells a screen reader "here is an image"; without an
    ``aria-label``, an ``aria-labelledby`` or a ``<title>`` it is announced as just "image" (a
    share icon, a chart, a logo). An SVG that only decorates needs no role, or ``aria-hidden``.

    **Fix**: add ``<title>`` as the SVG's first child, or an ``aria-label`` saying what it shows;
    or, if it is decorative, drop the role and add ``aria-hidden="true"``.

    **References**: WCAG 2.2 SC 1.1.1 Non-text Content; axe-core ``svg-img-alt``.
    """

    code = "NL145"
    name = "svg-img-alt"
    summary = "An SVG with an image role has no accessible name"
    severity = "error"
    wcag = "1.1.1"
    axe = "svg-img-alt"
    act = (("7d6734", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, own in explicit_roles(doc).items():
            if own not in _SVG_IMAGE_ROLES:
                continue
            if tag(el) != "svg" and not inside(el, "svg"):
                continue
            if _svg_name(el, doc) or is_hidden(el, doc):
                continue
            yield self.finding(
                doc.start_tag_span(el),
                f'<{tag(el)} role="{el.get("role")}"> has no accessible name',
                "Add a <title> as its first child or an aria-label saying what it shows; if it is decorative, "
                'drop the role and add aria-hidden="true"',
            )


class ImageButtonName(Rule):
    """An image button (``<input type="image">``) has no text alternative.

    **Why**: a search or submit button drawn as an image is announced as "button" and nothing
    else when it has no ``alt``.

    **Fix**: add an ``alt`` saying what the button does (``alt="Search"``), not what the image shows.

    **References**: WCAG 2.2 SC 1.1.1 and 4.1.2; axe-core ``input-image-alt``.
    """

    code = "NL147"
    name = "input-image-alt"
    summary = "An image button has no accessible name"
    severity = "error"
    wcag = "4.1.2"
    axe = "input-image-alt"
    act = (("59796f", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in doc.tagged("input"):
            if (el.get("type") or "").strip().lower() != "image" or accessible_name(el, doc) or is_hidden(el, doc):
                continue
            yield self.finding(
                doc.start_tag_span(el),
                '<input type="image"> has no accessible name',
                'Add alt saying what the button does, e.g. alt="Search"',
            )


class SummaryName(Rule):
    """A ``<details>`` element's summary has no name.

    **Why**: the summary is the button that opens and closes the disclosure ("Read the full
    timeline"); an empty one, or one holding only an icon, is announced as a bare button.

    **Fix**: give the ``<summary>`` text saying what opens, or an ``aria-label``.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; axe-core ``summary-name``.
    """

    code = "NL155"
    name = "summary-name"
    summary = "A <details> summary has no accessible name"
    severity = "error"
    wcag = "4.1.2"
    axe = "summary-name"
    act = (("2t702h", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for details in doc.tagged("details"):
            summary = next((child for child in details if tag(child) == "summary"), None)
            if summary is None or explicit_role(summary) not in (None, "none", "presentation"):
                continue  # a summary given another role is checked as that role
            if accessible_name(summary, doc) or is_hidden(summary, doc):
                continue
            yield self.finding(
                doc.start_tag_span(summary),
                "<summary> has no accessible name",
                "Give the summary text saying what it opens, or an aria-label",
            )
