"""NL185: letter, word or line spacing fixed too tight with !important in a style attribute."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element, inside, text_of
from newslint.lib.accessibility.phrases import attribute_span
from newslint.lib.accessibility.style import CSS_WIDE, Amount, Value, declared, font_size_px, on_screen, to_px
from newslint.lib.settings import Settings


@dataclass(frozen=True, slots=True)
class _Spacing:
    """A text spacing property and the least WCAG 1.4.12 asks users be able to set, in font sizes."""

    prop: str
    least: float
    unit: str  # how the fix writes the least value


_SPACINGS = (
    _Spacing("letter-spacing", 0.12, "em"),
    _Spacing("word-spacing", 0.16, "em"),
    _Spacing("line-height", 1.5, ""),
)
# Text this long wraps on a 320-pixel-wide screen (WCAG's reflow width) at the usual font sizes;
# line height matters only to text of more than one line.
_WRAPS_AT = 40
# What ``line-height: normal`` comes to in most fonts (the ACT Rules take it as about 1.2).
_NORMAL_LINE_HEIGHT = 1.2


def _own_text(el: Element) -> bool:
    """Whether an element has text of its own (a text node child), not only inside child elements."""
    return bool((el.text or "").strip()) or any((child.tail or "").strip() for child in el)


def _one_line(el: Element) -> bool:
    """Whether the text cannot wrap: short, or kept on one line by ``white-space``."""
    if len(" ".join(text_of(el).split())) < _WRAPS_AT:
        return True
    node: Element | None = el
    while node is not None:
        found = declared(node.get("style"), "white-space")
        if found and found[0] in ("nowrap", "pre"):
            return True
        node = node.getparent()
    return False


def _ratio(spacing: _Spacing, value: Value, el: Element) -> float | None:
    """The value in font sizes, or None where the page's stylesheets or the browser would say."""
    if value in ("normal", "initial"):
        return _NORMAL_LINE_HEIGHT if spacing.prop == "line-height" else 0.0
    if not isinstance(value, Amount):
        return None
    if value.unit == "em" or (value.unit == "" and spacing.prop == "line-height"):
        return value.number
    if value.unit == "%" and spacing.prop == "line-height":
        return value.number / 100
    px = to_px(value)
    if px is None:
        return None
    if px <= 0:
        return px  # no font size makes nothing, or less, wide enough
    size = font_size_px(el.get("style"))
    return px / size if size else None


class TextSpacing(Rule):
    """Letter, word or line spacing is fixed below what readers need, with ``!important`` in a ``style`` attribute.

    **Why**: people with dyslexia or low vision widen the spacing of text with a browser
    extension or a user style sheet (WCAG 1.4.12 asks that they can take letters 0.12, words
    0.16 and lines 1.5 times the font size apart). Such tools cannot override a declaration
    made ``!important`` in a ``style`` attribute, so a value below those minimums stays, and
    tight headline or caption text cannot be opened up.

    Reads the ``style`` attributes of elements that hold text themselves, as the W3C ACT Rules
    do: the declaration that wins inside the attribute (the last ``!important`` one), with
    ``normal`` taken as no spacing and about 1.2 lines. Line height counts only for text long
    enough to wrap. A pixel value is compared with a font size the same attribute gives; one
    that only the page's stylesheets give, and values inherited by the element's children, need
    the browser and are left alone.

    **Fix**: drop ``!important`` from the declaration (user tools can then override it), or
    make the value at least the minimum (``letter-spacing: 0.12em``, ``word-spacing: 0.16em``,
    ``line-height: 1.5``).

    **References**: WCAG 2.2 SC 1.4.12 Text Spacing; axe-core ``avoid-inline-spacing``.
    """

    code = "NL185"
    name = "avoid-inline-spacing"
    summary = "Text spacing is fixed too tight with !important in a style attribute"
    severity = "warning"
    wcag = "1.4.12"
    axe = "avoid-inline-spacing"
    act = (("24afc2", "same"), ("78fd32", "same"), ("9e45ec", "same"))
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in doc.carrying("style"):
            style = el.get("style") or ""
            if "important" not in style.lower() or not _own_text(el):
                continue
            if not on_screen(el, doc) or inside(el, "svg", "math"):
                continue
            for spacing in _SPACINGS:
                found = declared(style, spacing.prop)
                if found is None or not found[1] or found[0] in CSS_WIDE - {"initial"}:
                    continue
                ratio = _ratio(spacing, found[0], el)
                if ratio is None or ratio >= spacing.least - 1e-9:
                    continue
                if spacing.prop == "line-height" and _one_line(el):
                    continue
                if found[0] in ("normal", "initial"):
                    amount = f"about {ratio:g} times the font size" if ratio else "no extra space"
                else:
                    amount = f"{ratio:.2g} times the font size"
                yield self.finding(
                    attribute_span(doc, el, "style") or doc.start_tag_span(el),
                    f"{spacing.prop}: {_said(found[0])} !important ({amount}) is under the {spacing.least:g} times "
                    "the font size readers must be able to set, and their tools cannot override it",
                    f"Remove !important from {spacing.prop} so readers' tools can widen it, or set {spacing.prop}: "
                    f"{spacing.least:g}{spacing.unit} or more",
                )


def _said(value: Value) -> str:
    if isinstance(value, Amount):
        return f"{value.number:g}{value.unit}"
    return str(value)
