"""NL140, NL142, NL150, NL151: images, frames, links and buttons that need a name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from newslint.checks.rule import Finding, Rule
from newslint.document.furniture import hint_kind, wording_kind
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import SKIPPED_TEXT, Element, inside, text_of
from newslint.lib.accessibility.style import Amount, declared, hides_text, to_px
from newslint.lib.aria.semantics import (
    LINK_ROLES,
    PRESENTATIONAL,
    accessible_name,
    explicit_role,
    explicit_roles,
    is_hidden,
    role,
    role_carriers,
    tag,
)
from newslint.lib.aria.stylesheet import hidden_by_style_sheet
from newslint.lib.settings import Settings

_INTEGER = re.compile(r"\s*[-+]?\d+\s*")


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

    Reads every ``<img>`` and every other element with ``role="img"`` (outside SVG: NL145's) that
    assistive technology shows as an image. An ``alt`` of spaces names nothing, and
    ``role="none"`` on a focusable image is ignored (WAI-ARIA 1.2 presentational roles conflict
    resolution), so both still need a text alternative.

    **Fix**: describe what the photo shows in ``alt`` (the caption is a starting point), or
    ``alt=""`` if it is decorative.

    **References**: WCAG 2.2 SC 1.1.1 Non-text Content; axe-core ``image-alt`` (and ``role-img-alt``).
    """

    code = "NL140"
    name = "image-alt"
    summary = "An image has no alt text"
    severity = "error"
    wcag = "1.1.1"
    axe = "image-alt"
    act = (("23a2a8", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        others = [el for el, own in explicit_roles(doc).items() if own in ("img", "image") and tag(el) != "img"]
        for img in doc.in_order(doc.tagged("img"), others):
            alt = img.get("alt")
            if alt == "" or role(img) not in ("img", "image") or accessible_name(img, doc) or is_hidden(img, doc):
                continue
            if inside(img, "svg", "math") or hidden_by_style_sheet(img, doc):
                continue  # NL145's; or hidden by the page's style sheet (".fallback { display: none }")
            caption = _caption(img)
            if tag(img) != "img":
                message = f'<{tag(img)} role="img"> has no accessible name'
            elif alt is None:
                message = "<img> has no alt attribute"
            else:
                message = "<img> has an alt of spaces only, which names nothing"
            yield self.finding(
                doc.start_tag_span(img),
                message,
                f'Describe the photo in alt, starting from its caption: alt="{caption}"'
                if caption
                else 'Add alt="…" describing the image, or alt="" if it is decorative'
                if tag(img) == "img"
                else 'Add aria-label="…" describing the image',
            )


def _caption(img: Element) -> str:
    """The words of the photo's figure caption that alt text can start from, without its credit and
    without text not shown on screen (a screen-reader label such as "Media caption"): none when all
    it holds is a credit ("Photo: Reuters", a ``credit`` box), which names who took the photo, not
    what it shows."""
    node = img.getparent()
    while node is not None and tag(node) != "figure":
        node = node.getparent()
    caption = node.find(".//figcaption") if node is not None else None
    if caption is None:
        return ""
    left_out = {n for n in caption.iter() if isinstance(n.tag, str) and (hint_kind(n) == "credit" or hides_text(n))}
    text = squash(_text_without(caption, left_out))
    if not text or wording_kind(text) == "credit" or _CREDIT_LINE.match(text):
        return ""
    return text if len(text) <= 120 else text[:119] + "…"


_CREDIT_LINE = re.compile(r"credits?\s*(?:[:.…]|by\b)", re.I)  # "Credit...", "Credits:", "Credit by"


def _text_without(el: Element, left_out: set[Element]) -> str:
    """``text_of(el)`` without the text of the elements ``left_out``."""
    if el in left_out:
        return ""
    if not left_out:
        return text_of(el)
    if el.tag in SKIPPED_TEXT or not isinstance(el.tag, str):
        return ""
    parts = [el.text or ""]
    for child in el:
        parts += (_text_without(child, left_out), child.tail or "")
    return "".join(parts)


class FrameTitle(Rule):
    """An embedded frame has no title.

    **Why**: screen readers announce frames by their title; an untitled video or map embed is
    just "frame".

    A frame taken out of the tab order (a negative ``tabindex``) is left alone, as axe-core and
    the ACT rule do.

    **Fix**: add a ``title`` that says what the frame holds. A frame drawn at a pixel or two, or
    fully transparent, shows nothing (a tracking or service frame): rather than a title, it takes
    ``aria-hidden="true" tabindex="-1"``, which leave it out of what screen readers and the
    keyboard reach.

    **References**: WCAG 2.2 SC 4.1.2; axe-core ``frame-title``.
    """

    code = "NL142"
    name = "frame-title"
    summary = "An iframe has no title"
    severity = "error"
    wcag = "4.1.2"
    axe = "frame-title"
    act = (("cae760", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for frame in doc.tagged("iframe", "frame"):
            if _global_name(frame, doc) or explicit_role(frame) in PRESENTATIONAL or is_hidden(frame, doc):
                continue
            tabindex = frame.get("tabindex") or ""
            if _INTEGER.fullmatch(tabindex) and int(tabindex) < 0:
                continue
            host = urlsplit((frame.get("src") or "").strip()).hostname or ""
            what = re.sub(r"^(?:www|player|embed)\.", "", host).split(".")[0].capitalize()
            if _drawn_as_a_dot(frame):
                advice = (
                    "It shows nothing (a tracking or service frame): take it out of what screen readers and the "
                    'keyboard reach, with aria-hidden="true" tabindex="-1"'
                )
            else:
                advice = (
                    f'Add title="{what} embed: …" saying what it shows'
                    if what
                    else 'Add title="…" saying what it shows'
                )
            yield self.finding(doc.start_tag_span(frame), f"<{tag(frame)}> has no title", advice)


_DOT = 2.0  # CSS pixels: a frame no wider or no taller than this shows nothing


def _drawn_as_a_dot(frame: Element) -> bool:
    """Whether a frame is drawn at a pixel or two (by its width or height, as attributes or inline
    style) or fully transparent: a tracking or service frame, with nothing to title."""
    for size in (frame.get("width"), frame.get("height")):
        number = (size or "").strip().removesuffix("px")
        if number.replace(".", "", 1).isdigit() and float(number) <= _DOT:
            return True
    style = frame.get("style")
    for prop in ("width", "height"):
        found = declared(style, prop)
        px = to_px(found[0]) if found else None
        if px is not None and px <= _DOT:
            return True
    opacity = declared(style, "opacity")
    return opacity is not None and isinstance(opacity[0], Amount) and opacity[0].number <= 0


class LinkName(Rule):
    """A link has no name a screen reader can announce.

    **Why**: a link announced as just "link" (an icon, an empty anchor, an image without alt)
    gives no idea where it goes.

    Reads ``<a href>`` and ``<area href>``, also with a role that inherits from link
    (``doc-biblioref``, ``doc-noteref``…); ``role="none"`` on a link is ignored, since a link is
    focusable (WAI-ARIA 1.2 presentational roles conflict resolution). Other elements with
    ``role="link"`` are NL156's.

    **Fix**: give the link text, an ``aria-label``, or an ``alt`` on its image.

    **References**: WCAG 2.2 SC 2.4.4 and 4.1.2; axe-core ``link-name``.
    """

    code = "NL150"
    name = "link-name"
    summary = "A link has no accessible name"
    severity = "error"
    wcag = "2.4.4"
    axe = "link-name"
    act = (("c487ae", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        roled, targets = role_carriers(doc), set(doc.carrying("href"))
        for a in doc.tagged("a", "area"):
            # role(a), read from the indexes: without a role attribute, a link is one by its href
            own = role(a) if a in roled else "link" if a in targets else None
            if own not in LINK_ROLES or accessible_name(a, doc) or inside(a, "svg") or is_hidden(a, doc):
                continue  # (a name, which most links have, is known before the walk up to an svg)
            if (a.get("tabindex") or "").strip() == "-1":
                continue
            href = (a.get("href") or "").strip()
            yield self.finding(
                doc.start_tag_span(a),
                f"Link to '{href[:80]}' has no accessible name" if href else "Link has no accessible name",
                "Give the link text, an aria-label saying where it goes, or alt text on its image",
            )


class ButtonName(Rule):
    """A button has no name a screen reader can announce.

    **Why**: an icon-only button ("☰", a magnifier, a cross) announced as "button" leaves
    users guessing what it does.

    Reads every ``<button>`` (``role="none"`` on one is ignored: a button is focusable); other
    elements with ``role="button"`` are NL156's, as they are axe-core's ``aria-command-name``.

    **Fix**: give the button text or an ``aria-label`` saying what it does.

    **References**: WCAG 2.2 SC 4.1.2; axe-core ``button-name``.
    """

    code = "NL151"
    name = "button-name"
    summary = "A button has no accessible name"
    severity = "error"
    wcag = "4.1.2"
    axe = "button-name"
    act = (("97a4e1", "same"), ("m6b1q3", "partial"))
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for button in doc.tagged("button"):
            if role(button) in PRESENTATIONAL or accessible_name(button, doc) or is_hidden(button, doc):
                continue
            yield self.finding(
                doc.start_tag_span(button),
                "<button> has no accessible name",
                'Give the button text, or an aria-label saying what it does (e.g. aria-label="Open menu")',
            )


_COMMANDS = frozenset({"button", "link", "menuitem"})


class CommandName(Rule):
    """An element made a button, link or menu item with ``role`` has no name a screen reader can announce.

    **Why**: ``<div role="button">`` or ``<span role="link">`` with only an icon inside is
    announced as "button" or "link" and nothing else; users cannot tell what it does or where it
    goes. (Native ``<button>``, ``<a href>`` and ``<area>`` are NL151's and NL150's.)

    **Fix**: give the element text or an ``aria-label`` saying what it does; better, use a real
    ``<button>`` or ``<a href>``.

    **References**: WCAG 2.2 SC 4.1.2; axe-core ``aria-command-name``.
    """

    code = "NL156"
    name = "aria-command-name"
    summary = "An element with role button, link or menuitem has no accessible name"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-command-name"
    act = (("97a4e1", "partial"), ("c487ae", "partial"), ("m6b1q3", "partial"))
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, own in explicit_roles(doc).items():
            if tag(el) in ("button", "a", "area") or own not in _COMMANDS or role(el) not in _COMMANDS:
                continue
            if inside(el, "svg") or accessible_name(el, doc) or is_hidden(el, doc):
                continue
            yield self.finding(
                doc.start_tag_span(el),
                f'<{tag(el)} role="{explicit_role(el)}"> has no accessible name',
                "Give it text, or an aria-label saying what it does; better, use a <button> or an <a href>",
            )
