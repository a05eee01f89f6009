"""Reading a news page as an editor does: which parts are story prose and which are not.

The patterns come from the boilerplate pack (``rules/packs/boilerplate.yaml``); the structure comes
from the markup (landmarks, class and id hints) and, for whole pages, from the story-body
extractor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lxml import etree

from newslint.config.packs import BoilerplatePack, Furniture
from newslint.document.furniture import Piece, read_furniture
from newslint.document.sentences import Sentence, sentences
from newslint.document.tree import SKIPPED_TEXT, Element, inside, text_of

if TYPE_CHECKING:
    from newslint.document.model import Document

BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td")
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A footer is the page's contentinfo unless it belongs to an article, aside, main, nav or section.
_FOOTER_SCOPES = frozenset({"article", "aside", "main", "nav", "section"})
_AUTHOR_TAGS = frozenset({"address", "span", "div", "p"})
_XML_SPACE = " \t\r\n"  # not a no-break space: a text of no-break spaces is not blank here
_PULL_QUOTE_HINT = re.compile(r"pull-?quote|quote--pull|pullout", re.I)
_BANNER_HINT = re.compile(r"breaking|ticker|news-?alert|live-?(?:banner|badge|label)|developing", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_NOT_PROSE_ANCESTORS = frozenset({"nav", "figcaption", "figure", "header", "footer", "aside", "form", "button"})


@dataclass(slots=True)
class Block:
    """One block of the story: its element, its text, and where the prose starts in that text."""

    element: Element
    text: str
    role: str  # paragraph | heading | list-item | quote
    start: int = 0
    end: int = -1  # text index where prose ends (before an inline credit line); -1: the end
    _sentences: list[Sentence] | None = field(default=None, repr=False, compare=False)

    @property
    def prose(self) -> str:
        return self.text[self.start : self.end if self.end >= 0 else len(self.text)]

    def sentences(self) -> list[Sentence]:
        """The sentences of the block's prose, with offsets in ``text``; a ``<br>`` ends one too
        (lines of an address, a list written with breaks: "… three funding models.<br>One is …")."""
        if self._sentences is None:
            self._sentences = list(self._split())
        return self._sentences

    def _split(self) -> Iterator[Sentence]:
        end = self.end if self.end >= 0 else len(self.text)
        if self.element.find(".//br") is None:
            yield from sentences(self.text, self.start, end)
            return
        begin = self.start
        for cut in [*line_breaks(self.element), end]:
            if self.start < cut <= end and cut > begin:
                yield from sentences(self.text, begin, cut)
                begin = cut


def line_breaks(el: Element) -> list[int]:
    """Offsets in ``text_of(el)`` where a ``<br>`` stands."""
    found: list[int] = []
    _breaks(el, 0, found)
    return found


def _breaks(node: Element, at: int, found: list[int]) -> int:
    if node.tag in SKIPPED_TEXT or not isinstance(node.tag, str):
        return at
    if node.tag == "br":
        found.append(at)
    at += len(node.text or "")
    for child in node:
        at = _breaks(child, at, found) + len(child.tail or "")
    return at


@dataclass(slots=True)
class SkipLink:
    element: Element
    text: str
    href: str
    target_exists: bool


@dataclass(slots=True)
class Credit:
    """A wire-credit line: its own block, or the tail of the story's last paragraph."""

    block: Block
    begin: int
    inline: bool

    @property
    def text(self) -> str:
        return self.block.text[self.begin :].strip()


