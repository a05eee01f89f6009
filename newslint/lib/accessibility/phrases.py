"""The words accessibility rules look for, in the document's language, and where attributes are in the source."""

from __future__ import annotations

import re
from functools import cache

from newslint.config.packs import AccessibilityTextPack, builtin_pack_names, load_typed_pack
from newslint.document.model import Document
from newslint.document.tree import Element, tag_name
from newslint.lib.accessibility.language import guess_language, html_attribute, primary_subtag

_ATTRIBUTE = re.compile(r"""\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def document_language(doc: Document) -> str:
    """The primary language of a page from ``<html lang>``; otherwise what its metadata suggests, else English."""
    lang = (html_attribute(doc, "lang") or "") if doc.kind == "page" else ""
    return primary_subtag(lang or guess_language(doc))


def text_pack(doc: Document) -> AccessibilityTextPack | None:
    """The shipped ``accessibility-text-LANG`` pack of the document's language, or None if there is none."""
    return doc.once(_text_pack)


def _text_pack(doc: Document) -> AccessibilityTextPack | None:
    return _pack_for(document_language(doc))


@cache
def _pack_for(language: str) -> AccessibilityTextPack | None:
    name = f"accessibility-text-{language}"
    if name not in builtin_pack_names():
        return None
    return load_typed_pack(name, AccessibilityTextPack)


def attribute_span(doc: Document, el: Element, name: str, value_only: bool = True) -> tuple[int, int] | None:
    """Source span of an attribute's value in the element's start tag (or of the whole attribute, with
    its leading space), or None where the tag or the attribute is not in the source."""
    start, end = doc.start_tag_span(el)
    if end <= start:
        return None
    tag_end = start + 1 + len(tag_name(el))
    for m in _ATTRIBUTE.finditer(doc.text, tag_end, end):
        if m.group(1).lower() != name:
            continue
        if not value_only:
            return m.start(), m.end()
        for group in (2, 3, 4):
            if m.group(group) is not None:
                return m.start(group), m.end(group)
        return None
    return None
