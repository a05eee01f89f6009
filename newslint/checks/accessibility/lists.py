"""NL161, NL162: list markup (lists hold items, items sit in lists)."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.aria import explicit_role, is_hidden, tag
from newslint.document import Document
from newslint.rule import Finding, Rule
from newslint.settings import Settings

_LIST_CHILDREN = frozenset({"li", "script", "template"})


class ListContent(Rule):
    """A list holds something other than list items.

    **Why**: screen readers announce "list, 5 items" and let users move item by item; a
    ``<div>`` or loose text directly inside ``<ul>`` breaks the count and the navigation.

    **Example (fires)**: ``<ul><div><li>…</li></div></ul>``, ``<ol>Text<li>…</li></ol>``.

    **Example (silent)**: ``<ul><li>…</li><li>…</li></ul>``; ``<script>`` or ``<template>``
    among the items; a ``<ul role="menu">`` (another role, other rules).

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

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for lst in doc.root.iter("ul", "ol"):
            if lst.get("role") is not None or is_hidden(lst):
                continue
            bad = [c for c in lst if isinstance(c.tag, str) and not _allowed(c)]
            loose = (lst.text or "").strip() or any((c.tail or "").strip() for c in lst)
            if bad or loose:
                what = f"<{tag(bad[0])}>" if bad else "text"
                yield self.finding(
                    doc.start_tag_span(lst),
                    f"<{tag(lst)}> holds {what} outside any <li>",
                    f"Wrap the {what} in <li>, or make the <{tag(lst)}> a <div> if it is not a list",
                )


def _allowed(child) -> bool:
    name = tag(child)
    if name in ("script", "template"):
        return True
    if name == "li":
        return explicit_role(child) in (None, "listitem") or is_hidden(child)
    return explicit_role(child) == "listitem" or is_hidden(child)


class ListItemParent(Rule):
    """A list item is not inside a list.

    **Why**: an ``<li>`` outside ``<ul>``/``<ol>`` is announced as a list item of no list;
    item counts and list navigation fail.

    **Example (fires)**: ``<div><li>Related story</li></div>``.

    **Example (silent)**: ``<ul><li>…</li></ul>``; ``<div role="list"><li>…</li></div>``;
    ``<menu><li>…</li></menu>``.

    **Fix**: put the items in a ``<ul>`` or ``<ol>``, or make them ``<div>`` elements.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``listitem``.
    """

    code = "NL162"
    name = "listitem"
    summary = "A list item is not inside a list"
    severity = "error"
    wcag = "1.3.1"
    axe = "listitem"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for li in doc.root.iter("li"):
            if li.get("role") is not None:
                continue
            parent = li.getparent()
            if parent is None:
                continue
            parent_role = (parent.get("role") or "").strip().lower()
            if parent_role == "list" or (tag(parent) in ("ul", "ol", "menu") and not parent_role):
                continue
            if is_hidden(li):
                continue
            yield self.finding(
                doc.start_tag_span(li),
                f"<li> inside <{tag(parent)}{' role=' + repr(parent_role) if parent_role else ''}>, not in a list",
                "Put the items in a <ul> or <ol>, or make this <li> a <div>",
            )
