"""NL176-NL178: what an ARIA role requires: the role around it, the roles inside it, its states.

All three read the WAI-ARIA 1.2 tables in ``newslint.lib.aria.roles`` and look only at roles given
with the ``role`` attribute, as the ACT rules and axe-core do: HTML's own list and table elements
are checked by the list rules. Hidden elements are left out, as assistive technology never meets them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.ownership import aria_owned, has_global_attribute, kept_without_role, owners_of, tree_role
from newslint.lib.aria.roles import (
    INPUT_STATES,
    MAY_BE_EMPTY,
    NATIVE_STATES,
    NESTING_IN_GROUPS,
    REQUIRED_ATTRIBUTES,
    REQUIRED_CONTEXT,
    REQUIRED_OWNED,
    ROLE_DEFAULTS,
)
from newslint.lib.aria.semantics import explicit_roles, implicit_role, is_focusable, is_hidden, tag
from newslint.lib.settings import Settings

# Roles looked through when they are among those required: a group of menu items in a menu.
_LOOKED_THROUGH = frozenset({"group", "rowgroup"})
# The usual container of each role that needs one, for the suggestion.
# The usual item of each role that requires some, for the suggestion.
_USUAL_ITEM = {
    "menu": "menuitem", "menubar": "menuitem", "list": "listitem", "listbox": "option", "tablist": "tab",
    "tree": "treeitem", "grid": "row", "table": "row", "treegrid": "row", "rowgroup": "row", "row": "cell",
    "feed": "article",
}  # fmt: skip
_USUAL_CONTEXT = {
    "listitem": "list", "option": "listbox", "tab": "tablist", "treeitem": "tree", "row": "table", "cell": "row",
    "gridcell": "row", "columnheader": "row", "rowheader": "row", "rowgroup": "table", "caption": "table",
}  # fmt: skip


def _named(el: Element) -> str:
    return f'<{tag(el)} role="{el.get("role")}">' if el.get("role") else f"<{tag(el)}>"


def _either(roles: frozenset[str]) -> str:
    names = sorted(roles)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


class AriaRequiredParent(Rule):
    """An element's ARIA role needs a particular parent role, and it does not sit in one.

    **Why**: some roles only mean something inside their container: a ``listitem`` in a
    ``list``, a ``tab`` in a ``tablist``, a ``menuitem`` in a ``menu``, a ``row`` in a table or
    grid. Outside it, screen readers cannot say "tab 2 of 4" or move from item to item, and some
    drop the role. An element between the two that has a role of its own (or a global ARIA
    attribute such as ``aria-live``) breaks the relation as well.

    **Fix**: put the element in an element with the container role, or give the container that
    role; take roles off the wrappers in between (``role="none"``); or remove the role if the
    element is not part of such a widget.

    **References**: WCAG 2.2 SC 1.3.1 Info and Relationships; WAI-ARIA 1.2 §5.2.7 (required
    context role); axe-core ``aria-required-parent``.
    """

    code = "NL176"
    name = "aria-required-parent"
    summary = "An ARIA role that needs a particular parent role is not inside one"
    severity = "error"
    wcag = "1.3.1"
    axe = "aria-required-parent"
    act = (("ff89c9", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, own in explicit_roles(doc).items():
            context = REQUIRED_CONTEXT.get(own or "")
            if own is None or context is None or own == implicit_role(el) or is_hidden(el, doc):
                continue
            found = _context(own, context, el.getparent())
            if found.met or any(_context(own, context, owner).met for owner in owners_of(el, doc)):
                continue
            roles = _either(found.missing)
            if found.between is None:
                message = f"{_named(el)} is not inside an element with the role {roles}"
            else:
                message = f"{_named(el)} sits in {_between(found.between)}, not in an element with the role {roles}"
            yield self.finding(doc.start_tag_span(el), message, _context_advice(el, own, context, found))


@dataclass(frozen=True, slots=True)
class _Context:
    """Whether an element's context is met; if not, the roles missing and the element in between, if any."""

    met: bool
    missing: frozenset[str] = frozenset()
    between: Element | None = None


