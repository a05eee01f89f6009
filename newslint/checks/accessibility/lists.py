"""NL161, NL162: list markup (lists hold items, items sit in lists)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.semantics import explicit_role, explicit_roles, is_hidden, tag
from newslint.lib.settings import Settings

# A parent with one of these roles owns list items (or, presentational, passes them through).
_LIST_PARENT_ROLES = frozenset({"list", "none", "presentation"})
# HTML's "special" elements, less address, div and p: an <li> start tag does not close an <li> beyond them.
_SPECIAL = frozenset(
    """applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd
    details dir dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header
    hgroup hr html iframe img input keygen link listing main marquee menu meta nav noembed noframes noscript object
    ol param plaintext pre script search section select source style summary table tbody td template textarea
    tfoot th thead title tr track ul wbr xmp""".split()
)
# The items that a widget made of a list holds.
_ITEM_ROLES = {
    "menu": "menuitem", "menubar": "menuitem", "tablist": "tab", "listbox": "option", "tree": "treeitem",
    "radiogroup": "radio", "grid": "row", "feed": "article",
}  # fmt: skip


class ListContent(Rule):
    """A list holds something other than list items.

    **Why**: screen readers announce "list, 5 items" and let users move item by item; a
    ``<div>`` or loose text directly inside ``<ul>`` breaks the count and the navigation.

    **Fix**: put every child of the list in an ``<li>``, or use a ``<div>`` if it is not a
    list.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``list``.
    """

    code = "NL161"
    name = "list"
    summary = "A list contains something other than list items"
    severity = "error"
    wcag = "1.3.1"
    axe = "list"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        roles, given = explicit_roles(doc), doc.attribute("role")  # read once, not asked of each element
        for lst in doc.tagged("ul", "ol"):
            if given.get(lst, "").strip():
                continue
            bad = [c for c in lst if isinstance(c.tag, str) and not _allowed(c, roles, doc)]
            loose = (lst.text or "").strip() or any((c.tail or "").strip() for c in lst)
            if (bad or loose) and not is_hidden(lst, doc):
                what = f"<{tag(bad[0])}>" if bad else "text"
                yield self.finding(
                    doc.start_tag_span(lst),
                    f"<{tag(lst)}> holds {what} outside any <li>",
                    f"Wrap the {what} in <li>, or make the <{tag(lst)}> a <div> if it is not a list",
                )


def _allowed(child: Element, roles: dict[Element, str | None], doc: Document) -> bool:
    name = tag(child)
    if name in ("script", "template"):
        return True
    if name == "li":
        return roles.get(child) in (None, "listitem") or is_hidden(child, doc)
    return roles.get(child) == "listitem" or is_hidden(child, doc)


class ListItemParent(Rule):
    """A list item is not inside a list.

    **Why**: an ``<li>`` outside ``<ul>``/``<ol>`` is announced as a list item of no list;
    item counts and list navigation fail. A list given another role (``role="menubar"``) no
    longer holds list items either: its ``<li>`` elements need the role of that widget's items,
    or ``role="none"`` when the link inside carries it.

    **Fix**: put the items in a ``<ul>`` or ``<ol>``, or make them ``<div>`` elements; in a
    menu, tab list or listbox, give each item the matching role.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``listitem``.
    """

    code = "NL162"
    name = "listitem"
    summary = "A list item is not inside a list"
    severity = "error"
    wcag = "1.3.1"
    axe = "listitem"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        roles, given = explicit_roles(doc), doc.attribute("role")  # read once, not asked of each element
        for li in doc.tagged("li"):
            if given.get(li, "").strip():
                continue
            parent = _parent_in_browser(li)
            if parent is None:
                continue
            parent_role = roles.get(parent)
            if parent_role in _LIST_PARENT_ROLES or (parent_role is None and tag(parent) in ("ul", "ol", "menu")):
                continue
            if is_hidden(li, doc):
                continue
            where = f'<{tag(parent)} role="{parent.get("role")}">' if parent_role else f"<{tag(parent)}>"
            yield self.finding(
                doc.start_tag_span(li),
                f"<li> inside {where}, not in a list",
                _item_advice(li, parent, parent_role),
            )


def _parent_in_browser(li: Element) -> Element | None:
    """The parent a browser gives this item.

    An ``<li>`` start tag closes an open ``<li>`` that only ``<div>``, ``<p>``, ``<address>`` or
    phrasing elements separate it from (HTML's tree construction); lxml keeps it nested instead,
    so ``<li><div class="divider"></li><li>`` leaves the second item inside the ``<div>``.
    """
    node = li.getparent()
    while node is not None:
        name = tag(node)
        if name == "li":
            return node.getparent()
        if name in _SPECIAL:
            break
        node = node.getparent()
    return li.getparent()


def _item_advice(li: Element, parent: Element, parent_role: str | None) -> str:
    if parent_role is None:
        return "Put the items in a <ul> or <ol>, or make this <li> a <div>"
    item = _ITEM_ROLES.get(parent_role)
    if item is None:
        return f'Remove role="{parent.get("role")}" from the <{tag(parent)}> if it is a list, or make this <li> a <div>'
    inner = next((el for el in li.iterdescendants() if isinstance(el.tag, str) and explicit_role(el) == item), None)
    if inner is not None:
        return f'Add role="none" to this <li>: the <{tag(inner)} role="{item}"> inside it is the {item}'
    return (
        f'Give this <li> role="{item}" (a {parent_role} holds {item}s), or remove role="{parent_role}" if it is a list'
    )