@dataclass(slots=True)
class Regions:
    title: str | None = None
    headline: Element | None = None
    byline: Element | None = None
    dateline: tuple[Block, int] | None = None  # the block and where its dateline ends
    credit: Credit | None = None
    skip_links: list[SkipLink] = field(default_factory=list)
    skip_labels: list[Element] = field(default_factory=list)
    banners: list[Element] = field(default_factory=list)
    related: list[Element] = field(default_factory=list)
    captions: list[Element] = field(default_factory=list)
    pull_quotes: list[Element] = field(default_factory=list)
    navigation: list[Element] = field(default_factory=list)
    footer: list[Element] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    furniture_reader: Callable[[], list[Piece]] | None = field(default=None, repr=False)
    _furniture: list[Piece] | None = field(default=None, repr=False)

    @property
    def furniture(self) -> list[Piece]:
        """Page furniture around and inside the story's blocks, read when first asked for."""
        if self._furniture is None:
            self._furniture = self.furniture_reader() if self.furniture_reader is not None else []
            self.furniture_reader = None
        return self._furniture

    @property
    def headline_text(self) -> str:
        return text_of(self.headline) if self.headline is not None else ""

    @property
    def prose(self) -> list[Block]:
        """The story's own sentences: body blocks that are not headings."""
        return [b for b in self.blocks if b.role != "heading"]


def squash(text: str) -> str:
    """Whitespace runs as one space, none at the ends (str.split's whitespace is exactly re's \\s)."""
    return " ".join(text.split())


@dataclass(slots=True)
class _Marks:
    """What tag names and attributes mark on the page, in document order."""

    short_texts: list[tuple[Element, str]] = field(default_factory=list)  # under 80 characters, not blank
    captions: list[Element] = field(default_factory=list)
    navigation: list[Element] = field(default_factory=list)
    footer: list[Element] = field(default_factory=list)
    authors: list[Element] = field(default_factory=list)  # rel or itemprop "author", class "byline"
    author_classes: list[Element] = field(default_factory=list)  # an address, span, div or p of class "author"


def _scan(doc: Document) -> _Marks:
    """Short texts from one walk over the body on; the rest from the document's tag and attribute indexes."""
    marks = _Marks()
    bodies = doc.tagged("body")
    for el in doc.elements[doc.elements.index(bodies[0]) :] if bodies else ():
        text = el.text
        if text and len(text) < 80 and text.strip(_XML_SPACE):
            marks.short_texts.append((el, text))
    marks.captions = list(doc.tagged("figcaption"))
    roles = doc.attribute("role")
    marks.navigation = doc.in_order(doc.tagged("nav"), [el for el, r in roles.items() if r == "navigation"])
    footers = [f for f in doc.tagged("footer") if not any(a.tag in _FOOTER_SCOPES for a in f.iterancestors())]
    marks.footer = doc.in_order(footers, [el for el, r in roles.items() if r == "contentinfo"])
    classes = author_classes(doc)
    marks.authors = doc.in_order([el for el, c in classes.items() if "byline" in c], marked_author(doc))
    marks.author_classes = [el for el, c in classes.items() if el.tag in _AUTHOR_TAGS and "author" in c]
    return marks


def author_classes(doc: Document) -> dict[Element, str]:
    """The elements whose class mentions "author" or "byline" in any case, with that class, in document order."""
    return doc.once(_author_classes)


def _author_classes(doc: Document) -> dict[Element, str]:
    found: dict[Element, str] = {}
    for el, classes in doc.attribute("class").items():
        folded = classes.lower()
        if "author" in folded or "byline" in folded:
            found[el] = classes
    return found


def marked_author(doc: Document) -> list[Element]:
    """Elements whose ``rel`` or ``itemprop`` is "author", in document order."""
    return doc.in_order(*([el for el in doc.carrying(a) if el.get(a) == "author"] for a in ("rel", "itemprop")))


