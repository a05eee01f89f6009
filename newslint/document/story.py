"""Finding the story body on a whole news page.

A readability-style scorer, without touching the tree: every paragraph-like element (``p``,
``pre``, and ``div``/``td``/``section`` holding text but no blocks) scores by its length and
commas, and passes that score up to its ancestors; the ancestor with the best score, lowered
by its link density and raised or lowered by class/id hints, is the story container. Its
siblings join when they score close to it, as in Readability.js. Subtrees that cannot be story
prose (navigation, asides, footers, hidden or "unlikely" elements) are skipped throughout; if
what is left is too short, the search runs again with fewer exclusions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from lxml import etree

from newslint.document.tree import SKIPPED_TEXT, Element, tag_name, text_of

if TYPE_CHECKING:
    from newslint.document.model import Document


class _Hint:
    """A case-insensitive search of class and id hints, written in lower case.

    On ASCII text (nearly every hint) ignoring case is lower-casing, and a case-sensitive search
    of the lower-cased text gives the same answer several times faster.
    """

    def __init__(self, pattern: str) -> None:
        self._folded = re.compile(pattern, re.I)
        self._lower = re.compile(pattern)

    def search(self, text: str) -> bool:
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self._folded.search(text) is not None


_UNLIKELY = _Hint(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
    r"|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
    r"|pagination|pager|popup|yom-remote|newsletter|subscribe|promo|recirc|trending|most-popular|outbrain|taboola"
)
_MAYBE = _Hint(r"and|article|body|column|content|main|mathjax|shadow")
_POSITIVE = _Hint(r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story")
_NEGATIVE = _Hint(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
    r"|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
)
_NOT_STORY_ROLES = frozenset({"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"})
_NOT_STORY_TAGS = frozenset(
    {
        *SKIPPED_TEXT,
        "svg",
        "button",
        "select",
        "textarea",
        "input",
        "iframe",
        "object",
        "embed",
        "footer",
        "aside",
        "nav",
        "figcaption",
        "header",
        "dialog",
    }
)
_BLOCKS = frozenset(
    "blockquote dl div img ol p pre table ul section article main header footer nav aside form figure"
    " h1 h2 h3 h4 h5 h6 li".split()
)
_TAG_SCORE = {
    "div": 5,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "address": -3,
    "ol": -3,
    "ul": -3,
    "dl": -3,
    "dd": -3,
    "dt": -3,
    "li": -3,
    "form": -3,
    "h1": -5,
    "h2": -5,
    "h3": -5,
    "h4": -5,
    "h5": -5,
    "h6": -5,
    "th": -5,
}
_TEXT_BLOCKS = frozenset({"p", "pre", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "td"})
_CONTAINERS_OF_P = frozenset({"li", "blockquote", "dd", "td"})
# Blocks inside the story container that are not story prose, by their class or id.
_NOT_PROSE = _Hint(
    r"caption|credit|byline|dateline|timestamp|publish-?date|attribution|promo|signup|related|comment|rating|gallery"
    r"|share|newsletter|author|breadcrumb|\btags?\b|\bdate\b|sponsor|subscribe|overlay"
)
_SENTENCE_END = re.compile(r"\.( |$)")
_MIN_CHARS = 500
_LOOSE_TEXT = 150  # characters of text directly in a div, between its children, that make it a paragraph
# The passes, strictest first: skip unlikely-looking subtrees, and weigh class/id hints.
_PASSES = ((True, True), (False, True), (False, False))

# text length, link text length, has a block descendant, length of its own text (not in child
# elements), commas: lengths count characters of text pieces with their outer whitespace stripped.
Stats = dict[Element, tuple[int, int, bool, int, int]]


def _squash(text: str) -> str:
    return " ".join(text.split())


@dataclass(slots=True)
class _Page:
    """What every pass reads of the page, read once: the class and id of the elements that carry one (from
    the document's tables, not asked of each element), text stats, and the excluded subtrees."""

    classes: dict[Element, str]
    ids: dict[Element, str]
    stats: Stats
    excluded: set[Element]


def _stats(elements: list[Element]) -> Stats:
    """Text and link-text lengths and block content of every element, in one bottom-up pass."""
    stats: Stats = {}
    for el in reversed(elements):
        tag = el.tag
        own = commas = 0
        if tag not in SKIPPED_TEXT:
            text = el.text
            if text:
                own, commas = len(text.strip()), text.count(",")
        total = own
        links = 0
        block = False
        for child in el:
            found = stats.get(child)
            if found is not None:
                total, links, commas = total + found[0], links + found[1], commas + found[4]
                block = block or found[2] or child.tag in _BLOCKS
            tail = child.tail
            if tail:
                length = len(tail.strip())
                total, own, commas = total + length, own + length, commas + tail.count(",")
        stats[el] = (total, total if tag == "a" else links, block, own, commas)
    return stats


def _hidden(el: Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


@lru_cache(maxsize=4096)
def _unlikely(hint: str) -> bool:
    return _UNLIKELY.search(hint) and not _MAYBE.search(hint)


def _excluded(doc: Document) -> set[Element]:
    """The elements whose tag, role or hiding keeps their subtrees out of the story, from the indexes."""
    may_hide = chain(*map(doc.carrying, ("hidden", "aria-hidden", "style")))
    return {
        *chain(*map(doc.tagged, _NOT_STORY_TAGS)),
        *(el for el in may_hide if _hidden(el)),
        *(el for el in doc.carrying("role") if el.get("role") in _NOT_STORY_ROLES),
    }


_NEVER_UNLIKELY = frozenset({"body", "a", "table", "main", "article"})


def _kept(body: Element, page: _Page, strip_unlikely: bool) -> list[Element]:
    """Elements that may hold story text, in document order, skipping whole subtrees."""
    kept = []
    stack = [body]
    while stack:
        el = stack.pop()
        if el in page.excluded:
            continue
        if strip_unlikely:
            cls, ident = page.classes.get(el), page.ids.get(el)
            if (cls or ident) and el.tag not in _NEVER_UNLIKELY and _unlikely(f"{cls or ''} {ident or ''}"):
                continue
        kept.append(el)
        stack.extend(el.iterchildren(etree.Element, reversed=True))
    return kept


def _class_weight(el: Element, page: _Page) -> int:
    weight = 0
    for hint in (page.classes.get(el), page.ids.get(el)):
        if hint:
            weight += (25 if _POSITIVE.search(hint) else 0) - (25 if _NEGATIVE.search(hint) else 0)
    return weight


def _paragraph_like(el: Element, page: _Page) -> bool:
    """A paragraph, or a container of text that does not come in paragraphs (lines with <br>)."""
    tag = el.tag
    if tag in ("p", "pre"):
        return True
    if tag not in ("div", "td", "section", "article"):
        return False
    return not page.stats[el][2] or page.stats[el][3] >= _LOOSE_TEXT


def _density(el: Element, stats: Stats) -> float:
    text, links = stats[el][:2]
    return links / text if text else 0.0


def _grab(body: Element, page: _Page, strip_unlikely: bool, weigh: bool) -> list[Element]:
    stats = page.stats
    kept = _kept(body, page, strip_unlikely)
    keep = set(kept)
    scores: dict[Element, float] = {}
    for el in kept:
        if not _paragraph_like(el, page):
            continue
        length, commas = stats[el][0], stats[el][4]
        if length < 25:
            continue
        score = 1 + commas + min(length // 100, 3)
        node, level = el.getparent(), 0
        while node is not None and level < 5 and node.tag != "html":
            if node not in scores:
                scores[node] = _TAG_SCORE.get(tag_name(node), 0) + (_class_weight(node, page) if weigh else 0)
            scores[node] += score / (1, 2, 6, 9, 12)[level]
            node, level = node.getparent(), level + 1
    if not scores:
        return []
    final = {el: s * (1 - _density(el, stats)) for el, s in scores.items()}
    top = max(final, key=final.__getitem__)
    top = _climb(top, final)
    return _collect(_siblings(top, final, keep, page), keep, page)


def _climb(top: Element, final: dict[Element, float]) -> Element:
    """Move up to an ancestor that scores higher, as long as the scores do not fall away."""
    last = final[top]
    node = top.getparent()
    while node is not None and node.tag not in ("body", "html"):
        score = final.get(node)
        if score is not None:
            if score < final[top] / 3:
                break
            if score > last:
                return node
            last = score
        node = node.getparent()
    return top


def _siblings(top: Element, final: dict[Element, float], keep: set[Element], page: _Page) -> list[Element]:
    parent = top.getparent()
    if parent is None or parent.tag == "html":
        return [top]
    threshold = max(10.0, final[top] * 0.2)
    top_class = page.classes.get(top)
    chosen = []
    for sib in parent:
        if sib is top:
            chosen.append(sib)
            continue
        if sib not in keep:
            continue
        bonus = final[top] * 0.2 if top_class and page.classes.get(sib) == top_class else 0
        if sib in final and final[sib] + bonus >= threshold:
            chosen.append(sib)
        elif sib.tag == "p":
            text = _squash(text_of(sib))
            density = _density(sib, page.stats)
            if (len(text) > 80 and density < 0.25) or (density == 0 and _SENTENCE_END.search(text)):
                chosen.append(sib)
    return chosen


def _collect(containers: list[Element], keep: set[Element], page: _Page) -> list[Element]:
    """The text blocks of the chosen containers, outermost first, none inside another."""
    stats = page.stats
    blocks: list[Element] = []
    for container in containers:
        stack = [container]
        while stack:
            el = stack.pop()
            if el not in keep or (el is not container and _not_prose(el, container, page)):
                continue
            is_block = el.tag in _TEXT_BLOCKS or _paragraph_like(el, page)
            if is_block and not (el.tag in _CONTAINERS_OF_P and stats[el][2]):
                if stats[el][0] and _density(el, stats) <= 0.5:
                    blocks.append(el)
                continue
            stack.extend(el.iterchildren(etree.Element, reversed=True))
    return blocks


def _not_prose(el: Element, container: Element, page: _Page) -> bool:
    """A caption, byline, share bar… inside the container; never one that holds most of its text."""
    cls, ident = page.classes.get(el), page.ids.get(el)
    if cls is None and ident is None:
        return False  # no hint
    hint = f"{cls or ''} {ident or ''}"
    return _NOT_PROSE.search(hint) and page.stats[el][0] < page.stats[container][0] / 2


def story_blocks(doc: Document) -> list[Element]:
    """The block elements that make up the article's story body, in document order."""
    body = doc.root.find("body")
    if body is None:
        return []
    page = _Page(doc.attribute("class"), doc.attribute("id"), _stats(list(body.iter(etree.Element))), _excluded(doc))
    best: list[Element] = []
    best_chars = -1
    for strip_unlikely, weigh in _PASSES:
        blocks = _grab(body, page, strip_unlikely, weigh)
        chars = sum(page.stats[b][0] for b in blocks)
        if chars >= _MIN_CHARS:
            return blocks
        if chars > best_chars:
            best, best_chars = blocks, chars
    return best
