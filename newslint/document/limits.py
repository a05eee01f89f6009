"""Pages past what the HTML parser can take in time: an element with too many attributes.

libxml2 adds an element's attributes one by one to a list it walks to the end each time, so an
element with n attributes costs n²/2 steps: 20,000 take half a second, a million take minutes.
Before parsing, one pass over the bytes follows the HTML tokenizer (text, comments, the raw text of
script, style, textarea, title and the like, script's escaped sections, quoted values that hold a
">") and stops at the first start tag with more than :data:`MAX_ATTRIBUTES` attributes; the parser's
own tokenizer, run without building a tree (which is linear), then says whether the page really
has such an element. It costs a fraction of the parse on an ordinary page.
"""

from __future__ import annotations

import re

from lxml import etree

MAX_ATTRIBUTES = 1000  # on one element; real pages have a few dozen at most

_SPACE = rb"[\t\n\f\r ]"  # HTML's whitespace (not \v)
_NAME_END = rb"[\t\n\f\r />]"
_ATTRIBUTE = (
    rb"[\t\n\f\r /]*+[^\t\n\f\r />][^\t\n\f\r />=]*+"
    rb"""(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"?+|'[^']*+'?+|[^\t\n\f\r >]*+))?+"""
)
_END_OF_TAG = rb"[\t\n\f\r /]*+(?:>|\Z)"
_ATTRIBUTES = rb"(?=" + _NAME_END + rb"|\Z)(?:" + _ATTRIBUTE + rb"){0,%d}+" % MAX_ATTRIBUTES + _END_OF_TAG
_SCRIPT_END = rb"/(?i:script)" + _NAME_END
# Script data with its escaped ("<!--") and double-escaped ("<!--<script>") sections, as HTML reads it.
_DOUBLE_ESCAPED = rb"(?:[^<-]++|-(?!->)|<(?!" + _SCRIPT_END + rb"))*+"
_ESCAPED = (
    rb"!--(?:-*+>|(?:[^<-]++|-(?!->)|<(?!/?(?i:script)" + _NAME_END + rb")"
    rb"|<(?i:script)" + _NAME_END + _DOUBLE_ESCAPED + rb"(?:<" + _SCRIPT_END + rb"|(?=-->)|\Z))*+"
    rb"(?:-->|(?=<" + _SCRIPT_END + rb")|\Z))"
)
_RAW = (b"style", b"xmp", b"iframe", b"noembed", b"noframes", b"textarea", b"title")
# What may follow a "<": each kind of markup the tokenizer knows, then a "<" that is only text. The
# raw-text elements are written out one by one: a back-reference in a possessive loop trips 3.11's re.
_AFTER_LT = (
    rb"/[A-Za-z][^\t\n\f\r />]*+(?:" + _ATTRIBUTE + rb")*+" + _END_OF_TAG,  # an end tag (its attributes too)
    rb"!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+(?:--!?>|\Z))",  # a comment
    rb"[!?/][^>]*+>?",  # a doctype, a bogus comment, "</>"
    rb"(?i:script)" + _ATTRIBUTES + rb"(?:[^<]++|<" + _ESCAPED + rb"|<(?!!--|" + _SCRIPT_END + rb"))*+",
    *(rb"(?i:%s)" % name + _ATTRIBUTES + rb"(?:[^<]++|<(?!/(?i:%s)%s))*+" % (name, _NAME_END) for name in _RAW),
    rb"(?i:plaintext)" + _ATTRIBUTES + rb"[\s\S]*+",
    rb"[A-Za-z][^\t\n\f\r />]*+" + _ATTRIBUTES,  # any other start tag: fails past MAX_ATTRIBUTES
    rb"(?![A-Za-z!/?])",  # a "<" that opens nothing
)
_TOKENS = re.compile(rb"(?:[^<]++|<(?:" + rb"|".join(_AFTER_LT) + rb"))*+")


class _MostAttributes:
    """A parser target that builds nothing and keeps the element with the most attributes."""

    def __init__(self) -> None:
        self.most = ("", 0)

    def start(self, tag: str, attrib: dict) -> None:
        if len(attrib) > self.most[1]:
            self.most = (tag, len(attrib))

    def close(self) -> tuple[str, int]:
        return self.most


def crowded_element(data: bytes) -> tuple[str, int] | None:
    """(tag, attribute count) of an element with more than MAX_ATTRIBUTES attributes, or None."""
    if _TOKENS.match(data).end() == len(data):
        return None  # every start tag ended within the limit
    parser = etree.HTMLParser(target=_MostAttributes(), encoding="utf-8", no_network=True)
    tag, count = etree.fromstring(data, parser)
    return (tag, count) if count > MAX_ATTRIBUTES else None
