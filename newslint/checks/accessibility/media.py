"""NL141, NL143, NL144: alt text that repeats or says nothing, media that plays sound on load."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import SKIPPED_TEXT, Element, text_of
from newslint.lib.accessibility.phrases import attribute_span, text_pack
from newslint.lib.aria.semantics import accessible_name, explicit_role, explicit_roles, is_hidden, role, tag
from newslint.lib.settings import Settings

# axe-core's duplicate-img-label looks at the closest of these around the image.
_AXE_PARENTS = {"button": "button", "a": "link", "p": "paragraph", "li": "list item", "td": "cell", "th": "cell"}
_IMAGE_FILE = re.compile(
    r"(?:(?:https?:)?//\S+|(?:[\w%.~+-]+/)*[\w%.~+-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)(?:\?\S*)?)",
    re.I,
)
_CAMERA_NAME = re.compile(r"(?:img|dsc[nf]?|pxl|gopr|mvimg|p)[_-]?\d{3,}[\w-]*(?:\.\w{3,4})?", re.I)
_WORD = re.compile(r"\w+")


def _axe_parent(img: Element, roles: dict[Element, str | None]) -> Element | None:
    """``roles``: the page's explicit roles (semantics.explicit_roles)."""
    for anc in img.iterancestors():
        name = tag(anc)
        if name in _AXE_PARENTS and (name != "a" or anc.get("href") is not None):
            return anc
        if roles.get(anc) == "button":
            return anc
    return None


