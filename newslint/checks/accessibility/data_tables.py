"""NL163, NL164: table cells whose headers attribute names no header of their table, header cells
that head no cell."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.aria.semantics import explicit_roles, is_hidden, role, tag
from newslint.lib.aria.stylesheet import hidden_by_style_sheet
from newslint.lib.aria.tables import HEADER_ROLES, TABLE_ROLES, Cell, Table, container, table_model
from newslint.lib.settings import Settings


def _table_of(el: Element, doc: Document) -> tuple[Table, Cell] | None:
    """The model of the table or grid a cell belongs to, and the cell in it, where that table is
    exposed as one (no presentational or other role, not hidden)."""
    table = container(el)
    if table is None or role(table) not in TABLE_ROLES or is_hidden(table, doc):
        return None
    model = table_model(doc, table)
    cell = model.by_element.get(el)
    return (model, cell) if cell is not None else None


def _quoted(text: str, most: int = 50) -> str:
    return f'"{text}"' if len(text) <= most else f'"{text[: most - 1]}…"'


def _repeats(cell: Cell, kind: str, text: str, model: Table, doc: Document) -> bool:
    """A copy of a header that heads cells: the same words over the same columns (or beside the
    same rows), as in a header row repeated in the table's footer."""
    column = kind == "columnheader"

    def place(c: Cell) -> tuple[int, int]:
        return (c.x, c.width) if column else (c.y, c.height)

    return any(
        other is not cell
        and other.header
        and place(other) == place(cell)
        and model.header_role(other) == kind
        and squash(text_of(other.el)) == text
        and model.assigned(other, doc)
        for other in model.line(cell.x if column else cell.y, column)
    )


class HeadersAttribute(Rule):
    """A cell's ``headers`` attribute names something other than a header cell of its table.

    **Why**: in a data table (election results, a budget, a league table) ``headers`` tells a
    screen reader which headers to read with each cell. An id that is misspelt, that belongs to
    another table or to the cell itself, or that names a data cell leaves the cell read without
    its headers, or with the wrong ones.

    Reads every ``td`` and ``th`` with ``headers`` in a ``<table>`` shown as a table (not hidden,
    no ``role="presentation"``): each id must be that of a ``th`` (or a cell with a header role) of
    the same table, other than the cell itself.

    **Fix**: correct the ids so that each names a header cell of the same table; or drop
    ``headers`` and mark the headers as ``<th scope="col">`` and ``<th scope="row">``, which a
    simple table needs instead.

    **References**: WCAG 2.2 SC 1.3.1 Info and Relationships; technique H43; axe-core
    ``td-headers-attr``.
    """

    code = "NL163"
    name = "td-headers-attr"
    summary = "A cell's headers attribute names no header cell of its table"
    severity = "error"
    wcag = "1.3.1"
    axe = "td-headers-attr"
    act = (("a25f45", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in doc.carrying("headers"):
            if tag(el) not in ("td", "th") or is_hidden(el, doc):
                continue
            found = _table_of(el, doc)
            if found is None or tag(found[0].el) != "table":
                continue
            model, _ = found
            wrong = [why for ident in (el.get("headers") or "").split() if (why := _wrong(ident, el, model, doc))]
            if not wrong or hidden_by_style_sheet(el, doc):
                continue
            yield self.finding(
                doc.start_tag_span(el),
                f"<{tag(el)} headers> names no header cell of its table: " + "; ".join(wrong),
                "Make each id in headers that of a <th> of the same table (or drop headers and give the "
                'headers scope="col" or scope="row")',
            )


def _wrong(ident: str, el: Element, model: Table, doc: Document) -> str | None:
    """Why one id of a cell's headers names no header cell of its table, or None when it does."""
    target = doc.element_by_id(ident)
    if target is None:
        return f'no element has the id "{ident}"'
    if target is el:
        return f'"{ident}" is the cell itself'
    cell = model.by_element.get(target)
    if cell is None:
        if tag(target) in ("td", "th"):
            return f'"{ident}" is a cell of another table'
        inside = any(anc is model.el for anc in target.iterancestors())
        return f'"{ident}" is a <{tag(target)}> {"inside a cell" if inside else "outside the table"}, not a cell'
    if not cell.header:
        return f'"{ident}" is a data cell, not a header'
    return None


class HeaderHasCells(Rule):
    """A table header cell heads no cell.

    **Why**: a screen reader reads a cell with its column and row headers ("Turnout, 2024:
    61%"). A header with no cell under it or beside it, as where a row is short of a cell or the
    cells' ``headers`` attributes name other headers, tells the reader nothing and points to a
    table whose structure is broken.

    Reads each header cell (``th``, or a cell with role ``columnheader`` or ``rowheader``) of a
    table or grid shown as one, by the HTML table model: a header must be assigned to at least
    one other cell, data or header. Empty header cells are left alone, and so is a copy of a header
    that heads cells, such as the header row repeated in a table's footer.

    **Fix**: give the header's column (or row) its cells, fix the ``headers`` attributes that
    leave it out, or, if it is a title over the table, make it the table's ``<caption>``.

    **References**: WCAG 2.2 SC 1.3.1 Info and Relationships; HTML "Forming relationships between
    data cells and header cells"; axe-core ``th-has-data-cells``.
    """

    code = "NL164"
    name = "th-has-data-cells"
    summary = "A table header cell heads no cell"
    severity = "error"
    wcag = "1.3.1"
    axe = "th-has-data-cells"
    act = (("d0f69e", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        given = [el for el, own in explicit_roles(doc).items() if own in HEADER_ROLES]
        for el in doc.in_order(doc.tagged("th"), given):
            text = squash(text_of(el))
            if not text or is_hidden(el, doc):
                continue
            found = _table_of(el, doc)
            if found is None:
                continue
            model, cell = found
            kind = model.header_role(cell)
            if kind is None or model.assigned(cell, doc) or _repeats(cell, kind, text, model, doc):
                continue
            if hidden_by_style_sheet(el, doc):
                continue
            what = "column" if kind == "columnheader" else "row"
            yield self.finding(
                doc.start_tag_span(el),
                f"Header {_quoted(text)} heads no cell of its {what}",
                f"Give its {what} the cells it heads, or fix the headers attributes that leave it out; "
                "a title over the table belongs in <caption>",
            )
