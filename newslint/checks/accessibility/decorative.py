"""NL180: an element marked as decorative that browsers expose all the same."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.ownership import MORE_IMPLICIT_ROLES
from newslint.lib.aria.semantics import PRESENTATIONAL, explicit_role, implicit_role, is_focusable, is_hidden, tag
from newslint.lib.aria.spec import GLOBAL
from newslint.lib.settings import Settings

# Elements with a role of their own in browsers (Chromium's) though none in HTML-AAM: a presentational
# role on one of them can be overridden; an element with no role at all (a <div>) has nothing to restore.
_OWN_ROLE_IN_BROWSERS = frozenset({"audio", "canvas", "dl", "embed", "iframe", "label", "object", "svg", "video"})


def _decorative(el: Element) -> bool:
    """Marked as decorative: a role of none or presentation, or an image with alt="" and no role."""
    explicit = explicit_role(el)
    if explicit is not None:
        return explicit in PRESENTATIONAL
    return tag(el) == "img" and el.get("alt") == ""


def _has_own_role(el: Element) -> bool:
    name = tag(el)
    return name in _OWN_ROLE_IN_BROWSERS or name in MORE_IMPLICIT_ROLES or implicit_role(el) is not None


class PresentationRoleConflict(Rule):
    """An element marked as decorative is exposed all the same, because it takes focus or carries a
    global ARIA attribute.

    **Why**: ``role="presentation"`` (or ``none``) and an image's empty ``alt`` tell assistive
    technology to skip the element. Browsers ignore that on an element that can take focus or has
    a global ARIA attribute such as ``aria-label`` or ``aria-describedby``: it is announced with
    its own role after all (a ``<nav role="presentation" aria-label="Sections">`` is still a
    navigation landmark, an ``<img alt="" aria-labelledby="...">`` an image). What the author
    meant, decorative or not, is unclear to everyone.

    **Fix**: decide. If the element is decorative, remove the ARIA attributes and any
    ``tabindex``; if it means something, remove ``role="presentation"`` (or give the image a real
    ``alt``).

    **References**: WCAG 2.2 SC 1.3.1 Info and Relationships; WAI-ARIA 1.2 §9.3 (presentational
    roles conflict resolution); axe-core ``presentation-role-conflict``.
    """

    code = "NL180"
    name = "presentation-role-conflict"
    summary = "An element marked as decorative is exposed anyway (it takes focus or has a global ARIA attribute)"
    severity = "warning"
    wcag = "1.3.1"
    axe = "presentation-role-conflict"
    act = (("46ca7f", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        images = (img for img in doc.tagged("img") if img.get("alt") == "" and img.get("role") is None)
        for el in chain(doc.carrying("role"), images):  # the engine puts findings in order
            attrs = [name for name in el.attrib if name in GLOBAL]
            if not (attrs or is_focusable(el)) or not _decorative(el) or not _has_own_role(el):
                continue
            if is_hidden(el, doc):
                continue
            marked = f'role="{el.get("role")}"' if el.get("role") else 'alt=""'
            why = f"its {attrs[0]} makes" if attrs else "it takes focus, so"
            yield self.finding(
                doc.start_tag_span(el),
                f"<{tag(el)} {marked}> is marked as decorative, but {why} browsers expose it anyway",
                _advice(el, marked, attrs),
            )


def _advice(el: Element, marked: str, attrs: list[str]) -> str:
    meant = "give it a real alt" if marked == 'alt=""' else f"remove {marked}"
    if attrs:
        return f"If it is decorative, remove {' and '.join(attrs)}; if it means something, {meant}"
    if el.get("tabindex") is not None:
        return f"If it is decorative, remove its tabindex; if it means something, {meant}"
    return f"Remove {marked}: a <{tag(el)}> that takes focus is a control, not decoration"
