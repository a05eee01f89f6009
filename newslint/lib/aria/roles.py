"""The WAI-ARIA 1.2 tables behind the structure checks: the context each role must sit in, the
elements each role must own, the states and properties each role requires, and the roles whose
children are presentational.

Fixed data from the specification, as in ``spec.py``. Where browsers and axe-core 4.14 accept more
than the specification lists (a ``separator`` or a submenu in a menu, ``directory`` holding list
items), the tables accept it too: precision first.
"""

from __future__ import annotations

_MENU_ITEMS = ("menuitem", "menuitemcheckbox", "menuitemradio")

# Required context role: the roles one of which must own an element with the role.
REQUIRED_CONTEXT: dict[str, frozenset[str]] = {
    role: frozenset(context)
    for role, context in {
        "caption": ("figure", "grid", "table", "treegrid"),
        "cell": ("row",),
        "columnheader": ("row",),
        "gridcell": ("row",),
        "listitem": ("directory", "list"),
        "menuitem": ("group", "menu", "menubar"),
        "menuitemcheckbox": ("group", "menu", "menubar"),
        "menuitemradio": ("group", "menu", "menubar"),
        "option": ("group", "listbox"),
        "row": ("grid", "rowgroup", "table", "treegrid"),
        "rowgroup": ("grid", "table", "treegrid"),
        "rowheader": ("row",),
        "tab": ("tablist",),
        "treeitem": ("group", "tree"),
    }.items()
}
# Roles that may nest in a group of their own kind: tree > treeitem > group > treeitem.
NESTING_IN_GROUPS = frozenset({"treeitem"})

# Required owned elements: the roles an element with the role owns (at least one of them, and no
# other). A group or rowgroup listed is looked through: what it owns must be of the other roles.
REQUIRED_OWNED: dict[str, frozenset[str]] = {
    role: frozenset(owned)
    for role, owned in {
        "feed": ("article",),
        "grid": ("row", "rowgroup"),
        "list": ("listitem",),
        "listbox": ("group", "option"),
        "menu": ("group", *_MENU_ITEMS, "menu", "separator"),
        "menubar": ("group", *_MENU_ITEMS, "menu", "separator"),
        "row": ("cell", "columnheader", "gridcell", "rowheader"),
        "rowgroup": ("row",),
        "suggestion": ("deletion", "insertion"),  # ARIA 1.3, which browsers and axe-core implement
        "table": ("row", "rowgroup"),
        "tablist": ("tab",),
        "tree": ("group", "treeitem"),
        "treegrid": ("row", "rowgroup"),
    }.items()
}
# Roles that may wait for their items: empty, they are loading (axe-core asks for a review only).
MAY_BE_EMPTY = frozenset(
    {"doc-bibliography", "doc-endnotes", "grid", "list", "listbox", "menu", "menubar", "rowgroup", "table", "tablist",
     "tree", "treegrid"}
)  # fmt: skip

# Required states and properties of each role.
REQUIRED_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "checkbox": ("aria-checked",),
    "combobox": ("aria-expanded", "aria-controls"),
    "heading": ("aria-level",),
    "menuitemcheckbox": ("aria-checked",),
    "menuitemradio": ("aria-checked",),
    "meter": ("aria-valuenow",),
    "option": ("aria-selected",),
    "radio": ("aria-checked",),
    "scrollbar": ("aria-controls", "aria-valuenow"),
    "separator": ("aria-valuenow",),  # only when focusable: a static separator has no value
    "slider": ("aria-valuenow",),
    "switch": ("aria-checked",),
}
# Required attributes the specification gives a default value for the role ("implicit value for role").
ROLE_DEFAULTS: dict[str, frozenset[str]] = {"option": frozenset({"aria-selected"})}
# The states HTML gives an element natively (HTML-AAM), which a role put on it keeps: by tag name,
# and by the type of an <input>.
NATIVE_STATES: dict[str, frozenset[str]] = {
    **{f"h{n}": frozenset({"aria-level"}) for n in range(1, 7)},
    "meter": frozenset({"aria-valuenow"}),
    "progress": frozenset({"aria-valuenow"}),
    "option": frozenset({"aria-selected"}),
}
INPUT_STATES: dict[str, frozenset[str]] = {
    "checkbox": frozenset({"aria-checked"}),
    "radio": frozenset({"aria-checked"}),
    "range": frozenset({"aria-valuenow"}),
}

# Roles whose children are presentational: assistive technology reads them as one thing, so
# nothing inside can be reached on its own.
PRESENTATIONAL_CHILDREN = frozenset(
    {"button", "checkbox", "image", "img", "math", "menuitemcheckbox", "menuitemradio", "meter", "option",
     "progressbar", "radio", "scrollbar", "separator", "slider", "switch", "tab", "doc-pagebreak", "graphics-symbol"}
)  # fmt: skip
# The widget roles: the interactive parts of a page (abstract role widget, less the composite ones).
WIDGETS = frozenset(
    {"button", "checkbox", "combobox", "gridcell", "link", "listbox", "menuitem", "menuitemcheckbox",
     "menuitemradio", "option", "progressbar", "radio", "scrollbar", "searchbox", "slider", "spinbutton", "switch",
     "tab", "textbox", "treeitem", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref"}
)  # fmt: skip
