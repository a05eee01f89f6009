"""The WAI-ARIA 1.2 tables behind the attribute checks: each aria-* attribute's value type, the
global attributes, the attributes each role supports and the abstract roles.

Fixed data from the specification, kept as Python constants rather than a YAML pack: editors have
nothing to configure here, and the tables are ready at import with no parsing or validation.
Where the specification deprecates something that browsers still honour (global ``aria-disabled``,
``aria-haspopup``, ``aria-invalid``, ``aria-errormessage``; ``aria-required`` on radios) or browsers
expose a state on more roles than it lists (``aria-expanded`` on regions, lists, tab panels…), the
tables accept it, as axe-core 4.14 does: precision first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["boolean", "token", "tokens", "idref", "idrefs", "integer", "number", "string"]


@dataclass(frozen=True, slots=True)
class Attribute:
    """An aria-* attribute: its value type, the values a token type allows, an integer's minimum."""

    kind: Kind
    values: frozenset[str] = frozenset()
    minimum: int | None = None
    is_global: bool = False


def _token(*values: str, is_global: bool = False) -> Attribute:
    return Attribute("token", frozenset(values), is_global=is_global)


_TRISTATE = ("false", "mixed", "true", "undefined")
_UNDEFINED_BOOLEAN = ("false", "true", "undefined")

ATTRIBUTES: dict[str, Attribute] = {
    "aria-actions": Attribute("idrefs", is_global=True),
    "aria-activedescendant": Attribute("idref"),
    "aria-atomic": Attribute("boolean", is_global=True),
    "aria-autocomplete": _token("inline", "list", "both", "none"),
    "aria-braillelabel": Attribute("string", is_global=True),
    "aria-brailleroledescription": Attribute("string", is_global=True),
    "aria-busy": Attribute("boolean", is_global=True),
    "aria-checked": _token(*_TRISTATE),
    "aria-colcount": Attribute("integer", minimum=-1),
    "aria-colindex": Attribute("integer", minimum=1),
    "aria-colindextext": Attribute("string"),
    "aria-colspan": Attribute("integer", minimum=1),
    "aria-controls": Attribute("idrefs", is_global=True),
    "aria-current": _token("page", "step", "location", "date", "time", "true", "false", is_global=True),
    "aria-describedby": Attribute("idrefs", is_global=True),
    "aria-description": Attribute("string", is_global=True),
    "aria-details": Attribute("idrefs", is_global=True),
    "aria-disabled": Attribute("boolean", is_global=True),
    "aria-dropeffect": Attribute(
        "tokens", frozenset({"copy", "execute", "link", "move", "none", "popup"}), is_global=True
    ),
    "aria-errormessage": Attribute("idrefs", is_global=True),
    "aria-expanded": _token(*_UNDEFINED_BOOLEAN),
    "aria-flowto": Attribute("idrefs", is_global=True),
    "aria-grabbed": _token(*_UNDEFINED_BOOLEAN, is_global=True),
    "aria-haspopup": _token("false", "true", "menu", "listbox", "tree", "grid", "dialog", is_global=True),
    "aria-hidden": _token(*_UNDEFINED_BOOLEAN, is_global=True),
    "aria-invalid": _token("grammar", "false", "spelling", "true", is_global=True),
    "aria-keyshortcuts": Attribute("string", is_global=True),
    "aria-label": Attribute("string", is_global=True),
    "aria-labelledby": Attribute("idrefs", is_global=True),
    "aria-level": Attribute("integer", minimum=1),
    "aria-live": _token("assertive", "off", "polite", is_global=True),
    "aria-modal": Attribute("boolean"),
    "aria-multiline": Attribute("boolean"),
    "aria-multiselectable": Attribute("boolean"),
    "aria-orientation": _token("horizontal", "undefined", "vertical"),
    "aria-owns": Attribute("idrefs", is_global=True),
    "aria-placeholder": Attribute("string"),
    "aria-posinset": Attribute("integer", minimum=1),
    "aria-pressed": _token(*_TRISTATE),
    "aria-readonly": Attribute("boolean"),
    "aria-relevant": Attribute("tokens", frozenset({"additions", "all", "removals", "text"}), is_global=True),
    "aria-required": Attribute("boolean"),
    "aria-roledescription": Attribute("string", is_global=True),
    "aria-rowcount": Attribute("integer", minimum=-1),
    "aria-rowindex": Attribute("integer", minimum=1),
    "aria-rowindextext": Attribute("string"),
    "aria-rowspan": Attribute("integer", minimum=0),
    "aria-selected": _token(*_UNDEFINED_BOOLEAN),
    "aria-setsize": Attribute("integer", minimum=-1),
    "aria-sort": _token("ascending", "descending", "none", "other"),
    "aria-valuemax": Attribute("number"),
    "aria-valuemin": Attribute("number"),
    "aria-valuenow": Attribute("number"),
    "aria-valuetext": Attribute("string"),
}

GLOBAL = frozenset(name for name, spec in ATTRIBUTES.items() if spec.is_global)

