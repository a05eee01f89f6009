"""The elements that carry aria-* attributes, and where each attribute is in the source."""

from __future__ import annotations

import re

from newslint.document.model import Document
from newslint.document.tree import Element

_ATTRIBUTE = re.compile(r"""\s([^\s"'<>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


def aria_elements(doc: Document) -> dict[Element, list[tuple[str, str]]]:
    """The elements with aria-* (or misspelt aria…) attributes, and those attributes; computed once."""
    return doc.once(_aria_elements)


def _aria_elements(doc: Document) -> dict[Element, list[tuple[str, str]]]:
    found: dict[Element, list[tuple[str, str]]] = {}
    carriers = [doc.carrying(name) for name in doc.attribute_names() if name.startswith("aria")]
    for el in doc.in_order(*carriers):
        found[el] = [(name, value) for name, value in el.items() if name.startswith("aria")]
    return found
