"""Suppression written in the HTML: comments that switch rules off, and an ignore attribute.

    <!-- newslint-disable NL301 --> … <!-- newslint-enable NL301 -->
    <!-- newslint-disable-next-line NL201 -->
    <!-- newslint-disable-file NL4 -->
    <p data-newslint-ignore="NL301">…</p>

Codes, families (``NL3``) and rule names are accepted; no list means every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.checks.rule import Finding
from newslint.document.model import Document
from newslint.document.tree import Element

_DIRECTIVE = re.compile(r"<!--\s*newslint-(disable-next-line|disable-file|disable|enable)\b(.*?)-->", re.I | re.S)
_SPLIT = re.compile(r"[\s,]+")


def _selectors(text: str) -> tuple[str, ...]:
    return tuple(s for s in _SPLIT.split(text.strip()) if s)


def covers(selectors: tuple[str, ...], finding: Finding) -> bool:
    """Whether a list of codes, families or names covers a finding (empty: everything)."""
    if not selectors:
        return True
    for sel in selectors:
        if sel.upper() == "ALL" or finding.code.startswith(sel.upper()) or sel.lower() == finding.name:
            return True
    return False


@dataclass(slots=True)
class _Region:
    start: int
    end: int
    selectors: tuple[str, ...]


class Suppressions:
    """Every suppression of one document, as spans of the source text."""

    def __init__(self, doc: Document) -> None:
        self.regions: list[_Region] = []
        self.lines: dict[int, list[tuple[str, ...]]] = {}
        if "newslint-" not in doc.text:
            return
        open_: list[tuple[int, tuple[str, ...]]] = []
        for m in _DIRECTIVE.finditer(doc.text):
            verb, sels = m.group(1).lower(), _selectors(m.group(2))
            if verb == "disable-file":
                self.regions.append(_Region(0, len(doc.text), sels))
            elif verb == "disable-next-line":
                line = doc.position(m.end())[0] + 1
                self.lines.setdefault(line, []).append(sels)
            elif verb == "disable":
                open_.append((m.end(), sels))
            else:
                still = []
                for start, opened in open_:
                    if not sels or set(opened) <= set(sels):
                        self.regions.append(_Region(start, m.start(), opened))
                    else:
                        still.append((start, opened))
                open_ = still
        self.regions.extend(_Region(start, len(doc.text), sels) for start, sels in open_)
        if "data-newslint-ignore" in doc.text:
            for el in doc.carrying("data-newslint-ignore"):
                begin = doc.element_start(el)
                if begin is not None:
                    self.regions.append(
                        _Region(begin, _element_end(doc, el), _selectors(el.get("data-newslint-ignore", "")))
                    )

    def __bool__(self) -> bool:
        return bool(self.regions or self.lines)

    def hides(self, finding: Finding, line: int) -> bool:
        if any(covers(sels, finding) for sels in self.lines.get(line, ())):
            return True
        return any(r.start <= finding.start < r.end and covers(r.selectors, finding) for r in self.regions)


def _element_end(doc: Document, el: Element) -> int:
    """Where an element's source ends: at the next element after it in document order."""
    node: Element | None = el
    while node is not None:
        following = node.getnext()
        while following is not None:
            start = doc.element_start(following)
            if start is not None:
                return start
            following = following.getnext()
        node = node.getparent()
    return len(doc.text)
