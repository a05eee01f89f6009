"""What an element's ``style`` attribute declares, read as the CSS cascade reads it, and whether it shows text.

tinycss2 reads the declarations (comments, strings, escapes, ``url(…;…)`` and ``! important`` as
CSS Syntax 3 has them); this module picks, per property, the declaration that wins inside the
attribute: the last valid important one, else the last valid normal one. A declaration whose value
the property does not accept is dropped, as browsers drop it. No stylesheet is read: a value that
only the cascade of the page's stylesheets gives (an inherited font size, a class) is unknown here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tinycss2
import tinycss2.ast

from newslint.document.model import Document
from newslint.document.tree import Element

# Keywords every property accepts (CSS Cascade 5).
CSS_WIDE = frozenset({"initial", "inherit", "unset", "revert", "revert-layer"})
# Absolute lengths in CSS pixels.
_PX_PER = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}
# Lengths this reader cannot resolve alone (the root's font size, the font's glyphs, the viewport).
_OTHER_LENGTHS = frozenset(
    {"rem", "ex", "rex", "ch", "rch", "cap", "rcap", "ic", "ric", "lh", "rlh", "vw", "vh", "vi", "vb", "vmin",
     "vmax", "svw", "svh", "lvw", "lvh", "dvw", "dvh", "cqw", "cqh", "cqi", "cqb", "cqmin", "cqmax"}
)  # fmt: skip
_FONT_SIZE_KEYWORDS = frozenset(
    {"xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large", "smaller", "larger", "math"}
)
# A length this far left of or above its place (in CSS pixels, an em taken as 16) puts a box off-screen.
_OFF_SCREEN = -500.0
_NEVER_RENDERED = frozenset({"head", "script", "style", "template", "noscript", "title"})
# Properties whose values say whether an element's text shows (a style without them is not parsed).
_SHOWING = ("display", "visibility", "position", "opacity", "text-indent", "overflow")
# Class names that CSS frameworks and sites give text meant for screen readers only ("sr-only",
# "u-visually-hidden", "elementor-screen-only"…).
_SCREEN_READER_ONLY = re.compile(
    r"sr-only|visually-?hidden|hidden-visually|hidden-accessible|screen-?reader|screen-only|off-?screen"
    r"|element-invisible|show-for-sr"
)
# Class names that hide an element outright: "hidden", "d-none", "is-hidden", "vjs-hidden" (not
# "hidden-xs", which hides it on small screens only, nor "overflow-hidden").
_HIDING_CLASSES = frozenset({"hidden", "hide", "d-none", "invisible"})
_HIDING_SUFFIXES = ("-hidden", "_hidden")


@dataclass(frozen=True, slots=True)
class Amount:
    """A number with its unit: ``""`` for a plain number, ``%``, or a lower-case length unit."""

    number: float
    unit: str


# What a value is: an amount, a keyword, or None where it cannot be read statically (calc(), var()…).
Value = Amount | str | None


def declared(style: str | None, prop: str) -> tuple[Value, bool] | None:
    """The declaration of ``prop`` that wins in a style attribute, as (value, important); None where
    the attribute declares no valid value for it."""
    if not style or prop not in style.lower():
        return None
    return _winners(style).get(prop)


def font_size_px(style: str | None) -> float | None:
    """The font size a style attribute gives in absolute units, in CSS pixels, else None."""
    found = declared(style, "font-size")
    value = found[0] if found else None
    if isinstance(value, Amount) and value.unit in _PX_PER:
        return value.number * _PX_PER[value.unit]
    return None


def to_px(value: Value) -> float | None:
    """An absolute length (or a zero) in CSS pixels, else None."""
    if isinstance(value, Amount) and (value.unit in _PX_PER or value.number == 0):
        return value.number * _PX_PER.get(value.unit, 0.0)
    return None


def on_screen(el: Element, doc: Document) -> bool:
    """Whether nothing on an element or around it keeps its text off the screen (stylesheets aside);
    each ancestor's verdict is kept for the page's other elements."""
    known = doc.once(_screen_verdicts)
    chain: list[Element] = []
    node: Element | None = el
    shown = True
    while node is not None:
        found = known.get(node)
        if found is not None:
            shown = found
            break
        chain.append(node)
        if node.tag in _NEVER_RENDERED or hides_text(node):
            shown = False
            break
        node = node.getparent()
    for node in chain:
        known[node] = shown
    return shown


def _screen_verdicts(doc: Document) -> dict[Element, bool]:
    return {}


def hides_text(el: Element) -> bool:
    """Whether an element's own ``hidden``, class or ``style`` keeps its text from showing on screen:
    not rendered (display: none), invisible, transparent, shrunk to a pixel or moved off-screen."""
    if el.get("hidden") is not None:
        return True
    classes = (el.get("class") or "").lower()
    if classes and (_SCREEN_READER_ONLY.search(classes) or any(map(_hiding_class, classes.split()))):
        return True
    style = el.get("style")
    if not style or not any(name in style.lower() for name in _SHOWING):
        return False
    return _hides(style)


def hidden_by_class(classes: str) -> bool:
    """Whether a class attribute names one of the utility classes that hide an element outright
    ("hidden", "d-none", "is-hidden"), written as they are; not a screen-reader-only class (its text
    is read) nor a name that merely ends in "-hidden" ("oy-hidden" is overflow)."""
    return not _OUTRIGHT.isdisjoint(classes.lower().split())


_OUTRIGHT = frozenset({*_HIDING_CLASSES, "is-hidden"})


def _hiding_class(name: str) -> bool:
    return name in _HIDING_CLASSES or (name.endswith(_HIDING_SUFFIXES) and "overflow" not in name)


@lru_cache(maxsize=4096)
def _hides(style: str) -> bool:
    won = _winners(style)

    def value(prop: str) -> Value:
        return won.get(prop, (None, False))[0]

    def at_most(prop: str, limit: float) -> bool:
        found = value(prop)
        px = _px_or_em(found) if isinstance(found, Amount) else None
        return px is not None and px <= limit

    if value("display") == "none" or value("visibility") in ("hidden", "collapse"):
        return True
    opacity = value("opacity")
    if isinstance(opacity, Amount) and opacity.number <= 0:
        return True
    if at_most("text-indent", _OFF_SCREEN):
        return True
    if value("overflow") == "hidden" and (at_most("width", 1) or at_most("height", 1)):
        return True
    return value("position") in ("absolute", "fixed") and any(
        at_most(side, _OFF_SCREEN) for side in ("top", "left", "right", "bottom")
    )


def _px_or_em(amount: Amount) -> float | None:
    """A length in CSS pixels, an em taken as 16; None for a percentage or a length of the viewport."""
    if amount.unit in ("em", "rem"):
        return amount.number * 16
    return to_px(amount)


@lru_cache(maxsize=4096)
def _winners(style: str) -> dict[str, tuple[Value, bool]]:
    """Each property's winning declaration in a style attribute (kept per attribute text: templates repeat them)."""
    won: dict[str, tuple[Value, bool]] = {}
    for node in tinycss2.parse_blocks_contents(style, skip_comments=True, skip_whitespace=True):
        if not isinstance(node, tinycss2.ast.Declaration):
            continue
        prop = node.lower_name
        ok, value = _read(prop, [t for t in node.value if t.type not in ("whitespace", "comment")])
        if not ok:
            continue  # invalid: dropped, an earlier declaration stands
        if node.important or not won.get(prop, (None, False))[1]:
            won[prop] = (value, node.important)
    return won