def recognise(doc: Document, pack: BoilerplatePack | None = None) -> Regions:
    """Label the regions of a document."""
    if pack is None:
        from newslint.config.packs import load_typed_pack

        pack = load_typed_pack("boilerplate", BoilerplatePack)
    root = doc.root
    regions = Regions()
    title = root.find("head/title")
    if title is not None:
        regions.title = squash(text_of(title))
    marks = _scan(doc)
    _label_short_texts(marks.short_texts, pack, regions)
    _find_skip_links(doc, pack, regions)
    regions.captions = marks.captions
    regions.navigation = marks.navigation
    regions.footer = marks.footer
    regions.pull_quotes = [el for el in doc.tagged("blockquote", "aside") if _PULL_QUOTE_HINT.search(_hints(el))]
    if doc.kind == "page":
        from newslint.document.story import story_blocks

        candidates = story_blocks(doc)
    else:
        candidates = _fragment_blocks(root)
    excluded = {*regions.skip_labels, *regions.banners, *regions.related, *regions.pull_quotes}
    excluded.update(link.element for link in regions.skip_links)
    found: list[tuple[Element, str]] = []
    for el in candidates:
        if el in excluded or any(anc in excluded for anc in el.iterancestors()):
            continue
        text = text_of(el)
        if not text.strip():
            continue
        if el.tag == "h1" and regions.headline is None:
            regions.headline = el
            continue
        found.append((el, text))
    known: dict[Element, Furniture] = dict.fromkeys(regions.related, "related")
    known.update(dict.fromkeys(regions.banners, "banner"))
    known.update(dict.fromkeys(regions.skip_labels, "skip-link"))
    if regions.headline is None and doc.kind == "page":
        regions.headline = _page_headline(root)
    own = pack.patterns("byline") + pack.patterns("credit")
    found, regions.furniture_reader = read_furniture(found, known, regions.headline, own, doc.kind == "fragment")
    blocks = [Block(el, text, _role(el)) for el, text in found]
    _find_byline(marks, pack, regions, blocks)
    _find_dateline(pack, regions, blocks)
    _find_credit(pack, regions, blocks)
    regions.blocks = blocks
    return regions


# Embedded posts: a tweet, an Instagram, TikTok or Facebook post, set in the page with their own words.
_EMBED_HINT = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|fb-post|social-?embed|embed-?(?:post|social)", re.I
)


def embedded_post(el: Element) -> bool:
    """Whether an element is inside (or is) an embedded social post: someone else's words, not to be edited."""
    return any(
        _EMBED_HINT.search(_hints(node)) for node in (el, *el.iterancestors()) if node.get("class") or node.get("id")
    )


