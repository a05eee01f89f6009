"""The table model (HTML, "tables"): the slots a table's cells cover, which cells head columns and
rows, and whether the model assigns a header cell to any other cell; an ARIA table or grid is read
the same way, its rows and cells given by their roles.

Static and exact: the model is built from the markup alone (no layout, so no "layout table"
guess). As browsers do, a rowspan stops at the end of its row group. Explicit roles count: a ``td``
with ``role="columnheader"`` heads its column, a ``th`` with ``role="cell"`` heads nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.semantics import explicit_role, tag

TABLE_ROLES = frozenset({"table", "grid", "treegrid"})
HEADER_ROLES = frozenset({"columnheader", "rowheader"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_CELLS = frozenset({"td", "th"})
_SCOPES = frozenset({"row", "col", "rowgroup", "colgroup"})
_NON_NEGATIVE = re.compile(r"[ \t\n\f\r]*\+?(\d+)")
_MAX_COLSPAN = 1000


@dataclass(eq=False, slots=True)
class Cell:
    """A cell anchored at (x, y), covering ``width`` columns and ``height`` rows.

    ``scope`` is a header cell's ``row``, ``col``, ``rowgroup``, ``colgroup`` or ``auto`` (HTML's scope
    states), and '' for a data cell; ``group`` is the index of its row group (-1 outside one).
    """

    el: Element
    x: int
    y: int
    width: int
    height: int
    scope: str
    group: int

    @property
    def header(self) -> bool:
        return bool(self.scope)


@dataclass(eq=False)
class Table:
    """One table's cells, the slots they cover, and its row and column groups."""

    el: Element
    cells: list[Cell] = field(default_factory=list)
    slots: dict[tuple[int, int], list[Cell]] = field(default_factory=dict)
    col_groups: list[tuple[int, int]] = field(default_factory=list)  # (first column, width)
    by_element: dict[Element, Cell] = field(default_factory=dict)
    _data_rows: set[int] = field(default_factory=set)
    _data_columns: set[int] = field(default_factory=set)
    _referenced: set[Cell] | None = None
    _rows: dict[int, list[Cell]] = field(default_factory=dict)
    _columns: dict[int, list[Cell]] = field(default_factory=dict)

    def _place(self, cell: Cell) -> None:
        self.cells.append(cell)
        self.by_element[cell.el] = cell
        self._cover(cell, cell.y, cell.y + cell.height)

    def _cover(self, cell: Cell, first_row: int, end_row: int) -> None:
        for y in range(first_row, end_row):
            for x in range(cell.x, cell.x + cell.width):
                self.slots.setdefault((x, y), []).append(cell)

    def _index(self) -> None:
        for cell in self.cells:
            if not cell.header:
                self._data_rows.update(range(cell.y, cell.y + cell.height))
                self._data_columns.update(range(cell.x, cell.x + cell.width))

    def is_column_header(self, cell: Cell) -> bool:
        """A header of its column: scope col, or auto with no data cell in its rows."""
        if cell.scope != "auto":
            return cell.scope == "col"
        return not any(y in self._data_rows for y in range(cell.y, cell.y + cell.height))

    def is_row_header(self, cell: Cell) -> bool:
        """A header of its row: scope row, or auto, not a column header, with no data cell in its columns."""
        if cell.scope != "auto":
            return cell.scope == "row"
        if self.is_column_header(cell):
            return False
        return not any(x in self._data_columns for x in range(cell.x, cell.x + cell.width))

    def header_role(self, cell: Cell) -> str | None:
        """``columnheader`` or ``rowheader`` where the cell heads columns or rows (HTML-AAM), else None."""
        if cell.scope == "colgroup" or (cell.header and self.is_column_header(cell)):
            return "columnheader"
        if cell.scope == "rowgroup" or (cell.header and self.is_row_header(cell)):
            return "rowheader"
        return None

    def assigned(self, header: Cell, doc: Document) -> bool:
        """Whether the model assigns this header cell to some other cell of the table: named in a
        cell's ``headers``, or found by the scan of a cell without ``headers`` (HTML, "forming
        relationships between data cells and header cells")."""
        if header in self._named(doc):
            return True
        if header.scope in ("rowgroup", "colgroup"):
            return any(self._scans(cell, header) and self._in_group_scope(header, cell) for cell in self.cells)
        if self.is_column_header(header):
            for x in range(header.x, header.x + header.width):
                for cell in self.line(x, column=True):
                    if cell.y > header.y and self._scans(cell, header) and self._scan(cell, x, cell.y, 0, -1, header):
                        return True
        if self.is_row_header(header):
            for y in range(header.y, header.y + header.height):
                for cell in self.line(y, column=False):
                    if cell.x > header.x and self._scans(cell, header) and self._scan(cell, cell.x, y, -1, 0, header):
                        return True
        return False

    @staticmethod
    def _scans(cell: Cell, header: Cell) -> bool:
        """A cell whose headers the scan finds: another cell, without a headers attribute."""
        return cell is not header and cell.el.get("headers") is None

    def line(self, at: int, column: bool) -> list[Cell]:
        """The cells covering a column (top to bottom) or a row (left to right), each once."""
        lines = self._columns if column else self._rows
        if not lines:
            for (x, y), cells in sorted(self.slots.items(), key=lambda slot: (slot[0][1], slot[0][0])):
                for cell in cells:
                    for line, index in ((self._rows, y), (self._columns, x)):
                        found = line.setdefault(index, [])
                        if not found or found[-1] is not cell:
                            found.append(cell)
        return lines.get(at, [])

    def _named(self, doc: Document) -> set[Cell]:
        """The cells that some other cell of the table names in its ``headers``."""
        if self._referenced is None:
            self._referenced = set()
            for cell in self.cells:
                for ident in (cell.el.get("headers") or "").split():
                    target = doc.element_by_id(ident)
                    named = self.by_element.get(target) if target is not None else None
                    if named is not None and named is not cell:
                        self._referenced.add(named)
        return self._referenced

    def _in_group_scope(self, header: Cell, cell: Cell) -> bool:
        """A row group or column group header heading a cell of its group, at or after its own position."""
        if header.x > cell.x + cell.width - 1 or header.y > cell.y + cell.height - 1:
            return False
        if header.scope == "rowgroup":
            return header.group >= 0 and header.group == cell.group
        if header.scope == "colgroup":
            return any(start <= header.x < start + w and start <= cell.x < start + w for start, w in self.col_groups)
        return False

    def _scan(self, principal: Cell, x: int, y: int, dx: int, dy: int, wanted: Cell) -> bool:
        """HTML's internal algorithm for scanning and assigning header cells, from one slot in one
        direction; whether it assigns ``wanted`` (the scan stops once it has passed it)."""
        opaque: list[Cell] = []
        in_block = principal.header
        block = [principal] if principal.header else []
        while True:
            x, y = x + dx, y + dy
            if x < wanted.x if dx else y < wanted.y:
                return False
            covering = self.slots.get((x, y))
            if covering is None or len(covering) > 1:
                continue
            current = covering[0]
            if not current.header:
                if in_block:
                    in_block = False
                    opaque += block
                    block = []
                continue
            in_block = True
            block.append(current)
            if dx == 0:
                blocked = not self.is_column_header(current) or any(
                    o.x == current.x and o.width == current.width for o in opaque
                )
            else:
                blocked = not self.is_row_header(current) or any(
                    o.y == current.y and o.height == current.height for o in opaque
                )
            if current is wanted:
                return not blocked