def _read(prop: str, tokens: list[tinycss2.ast.Node]) -> tuple[bool, Value]:
    """(valid, value) of one declaration's tokens for the properties this module knows; other
    properties' values are kept as a keyword or an amount when they are one token, else unread."""
    if any(isinstance(t, tinycss2.ast.FunctionBlock) and t.lower_name == "var" for t in tokens):
        return True, None  # checked only once the variable is known, when the page runs
    if len(tokens) != 1:
        return prop not in _RULES, None
    token = tokens[0]
    if isinstance(token, tinycss2.ast.IdentToken):
        word = token.lower_value
        rule = _RULES.get(prop)
        return (rule is None or word in CSS_WIDE or word in rule[0]), word
    if isinstance(token, tinycss2.ast.FunctionBlock):
        return True, None  # calc(), min(), clamp()…: resolved in the browser
    if isinstance(token, tinycss2.ast.NumberToken):
        amount = Amount(token.value, "")
    elif isinstance(token, tinycss2.ast.PercentageToken):
        amount = Amount(token.value, "%")
    elif isinstance(token, tinycss2.ast.DimensionToken):
        unit = token.lower_unit
        if unit not in _PX_PER and unit != "em" and unit not in _OTHER_LENGTHS:
            return prop not in _RULES, None
        amount = Amount(token.value, unit)
    else:
        return prop not in _RULES, None
    rule = _RULES.get(prop)
    return (rule is None or rule[1](amount)), amount


def _spacing(amount: Amount) -> bool:
    """letter-spacing and word-spacing: a length, a zero, or a percentage (CSS Text 4)."""
    return amount.unit != "" or amount.number == 0


def _line_height(amount: Amount) -> bool:
    return amount.number >= 0


def _font_size(amount: Amount) -> bool:
    return amount.number >= 0 and (amount.unit != "" or amount.number == 0)


# The keywords each property checked here accepts besides the CSS-wide ones, and which amounts it accepts.
_RULES = {
    "letter-spacing": (frozenset({"normal"}), _spacing),
    "word-spacing": (frozenset({"normal"}), _spacing),
    "line-height": (frozenset({"normal"}), _line_height),
    "font-size": (_FONT_SIZE_KEYWORDS, _font_size),
}
