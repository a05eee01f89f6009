"""NL520: editorial placeholders left in the story ("TK", "XX", "[[embed]]", "Lorem ipsum", "{{…}}")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import text_of
from newslint.lib.settings import Settings
from newslint.lib.structure.story_text import story_elements

# An abbreviation defined after the words it stands for: "Techniker Krankenkasse (TK)".
_DEFINED = re.compile(r"[A-Z][\w-]+ \(([A-Z]{2,})\)")


def _names_on_page(doc: Document) -> set[str]:
    """What the page uses as a name: the whole text of a link ("<a href=…>TK</a>", an insurer), or
    what it defines in brackets ("Techniker Krankenkasse (TK)")."""
    names = {squash(text_of(a)) for a in doc.tagged("a") if a.get("href")}
    names.update(m.group(1) for m in _DEFINED.finditer(squash(text_of(doc.root))))
    return names


class Placeholder(Rule):
    """An editor's placeholder is still in the story: "TK", "TKTK", "XX", "[[embed]]", "Lorem ipsum".

    **Why**: copy is filed with marks for what is still to come ("the death toll rose to TK",
    "INSERT QUOTE HERE", an embed code that did not render). Published, they make the story look
    unfinished and can say something false ("XX people were killed").

    **Fix**: fill in the missing fact, quote or embed, or delete the placeholder.

    **References**: the ``placeholder`` entries of ``rules/packs/defects.yaml``; a project adds its
    own marks with ``structure = { placeholders = [...] }`` in its configuration.
    """

    code = "NL520"
    name = "placeholder"
    summary = "An editorial placeholder (TK, XX, [[embed]], Lorem ipsum) is left in the story"
    severity = "error"
    one_per_page = True  # filler or a template's unrendered variable repeats: one finding names the lines

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        pattern = settings.defects.pattern("placeholder", settings.config.structure.placeholders)
        if pattern is None:
            return
        names: set[str] | None = None
        for el in story_elements(doc):
            text = text_of(el)
            for m in pattern.finditer(text):
                if names is None:
                    names = _names_on_page(doc)
                if m.group() in names:
                    continue
                yield self.finding(
                    doc.text_span(el, m.start(), m.end()),
                    f"Placeholder '{m.group()}' left in the story",
                    "Fill in what it stands for, or delete it",
                )
