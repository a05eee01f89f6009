"""NL174: an aria-label or aria-labelledby on an element whose role cannot be named."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, inside, text_of
from newslint.lib.aria.semantics import explicit_role, is_focusable, is_hidden, role, tag
from newslint.lib.settings import Settings

# WAI-ARIA 1.2: roles whose elements authors must not name.
_NAME_PROHIBITED = frozenset(
    {
        "caption", "code", "deletion", "emphasis", "generic", "insertion", "none", "paragraph", "presentation",
        "strong", "subscript", "superscript",
    }
)  # fmt: skip
# HTML elements with one of those roles (HTML-AAM) that implicit_role leaves without a role.
_IMPLICIT = {
    "div": "generic", "span": "generic", "b": "generic", "i": "generic", "u": "generic", "s": "generic",
    "small": "generic", "font": "generic", "code": "code", "em": "emphasis", "strong": "strong",
    "del": "deletion", "ins": "insertion", "sub": "subscript", "sup": "superscript", "caption": "caption",
}  # fmt: skip
_NAMING = ("aria-label", "aria-labelledby")


def _role(el: Element) -> str | None:
    return role(el) or _IMPLICIT.get(tag(el))


def _has_content(el: Element) -> bool:
    """Text or an image's alt inside: axe-core then only asks for a review, as the label may repeat it."""
    return bool(squash(text_of(el))) or any((img.get("alt") or "").strip() for img in el.iter("img"))


class AriaProhibitedAttribute(Rule):
    """An ``aria-label`` or ``aria-labelledby`` sits on an element that cannot have a name.

    **Why**: WAI-ARIA 1.2 forbids naming elements with no role of their own (a ``<div>`` or a
    ``<span>``: role ``generic``) and text-level roles (paragraph, emphasis, code…). Screen readers
    do not announce such a label where the element stands, so an icon ``<span aria-label="Share">``
    with nothing inside says nothing at all. Fires, as axe-core does, when the element holds no text
    or image alt that might say the same.

    **Fix**: put the label on the link or button the element sits in, give the element a role that
    takes a name (``role="img"`` for an icon), or write the words as visually hidden text.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §5.2.8.6 (roles which cannot
    be named); axe-core ``aria-prohibited-attr``.
    """

    code = "NL174"
    name = "aria-prohibited-attr"
    summary = "An aria-label or aria-labelledby is on an element that cannot be named"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-prohibited-attr"
    act = (("5c01ea", "partial"),)
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        carriers = doc.in_order(*(doc.carrying(name) for name in _NAMING))
        for el in carriers:
            names = [name for name in _NAMING if (el.get(name) or "").strip()]
            if not names or is_focusable(el) or inside(el, "svg", "math"):
                continue
            r = _role(el)
            if r not in _NAME_PROHIBITED or _has_content(el) or is_hidden(el, doc):
                continue
            what = f'<{tag(el)} role="{el.get("role")}">' if explicit_role(el) else f"<{tag(el)}> (role {r})"
            yield self.finding(
                doc.start_tag_span(el),
                f"{names[0]} on {what} is prohibited: screen readers do not announce it",
                'Move the label to the link or button around it, use role="img" for an icon, '
                "or write the words as visually hidden text",
            )
