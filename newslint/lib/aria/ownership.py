"""The accessibility tree's parents and children, as a static reading sees them (WAI-ARIA 1.2 "owned
element", "accessibility parent"): which elements the tree keeps, what an element owns through its
children and ``aria-owns``, and which elements can be reached with the Tab key.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.semantics import PRESENTATIONAL, explicit_role, hidden_from_everyone, is_focusable, role, tag
from newslint.lib.aria.spec import GLOBAL

# Roles HTML-AAM gives elements that ``implicit_role`` leaves out, as browsers and axe-core map them.
MORE_IMPLICIT_ROLES = {
    "th": "columnheader", "summary": "button", "details": "group", "optgroup": "group", "datalist": "listbox",
    "dfn": "term", "math": "math",
}  # fmt: skip
_DISABLEABLE = frozenset({"button", "fieldset", "input", "optgroup", "option", "select", "textarea"})
# Parts of a list or a table, which are presentational when the list or table is (WAI-ARIA 1.2,
# inherited presentation of required owned elements), and the tags of the container that owns them.
_PARTS = {
    "li": ("ul", "ol", "menu"), "tr": ("table",), "td": ("table",), "th": ("table",), "thead": ("table",),
    "tbody": ("table",), "tfoot": ("table",),
}  # fmt: skip


def tree_role(el: Element) -> str | None:
    """The role the accessibility tree gives an element, None for none: no role, or a presentational one."""
    found = role(el)
    name = tag(el)
    if found is None:
        if name == "summary":
            parent = el.getparent()
            return "button" if parent is not None and tag(parent) == "details" else None
        found = MORE_IMPLICIT_ROLES.get(name)
    if found is None or found in PRESENTATIONAL:
        return None
    if name in _PARTS and explicit_role(el) is None:
        container = el.getparent() if name == "li" else next(el.iterancestors("table"), None)
        if container is not None and tag(container) in _PARTS[name] and role(container) in PRESENTATIONAL:
            return None
    return found


def has_global_attribute(el: Element) -> bool:
    """Whether the element carries a global ARIA attribute (which keeps it in the accessibility tree)."""
    return any(name in GLOBAL for name in el.attrib)


def kept_without_role(el: Element) -> bool:
    """An element with no role that the accessibility tree keeps all the same: focusable, or with a
    global ARIA attribute (``<div aria-live="polite">``)."""
    return has_global_attribute(el) or is_focusable(el)


def aria_owners(doc: Document) -> dict[str, list[Element]]:
    """For each id that some ``aria-owns`` names, the elements naming it; computed once."""
    return doc.once(_aria_owners)


def _aria_owners(doc: Document) -> dict[str, list[Element]]:
    found: dict[str, list[Element]] = {}
    for el in doc.carrying("aria-owns"):
        for ident in dict.fromkeys((el.get("aria-owns") or "").split()):
            found.setdefault(ident, []).append(el)
    return found


def aria_owned(el: Element, doc: Document) -> list[Element]:
    """The elements an element's ``aria-owns`` names that exist, without repeats, in the order named."""
    found: list[Element] = []
    for ident in (el.get("aria-owns") or "").split():
        target = doc.element_by_id(ident)
        if target is not None and target is not el and target not in found:
            found.append(target)
    return found


def owners_of(el: Element, doc: Document) -> Iterator[Element]:
    """The elements that take this element, or one of its ancestors, out of place with ``aria-owns``."""
    named = aria_owners(doc)
    if not named:
        return
    node: Element | None = el
    while node is not None:
        ident = node.get("id")
        if ident:
            yield from named.get(ident, ())
        node = node.getparent()


def in_tab_order(el: Element, doc: Document) -> bool:
    """Reached with the Tab key: focusable, without a negative tabindex, shown, and not disabled."""
    if not isinstance(el.tag, str) or not is_focusable(el) or el in hidden_from_everyone(doc):
        return False
    index = (el.get("tabindex") or "").strip()
    if index.lstrip("+-").isdigit() and int(index) < 0:
        return False
    return not _disabled_or_inert(el)


def _disabled_or_inert(el: Element) -> bool:
    """Inside an ``inert`` element, or a form control in a disabled fieldset (but not in its first legend)."""
    control = tag(el) in _DISABLEABLE
    child = el
    for node in el.iterancestors():
        if node.get("inert") is not None:
            return True
        if control and tag(node) == "fieldset" and node.get("disabled") is not None:
            legend = next((c for c in node if tag(c) == "legend"), None)
            if child is not legend:
                return True
        child = node
    return False
