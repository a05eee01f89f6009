"""NL201: one spelling per name within an article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.document import Document, Element
from newslint.names import NameHit
from newslint.regions import squash
from newslint.rule import Finding, Rule
from newslint.settings import Settings


@dataclass(frozen=True, slots=True)
class Use:
    """One use of a name in the story: the hit and the element whose text it is in."""

    hit: NameHit
    element: Element
    surface: str


def name_uses(doc: Document, settings: Settings) -> Iterator[Use]:
    """Every pack-listed name in the headline and story blocks, in reading order."""
    index = settings.name_index
    regions = doc.regions
    texts = [(regions.headline, doc.regions.headline_text)] if regions.headline is not None else []
    texts.extend((b.element, b.text) for b in regions.blocks)
    for element, text in texts:
        if text.isupper():
            continue  # ALL-CAPS text loses the case that tells names apart
        for hit in index.find(text):
            yield Use(hit, element, text[hit.begin : hit.end])


class InconsistentTransliteration(Rule):
    """Two spellings of one name in the same article.

    **Why**: readers take "Deir al-Zour" and "Deir ez-Zor" for two places, search engines and
    archives split the story's coverage between them, and copy editors lose time reconciling
    them. Each name should have one spelling per article (the house spelling, where the house
    has chosen one).

    **Example (fires)**: ``<p>Fighters reached Deir ez-Zor on Monday.</p> <p>The siege of Deir
    al-Zour had lasted three years.</p>`` — "Deir al-Zour" is flagged, pointing at the first
    "Deir ez-Zor".

    **Example (silent)**: "al-Raqqa" and "Raqqa" (the same spelling with and without the
    article), "Raqqa's" (a possessive), "Iran" and "Iraq" or "Hama" and "Hamas" (different
    names), or a name spelled one way throughout.

    **Fix**: the spelling used most often in the article wins (the pack's canonical spelling
    breaks a tie); each other spelling is replaced by it. The fix is safe: ``--fix`` applies it
    where the name is plain text in the source.

    **References**: the names packs in ``rules/`` (``newslint rules --packs``), AP Stylebook
    on foreign place names.
    """

    code = "NL201"
    name = "inconsistent-transliteration"
    summary = "A name is spelled two ways in one article"
    severity = "warning"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        by_entry: dict[int, list[Use]] = {}
        for use in name_uses(doc, settings):
            by_entry.setdefault(id(use.hit.entry), []).append(use)
        for uses in by_entry.values():
            counts = Counter(u.hit.key for u in uses)
            if len(counts) < 2:
                continue
            entry = uses[0].hit.entry
            canonical = settings.name_index.key_of(entry.canonical, entry)
            first: dict[str, Use] = {}
            for u in uses:
                if u.hit.key not in first or (first[u.hit.key].surface.isupper() and not u.surface.isupper()):
                    first[u.hit.key] = u  # the first use, preferring one not in capitals (datelines)
            major = max(counts, key=lambda k: (counts[k], k == canonical, -uses.index(first[k])))
            model = first[major]
            spelling = squash(model.surface)
            if spelling.isupper() and not entry.case_sensitive:
                spelling = entry.canonical if major == canonical else spelling.title()
            line = doc.position(doc.text_span(model.element, model.hit.begin, model.hit.end)[0])[0]
            for u in uses:
                if u.hit.key == major:
                    continue
                span = doc.text_span(u.element, u.hit.begin, u.hit.end)
                plain = doc.text[span[0] : span[1]] == u.surface
                yield self.finding(
                    span,
                    f"'{squash(u.surface)}' spells the same {entry.kind} as '{spelling}' (line {line})",
                    f"Use '{spelling}' throughout",
                    replacement=spelling,
                    safe=plain,
                )
