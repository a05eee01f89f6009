"""What the page's own ``<style>`` rules hide when it loads: elements whose ``display`` is ``none``.

A static reading of the cascade for one property, from the style sheets inside the page (external
ones are not read): selectors of type, id, class and attribute selectors joined by descendant and
child combinators. A rule with any other selector (pseudo-classes, sibling combinators), one inside
a conditional group (``@media``, ``@supports``…) and one of a ``<style media>`` never hides; a rule
of those that could show the element (``display`` other than ``none``) and would win the cascade
keeps it shown, as does a ``display`` in its ``style`` attribute. Declarations are read as written
in lower case, as style sheets (and their minifiers) write them. Precision first: when in doubt an
element counts as shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newslint.document.model import Document
from newslint.document.tree import Element, inside
from newslint.lib.aria.semantics import tag

_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_DISPLAY = re.compile(r"display\s*:([^;{}]*)")
_HIDING = re.compile(r"display\s*:\s*none\b")
_ID = re.compile(r"#[\w-]+")
_CLASS = re.compile(r"\.[\w-]+")
_TYPE = re.compile(r"[a-zA-Z][\w-]*")
_UNSUPPORTED = re.compile(r"[:+~()\\|]")
_COMBINATOR = re.compile(r"\s*>\s*|\s+")
_COMPOUND = re.compile(r"(\*|[a-zA-Z][\w-]*)?((?:#[\w-]+|\.[\w-]+|\[[^\]]+\])*)")
_PART = re.compile(
    r"#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:([~^$*]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]*)\s*(?:[iIsS]\s*)?)?\]"
)
_STYLE_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*([^;!]*)", re.I)
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
_DOCUMENT = frozenset({"html", "body"})


@dataclass(frozen=True, slots=True)
class _Compound:
    tag: str | None
    ids: tuple[str, ...]
    classes: tuple[str, ...]
    attributes: tuple[tuple[str, str, str], ...]  # (name, operator, value); operator '' for presence


@dataclass(frozen=True, slots=True)
class _Rule:
    """One selector of a rule that sets ``display``: its compounds right to left, each with the
    combinator to the next one (' ' descendant, '>' child), and where it stands in the cascade."""

    compounds: tuple[tuple[_Compound, str], ...]
    hides: bool
    rank: tuple[bool, int, int, int, int, int]  # important, ids, classes and attributes, types, <style>, offset
    conditional: bool


Place = tuple[bool, int, int]  # important, which <style> of the page, where in it


class _Sheet:
    """The page's rules that set ``display``: those that hide, read up front and kept as written by the
    key of their rightmost compound; those that show, read once a hiding rule matches an element."""

    def __init__(self, sheets: list[tuple[str, bool]]) -> None:
        self.sheets = sheets  # (css, conditional) of each <style>
        self.hiding: dict[str, list[tuple[str, Place, bool]]] = {}  # key: (selector, place, conditional)
        for index, (css, conditional) in enumerate(sheets):
            for selectors, value, important, nested, at in _display_rules(css, _HIDING):
                if value == "none":
                    for selector in selectors.split(","):
                        entry = (selector.strip(), (important, index, at), conditional or nested)
                        self.hiding.setdefault(_rightmost_key(entry[0]), []).append(entry)
        self._showing: list[tuple[str, Place, bool]] | None = None  # (selectors, place, conditional)
        self._hiding_read: dict[str, list[_Rule]] = {}
        self._showing_read: dict[int, list[_Rule]] = {}

    def hides(self, el: Element) -> bool:
        """Whether the cascade gives the element itself ``display: none``."""
        keys = _keys(el)
        matching = [rule for key in keys for rule in self._hiding(key) if _matches(el, rule.compounds)]
        if not matching:
            return False
        words = [key.lstrip("#.") for key in keys if key != "*"]
        for i, (selectors, place, conditional) in enumerate(self.showing()):
            if any(word in selectors for word in words):
                rules = self._showing_rules(i, selectors, place, conditional)
                matching += [rule for rule in rules if _matches(el, rule.compounds)]
        settled = [rule for rule in matching if not rule.conditional]
        if not settled:
            return False
        winner = max(settled, key=lambda r: r.rank)
        if not winner.hides:
            return False
        if not winner.rank[0] and _STYLE_DISPLAY.search(el.get("style") or ""):
            return False  # its style attribute sets a display of its own
        return not any(not r.hides and r.rank > winner.rank for r in matching if r.conditional)

    def showing(self) -> list[tuple[str, Place, bool]]:
        if self._showing is None:
            self._showing = [
                (selectors, (important, index, at), conditional or nested)
                for index, (css, conditional) in enumerate(self.sheets)
                for selectors, value, important, nested, at in _display_rules(css, _DISPLAY)
                if value != "none"
            ]
        return self._showing

    def _hiding(self, key: str) -> list[_Rule]:
        found = self._hiding_read.get(key)
        if found is None:
            parsed = (_rule(*entry, hides=True) for entry in self.hiding.get(key, ()))
            found = self._hiding_read[key] = [rule for rule in parsed if rule is not None]
        return found

    def _showing_rules(self, i: int, selectors: str, place: Place, conditional: bool) -> list[_Rule]:
        found = self._showing_read.get(i)
        if found is None:
            parsed = (_rule(part.strip(), place, conditional, hides=False) for part in selectors.split(","))
            found = self._showing_read[i] = [rule for rule in parsed if rule is not None]
        return found


def hidden_by_style_sheet(el: Element, doc: Document) -> bool:
    """Whether the page's own style rules give the element, or an ancestor, ``display: none``.

    ``<html>`` and ``<body>`` do not count: a rule that hides the whole document
    (``html { display: none }``) is a gate that a script lifts once the page is framed safely or
    styled, not content hidden from readers.
    """
    sheet = doc.once(_sheet)
    if not sheet.hiding:
        return False
    known = doc.once(_verdicts)
    node: Element | None = el
    chain: list[Element] = []
    found = False
    while node is not None and node.tag not in _DOCUMENT:
        verdict = known.get(node)
        if verdict is not None:
            found = verdict
            break
        chain.append(node)
        if sheet.hides(node):
            found = True
            break
        node = node.getparent()
    for seen in chain:  # each element on the way shares the answer of the one that settled it
        known[seen] = found
    return found


def _verdicts(doc: Document) -> dict[Element, bool]:
    return {}  # filled by hidden_by_style_sheet


def _keys(el: Element) -> list[str]:
    keys = ["*", tag(el)]
    ident = el.get("id")
    if ident:
        keys.append("#" + ident)
    keys += ["." + name for name in (el.get("class") or "").split()]
    return keys


def _matches(el: Element, compounds: tuple[tuple[_Compound, str], ...]) -> bool:
    if not _matches_compound(el, compounds[0][0]):
        return False
    if len(compounds) == 1:
        return True
    combinator = compounds[0][1]
    rest = compounds[1:]
    node = el.getparent()
    while node is not None and isinstance(node.tag, str):
        if _matches(node, rest):
            return True
        if combinator == ">":
            return False
        node = node.getparent()
    return False


def _matches_compound(el: Element, compound: _Compound) -> bool:
    if compound.tag is not None and compound.tag != tag(el):
        return False
    if compound.ids and el.get("id") not in compound.ids:
        return False
    if compound.classes:
        own = set((el.get("class") or "").split())
        if not own.issuperset(compound.classes):
            return False
    for name, operator, value in compound.attributes:
        given = el.get(name)
        if given is None or not _attribute_matches(given, operator, value):
            return False
    return True


def _attribute_matches(given: str, operator: str, value: str) -> bool:
    if operator == "":
        return True
    if operator == "=":
        return given == value
    if operator == "~=":
        return value in given.split()
    if operator == "^=":
        return bool(value) and given.startswith(value)
    if operator == "$=":
        return bool(value) and given.endswith(value)
    return bool(value) and value in given  # *=


def _sheet(doc: Document) -> _Sheet:
    sheets = []
    for style in doc.tagged("style"):
        if not style.text or inside(style, "noscript", "template"):
            continue
        media = (style.get("media") or "all").strip().lower()
        sheets.append((_COMMENT.sub("", style.text), media not in ("all", "screen", "")))
    return _Sheet(sheets)


@lru_cache(maxsize=8)
def _display_rules(css: str, declaration: re.Pattern[str]) -> tuple[tuple[str, str, bool, bool, int], ...]:
    """(selectors, display value, important, inside a group or another rule, where) of each style
    rule of a style sheet with a declaration of this pattern, its last ``display`` counting;
    at-rules' own blocks (@font-face, @keyframes…) have no selectors and are passed over. Kept for
    the next pages: a site's template sets the same style sheet in each of its pages."""
    found: dict[int, tuple[str, str, bool, bool, int]] = {}
    depth = 0
    counted = 0
    for m in declaration.finditer(css):
        if not _own(css, m):
            continue
        body = css.rfind("{", 0, m.start())
        if body < 0 or body in found or css.rfind("}", 0, m.start()) > body:
            continue
        depth += css.count("{", counted, body) - css.count("}", counted, body)
        counted = body
        start = max(css.rfind("}", 0, body), css.rfind("{", 0, body), css.rfind(";", 0, body)) + 1
        selectors = css[start:body].strip()
        if not selectors or selectors.startswith("@"):
            continue
        end = css.find("}", m.end())
        last = [d for d in _DISPLAY.finditer(css, body + 1, end if end >= 0 else len(css)) if _own(css, d)][-1]
        value, _, flag = last.group(1).partition("!")
        found[body] = (selectors, value.strip().lower(), flag.strip().lower() == "important", depth > 0, body)
    return tuple(found.values())


