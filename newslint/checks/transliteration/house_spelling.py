"""NL202: the house spelling of a name, where the project has chosen a house style."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings
from newslint.lib.transliteration.name_index import with_article
from newslint.lib.transliteration.uses import name_uses, respell, spelling_of


class HouseSpelling(Rule):
    """A name is not spelled the house way.

    **Why**: a newsroom that has chosen "Deir ez-Zor" wants it in every story, not only
    consistently within each one; archives, tags and search then find all the coverage of a
    place under one spelling.

    **Fix**: replace the variant with the house spelling (a surname with the house surname).
    Safe: ``--fix`` applies it where the name is plain text in the source.

    **References**: ``house-style`` in the configuration: a shipped preset (``"ap"``, ``"bbc"``,
    ``"guardian"``, ``"reuters"``: the spellings each guide states, each citing where; see
    docs/house-styles.md) or a project's own pack; the canonical spellings and their sources in
    the chosen pack.
    """

    code = "NL202"
    name = "house-spelling"
    summary = "A name is not spelled as the configured house style spells it"
    severity = "warning"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        house = settings.house_pack
        if house is None:
            return
        index = settings.name_index
        for use in name_uses(doc, settings):
            entry = use.hit.entry
            if use.hit.pack != house or index.agree(use.hit.key, index.key_of(entry.canonical, entry)):
                continue  # the house spelling, or its short form ("Gadhafi" of "Moammar Gadhafi")
            written = spelling_of(use)
            spelling = with_article(written, index.fit(entry.canonical, written))
            yield respell(
                self,
                doc,
                use,
                spelling,
                f"'{written}' is not the house spelling of this {entry.kind}: '{spelling}'",
                f"Write '{spelling}', the house spelling (pack '{house}')",
            )
