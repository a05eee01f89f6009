"""What the structure rules share: the story's blocks and links, and the source text outside markup."""

from __future__ import annotations

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