def _visible_text(el: Element, doc: Document) -> str:
    """Text of an element as axe reads it beside an image: shown text only, no alt text."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in SKIPPED_TEXT and not is_hidden(child, doc):
            parts.append(_visible_text(child, doc))
        parts.append(child.tail or "")
    return "".join(parts)


def _alt_span(doc: Document, img: Element) -> tuple[int, int]:
    span = attribute_span(doc, img, "alt")
    return span if span is not None and span[1] > span[0] else doc.start_tag_span(img)


class ImageRedundantAlt(Rule):
    """An image's alt text repeats the text of the link, button, paragraph or cell around it.

    **Why**: a screen reader reads the alt text and then the same words again ("Facebook
    Facebook, link"). This is axe-core's ``image-redundant-alt`` check, read statically: the
    closest link, button, ``p``, ``li``, ``td`` or ``th`` around the image has the image's name as
    its whole shown text. Alt text that repeats a figure's caption, names a file or says only
    "photo" is NL144.

    **Fix**: ``alt=""`` when the text beside the image already says it (``--fix`` does this);
    otherwise make the alt text say what only the image shows.

    **References**: WCAG 2.2 SC 1.1.1 Non-text Content (best practice); axe-core
    ``image-redundant-alt``.
    """

    code = "NL141"
    name = "image-redundant-alt"
    summary = "An image's alt text repeats the text of the link or block around it"
    severity = "info"
    wcag = "1.1.1"
    axe = "image-redundant-alt"
    fixable = True
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for img in doc.tagged("img"):
            if role(img) in ("none", "presentation") or is_hidden(img, doc):
                continue
            name = accessible_name(img, doc)
            parent = _axe_parent(img, explicit_roles(doc)) if name else None
            if parent is None or (tag(parent) == "a" and next(parent.iterdescendants("a"), None) is not None):
                continue  # browsers end a link where another one starts: its text is not what lxml holds
            text = squash(_visible_text(parent, doc))
            if not text or text.lower() != name.lower():
                continue
            what = _AXE_PARENTS.get(tag(parent), "button")
            from_alt = (img.get("alt") or "").strip() != "" and squash(img.get("alt") or "") == name
            span = attribute_span(doc, img, "alt") if from_alt else None
            yield self.finding(
                span if span is not None and span[1] > span[0] else doc.start_tag_span(img),
                f"The image's name '{name[:80]}' repeats the text of its {what}; screen readers say it twice",
                'Use alt="" (the text beside the image already says it), or say what only the image shows',
                replacement="" if span is not None else None,
                safe=span is not None,
            )


class MediaAutoplay(Rule):
    """Audio or video starts playing with sound when the page loads, with no control to stop it.

    **Why**: sound that starts by itself drowns out a screen reader, and without controls there
    is no way to pause or mute it. Fires on ``<video autoplay>`` and ``<audio autoplay>``
    without ``controls`` or ``muted``, and on YouTube and Vimeo embeds whose address asks for
    ``autoplay=1`` without muting and with the player's controls turned off (``controls=0``;
    the player shows pause and mute buttons otherwise, as ``controls`` does on ``<video>``).
    A muted autoplaying video is silent here: it has no sound for 1.4.2 to be about; if it
    moves for more than five seconds, SC 2.2.2 Pause, Stop, Hide asks for a pause control, which
    depends on its length and scripts that newslint cannot see.

    **Fix**: add ``controls`` (or ``muted``), or let readers start the media themselves.

    **References**: WCAG 2.2 SC 1.4.2 Audio Control, failure F93; axe-core ``no-autoplay-audio``
    (axe decides in a browser from the media's real duration and leaves media it cannot load as
    "needs review", so on pages read with the network off it reports none of these).
    """

    code = "NL143"
    name = "media-autoplay"
    summary = "Audio or video plays with sound on load and has no controls"
    severity = "warning"
    wcag = "1.4.2"
    axe = "no-autoplay-audio"
    act = (("80f0bf", "same"), ("aaa1bf", "partial"), ("4c31df", "partial"))

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for media in doc.tagged("video", "audio"):
            if media.get("autoplay") is None or media.get("muted") is not None or media.get("controls") is not None:
                continue
            yield self.finding(
                doc.start_tag_span(media),
                f"<{tag(media)} autoplay> plays with sound on load and has no controls to pause or mute it",
                "Add controls (or muted), or drop autoplay and let readers start it",
            )
        for frame in doc.tagged("iframe"):
            player = _autoplaying_player(frame.get("src") or "")
            if player:
                yield self.finding(
                    doc.start_tag_span(frame),
                    f"The {player} embed plays with sound on load (autoplay=1) and hides its controls (controls=0)",
                    "Drop autoplay=1 from the address, or add mute=1 (YouTube) / muted=1 (Vimeo), or keep the controls",
                )


def _autoplaying_player(src: str) -> str:
    """'YouTube' or 'Vimeo' when the embed address autoplays with sound and no controls, else ''."""
    parts = urlsplit(html.unescape(src.strip()))
    host = (parts.hostname or "").lower()
    query = {k.lower(): v[-1].strip().lower() for k, v in parse_qs(parts.query).items()}
    on = ("1", "true")
    if query.get("autoplay") not in on or query.get("controls") not in ("0", "false"):
        return ""
    if host.endswith(("youtube.com", "youtube-nocookie.com")) and query.get("mute") not in on:
        return "YouTube"
    if host.endswith("vimeo.com") and query.get("muted") not in on and query.get("background") not in on:
        return "Vimeo"
    return ""


class UnhelpfulAlt(Rule):
    """An image's alt text is a file name, a placeholder, opens with "image of", or repeats the caption.

    **Why**: alt text stands in for the image. A file name ("IMG_2034.jpg") or a placeholder
    ("photo", "spacer") tells a screen-reader user nothing (WCAG failure F30). "Image of…" repeats
    what the screen reader already announces. Alt text that repeats the figure's caption is read
    twice, once for the image and once for the caption, and still does not say what the photo
    shows. The placeholder words and openings come from ``rules/packs/accessibility-text-LANG.yaml``
    for the page's language; file names and caption repeats are checked in every language.

    Reads ``<img>`` and image buttons (``<input type="image">``) whose name is their ``alt`` (not
    an ``aria-label`` that overrides it). A file name in a download link (``<a download>``) is
    what the reader gets, so it is left alone.

    **Fix**: describe what the image shows that the caption does not (the scene, who is where),
    or ``alt=""`` if it is decorative. ``--fix`` drops an "image of" opening when text is left.

    **References**: WCAG 2.2 SC 1.1.1 Non-text Content, failure F30; no axe-core rule (axe's
    ``image-redundant-alt`` compares alt text with the link or button around it: NL141).
    """

    code = "NL144"
    name = "unhelpful-alt"
    summary = "Alt text is a file name, a placeholder, opens with 'image of' or repeats the caption"
    severity = "warning"
    wcag = "1.1.1"
    act = (("qt1vmo", "partial"), ("9eb3f6", "partial"))
    fixable = True
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        pack = text_pack(doc)
        placeholder = pack.pattern("alt-placeholder") if pack else None
        prefix = pack.pattern("alt-prefix") if pack else None
        credit = pack.pattern("photo-credit") if pack else None
        for img in doc.in_order(doc.tagged("img"), [el for el in doc.tagged("input") if _image_button(el)]):
            alt = squash(img.get("alt") or "")
            if not alt or explicit_role(img) in ("none", "presentation") or is_hidden(img, doc):
                continue
            if accessible_name(img, doc) != alt:
                continue  # aria-label or aria-labelledby names the image, not its alt
            if _is_file_name(alt, img.get("src") or "") and not _downloaded(img):
                yield self.finding(
                    _alt_span(doc, img),
                    f"alt text '{alt[:80]}' is a file name, not a description",
                    'Say what the image shows (who, what, where), or use alt="" if it is decorative',
                )
            elif placeholder is not None and placeholder.match(alt):
                yield self.finding(
                    _alt_span(doc, img),
                    f"alt text '{alt}' is a placeholder, not a description",
                    'Say what the image shows (who, what, where), or use alt="" if it is decorative',
                )
            elif prefix is not None and (m := prefix.match(alt)):
                yield self._prefix_finding(doc, img, alt, m.end(), prefix)
            else:
                caption = _caption_repeated(img, alt, credit, doc)
                if caption:
                    yield self.finding(
                        _alt_span(doc, img),
                        f"alt text repeats the caption '{caption[:80]}'; screen readers read it twice",
                        "Describe what the photo shows that the caption does not (the scene, who is where)",
                    )

    def _prefix_finding(self, doc: Document, img: Element, alt: str, cut: int, prefix: re.Pattern[str]) -> Finding:
        opening = alt[:cut].strip()
        rest = alt[cut:].lstrip(" :,-–—")
        while again := prefix.match(rest):  # "Photo of image of …": drop every opening, so the fix settles
            rest = rest[again.end() :].lstrip(" :,-–—")
        span = attribute_span(doc, img, "alt")
        raw = doc.text[span[0] : span[1]] if span is not None else ""
        # The source value may hold entities or line breaks: replace it only when it reads as the squashed alt.
        fixable = bool(rest) and span is not None and raw == alt and html.unescape(raw) == raw
        new = (rest[0].upper() + rest[1:]) if rest and alt[:1].isupper() else rest
        message = f"alt text opens with '{opening}'; screen readers already announce an image"
        if not rest:
            return self.finding(_alt_span(doc, img), message, 'Say what the image shows, or use alt="" if decorative')
        return self.finding(
            span if fixable and span is not None else _alt_span(doc, img),
            message,
            f"Drop '{opening}' and say what the image shows: alt=\"{new[:80]}\"",
            replacement=new if fixable else None,
            safe=fixable,
        )


def _image_button(el: Element) -> bool:
    return (el.get("type") or "").strip().lower() == "image"


def _downloaded(img: Element) -> bool:
    """In a download link, where the file's name is what the reader gets."""
    return any(anc.get("download") is not None for anc in img.iterancestors("a"))


