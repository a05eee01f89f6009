"""Pages past what the HTML parser can take in time: an element with too many attributes.

libxml2 adds an element's attributes one by one to a list it walks to the end each time, so an
element with n attributes costs n²/2 steps: 20,000 take half a second, a million take minutes.
Before parsing, one pass over the bytes follows the HTML tokenizer (text, comments, the raw text of
script, style, textarea, title and the like, script's escaped sections, quoted values that hold a
">") and stops at the first start tag with more than :data:`MAX_ATTRIBUTES` attributes; the parser's
own tokenizer, run without building a tree (which is linear), then says whether the page really
has such an element. On an ordinary page the pass costs about two fifths of the parse itself, and
2-3% of linting it (benchmarks/instructions.py).
"""

from __future__ import annotations

import re

from lxml import etree

MAX_ATTRIBUTES = 1000  # on one element; real pages have a few dozen at most

# HTML's whitespace is [\t\n\f\r ] (not \v). An attribute: its name runs to a space, "/", ">" or "=",
# and its value, after an "=", is quoted (and may hold ">") or runs to a space or ">".
_NAME_END = rb"[\t\n\f\r />]"
_NAME = rb"[^\t\n\f\r />][^\t\n\f\r />=]*+"
_VALUE = rb"""(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"?+|'[^']*+'?+|[^\t\n\f\r >]*+))?+"""
_ATTRIBUTE = rb"[\t\n\f\r /]*+" + _NAME + _VALUE
_END_OF_TAG = rb"[\t\n\f\r /]*+(?:>|\Z)"
_ATTRIBUTES = rb"(?=" + _NAME_END + rb"|\Z)(?:" + _ATTRIBUTE + rb"){0,%d}+" % MAX_ATTRIBUTES + _END_OF_TAG
_ALL_ATTRIBUTES = rb"(?=" + _NAME_END + rb"|\Z)(?:" + _ATTRIBUTE + rb")*+" + _END_OF_TAG
_SCRIPT_END = rb"/(?i:script)" + _NAME_END
# Script data with its escaped ("<!--") and double-escaped ("<!--<script>") sections, as HTML reads it.
_DOUBLE_ESCAPED = rb"(?:[^<-]++|-(?!->)|<(?!" + _SCRIPT_END + rb"))*+"
_ESCAPED = (
    rb"!--(?:-*+>|(?:[^<-]++|-(?!->)|<(?!/?(?i:script)" + _NAME_END + rb")"
    rb"|<(?i:script)" + _NAME_END + _DOUBLE_ESCAPED + rb"(?:<" + _SCRIPT_END + rb"|(?=-->)|\Z))*+"
    rb"(?:-->|(?=<" + _SCRIPT_END + rb")|\Z))"
)
_RAW = (b"style", b"xmp", b"iframe", b"noembed", b"noframes", b"textarea", b"title")


def _after_lt(attributes: bytes) -> tuple[bytes, ...]:
    """What may follow a "<": each kind of markup the tokenizer knows, then a "<" that is only text. The
    raw-text elements are written out one by one: a back-reference in a possessive loop trips 3.11's re."""
    return (
        rb"/[A-Za-z][^\t\n\f\r />]*+(?:" + _ATTRIBUTE + rb")*+" + _END_OF_TAG,  # an end tag (its attributes too)
        rb"!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+(?:--!?>|\Z))",  # a comment
        rb"[!?/][^>]*+>?",  # a doctype, a bogus comment, "</>"
        rb"(?i:script)" + attributes + rb"(?:[^<]++|<" + _ESCAPED + rb"|<(?!!--|" + _SCRIPT_END + rb"))*+",
        *(rb"(?i:%s)" % name + attributes + rb"(?:[^<]++|<(?!/(?i:%s)%s))*+" % (name, _NAME_END) for name in _RAW),
        rb"(?i:plaintext)" + attributes + rb"[\s\S]*+",
        rb"[A-Za-z][^\t\n\f\r />]*+" + attributes,  # any other start tag
        rb"(?![A-Za-z!/?])",  # a "<" that opens nothing
    )


# The page's tokens up to the first start tag of more than MAX_ATTRIBUTES attributes (the limit
# makes it fail there); and one start tag, with the raw text that follows it, however many it has.
_TOKENS = re.compile(rb"(?:[^<]++|<(?:" + rb"|".join(_after_lt(_ATTRIBUTES)) + rb"))*+")
_ONE_TAG = re.compile(rb"<(?:" + rb"|".join(_after_lt(_ALL_ATTRIBUTES)) + rb")")
_TAG_NAME = re.compile(rb"<[A-Za-z][^\t\n\f\r />]*+")
_NAMED_ATTRIBUTE = re.compile(rb"[\t\n\f\r /]*+(" + _NAME + rb")" + _VALUE)


class _MostAttributes:
    """A parser target that builds nothing and keeps the element with the most attributes."""

    def __init__(self) -> None:
        self.most = ("", 0)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if len(attrib) > self.most[1]:
            self.most = (tag, len(attrib))

    def close(self) -> tuple[str, int]:
        return self.most


def crowded_element(data: bytes) -> str | None:
    """The tag of an element with more than MAX_ATTRIBUTES attributes, or None."""
    pos = 0
    while (stop := _TOKENS.match(data, pos).end()) < len(data):  # type: ignore[union-attr]
        past = _past_the_limit(data, stop)
        if past is None:  # names written more than once, which the parser keeps once: read on
            pos = _ONE_TAG.match(data, stop).end()  # type: ignore[union-attr]
            continue
        # The parser reads the page up to one name past the limit in that tag (the attributes of a
        # million would fill the memory), and says whether it is an element of too many attributes.
        tag, count = _most_attributes(data[:past] + b">")
        if count <= MAX_ATTRIBUTES:  # it reads this spot otherwise: let it read the whole page
            tag, count = _most_attributes(data)
        return tag if count > MAX_ATTRIBUTES else None
    return None


def _past_the_limit(data: bytes, start: int) -> int | None:
    """Where the start tag at ``start`` has named one more attribute than the limit (names in any
    case count once, as the parser keeps them), or None if it never does."""
    names: set[bytes] = set()
    pos = _TAG_NAME.match(data, start).end()  # type: ignore[union-attr]
    while (m := _NAMED_ATTRIBUTE.match(data, pos)) is not None:
        names.add(m.group(1).lower())
        if len(names) > MAX_ATTRIBUTES:
            return m.end()
        pos = m.end()
    return None


def _most_attributes(data: bytes) -> tuple[str, int]:
    # The stubs' target protocol wants every callback; lxml calls only those a target has.
    parser = etree.HTMLParser(target=_MostAttributes(), encoding="utf-8", no_network=True)  # type: ignore[call-overload]
    most: tuple[str, int] = etree.fromstring(data, parser)
    return most