def _context(own: str, context: frozenset[str], node: Element | None) -> _Context:
    """Whether the first ancestor from ``node`` up with a role (or kept without one) has a context role.
    A group passes when the context allows one (a menu's group of items), once."""
    allowed = set(context)
    while node is not None:
        found = tree_role(node)
        if found is None:
            if kept_without_role(node):
                return _Context(False, frozenset(allowed), node)
        elif found == "group" and "group" in allowed:
            allowed.discard("group")
            if own in NESTING_IN_GROUPS:
                allowed.add(own)
        elif found in allowed:
            return _Context(True)
        else:
            return _Context(False, frozenset(allowed), node)
        node = node.getparent()
    return _Context(False, frozenset(allowed))


def _between(el: Element) -> str:
    """An element that stands between another and its context, and why the accessibility tree keeps it."""
    what = tree_role(el)
    if what is None:
        why = "its ARIA attributes keep" if has_global_attribute(el) else "taking focus keeps"
        return f"{_named(el)}, which {why} in the accessibility tree"
    return _named(el) if el.get("role") else f"{_named(el)} (role {what})"


def _context_advice(el: Element, own: str, context: frozenset[str], found: _Context) -> str:
    between = found.between
    if between is not None and tree_role(between) and not kept_without_role(between):
        container = next((anc for anc in between.iterancestors() if tree_role(anc) in context), None)
        if container is not None:
            return f'Add role="none" to the {_named(between)} between it and its {tree_role(container)}'
    usual = _USUAL_CONTEXT.get(own, sorted(context)[-1])
    return (
        f'Put it in an element with role="{usual}" (with role="none" on any wrapper between them), '
        "or remove the role if it is not part of such a widget"
    )


