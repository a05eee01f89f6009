"""The article as newslint sees it: source text, parsed tree, line/column index and regions.

Rules read the lxml tree and the recognised regions; whenever they report something they ask
the document for the exact span in the source text, which is computed lazily (most pages have
few findings, and locating costs more than parsing).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Literal, TypeVar, TypeVarTuple

from lxml import etree

from newslint.document.tree import Element, Kind, detect_kind, parse_html, text_of

if TYPE_CHECKING:
    from newslint.config.packs import BoilerplatePack
    from newslint.document.regions import Regions


T = TypeVar("T")
Args = TypeVarTuple("Args")
_UNSET = object()

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Spans of the source where a "<tag" is not a tag: comments and raw-text elements. Each body is
# the unrolled form of ``.*?`` up to the end marker (or the end of the text), which scans far faster.
_COMMENT = r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
_OPAQUE = re.compile(
    _COMMENT + r"|<(script|style|textarea|xmp)\b[^>]*>[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>|\Z)", re.I | re.S
)
# The "<name" of a start tag, its name running to a space, / or >; or a span _OPAQUE skips over.
_START_TAG = re.compile(_OPAQUE.pattern + r"|<(?=([^\s/>]+)[\s/>])", re.I | re.S)
_TAG_NAME_END = re.compile(r"[\s/>]")
_START_TAG_END = re.compile(r"""(?:"[^"]*"|'[^']*'|[^'">])*>?""")
# Tokens of the source inside an element: skipped markup, entities, plain text runs.
_TOKENS = re.compile(
    rf"(?P<skip>{_COMMENT}|<(script|style|noscript|template)\b[^>]*>[^<]*(?:<(?!/\2\s*>)[^<]*)*(?:</\2\s*>|\Z)"
    r"|<[A-Za-z/!?](?:\"[^\"]*\"|'[^']*'|[^'\">])*>?)"
    r"|(?P<entity>&(?:#[0-9]+;?|#[xX][0-9A-Fa-f]+;?|[A-Za-z][A-Za-z0-9]*;?))"
    r"|(?P<text>[^<&]+|[<&])",
    re.S,
)


class Document:
    """One article: its text, its tree, where things are in the text, and what its parts are."""

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        kind: Kind | Literal["auto"] = "auto",
        boilerplate: BoilerplatePack | None = None,
    ) -> None:
        self.text = text
        self.path = path
        self.data = text.encode("utf-8", "surrogatepass")  # what the parser reads, and rules may scan
        self.root = parse_html(text, self.data)
        self.kind: Kind = detect_kind(text) if kind == "auto" else kind
        self._boilerplate = boilerplate
        self._tag_starts: dict[str, dict[Element, int]] = {}
        self._text_maps: dict[Element, list[Run]] = {}
        self._once: dict[Callable[..., object], object] = {}
        self._values: dict[str, dict[Element, str]] = {}

    def once(self, compute: Callable[[Document, *Args], T], *args: *Args) -> T:
        """``compute(self, *args)``, computed on the first call only: what several rules read from one document.

        The value is kept under ``compute`` alone: ``args`` are the run's (its settings), the same on every call.
        """
        found = self._once.get(compute, _UNSET)
        if found is _UNSET:
            found = self._once[compute] = compute(self, *args)
        return found  # type: ignore[return-value]  # kept under compute, whose value is a T

    @cached_property
    def regions(self) -> Regions:
        from newslint.document.regions import recognise

        return recognise(self, self._boilerplate)

    @cached_property
    def elements(self) -> list[Element]:
        """Every element in document order (no comments). Holding them lets later walks reuse lxml's proxies."""
        return list(self.root.iter(etree.Element))

    @cached_property
    def _by_tag(self) -> dict[str, list[Element]]:
        table: dict[str, list[Element]] = {}
        for el in self.elements:
            tag: str = el.tag  # type: ignore[assignment]  # text in a parsed tree (tree.tag_name), read inline: a call costs
            found = table.get(tag)
            if found is None:
                table[tag] = [el]
            else:
                found.append(el)
        return table

    def tagged(self, *tags: str) -> list[Element]:
        """The elements of these tag names in document order, looked up rather than walked (do not change the list)."""
        if len(tags) == 1:
            return self._by_tag.get(tags[0], [])
        return self.in_order(*(self._by_tag.get(t, []) for t in tags))

    @cached_property
    def _by_attribute(self) -> dict[str, list[Element]]:
        table: dict[str, list[Element]] = {}  # the loop of _by_tag, written out: a generator costs 18% here
        for el in self.elements:
            for name in el.keys():  # noqa: SIM118 (an element iterates over its children)
                found = table.get(name)
                if found is None:
                    table[name] = [el]
                else:
                    found.append(el)
        return table

    def in_order(self, *groups: list[Element]) -> list[Element]:
        """The elements of several lists, each in document order, merged in document order without repeats."""
        filled = [g for g in groups if g]
        if len(filled) < 2:
            return list(filled[0]) if filled else []
        at = self._positions
        return sorted({el for group in filled for el in group if el in at}, key=at.__getitem__)

    def holds(self, el: Element) -> bool:
        """Whether an element is one of the page's own (not a copy of one, nor a new one): what the indexes cover."""
        return el in self._positions

    @cached_property
    def _positions(self) -> dict[Element, int]:
        """Where each element stands in document order: sorting by it beats a walk over the whole page."""
        return {el: i for i, el in enumerate(self.elements)}

    def carrying(self, attribute: str) -> list[Element]:
        """The elements that have an attribute (even an empty one), in document order (do not change the list)."""
        return self._by_attribute.get(attribute, [])

    def attribute(self, name: str) -> dict[Element, str]:
        """The value of an attribute on each element that carries it, in document order, each read once: an
        element that does not carry it is not in the table (do not change the table). A look-up here costs
        about a fifth of ``el.get``."""
        found = self._values.get(name)
        if found is None:
            found = self._values[name] = {el: el.get(name, "") for el in self.carrying(name)}
        return found

    def attribute_names(self) -> list[str]:
        """Every attribute name used on the page."""
        return list(self._by_attribute)

    @cached_property
    def ids(self) -> dict[str, list[Element]]:
        """Every ``id`` value on the page and the elements that carry it, in document order."""
        table: dict[str, list[Element]] = {}
        for el, ident in self.attribute("id").items():
            if ident:
                table.setdefault(ident, []).append(el)
        return table

    def element_by_id(self, ident: str) -> Element | None:
        """The first element with this id, as browsers resolve it."""
        found = self.ids.get(ident)
        return found[0] if found else None

    @cached_property
    def _line_starts(self) -> list[int]:
        if "\r" in self.text:
            return [0, *(m.end() for m in _LINE_BREAK.finditer(self.text))]
        return [0, *accumulate(len(line) + 1 for line in self.text.split("\n")[:-1])]  # same starts, faster

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    # --- where elements are -------------------------------------------------------------

    @cached_property
    def _markup(self) -> str:
        """The source with comments and raw-text elements blanked out: a "<" left in it opens a tag."""
        parts: list[str] = []
        last = 0
        for m in _OPAQUE.finditer(self.text):
            parts += (self.text[last : m.start()], "\0" * (m.end() - m.start()))
            last = m.end()
        parts.append(self.text[last:])
        return "".join(parts)

    def element_start(self, el: Element) -> int | None:
        """Offset of the ``<`` of an element's start tag, or None where the parser implied it."""
        tag = el.tag
        if not isinstance(tag, str):
            return None
        table = self._tag_starts.get(tag)
        if table is None:
            table = self._tag_starts[tag] = self._match_tags(tag)
        return table.get(el)

    @cached_property
    def _start_tags(self) -> dict[str, list[int]]:
        """Offsets of each "<name" followed by a space, / or > outside comments and raw text, by name as written."""
        found: dict[str, list[int]] = {}
        for m in _START_TAG.finditer(self.text):
            name = m.group(2)
            if name is not None:
                found.setdefault(name, []).append(m.start())
        return found

    def _tag_offsets(self, tag: str) -> list[int]:
        """Offsets of the start tags of one tag name, its letters in any case."""
        name = re.compile(re.escape(tag), re.I)
        if _TAG_NAME_END.search(tag):  # a name the parser did not end where Python's \s does (a no-break space…)
            pattern = re.compile(r"<" + name.pattern + r"(?=[\s/>])", re.I)
            return [m.start() for m in pattern.finditer(self.text) if self._markup[m.start()] == "<"]
        return sorted(at for written, found in self._start_tags.items() if name.fullmatch(written) for at in found)

    def _match_tags(self, tag: str) -> dict[Element, int]:
        """Pair each element of one tag name with its start tag in the source."""
        offsets = self._tag_offsets(tag)
        elements = self.tagged(tag)
        if len(elements) == len(offsets):  # every element has its own start tag: pair in order
            return dict(zip(elements, offsets, strict=True))
        # The parser implied or dropped some: pair by line, in order within each line.
        by_line: dict[int, list[int]] = {}
        for offset in offsets:
            by_line.setdefault(self.position(offset)[0], []).append(offset)
        table: dict[Element, int] = {}
        rank: dict[int, int] = {}
        for el in elements:
            line = el.sourceline or 0
            i = rank.get(line, 0)
            rank[line] = i + 1
            found = by_line.get(line, ())
            if i < len(found):
                table[el] = found[i]
        return table

    def start_tag_span(self, el: Element) -> tuple[int, int]:
        """Source span of an element's start tag; the start of its line where the tag was implied."""
        start = self.element_start(el)
        if start is None:
            if el.getparent() is None:
                return 0, 0
            line = el.sourceline or 1
            start = self._line_starts[min(line, len(self._line_starts)) - 1]
            return start, start
        m = _START_TAG_END.match(self.text, start + 1)
        return start, m.end() if m else start + 1

    # --- where text is ------------------------------------------------------------------

    def text_span(self, el: Element, begin: int, end: int) -> tuple[int, int]:
        """Source span of ``text_of(el)[begin:end]``, stepping over tags and entities."""
        runs = self.text_runs(el)
        if not runs:
            return self.start_tag_span(el)
        return _source_offset(runs, begin, False), _source_offset(runs, max(begin, end - 1), True)

    def text_runs(self, el: Element) -> list[Run]:
        """Where the pieces of ``text_of(el)`` are in the source: (text offset, source offset, lengths)."""
        runs = self._text_maps.get(el)
        if runs is None:
            runs = self._text_maps[el] = self._text_map(el)
        return runs

    def _text_map(self, el: Element) -> list[Run]:
        """Aligned runs of an element's text in the source, in text order."""
        start = self.element_start(el)
        if start is None:
            return []
        target = text_of(el)
        m = _START_TAG_END.match(self.text, start + 1)
        runs: list[Run] = []
        t = 0
        for tok in _TOKENS.finditer(self.text, m.end() if m else start + 1):
            if t >= len(target):
                break
            kind = tok.lastgroup
            if kind == "skip":
                continue
            chunk = tok.group()
            if kind == "entity":
                decoded = html.unescape(chunk)
                if target.startswith(decoded, t):
                    runs.append((t, tok.start(), len(decoded), len(chunk)))
                    t += len(decoded)
                continue
            if target.startswith(chunk, t):
                runs.append((t, tok.start(), len(chunk), len(chunk)))
                t += len(chunk)
                continue
            for k, ch in enumerate(chunk):  # the parser changed something (e.g. CR LF → LF)
                if t < len(target) and target[t] == ch:
                    runs.append((t, tok.start() + k, 1, 1))
                    t += 1
        return runs


# (text offset, source offset, length in text, length in source)
Run = tuple[int, int, int, int]


def _source_offset(runs: list[Run], offset: int, end: bool) -> int:
    """Source offset of a text offset: its start, or (``end``) just past it."""
    i = max(0, bisect.bisect_right(runs, (offset, float("inf"))) - 1)
    t, s, tlen, slen = runs[i]
    if tlen != slen:  # an entity stands for the whole of its text
        return s + slen if end else s
    inside = min(max(offset - t, 0), tlen - 1)
    return s + inside + (1 if end else 0)