def container(el: Element) -> Element | None:
    """The table or grid a cell belongs to: its nearest ancestor that is a ``table`` element or has
    the role table, grid or treegrid."""
    node = el.getparent()
    while node is not None:
        if tag(node) == "table" or explicit_role(node) in TABLE_ROLES:
            return node
        node = node.getparent()
    return None


def table_model(doc: Document, el: Element) -> Table:
    """The model of a ``table`` element (HTML's table model) or of an element with a table or grid
    role (its rows and cells by role); built once per document."""
    models = doc.once(_models)
    found = models.get(el)
    if found is None:
        found = models[el] = _html_table(el) if tag(el) == "table" else _aria_table(el)
        found._index()
    return found


def _models(doc: Document) -> dict[Element, Table]:
    return {}  # filled by table_model, one table at a time


def _scope(el: Element) -> str:
    """A cell's scope state, '' for a data cell. Explicit header roles count; on a th, so does scope."""
    given = explicit_role(el)
    if given == "columnheader":
        return "col"
    if given == "rowheader":
        return "row"
    if tag(el) != "th" or given is not None:
        return ""
    scope = (el.get("scope") or "").strip().lower()
    return scope if scope in _SCOPES else "auto"


def _span(value: str | None, default: int, least: int, most: int) -> int:
    m = _NON_NEGATIVE.match(value or "")
    if m is None:
        return default
    return max(least, min(int(m.group(1)), most))


