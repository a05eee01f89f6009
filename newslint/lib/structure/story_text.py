"""What the structure rules share: the story's blocks and links, and the source text outside markup."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from newslint.document.model import Document
from newslint.document.regions import Block
from newslint.document.tree import Element

# Markup and raw-text elements (an iframe's content is a fallback no browser shows): what a reader does not see as text.
# Each content runs to the first end ("-->", the element's end tag) or to the end of the source, unrolled
# ("[^<]*(?:<(?!...)[^<]*)*" rather than ".*?") so that the engine skips text between "<"s in one step.
_MARKUP = re.compile(
    r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
    r"|<(script|style|textarea|xmp|noscript|template|iframe|noembed|noframes)\b[^>]*>"
    r"[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>|\Z)"
    r"|<[A-Za-z/!?](?:\"[^\"]*\"|'[^']*'|[^'\">]+)*>?",
    re.I | re.S,
)


def text_runs(doc: Document) -> list[tuple[int, int]]:
    """Source spans of the text between tags, leaving out comments, scripts and styles."""
    return doc.once(_text_runs)


def _text_runs(doc: Document) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    pos = 0
    for m in _MARKUP.finditer(doc.text):
        if m.start() > pos:
            runs.append((pos, m.start()))
        pos = m.end()
    if pos < len(doc.text):
        runs.append((pos, len(doc.text)))
    return runs


def source_matches(doc: Document, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of a pattern in the text between tags (never across a tag)."""
    text = doc.text
    for start, end in text_runs(doc):
        yield from pattern.finditer(text, start, end)


def story_parents(doc: Document) -> set[Element]:
    """The elements that hold the story's paragraphs: what sits beside them is in the story too."""
    return doc.once(_story_parents)


def _story_parents(doc: Document) -> set[Element]:
    return {p for b in doc.regions.blocks if (p := b.element.getparent()) is not None and p.tag not in ("body", "html")}


def in_story(doc: Document, el: Element) -> bool:
    """Whether an element is part of the story: anywhere in a fragment; on a page, beside or in its blocks.

    What a <template> holds is never shown as it stands, so it is never part of the story.
    """
    ancestors = (el, *el.iterancestors())
    if any(node.tag == "template" for node in ancestors[1:]):
        return False
    if doc.kind == "fragment":
        return True
    parents = story_parents(doc)
    blocks = {b.element for b in doc.regions.blocks}
    return any(node in blocks or node.getparent() in parents for node in ancestors)


def story_links(doc: Document) -> Iterator[Element]:
    """The links in the story: in a fragment every link, on a page the links inside its blocks."""
    if doc.kind == "fragment":
        yield from doc.tagged("a")
        return
    for block in doc.regions.blocks:
        yield from block.element.iter("a")
    credit = doc.regions.credit
    if credit is not None and not credit.inline:
        yield from credit.block.element.iter("a")


def paragraphs(doc: Document) -> list[Block]:
    """The story's paragraphs (no headings, list items or quotes): the units an editor moves and cuts."""
    return [b for b in doc.regions.blocks if b.role == "paragraph"]


def story_elements(doc: Document) -> list[Element]:
    """Headline, byline, body blocks, captions and credit line: every element whose text is published."""
    regions = doc.regions
    found = [el for el in (regions.headline, regions.byline) if el is not None]
    found += [b.element for b in regions.blocks]
    found += [el for el in regions.captions if in_story(doc, el)]
    if regions.credit is not None and not regions.credit.inline:
        found.append(regions.credit.block.element)
    return list(dict.fromkeys(found))


def in_story_text(doc: Document, offset: int) -> bool:
    """Whether a source offset falls in the published text of the story (``story_elements``) or in a
    caption of the page's photos and galleries; in a fragment, anywhere."""
    if doc.kind == "fragment":
        return True
    spans = doc.once(_story_spans)
    i = bisect.bisect_right(spans, (offset, len(doc.text))) - 1
    return i >= 0 and offset < spans[i][1]


def _story_spans(doc: Document) -> list[tuple[int, int]]:
    """The source spans of the story's elements and the page's captions, merged where they nest or touch."""
    elements = [*story_elements(doc), *doc.regions.captions]
    spans = [span for el in elements if (span := text_extent(doc, el)) is not None]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def text_extent(doc: Document, el: Element) -> tuple[int, int] | None:
    """The source span from an element's start tag to the end of its last text; None if it has no text."""
    start, runs = doc.element_start(el), doc.text_runs(el)
    if start is None or not runs:
        return None
    return start, max(s + length for _, s, _, length in runs)
