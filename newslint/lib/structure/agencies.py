"""News agencies an article names: as its credit, as the source of a report, or as its own."""

from __future__ import annotations

import re
from functools import lru_cache

from newslint.config.packs import NamesPack
from newslint.document.model import Document
from newslint.document.regions import Block
from newslint.document.tree import text_of, text_ranges
from newslint.lib.settings import Settings

_NAMES_SOMEONE = re.compile(r"\b(?:by|from)\s+\W*[A-Za-z]|\bcontributed\b|\bmaterial from\s+\w", re.I)


@lru_cache(maxsize=8)
def agency_forms(pack: NamesPack) -> dict[str, str]:
    """Every form of every agency's name, mapped to the agency's canonical form."""
    return {form: e.canonical for e in pack.entries for form in (e.canonical, *e.variants)}


def cited_agencies(doc: Document, settings: Settings) -> list[tuple[str, int, int, Block]]:
    """(agency, begin, end, block) for every agency citation in the story prose that is not a link.

    A linked citation ("<a>Reuters reported</a>") credits the agency's own story, as any outlet's.
    """
    forms = agency_forms(settings.agencies)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    name = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    pattern = settings.attribution.pattern("agency-citation", name.pattern)
    if pattern is None:
        return []
    mentioned = re.compile(alternation)  # a citation holds a name: a quick test before the citation cues
    found: list[tuple[str, int, int, Block]] = []
    for block in doc.regions.prose:
        if mentioned.search(block.prose) is None:
            continue
        links: list[tuple[int, int]] | None = None
        for m in pattern.finditer(block.prose):
            agency = name.search(m.group())
            if not agency:
                continue
            begin, end = block.start + m.start(), block.start + m.end()
            links = _link_spans(block) if links is None else links
            if not any(ls < end and begin < le for ls, le in links):
                found.append((forms[agency.group()], begin, end, block))
    return found


def _link_spans(block: Block) -> list[tuple[int, int]]:
    """Where the block's links (with words) are in its text."""
    found = text_ranges(block.element, lambda node: node.tag == "a" and bool(node.get("href")))
    return [(start, end) for _, start, end in found if block.text[start:end].strip()]


def own_agencies(doc: Document, settings: Settings) -> set[str]:
    """Agencies the story is by: named in its byline or its dateline."""
    forms = agency_forms(settings.agencies)
    regions = doc.regions
    texts = [text_of(regions.byline)] if regions.byline is not None else []
    if regions.dateline is not None:
        block, end = regions.dateline
        texts.append(block.text[:end])
    return {canon for form, canon in forms.items() for t in texts if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", t)}