def _html_table(el: Element) -> Table:
    table = Table(el)
    x = 0
    for child in el:
        if tag(child) == "colgroup":
            cols = [c for c in child if tag(c) == "col"]
            width = sum(_span(c.get("span"), 1, 1, _MAX_COLSPAN) for c in cols) or _span(
                child.get("span"), 1, 1, _MAX_COLSPAN
            )
            table.col_groups.append((x, width))
            x += width
    y = 0
    for group, rows in enumerate(_row_groups(el)):
        y = _place_group(table, rows, y, group)
    return table


def _row_groups(el: Element) -> list[list[list[Element]]]:
    """The table's row groups in the order the model reads them (footers last), each a list of rows,
    each row its cells. Rows and cells straight under the table form groups of their own, as the
    browser's parser would wrap them."""
    groups: list[list[list[Element]]] = []
    footers: list[list[list[Element]]] = []
    loose: list[list[Element]] | None = None
    for child in el:
        name = tag(child)
        if name in ("thead", "tbody", "tfoot"):
            (footers if name == "tfoot" else groups).append(_rows(child))
            loose = None
        elif name == "tr" or name in _CELLS:
            if loose is None:
                loose = []
                groups.append(loose)
            _add_to_rows(loose, child)
    return groups + footers


def _rows(group: Element) -> list[list[Element]]:
    rows: list[list[Element]] = []
    for child in group:
        _add_to_rows(rows, child)
    return rows


def _add_to_rows(rows: list[list[Element]], child: Element) -> None:
    """Add a ``tr`` as a row, or a stray cell to the row of stray cells just before it."""
    if tag(child) == "tr":
        rows.append([c for c in child if tag(c) in _CELLS])
        return
    if not (rows and rows[-1] and rows[-1][0].getparent() is child.getparent()):
        rows.append([])
    rows[-1].append(child)


def _place_group(table: Table, rows: list[list[Element]], y: int, group: int) -> int:
    """Place a row group's cells from row ``y``; the row after the group."""
    end = y + len(rows)
    for row in rows:
        x = 0
        for el in row:
            while (x, y) in table.slots:
                x += 1
            width = _span(el.get("colspan"), 1, 1, _MAX_COLSPAN)
            height = _span(el.get("rowspan"), 1, 0, end - y)
            table._place(Cell(el, x, y, width, height or end - y, _scope(el), group))
            x += width
        y += 1
    return end


def _aria_table(el: Element) -> Table:
    """An ARIA table or grid: its rows in order, each row's cells one column each."""
    table = Table(el)
    for y, row in enumerate(_aria_rows(el)):
        for x, cell in enumerate(row):
            table._place(Cell(cell, x, y, 1, 1, _scope(cell), -1))
    return table


def _aria_rows(el: Element) -> list[list[Element]]:
    """The rows of an ARIA table and the cells of each, nested tables left out."""
    rows: list[list[Element]] = []
    _add_rows(el, None, rows)
    return rows


def _add_rows(node: Element, row: list[Element] | None, rows: list[list[Element]]) -> None:
    for child in node:
        if not isinstance(child.tag, str) or tag(child) == "table":
            continue
        given = explicit_role(child)
        if given in TABLE_ROLES:
            continue
        if given == "row":
            rows.append([])
            _add_rows(child, rows[-1], rows)
        elif row is not None and given in _CELL_ROLES:
            row.append(child)
        else:
            _add_rows(child, row, rows)
