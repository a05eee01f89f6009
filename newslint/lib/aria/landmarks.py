"""The landmarks of a page: elements whose role is a landmark, as assistive technology exposes them."""

from __future__ import annotations

from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.semantics import LANDMARKS, implicit_role, is_hidden, may_have_role, role, role_carriers, tag

_SECTIONING = ("article", "aside", "main", "nav", "section")


_DIALOGS = frozenset({"dialog", "alertdialog"})


def landmarks(doc: Document) -> list[tuple[Element, str]]:
    """Every landmark shown to assistive technology, with its role, in document order."""
    return doc.once(_landmarks)


def _landmarks(doc: Document) -> list[tuple[Element, str]]:
    found: list[tuple[Element, str]] = []
    roled = role_carriers(doc)
    for el in may_have_role(doc, LANDMARKS):
        r = role(el) if el in roled else implicit_role(el)
        if r in LANDMARKS and not is_hidden(el, doc):
            found.append((el, r))
    return found


def _of_role(doc: Document, wanted: str) -> list[Element]:
    return [el for el, r in landmarks(doc) if r == wanted]


def _dialog_open(doc: Document) -> bool:
    """A dialog is shown on load: the page is a modal state, where axe-core asks for no main."""
    for el in may_have_role(doc, _DIALOGS):
        shown = role(el) in _DIALOGS or (tag(el) == "dialog" and el.get("open") is not None)
        if shown and not is_hidden(el, doc):
            return True
    return False


def _ancestor_landmark(el: Element, own: str) -> Element | None:
    """The nearest ancestor that is a landmark, as axe's landmark-is-top-level sees it."""
    node = el.getparent()
    while node is not None:
        r = (node.get("role") or "").strip().lower() or (None if tag(node) == "form" else role(node))
        if r in LANDMARKS and not (r == "main" and own == "complementary"):
            return node
        node = node.getparent()
    return None
