"""Form fields as assistive technology sees them: which roles are fields that need a name, which
are widgets, and when a control is disabled."""

from __future__ import annotations

from newslint.document.tree import Element
from newslint.lib.aria.semantics import tag

# Roles of form fields (WAI-ARIA roles derived from input and select that take a value; not menu,
# option or tree): a field of one of these roles needs an accessible name.
FIELD_ROLES = frozenset(
    {
        "checkbox", "combobox", "listbox", "menuitemcheckbox", "menuitemradio", "radio", "searchbox", "slider",
        "spinbutton", "switch", "textbox",
    }
)  # fmt: skip
# WAI-ARIA 1.2 widget roles, composite ones included.
WIDGET_ROLES = frozenset(
    {
        "button", "checkbox", "gridcell", "link", "menuitem", "menuitemcheckbox", "menuitemradio", "option",
        "progressbar", "radio", "scrollbar", "searchbox", "separator", "slider", "spinbutton", "switch", "tab",
        "tabpanel", "textbox", "treeitem", "combobox", "grid", "listbox", "menu", "menubar", "radiogroup",
        "tablist", "tree", "treegrid",
    }
)  # fmt: skip
# Input types that are buttons or carry no value a user types or picks: no label, no autofill.
BUTTON_INPUTS = frozenset({"button", "image", "reset", "submit"})
# Input types the autocomplete attribute applies to (HTML, the input element's attribute table),
# "hidden" aside; an unknown type is a text field.
AUTOFILL_INPUTS = frozenset(
    {
        "text", "search", "url", "tel", "email", "password", "date", "month", "week", "time", "datetime-local",
        "number", "range", "color",
    }
)  # fmt: skip
_KNOWN_INPUTS = AUTOFILL_INPUTS | BUTTON_INPUTS | {"hidden", "checkbox", "radio", "file"}


def input_type(el: Element) -> str:
    """An input's type as HTML reads it: lower-cased, a missing or unknown one being ``text``."""
    kind = (el.get("type") or "").strip().lower()
    return kind if kind in _KNOWN_INPUTS else "text"


def is_disabled(el: Element) -> bool:
    """Disabled: its own ``disabled`` or ``aria-disabled="true"``, or inside a disabled fieldset
    (outside that fieldset's first legend)."""
    if el.get("disabled") is not None or (el.get("aria-disabled") or "").strip().lower() == "true":
        return True
    child, node = el, el.getparent()
    while node is not None:
        if tag(node) == "fieldset" and node.get("disabled") is not None:
            legend = next((c for c in node if tag(c) == "legend"), None)
            if child is not legend:
                return True
        child, node = node, node.getparent()
    return False