def _hints(el: Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _role(el: Element) -> str:
    if el.tag in HEADING_TAGS:
        return "heading"
    if el.tag == "li":
        return "list-item"
    if el.tag == "blockquote":
        return "quote"
    return "paragraph"


def _label_short_texts(texts: list[tuple[Element, str]], pack: BoilerplatePack, regions: Regions) -> None:
    """Banners, skip-link labels and related-content labels: short texts that match the pack."""
    banner = pack.patterns("banner")
    skip = pack.patterns("skip-link")
    labels = pack.any_pattern("skip-link", "banner", "related")  # any of them: one match
    for parent, text in texts:
        if not labels.match(text):
            continue
        if squash(text_of(parent)) != squash(text):
            continue  # the label is only part of its element's text
        if _matches(text, skip):
            if parent.tag != "a":
                regions.skip_labels.append(parent)
        elif _matches(text, banner):
            if _is_banner(parent):
                regions.banners.append(_banner_container(parent))
        else:
            regions.related.append(_related_container(parent))


def _matches(text: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    return any(p.match(text) for p in patterns)


def _is_banner(el: Element) -> bool:
    """A banner label stands alone; the same words as a menu entry are navigation."""
    for anc in (el, *el.iterancestors()):
        if anc.tag in ("nav", "li", "a", "option", "button", "label", "title"):
            return False
        if anc.tag in ("body", "main", "article"):
            break
    return True


def _banner_container(el: Element) -> Element:
    """Widen a banner label to its banner or ticker element when the markup says so."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "main", "article"):
            break
        if _BANNER_HINT.search(_hints(anc)) or anc.get("role") in ("alert", "status", "marquee"):
            return anc
    return el


def _related_container(el: Element) -> Element:
    """A related-content label heads a list of links: take the label's section when it is small."""
    parent = el.getparent()
    if parent is not None and parent.tag not in ("body", "main", "article") and len(parent) <= 3:
        links = parent.xpath(".//a")
        if links and len(squash(text_of(parent))) < 600:
            return parent
    return el


def _find_skip_links(doc: Document, pack: BoilerplatePack, regions: Regions) -> None:
    patterns = pack.patterns("skip-link")
    ids: set[str | None] | None = None
    hrefs = doc.attribute("href")
    for a in doc.tagged("a"):
        if not hrefs.get(a, "").lstrip(_XML_SPACE).startswith("#"):
            continue
        text = squash(text_of(a)) or squash(a.get("aria-label", "") or a.get("title", ""))
        if not _matches(text, patterns):
            continue
        if ids is None:
            ids = set(doc.attribute("id").values())
            ids.update(el.get("name") for el in doc.carrying("name") if el.tag == "a")
        href = a.get("href", "").strip()
        target = href[1:]
        regions.skip_links.append(SkipLink(a, text, href, target in ids or target in ("", "top")))


def _fragment_blocks(root: Element) -> list[Element]:
    """In a CMS body every outermost block element is part of the story."""
    body = root.find("body")
    if body is None:
        return []
    found: list[Element] = []
    for el in body.iter(*BLOCK_TAGS):
        if el.tag in ("figcaption", "td") or _inside(el, found):
            continue
        if inside(el, *_NOT_PROSE_ANCESTORS):
            continue
        found.append(el)
    if not found:  # plain text or divs only: each element that holds text directly
        found = [el for el in body.iter() if isinstance(el.tag, str) and (el.text or "").strip()]
    return found


def _inside(el: Element, found: list[Element]) -> bool:
    if not found:
        return False
    last = found[-1]
    return any(anc is last for anc in el.iterancestors())


def _page_headline(root: Element) -> Element | None:
    for path in ("//main//h1", "//article//h1", "//h1"):
        found = root.xpath(path)
        if isinstance(found, list) and found and isinstance(found[0], etree._Element):
            return found[0]
    return None


def _find_byline(marks: _Marks, pack: BoilerplatePack, regions: Regions, blocks: list[Block]) -> None:
    for i, block in enumerate(blocks[:3]):
        text = block.text.strip()
        if len(text) < 120 and _matches(text, pack.patterns("byline")):
            regions.byline = block.element
            del blocks[i]
            return
    for candidates, limit in ((marks.authors, 200), (marks.author_classes, 120)):
        for el in candidates:
            if 0 < len(squash(text_of(el))) < limit:
                regions.byline = el
                return


def _find_dateline(pack: BoilerplatePack, regions: Regions, blocks: list[Block]) -> None:
    for block in blocks[:2]:
        if block.role != "paragraph":
            continue
        lead = len(block.text) - len(block.text.lstrip())
        for pattern in pack.patterns("dateline"):
            m = pattern.match(block.text, lead)
            if m:
                block.start = m.end()
                regions.dateline = (block, m.end())
                return


def _find_credit(pack: BoilerplatePack, regions: Regions, blocks: list[Block]) -> None:
    """The credit line closes the story: one of its last blocks, or the end of its last paragraph."""
    patterns = pack.patterns("credit")
    for i in range(len(blocks) - 1, max(len(blocks) - 4, -1), -1):
        block = blocks[i]
        text = block.text.strip()
        if len(text) < 200 and _matches(text, patterns):
            regions.credit = Credit(block, 0, inline=False)
            del blocks[i]
            return
    if blocks:
        last = blocks[-1]
        for m in _SENTENCE_END.finditer(last.text):
            tail = last.text[m.end() :]
            if len(tail) < 200 and _matches(tail, patterns):
                regions.credit = Credit(last, m.end(), inline=True)
                last.end = m.end()
                return