class AriaRequiredChildren(Rule):
    """An element's ARIA role requires particular roles inside it, and it holds something else.

    **Why**: a ``list`` is made of ``listitem`` elements, a ``tablist`` of ``tab`` elements, a
    ``menu`` of menu items, a table's ``row`` of cells. Screen readers count and announce those
    items ("list, 6 items", "tab 1 of 3"); a container holding other roles, or plain text, is
    announced with no items, or its contents are skipped. A common case: ``role="menu"`` on a
    site's navigation list, whose ``<li>`` items are list items, not menu items.

    **Fix**: give each child the item role (``role="tab"``, ``role="menuitem"``), with
    ``role="none"`` on wrappers such as ``<li>``; or remove the container's role (plain
    navigation links need no ``menu`` role: a ``<nav>`` with a list is right).

    **References**: WCAG 2.2 SC 1.3.1 Info and Relationships; WAI-ARIA 1.2 §5.2.6 (required
    owned elements); axe-core ``aria-required-children``.
    """

    code = "NL177"
    name = "aria-required-children"
    summary = "An ARIA role that requires particular child roles holds something else"
    severity = "error"
    wcag = "1.3.1"
    axe = "aria-required-children"
    act = (("bc4a75", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, own in explicit_roles(doc).items():
            required = REQUIRED_OWNED.get(own or "")
            if own is None or required is None or (el.get("aria-busy") or "").strip().lower() == "true":
                continue
            if is_hidden(el, doc):
                continue
            items, text = _owned(el, required, doc)
            wrong = next((item for found, item in items if not _may_own(own, required, found)), None)
            item_role = _USUAL_ITEM.get(own, sorted(required)[0])
            if wrong is not None:
                what = tree_role(wrong)
                described = f"{_named(wrong)} (role {what})" if what and not wrong.get("role") else _named(wrong)
                yield self.finding(
                    doc.start_tag_span(el),
                    f'<{tag(el)} role="{el.get("role")}"> holds {described}, but may hold only {_either(required)}',
                    _owned_advice(own, item_role, wrong, required),
                )
            elif not any(found in required for found, _ in items) and (items or text or own not in MAY_BE_EMPTY):
                yield self.finding(
                    doc.start_tag_span(el),
                    f'<{tag(el)} role="{el.get("role")}"> holds no element with the role {_either(required)}',
                    f'Give its items role="{item_role}", or remove role={own} from the container',
                )


def _owned_advice(own: str, item_role: str, wrong: Element, required: frozenset[str]) -> str:
    if not wrong.get("role") and any(tree_role(inner) in required for inner in wrong.iterdescendants()):
        return f'Add role="none" to each {_named(wrong)} so that the items inside belong to the {own}'
    return (
        f'Give its items role="{item_role}" (and role="none" to wrappers such as <li>), '
        f"or remove role={own} from the container"
    )


def _may_own(own: str, required: frozenset[str], found: str | None) -> bool:
    """Whether a container may own an element with this role: a required one, or one whose own context
    is the container (a table's caption)."""
    return found in required or own in REQUIRED_CONTEXT.get(found or "", ())


def _owned(el: Element, required: frozenset[str], doc: Document) -> tuple[list[tuple[str | None, Element]], bool]:
    """What an element owns in the accessibility tree: each owned element with a role (or kept without
    one) and that role, looking through elements with none; and whether it owns text of its own."""
    items: list[tuple[str | None, Element]] = []
    text = False
    queue = [el]
    looked = 0
    while looked < len(queue):
        node = queue[looked]
        looked += 1
        children = [*node, *aria_owned(node, doc)] if node is el else list(node)
        text = text or bool((node.text or "").strip()) or any((c.tail or "").strip() for c in node)
        for child in children:
            if not isinstance(child.tag, str) or is_hidden(child, doc):
                continue
            found = tree_role(child)
            if (found is None and not kept_without_role(child)) or (found in _LOOKED_THROUGH and found in required):
                queue.append(child)
            else:
                items.append((found, child))
    return items, text


class AriaRequiredAttr(Rule):
    """An element's ARIA role lacks a state or property the role requires.

    **Why**: a ``checkbox`` or ``switch`` without ``aria-checked`` is announced with no state
    (checked or not?), a ``heading`` without ``aria-level`` gets a level browsers guess, a
    ``slider`` without ``aria-valuenow`` has no value, and a ``combobox`` without
    ``aria-expanded`` and ``aria-controls`` does not say whether its list is open or where it is.

    **Fix**: add the attribute with the element's current state (``aria-checked="false"``,
    ``aria-level="2"``) and keep it current from the script that changes it; better, use the
    HTML element that has the state built in (``<input type="checkbox">``, ``<h2>``).

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §5.2.4 (required states
    and properties); axe-core ``aria-required-attr``.
    """

    code = "NL178"
    name = "aria-required-attr"
    summary = "An ARIA role lacks a state or property it requires"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-required-attr"
    act = (("4e8ab6", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, own in explicit_roles(doc).items():
            required = REQUIRED_ATTRIBUTES.get(own or "")
            if own is None or required is None or own == implicit_role(el):
                continue
            missing = [name for name in required if not (el.get(name) or "").strip() and not _given(el, own, name)]
            if not missing or is_hidden(el, doc):
                continue
            yield self.finding(
                doc.start_tag_span(el),
                f"{_named(el)} lacks {' and '.join(missing)}, which the {own} role requires",
                _advice(el, own, missing),
            )


def _given(el: Element, own: str, name: str) -> bool:
    """Whether the element has the state without the attribute: a default, natively, or not needed here."""
    if name in ROLE_DEFAULTS.get(own, ()):
        return True
    native = INPUT_STATES.get((el.get("type") or "").strip().lower(), frozenset()) if tag(el) == "input" else None
    if name in (native if native is not None else NATIVE_STATES.get(tag(el), ())):
        return True
    if own == "separator":
        return not is_focusable(el)  # a separator that takes no focus is static: it has no value
    if own == "combobox" and name == "aria-controls":
        return (el.get("aria-expanded") or "").strip().lower() == "false"  # closed: its popup may not exist yet
    return own == "slider" and bool((el.get("aria-valuetext") or "").strip())


_STATE_EXAMPLES = {
    "aria-checked": 'aria-checked="false"', "aria-level": 'aria-level="2"', "aria-expanded": 'aria-expanded="false"',
    "aria-controls": 'aria-controls="the id of its popup"', "aria-valuenow": 'aria-valuenow="the current value"',
    "aria-selected": 'aria-selected="false"',
}  # fmt: skip
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ELEMENTS = {
    "checkbox": '<input type="checkbox">', "switch": '<input type="checkbox">', "radio": '<input type="radio">',
    "heading": "<h2>", "slider": '<input type="range">', "meter": "<meter>",
}  # fmt: skip


def _advice(el: Element, own: str, missing: list[str]) -> str:
    if own == "heading" and next(el.iterdescendants(*_HEADING_TAGS), None) is not None:
        return 'Remove role="heading": the element holds a heading of its own, so it is no heading itself'
    add = " and ".join(_STATE_EXAMPLES.get(name, name) for name in missing)
    element = _ELEMENTS.get(own)
    better = f", or use {element}, which has it built in" if element else ""
    return f"Add {add} and keep it current{better}"
