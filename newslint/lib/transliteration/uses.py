"""Where an article uses pack-listed names: each use, its spelling and its source span."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element
from newslint.lib.settings import Settings
from newslint.lib.transliteration.name_index import NameHit
from newslint.lib.transliteration.quotations import Spans, quoted_spans, within

if TYPE_CHECKING:
    from newslint.checks.rule import Finding, Rule


@dataclass(frozen=True, slots=True)
class Use:
    """One use of a name in the story: the hit and the element whose text it is in."""

    hit: NameHit
    element: Element
    surface: str


@dataclass(frozen=True, slots=True)
class _Names:
    """What one reading of the story for listed names finds: the uses, and the spans taken per story text."""

    uses: list[Use]
    taken: dict[Element, list[tuple[int, int]]]


def name_uses(doc: Document, settings: Settings) -> list[Use]:
    """Every pack-listed name in the headline and story blocks, in reading order, as the story writes it.

    A name inside a quotation (:mod:`quotations`) is the speaker's or the source's spelling, and a
    place in a publication's name ("Kyiv Independent", "Tehran Times") the publication's: neither
    is a use. A spelling that the article uses once for a homonym the pack describes ("Colonel Igor
    Nikolaev", "the broadcaster Al Mayadeen") names that other person or thing throughout the
    article, so none of its uses counts as the listed name.
    """
    return doc.once(_find_names, settings).uses


def taken_spans(doc: Document, settings: Settings) -> dict[Element, list[tuple[int, int]]]:
    """Per story text, the spans of listed forms and traps (homonyms included): no other name is there."""
    return doc.once(_find_names, settings).taken


def _find_names(doc: Document, settings: Settings) -> _Names:
    index = settings.name_index
    uses: list[Use] = []
    others: set[tuple[int, str]] = set()
    spans: dict[Element, list[tuple[int, int]]] = {}
    quoted = quotations(doc)
    for element, text in story_texts(doc):
        found = spans[element] = []
        quotes = quoted.get(element)
        for begin, end, entry in index.spans(text):
            found.append((begin, end))
            hit = index.hit(text, begin, end, entry)
            if hit is None:
                continue
            if hit.entry.homonyms and index.other_name(hit, text):
                others.add((id(hit.entry), hit.key))
            if (quotes and within(quotes, begin, end)) or (hit.entry.kind == "place" and _PUBLICATION.match(text, end)):
                continue
            uses.append(Use(hit, element, text[begin:end]))
    return _Names([u for u in uses if (id(u.hit.entry), u.hit.key) not in others] if others else uses, spans)


# A word that, after a place's name, makes the name a publication's ("Kyiv Post", "Jerusalem Post").
_PUBLICATION = re.compile(
    r"[ \u00a0]+(?:Post|Times|Independent|Herald|Tribune|Gazette|Journal|Telegraph|Chronicle|Observer|Monitor)\b"
)


def quotations(doc: Document) -> dict[Element, Spans]:
    """The quoted spans of the headline's and the story blocks' texts (:mod:`quotations`)."""
    return doc.once(_quotations)


def _quotations(doc: Document) -> dict[Element, Spans]:
    regions = doc.regions
    texts = [(regions.headline, regions.headline_text, False)] if regions.headline is not None else []
    texts.extend((block.element, block.text, block.role == "paragraph") for block in regions.blocks)
    return quoted_spans(texts)


def story_texts(doc: Document) -> Iterator[tuple[Element, str]]:
    """The headline and the story blocks, leaving out ALL-CAPS text (it loses the case that tells names apart)."""
    regions = doc.regions
    texts = [(regions.headline, regions.headline_text)] if regions.headline is not None else []
    texts.extend((block.element, block.text) for block in regions.blocks)
    for element, text in texts:
        if not text.isupper():
            yield element, text


def by_name(uses: Iterable[Use]) -> list[list[Use]]:
    """The uses of each listed name (one pack entry), grouped in the order the names first appear."""
    grouped: dict[int, list[Use]] = {}
    for use in uses:
        grouped.setdefault(id(use.hit.entry), []).append(use)
    return list(grouped.values())


def spelling_of(use: Use) -> str:
    """How a use spells its name, as a replacement would write it."""
    return squash(use.surface)


def use_span(doc: Document, use: Use) -> tuple[int, int]:
    return doc.text_span(use.element, use.hit.begin, use.hit.end)


def respell(rule: Rule, doc: Document, use: Use, spelling: str, message: str, suggestion: str) -> Finding:
    """A finding at a use whose fix writes ``spelling`` there: safe where the name is written in the
    source exactly as read (no entity or tag inside)."""
    span = use_span(doc, use)
    plain = doc.text[span[0] : span[1]] == use.surface
    return rule.finding(span, message, suggestion, replacement=spelling, safe=plain)
