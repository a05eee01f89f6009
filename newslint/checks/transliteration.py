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


def name_uses(doc: Document, settings: Settings) -> list[Use]:
    """Every pack-listed name in the headline and story blocks, in reading order.

    A spelling that the article uses once for a homonym the pack describes ("Colonel Igor
    Nikolaev", "the broadcaster Al Mayadeen") names that other person or thing throughout the
    article, so none of its uses counts as the listed name.
    """
    uses = doc.memo.get("name_uses")
    if uses is None:
        uses = doc.memo["name_uses"] = _find_uses(doc, settings)
    return uses  # type: ignore[return-value]


def taken_spans(doc: Document, settings: Settings) -> dict[Element, list[tuple[int, int]]]:
    """Per story text, the spans of listed forms and traps (homonyms included): no other name is there."""
    name_uses(doc, settings)
    return doc.memo["name_spans"]  # type: ignore[return-value]


def _find_uses(doc: Document, settings: Settings) -> list[Use]:
    index = settings.name_index
    uses: list[Use] = []
    others: set[tuple[int, str]] = set()
    spans: dict[Element, list[tuple[int, int]]] = {}
    for element, text in story_texts(doc):
        found = spans[element] = []
        for begin, end, entry in index.spans(text):
            found.append((begin, end))
            hit = index.hit(text, begin, end, entry)
            if hit is None:
                continue
            uses.append(Use(hit, element, text[begin:end]))
            if hit.entry.homonyms and index.other_name(hit, text):
                others.add((id(hit.entry), hit.key))
    doc.memo["name_spans"] = spans
    return [u for u in uses if (id(u.hit.entry), u.hit.key) not in others] if others else uses


def story_texts(doc: Document) -> Iterator[tuple[Element, str]]:
    """The headline and the story blocks, leaving out ALL-CAPS text (it loses the case that tells names apart)."""
    regions = doc.regions
    texts = [(regions.headline, regions.headline_text)] if regions.headline is not None else []
    texts.extend((block.element, block.text) for block in regions.blocks)
    for element, text in texts:
        if not text.isupper():
            yield element, text


def spelling_of(use: Use) -> str:
    """How a use spells its name, as a replacement would write it."""
    return squash(use.surface)


def use_span(doc: Document, use: Use) -> tuple[int, int]:
    return doc.text_span(use.element, use.hit.begin, use.hit.end)


def is_plain(doc: Document, use: Use, span: tuple[int, int]) -> bool:
    """The name is written in the source exactly as read (no entity or tag inside), so a fix can replace it."""
    return doc.text[span[0] : span[1]] == use.surface


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
    names), a homonym the pack describes ("Colonel Igor Nikolaev" beside "Mykolaiv", "the
    channel Al Mayadeen" beside "Mayadin"), or a name spelled one way throughout.

    **Fix**: the spelling used most often in the article wins (the pack's canonical spelling
    breaks a tie); each other spelling is replaced by it. The fix is safe: ``--fix`` applies it
    where the name is plain text in the source. Names of a configured house-style pack are left
    to NL202, which asks for the house spelling instead.

    **References**: the names packs in ``rules/`` (``syria-iraq.yaml``, ``ukraine-russia.yaml``)
    and a project's own; AP Stylebook on foreign place names.
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
            if len(counts) < 2 or uses[0].hit.pack == settings.house_pack:
                continue  # one spelling, or a house spelling that NL202 enforces
            entry = uses[0].hit.entry
            canonical = settings.name_index.key_of(entry.canonical, entry)
            first: dict[str, Use] = {}
            for u in uses:
                if u.hit.key not in first or (first[u.hit.key].surface.isupper() and not u.surface.isupper()):
                    first[u.hit.key] = u  # the first use, preferring one not in capitals (datelines)
            major = max(counts, key=lambda k: (counts[k], k == canonical, -uses.index(first[k])))
            model = first[major]
            spelling = spelling_of(model)
            if spelling.isupper() and not entry.case_sensitive:
                spelling = entry.canonical if major == canonical else spelling.title()
            line = doc.position(use_span(doc, model)[0])[0]
            for u in uses:
                if u.hit.key == major:
                    continue
                span = use_span(doc, u)
                yield self.finding(
                    span,
                    f"'{spelling_of(u)}' spells the same {entry.kind} as '{spelling}' (line {line})",
                    f"Use '{spelling}' throughout",
                    replacement=spelling,
                    safe=is_plain(doc, u, span),
                )