_CELL = ("aria-colindex", "aria-colindextext", "aria-colspan", "aria-rowindex", "aria-rowindextext", "aria-rowspan")
_GRIDCELL = (*_CELL, "aria-expanded", "aria-readonly", "aria-required", "aria-selected")
_HEADER = (*_GRIDCELL, "aria-sort")
_TEXTBOX = (
    "aria-activedescendant", "aria-autocomplete", "aria-multiline", "aria-placeholder", "aria-readonly",
    "aria-required",
)  # fmt: skip
_RANGE = ("aria-valuemax", "aria-valuemin", "aria-valuenow", "aria-valuetext")
_ITEM = ("aria-level", "aria-posinset", "aria-setsize")
_MENUITEM = ("aria-expanded", "aria-posinset", "aria-setsize")
_CHECKED_MENUITEM = (*_MENUITEM, "aria-checked", "aria-readonly")
_COMPOSITE = ("aria-activedescendant", "aria-orientation")
_GRID = (
    "aria-activedescendant", "aria-colcount", "aria-level", "aria-multiselectable", "aria-readonly", "aria-rowcount",
)  # fmt: skip

# The attributes beyond the global ones that each role supports (its own and inherited ones,
# required ones included). Roles not listed support the global attributes only.
ROLE_ATTRIBUTES: dict[str, frozenset[str]] = {
    role: frozenset(attrs)
    for role, attrs in {
        "alertdialog": ("aria-modal",),
        "application": ("aria-activedescendant", "aria-expanded"),
        "article": ("aria-posinset", "aria-setsize"),
        "button": ("aria-expanded", "aria-pressed"),
        "cell": _CELL,
        "checkbox": ("aria-checked", "aria-expanded", "aria-readonly", "aria-required"),
        "columnheader": _HEADER,
        "combobox": (*_COMPOSITE, "aria-autocomplete", "aria-expanded", "aria-readonly", "aria-required"),
        "comment": _ITEM,
        "dialog": ("aria-modal",),
        "grid": _GRID,
        "gridcell": _GRIDCELL,
        "group": ("aria-activedescendant",),
        "heading": ("aria-level",),
        "link": ("aria-expanded",),
        "listbox": (*_COMPOSITE, "aria-expanded", "aria-multiselectable", "aria-readonly", "aria-required"),
        "listitem": (*_ITEM, "aria-expanded"),
        "menu": _COMPOSITE,
        "menubar": _COMPOSITE,
        "menuitem": _MENUITEM,
        "menuitemcheckbox": _CHECKED_MENUITEM,
        "menuitemradio": _CHECKED_MENUITEM,
        "meter": _RANGE,
        "option": ("aria-checked", "aria-posinset", "aria-selected", "aria-setsize"),
        "progressbar": _RANGE,
        "radio": ("aria-checked", "aria-posinset", "aria-required", "aria-setsize"),
        "radiogroup": (*_COMPOSITE, "aria-readonly", "aria-required"),
        "row": (*_ITEM, "aria-activedescendant", "aria-colindex", "aria-expanded", "aria-rowindex", "aria-selected"),
        "rowheader": _HEADER,
        "scrollbar": (*_RANGE, "aria-orientation"),
        "searchbox": _TEXTBOX,
        "separator": (*_RANGE, "aria-orientation"),
        "slider": (*_RANGE, "aria-orientation", "aria-readonly", "aria-required"),
        "spinbutton": (*_RANGE, "aria-activedescendant", "aria-readonly", "aria-required"),
        "switch": ("aria-checked", "aria-expanded", "aria-readonly", "aria-required"),
        "tab": ("aria-expanded", "aria-posinset", "aria-selected", "aria-setsize"),
        "table": ("aria-colcount", "aria-rowcount"),
        "tablist": (*_COMPOSITE, "aria-level", "aria-multiselectable"),
        "textbox": _TEXTBOX,
        "toolbar": _COMPOSITE,
        "tree": (*_COMPOSITE, "aria-multiselectable", "aria-required"),
        "treegrid": (*_GRID, "aria-orientation", "aria-required"),
        "treeitem": (*_ITEM, "aria-checked", "aria-expanded", "aria-selected"),
        "doc-backlink": ("aria-expanded",),
        "doc-biblioentry": _ITEM,
        "doc-biblioref": ("aria-expanded",),
        "doc-endnote": _ITEM,
        "doc-glossref": ("aria-expanded",),
        "doc-noteref": ("aria-expanded",),
        "doc-pagebreak": (*_RANGE, "aria-orientation"),
    }.items()
}

# Roles that take aria-expanded beyond WAI-ARIA 1.2's list: grouping, landmark and structure roles
# whose content can be shown and hidden. Browsers expose the state on them and axe-core 4.14 accepts it.
_EXPANDABLE_TOO = (
    "alert", "alertdialog", "article", "banner", "cell", "complementary", "contentinfo", "definition", "dialog",
    "directory", "document", "feed", "figure", "form", "grid", "group", "heading", "image", "img", "list", "log",
    "main", "marquee", "math", "menu", "menubar", "navigation", "note", "progressbar", "radiogroup", "region",
    "search", "status", "table", "tablist", "tabpanel", "term", "timer", "toolbar", "tooltip", "tree", "treegrid",
)  # fmt: skip
ROLE_ATTRIBUTES.update({role: ROLE_ATTRIBUTES.get(role, frozenset()) | {"aria-expanded"} for role in _EXPANDABLE_TOO})

ABSTRACT_ROLES = frozenset(
    {
        "command", "composite", "input", "landmark", "range", "roletype", "section", "sectionhead", "select",
        "structure", "widget", "window",
    }
)  # fmt: skip


def roles_supporting(attribute: str) -> list[str]:
    """The roles that support a non-global attribute, in table order."""
    return [role for role, attrs in ROLE_ATTRIBUTES.items() if attribute in attrs]
