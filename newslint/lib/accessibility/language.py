"""The page's language: what it declares (html lang, og:locale, content-language) and a guess from its text."""

from __future__ import annotations

import html
import re

from newslint.document.model import Document

_LOCALE = re.compile(r"^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?$")


_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


# ISO 639-1 two-letter codes (with the deprecated iw, ji, in, jw, mo that axe-core also accepts).
# Three-letter primary subtags (ISO 639-2/3) are accepted as they are.
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc
    oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su
    sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)


def primary_subtag(value: str) -> str:
    """The primary language subtag as axe-core reads it: up to the first hyphen, lower-cased."""
    return value.strip().split("-")[0].lower()


def valid_language(value: str) -> bool:
    """Whether a lang value starts with a language code (``en``, ``en-GB``, ``fil``; not ``en_US``)."""
    primary = primary_subtag(value)
    if len(primary) == 2:
        return primary in ISO_639_1
    return len(primary) == 3 and primary.isascii() and primary.isalpha()


def html_attribute(doc: Document, name: str) -> str | None:
    """An attribute of ``<html>`` as browsers see it.

    Where something precedes the ``<html>`` tag (metadata, conditional comments) lxml implies the
    element and drops the tag's attributes; browsers keep them, so read them from the source tag.
    """
    value = doc.root.get(name)
    if value is not None or doc.kind != "page" or len(doc.root.attrib):
        return value  # attributes on the tree's <html> come from a real tag, all of them
    start, end = doc.start_tag_span(doc.root)
    for m in _ATTRIBUTE.finditer(doc.text, start + len("<html"), end):
        if m.group(1).lower() == name:
            raw = next((g for g in m.groups()[1:] if g is not None), "")
            return html.unescape(raw)
    return None


def guess_language(doc: Document) -> str:
    """The language the page's metadata suggests (og:locale, Content-Language), else English."""
    for meta in doc.tagged("meta"):
        key = (meta.get("property") or meta.get("http-equiv") or meta.get("name") or "").lower()
        if key in ("og:locale", "content-language", "language"):
            m = _LOCALE.match((meta.get("content") or "").strip())
            if m:
                return m.group(1).lower() + (f"-{m.group(2).upper()}" if m.group(2) else "")
    return "en"
