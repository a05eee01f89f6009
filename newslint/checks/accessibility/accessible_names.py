"""NL140, NL142, NL150, NL151: images, frames, links and buttons that need a name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.aria.semantics import accessible_name, explicit_role, is_hidden, tag
from newslint.lib.settings import Settings

_PRESENTATIONAL = ("none", "presentation")


def _global_name(el: Element, doc: Document) -> bool:
    """Named by aria-label, aria-labelledby (to an existing, non-empty element) or title."""
    if (el.get("aria-label") or "").strip() or (el.get("title") or "").strip():
        return True
    refs = [doc.element_by_id(i) for i in (el.get("aria-labelledby") or "").split()]
    return any(r is not None and squash(text_of(r)) for r in refs)


class ImageAlt(Rule):
    """An image has no text alternative.

    **Why**: without ``alt`` a screen reader reads the file name ("DSC underscore 4471 dot
    jpg") or nothing; a news photo's content is lost.

    **Fix**: describe what the photo shows in ``alt`` (the caption is a starting point), or
    ``alt=""`` if it is decorative.

    **References**: WCAG 2.2 SC 1.1.1 Non-text Content; axe-core ``image-alt``.
    """

    code = "NL140"
    name = "image-alt"
    summary = "An image has no alt text"
    severity = "error"
    wcag = "1.1.1"
    axe = "image-alt"
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for img in doc.tagged("img"):
            if img.get("alt") is not None or explicit_role(img) in _PRESENTATIONAL or _global_name(img, doc):
                continue
            if is_hidden(img, doc):
                continue
            caption = _caption(img)
            yield self.finding(
                doc.start_tag_span(img),
                "<img> has no alt attribute",
                f'Describe the photo in alt, starting from its caption: alt="{caption}"'
                if caption
                else 'Add alt="…" describing the image, or alt="" if it is decorative',
            )


def _caption(img: Element) -> str:
    node = img.getparent()
    while node is not None and tag(node) != "figure":
        node = node.getparent()
    if node is None:
        return ""
    caption = node.find(".//figcaption")
    text = squash(text_of(caption)) if caption is not None else ""
    return text if len(text) <= 120 else text[:119] + "…"


class FrameTitle(Rule):
    """An embedded frame has no title.

    **Why**: screen readers announce frames by their title; an untitled video or map embed is
    just "frame".

    **Fix**: add a ``title`` that says what the frame holds.

    **References**: WCAG 2.2 SC 4.1.2; axe-core ``frame-title``.
    """

    code = "NL142"
    name = "frame-title"
    summary = "An iframe has no title"
    severity = "error"
    wcag = "4.1.2"
    axe = "frame-title"
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for frame in doc.tagged("iframe", "frame"):
            if _global_name(frame, doc) or explicit_role(frame) in _PRESENTATIONAL or is_hidden(frame, doc):
                continue
            host = urlsplit((frame.get("src") or "").strip()).hostname or ""
            what = re.sub(r"^(?:www|player|embed)\.", "", host).split(".")[0].capitalize()
            yield self.finding(
                doc.start_tag_span(frame),
                f"<{tag(frame)}> has no title",
                f'Add title="{what} embed: …" saying what it shows' if what else 'Add title="…" saying what it shows',
            )


class LinkName(Rule):
    """A link has no name a screen reader can announce.

    **Why**: a link announced as just "link" (an icon, an empty anchor, an image without alt)
    gives no idea where it goes.

    **Fix**: give the link text, an ``aria-label``, or an ``alt`` on its image.

    **References**: WCAG 2.2 SC 2.4.4 and 4.1.2; axe-core ``link-name``.
    """

    code = "NL150"
    name = "link-name"
    summary = "A link has no accessible name"
    severity = "error"
    wcag = "2.4.4"
    axe = "link-name"
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for a in doc.tagged("a"):
            if a.get("href") is None or explicit_role(a) not in (None, "link"):
                continue
            if accessible_name(a, doc) or is_hidden(a, doc) or (a.get("tabindex") or "").strip() == "-1":
                continue
            href = a.get("href", "").strip()
            yield self.finding(
                doc.start_tag_span(a),
                f"Link to '{href[:80]}' has no accessible name" if href else "Link has no accessible name",
                "Give the link text, an aria-label saying where it goes, or alt text on its image",
            )


class ButtonName(Rule):
    """A button has no name a screen reader can announce.

    **Why**: an icon-only button ("☰", a magnifier, a cross) announced as "button" leaves
    users guessing what it does.

    **Fix**: give the button text or an ``aria-label`` saying what it does.

    **References**: WCAG 2.2 SC 4.1.2; axe-core ``button-name``.
    """

    code = "NL151"
    name = "button-name"
    summary = "A button has no accessible name"
    severity = "error"
    wcag = "4.1.2"
    axe = "button-name"
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for button in doc.tagged("button"):
            if explicit_role(button) in _PRESENTATIONAL and not _global_name(button, doc):
                continue
            if accessible_name(button, doc) or is_hidden(button, doc):
                continue
            yield self.finding(
                doc.start_tag_span(button),
                "<button> has no accessible name",
                'Give the button text, or an aria-label saying what it does (e.g. aria-label="Open menu")',
            )
