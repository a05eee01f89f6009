"""NL530–NL532: paragraphs that are there twice, empty, or the headline again."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.settings import Settings
from newslint.lib.structure.story_text import in_story, paragraphs

_MIN_CHARS = 40  # shorter paragraphs ("Read the full story.", "Watch:") may repeat on purpose
_EMPTY_TEXT = re.compile(r"[\s\u00a0\u200b]*")
_EMPTY_REST = re.compile(r"(?:\s|&nbsp;|&#160;|&#[xX][aA]0;|\u00a0|<br\s*/?>)*</p\s*>", re.I)


def _key(text: str) -> str:
    return squash(text).casefold().rstrip(".!?…:;, ")


def _field(el: Element) -> bool:
    """A labelled field, "<p><strong>Serves:</strong> 4</p>": one line of a list of items (recipes, facts)."""
    if (el.text or "").strip() or not len(el):
        return False
    label = el[0]
    return label.tag in ("strong", "b") and text_of(label).rstrip().endswith((":", "?"))


class DuplicateParagraph(Rule):
    """The same paragraph appears twice in the story.

    **Why**: a paragraph pasted twice, or kept in two versions of an edit, makes the story
    repeat itself; readers notice at once and editors cannot see it on a long page.

    **Fix**: delete the second copy.

    **References**: none.
    """

    code = "NL530"
    name = "duplicate-paragraph"
    summary = "The same paragraph appears twice in the story"
    severity = "warning"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        first: dict[str, Element] = {}
        for block in paragraphs(doc):
            key = _key(block.prose)
            if len(key) < _MIN_CHARS or block.prose.rstrip().endswith("?") or _field(block.element):
                continue  # a question put to each guest, or a field of a list of items, repeats on purpose
            original = first.setdefault(key, block.element)
            if original is block.element:
                continue
            text = block.text
            begin = len(text) - len(text.lstrip())
            yield self.finding(
                doc.text_span(block.element, begin, len(text.rstrip())),
                f"This paragraph repeats the one on line {doc.position(doc.start_tag_span(original)[0])[0]}",
                "Delete one of the two copies",
            )


class EmptyParagraph(Rule):
    """The story holds an empty paragraph: ``<p></p>``, ``<p>&nbsp;</p>``, ``<p><br></p>``.

    **Why**: empty paragraphs are spacing hacks from a rich-text editor. They add uneven gaps,
    are announced as blank by some screen readers, and survive into syndicated copy.

    **Fix**: delete the element (use CSS for spacing); ``--fix`` does.

    **References**: WCAG 2.2 technique F88-adjacent advice on spacing with CSS (C8, C21).
    """

    code = "NL531"
    name = "empty-paragraph"
    summary = "The story holds an empty paragraph"
    severity = "info"
    fixable = True
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        if not doc.regions.blocks:
            return
        for el in doc.tagged("p"):
            if not _EMPTY_TEXT.fullmatch(text_of(el)) or any(child.tag != "br" for child in el):
                continue
            if not in_story(doc, el):
                continue
            start, end = doc.start_tag_span(el)
            if start == end:
                continue
            rest = _EMPTY_REST.match(doc.text, end)
            if rest is None:
                continue
            yield self.finding(
                (start, rest.end()),
                "Empty paragraph in the story",
                "Delete it (use CSS for spacing)",
                replacement="",
                safe=True,
            )


class HeadlineRepeated(Rule):
    """The story's first paragraph is its headline again.

    **Why**: a CMS that fills the body from the headline field, or a paste that took the
    headline along, opens the story with the same words twice; readers of the page and of
    syndicated copy see the headline repeated as the lede.

    **Fix**: delete the repeated paragraph, or write the lede.

    **References**: none.
    """

    code = "NL532"
    name = "headline-repeated"
    summary = "The first paragraph repeats the headline"
    severity = "warning"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        headline = _key(doc.regions.headline_text)
        prose = doc.regions.prose
        if not headline or not prose:
            return
        block = prose[0]
        if _key(block.prose) != headline:
            return
        text = block.text
        begin = len(text) - len(text.lstrip())
        yield self.finding(
            doc.text_span(block.element, begin, len(text.rstrip())),
            "The first paragraph repeats the headline",
            "Delete this paragraph, or write the lede",
        )