def _own(css: str, m: re.Match[str]) -> bool:
    """A ``display`` declaration, not the end of another property's name (font-display)."""
    return not m.start() or not (css[m.start() - 1].isalnum() or css[m.start() - 1] in "-_")


def _rightmost_key(selector: str) -> str:
    """The key ``_key`` gives the rightmost compound of a selector, read without parsing it."""
    last = _COMBINATOR.split(selector)[-1]
    m = _ID.search(last) or _CLASS.search(last)
    if m:
        return m.group()
    m = _TYPE.match(last)
    return m.group().lower() if m else "*"


def _rule(selector: str, place: Place, conditional: bool, hides: bool) -> _Rule | None:
    """One selector's rule, ranked for the cascade by importance, specificity and place."""
    if not selector or _UNSUPPORTED.search(_ATTRIBUTE.sub("", selector)):
        return None
    compounds: list[_Compound] = []
    for part in _COMBINATOR.split(selector):
        compound = _compound(part)
        if compound is None:
            return None
        compounds.append(compound)
    joins = [j.strip() or " " for j in _COMBINATOR.findall(selector)]
    ids = sum(len(c.ids) for c in compounds)
    classes = sum(len(c.classes) + len(c.attributes) for c in compounds)
    types = sum(c.tag is not None for c in compounds)
    # right to left: each compound with the combinator that joins it to the one on its left
    ordered = tuple((compounds[i], joins[i - 1] if i else "") for i in reversed(range(len(compounds))))
    return _Rule(ordered, hides, (place[0], ids, classes, types, place[1], place[2]), conditional)


def _compound(text: str) -> _Compound | None:
    m = _COMPOUND.fullmatch(text)
    if m is None or not text:
        return None
    ids: list[str] = []
    classes: list[str] = []
    attributes: list[tuple[str, str, str]] = []
    parts = list(_PART.finditer(m.group(2)))
    if "".join(part.group() for part in parts) != m.group(2):
        return None  # a part this reading does not know ([lang|=en]…)
    for part in parts:
        ident, cls, name, operator, value = part.groups()
        if ident:
            ids.append(ident)
        elif cls:
            classes.append(cls)
        else:
            attributes.append((name.lower(), operator or "", (value or "").strip("\"'")))
    name = (m.group(1) or "").lower()
    return _Compound(name if name and name != "*" else None, tuple(ids), tuple(classes), tuple(attributes))


def _key(compound: _Compound) -> str:
    if compound.ids:
        return "#" + compound.ids[0]
    if compound.classes:
        return "." + compound.classes[0]
    return compound.tag or "*"