def _is_file_name(alt: str, src: str) -> bool:
    if " " in alt:
        return bool(_IMAGE_FILE.fullmatch(alt)) and "/" in alt  # an address with spaces escaped badly
    if _IMAGE_FILE.fullmatch(alt) or _CAMERA_NAME.fullmatch(alt):
        return True
    stem = urlsplit(src.strip()).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return bool(stem) and alt.lower() == stem.lower() and bool(re.search(r"[-_\d]", alt))


def _caption_repeated(img: Element, alt: str, credit: re.Pattern[str] | None, doc: Document) -> str:
    """The caption of the image's figure when the alt text is (nearly) all of it, else ''."""
    figure = next(img.iterancestors("figure"), None)
    caption = figure.find(".//figcaption") if figure is not None else None
    if caption is None or is_hidden(caption, doc):
        return ""
    text = squash(text_of(caption))
    if _words(text) == _words(alt):
        return text
    core = _words(_without_credit(text, credit))
    said = _words(_without_credit(alt, credit))
    if not core or not said:
        return ""
    short, long = sorted((said, core), key=len)
    if len(short) < 0.8 * len(long) or not _contains(long, short):
        return ""
    return text


def _without_credit(text: str, credit: re.Pattern[str] | None) -> str:
    """Text up to a closing photo credit ("… Photo: AFP", "…Credit...Doug Mills", "(AP Photo/…)")."""
    if credit is None:
        return text
    for m in re.finditer(r"(?<=[\s.)\]])\S", text):
        if credit.match(text, m.start()):
            return text[: m.start()]
    return text


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))
