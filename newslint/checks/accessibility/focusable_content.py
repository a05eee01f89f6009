"""NL175, NL179: content that takes keyboard focus where assistive technology cannot reach it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.ownership import in_tab_order, tree_role
from newslint.lib.aria.roles import PRESENTATIONAL_CHILDREN, WIDGETS
from newslint.lib.aria.semantics import (
    IMPLICIT_ROLES,
    explicit_role,
    hidden_from_everyone,
    is_focusable,
    is_hidden,
    tag,
)
from newslint.lib.settings import Settings

# Roles of the widgets that scripts open and close (a closed one carries aria-hidden="true").
_POPUP_ROLES = frozenset({"alertdialog", "dialog", "listbox", "menu", "menubar", "tabpanel", "tooltip"})
# Class names of closed popups and hidden states: dropdown, modal, off-canvas, is-hidden, d-none, print-only...
_POPUP_CLASS = re.compile(
    r"modal|dialog|drop|popover|popup|tooltip|drawer|off-?canvas|overlay|flyout|mega|menu|collapse|expand|closed"
    r"|hidden|hide|d-none|print",
    re.I,
)
# Tags whose own role has presentational children (a <summary> is a button).
_OUTER_TAGS = (
    *sorted(name for name, given in IMPLICIT_ROLES.items() if given & PRESENTATIONAL_CHILDREN),
    "summary",
)


def _aria_hidden(el: Element) -> bool:
    return (el.get("aria-hidden") or "").strip().lower() == "true"


def _opened_by_script(el: Element, controlled: set[str]) -> bool:
    """A popup that scripts open and close: a dialog or menu, the panel of a control's aria-controls or
    of the collapsed control just before it, or an element whose class names a popup or a hidden state.
    Sites hide such a closed popup with their stylesheet as well as with aria-hidden, which a static
    reading cannot see: it is left alone."""
    if tag(el) == "dialog" or el.get("aria-modal") is not None or explicit_role(el) in _POPUP_ROLES:
        return True
    if el.get("id") in controlled or _POPUP_CLASS.search(el.get("class") or ""):
        return True
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and (before.get("aria-expanded") or "").strip().lower() == "false"


def _controlled(doc: Document) -> set[str]:
    """The ids that some aria-controls names."""
    return {ident for el in doc.carrying("aria-controls") for ident in (el.get("aria-controls") or "").split()}


def _describe(el: Element) -> str:
    role = el.get("role")
    href = el.get("href")
    if role:
        return f'<{tag(el)} role="{role}">'
    return f'<{tag(el)} href="{href}">' if href is not None and len(href) <= 40 else f"<{tag(el)}>"


class AriaHiddenFocus(Rule):
    """An element hidden with ``aria-hidden="true"`` holds something the Tab key reaches.

    **Why**: ``aria-hidden`` removes an element from what screen readers read, but not from the
    keyboard's path. A link or button inside (the cloned slides of a carousel, share icons hidden
    as decoration, the links of an ad) still takes focus, and a screen-reader user lands on
    something announced as nothing, or as a bare "link". ``aria-hidden="false"`` inside does not
    bring it back. Closed popups (dialogs, dropdown menus, the panel a button opens) are left
    out: sites hide them with their stylesheet too, which a static reading cannot see.

    **Fix**: take the focusable elements out of the tab order too: ``tabindex="-1"`` on each
    (or ``disabled`` on form controls), or hide the whole block from everyone with ``hidden``,
    ``display: none`` or ``inert``; or remove ``aria-hidden`` if the content is meant to be used.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 ``aria-hidden``; axe-core
    ``aria-hidden-focus``.
    """

    code = "NL175"
    name = "aria-hidden-focus"
    summary = 'An element with aria-hidden="true" holds content the Tab key reaches'
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-hidden-focus"
    act = (("6cfa84", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        hidden = [el for el in doc.carrying("aria-hidden") if _aria_hidden(el)]
        if not hidden:
            return
        outermost = set(hidden)
        controlled = _controlled(doc)
        for el in hidden:
            if any(anc in outermost for anc in el.iterancestors()):
                continue
            reached = next((node for node in el.iter() if _reached(node, doc)), None)
            if reached is None or (reached is not el and _opened_by_script(el, controlled)):
                continue
            where = "it" if reached is el else f"{_describe(reached)} inside"
            yield self.finding(
                doc.start_tag_span(el),
                f'<{tag(el)} aria-hidden="true"> is hidden from screen readers, but {where} takes keyboard focus',
                'Add tabindex="-1" to what takes focus (or hide the block from everyone with hidden or inert), '
                "or remove aria-hidden if the content is meant to be used",
            )


def _reached(el: Element, doc: Document) -> bool:
    """In the tab order, unless a script handles its focus (a focus trap's sentinel moves it on at once)."""
    return in_tab_order(el, doc) and el.get("onfocus") is None


class NestedInteractive(Rule):
    """A control whose content screen readers read as one thing holds another control.

    **Why**: a button, a tab, a checkbox or an option is announced as a whole; whatever is inside
    it is left out of the accessibility tree. A link inside a button (a "Read more" link in a
    clickable card, a share icon inside a toggle) still takes keyboard focus, but a screen reader
    announces it as nothing, and what it does cannot be known.

    **Fix**: put the inner control beside the outer one, not inside it; or, if the outer element
    only groups things, give it no control role.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §5.2.8.7 (children
    presentational); axe-core ``nested-interactive``.
    """

    code = "NL179"
    name = "nested-interactive"
    summary = "A control that screen readers read as one thing holds another focusable control"
    severity = "error"
    wcag = "4.1.2"
    axe = "nested-interactive"
    act = (("307n5z", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        unroled = (el for name in _OUTER_TAGS for el in doc.tagged(name) if el.get("role") is None)
        for el in chain(doc.carrying("role"), unroled):  # the engine puts findings in order
            if not len(el) or tree_role(el) not in PRESENTATIONAL_CHILDREN or is_hidden(el, doc):
                continue
            inner = _focusable_widget(el, doc)
            if inner is None:
                continue
            yield self.finding(
                doc.start_tag_span(el),
                f"{_describe(el)} holds {_describe(inner)}, which takes focus but which screen readers never announce",
                f"Move the {_describe(inner)} out of the {tag(el)}, beside it; or drop the outer control role",
            )


def _focusable_widget(el: Element, doc: Document) -> Element | None:
    """The first descendant that is a control in the tab order. A <button> in a <button> (or an <a> in an
    <a>) is where browsers' parser ends the outer one, though lxml nests them: the search stops there."""
    unseen = hidden_from_everyone(doc)
    closing = tag(el) if tag(el) in ("a", "button") else None
    for node in el.iterdescendants():
        if not isinstance(node.tag, str) or node in unseen:
            continue
        if tag(node) == closing:
            return None
        if is_focusable(node) and tree_role(node) in WIDGETS and in_tab_order(node, doc):
            return node
    return None
