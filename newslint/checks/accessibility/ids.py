"""NL160: ids that ARIA attributes and labels point at must be unique."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.attributes import aria_elements
from newslint.lib.aria.semantics import tag
from newslint.lib.aria.spec import ATTRIBUTES
from newslint.lib.settings import Settings

_REFERENCING = frozenset(name for name, spec in ATTRIBUTES.items() if spec.kind in ("idref", "idrefs"))
# Content a scripting browser never puts in the document: its ids resolve nothing.
_INERT = frozenset({"noscript", "template"})


def _inert(el: Element) -> bool:
    return any(tag(node) in _INERT for node in el.iterancestors())


def _references(doc: Document, wanted: set[str]) -> dict[str, str]:
    """For each wanted id, the first attribute that points at it (``aria-labelledby``, ``<label for>``…)."""
    found: dict[str, str] = {}
    referrers = [
        (el, [(ident, name) for name, value in attrs if name in _REFERENCING for ident in value.split()])
        for el, attrs in aria_elements(doc).items()
    ]
    referrers += [(label, [(ident, "<label for>")]) for label in doc.tagged("label") if (ident := label.get("for"))]
    for el, refs in referrers:
        hits = [(ident, name) for ident, name in refs if ident in wanted]
        if hits and not _inert(el):
            for ident, name in hits:
                found.setdefault(ident, name)
    return found


class DuplicateReferencedId(Rule):
    """An id that a label or an ARIA attribute points at is used by more than one element.

    **Why**: ``aria-labelledby``, ``aria-describedby``, ``aria-controls`` and ``<label for>``
    resolve an id to the first element that has it. When a template repeats the id (a second
    share bar, a copied sign-up form), the later copy's label names the wrong field and its
    button controls the first panel: screen-reader users hear the wrong name, or none.

    **Fix**: give each copy its own id (``email-footer``) and point its label or ARIA
    attribute at it.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; axe-core ``duplicate-id-aria`` (which
    axe-core 4.x reports for review rather than as a violation).
    """

    code = "NL160"
    name = "duplicate-id-aria"
    summary = "An id that a label or ARIA attribute points at is used more than once"
    severity = "error"
    wcag = "4.1.2"
    axe = "duplicate-id-aria"
    act = (("3ea0c8", "partial"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        repeated = {ident for ident, n in Counter(el.get("id") for el in doc.carrying("id")).items() if n > 1 and ident}
        if not repeated:
            return
        for ident, how in _references(doc, repeated).items():
            elements = [el for el in doc.ids[ident] if not _inert(el)]
            if len(elements) < 2:
                continue
            first = f"the <{tag(elements[0])}> on line {doc.position(doc.start_tag_span(elements[0])[0])[0]}"
            for n, el in enumerate(elements[1:], start=2):
                yield self.finding(
                    doc.start_tag_span(el),
                    f'id="{ident}" is used by {len(elements)} elements and {how} points at it: '
                    f"it resolves to the first, {first}, never to this <{tag(el)}>",
                    f'Give this <{tag(el)}> a unique id (e.g. id="{_unique(ident, n, doc)}") and point '
                    f"the {how} meant for it at that id",
                )


def _unique(ident: str, n: int, doc: Document) -> str:
    candidate = f"{ident}-{n}"
    while candidate in doc.ids:
        n += 1
        candidate = f"{ident}-{n}"
    return candidate
