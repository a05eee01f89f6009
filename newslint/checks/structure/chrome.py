"""NL503: page furniture (credits, share bars, related links, promos) between the story's paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from newslint.checks.rule import Finding, Rule
from newslint.config.packs import Furniture
from newslint.document.furniture import Piece, words
from newslint.document.model import Document
from newslint.document.tree import Element, text_of
from newslint.lib.aria.semantics import hidden_from_everyone
from newslint.lib.settings import Settings

# What each kind of furniture is called, and the markup that says what it is.
_WHAT: dict[Furniture, tuple[str, str]] = {
    "skip-link": ("a skip-link label", "the page's header"),
    "banner": ("a breaking-news banner", "the page's header"),
    "advert": ("an advert label", "an <aside>"),
    "share": ("a share bar", "an <aside>"),
    "cookie": ("a cookie notice", "a dialog outside the story"),
    "related": ("a related-stories box", "an <aside>"),
    "newsletter": ("a newsletter or subscription promo", "an <aside>"),
    "appeal": ("a subscription, donation or membership appeal", "an <aside>"),
    "promo": ("a promo", "an <aside>"),
    "contact": ("a call for tips or follows", "an <aside>"),
    "credit": ("a photo credit", "a <figcaption> in the photo's <figure>"),
    "caption": ("a photo caption", "a <figcaption> in the photo's <figure>"),
    "tags": ("a tag list", "a <nav> or <footer> of the article"),
    "embed": ("an embed's fallback text", "the embed's own markup"),
    "gallery": ("a gallery or video widget", "a <figure> or an <aside>"),
    "quote-chip": ("a stock-quote chip", "an element the story's text leaves out"),
    "form": ("a form", "an <aside>"),
    "links": ("a box of links to other pages", "an <aside>"),
}
# What interrupts a reader of a page when it stands between two of the story's paragraphs. Not
# reported on pages: the labels of advert slots and quote chips (the site's standard slots, apart
# to the eye) and captions, galleries and players (the story's own media, placed by the newsroom).
_INTERRUPTS: frozenset[Furniture] = frozenset(_WHAT) - {"advert", "quote-chip", "caption", "gallery"}
_SENTENCE_WORDS = 8  # a paragraph of the story's prose, not a tagline or a button's label
_EXCERPT = 120  # characters of a long piece's text that the finding spans
_LISTED = 20  # lines of the other pieces of a kind that a finding names


class BoilerplateInStory(Rule):
    """Page furniture sits among the story's paragraphs as if it were prose: a credit, a share bar, a promo.

    **Why**: templates and CMS imports leave furniture in the story body: advert labels, share
    buttons, "Related" and "READ MORE:" link boxes, newsletter and donation promos, photo and
    agency credits ("Image: …", "US Navy / Getty Images"), tag lists, gallery controls, the
    fallback text of embeds, stock-quote chips in a sentence. Set as paragraphs, they are
    syndicated with the story, read aloud by screen readers as part of it and indexed as if they
    were reporting.

    Furniture is told by its markup first (class and id hints such as ``share``, ``related``,
    ``newsletter``, ``gallery``, ``ad-slot``, ``credit``), then by its shape (a short label over a
    line of links, a box of headline links, a form), then by its words. Furniture already marked up
    as what it is (an ``<aside>``, a ``<figure>`` and its ``<figcaption>``, a ``<nav>``, or the same
    by ``role``: a table of contents with ``role="navigation"``; an embedded post) is left alone;
    so is furniture outside the story's run of paragraphs, and furniture before its first
    paragraph or after its last (a share bar, a tag line, a tip line closing the story), which a
    reader sees apart from it. The story's paragraphs around a piece must be of one kind
    (the same tag, in the same kind of container): a teaser or a comment prompt of another module
    after the story's last paragraph does not put the furniture before it inside the story. The
    labels of advert slots (a box that opens with "ADVERTISING", whatever credit follows) and
    quote chips (the site's standard slots), captions, galleries and
    players (the story's own media) and buttons other than share buttons are known for what they
    are and not reported; nor is furniture no one sees.
    A body fragment is what the CMS stores and syndicates, so there every piece of furniture is a
    leak, at its edges too. One kind of furniture on a page is one finding, naming the lines of its
    other pieces: the template puts every photo credit or "Read more" box there, and one change
    mends them all.

    **Fix**: move the piece out of the story body, or mark it up as what it is (``<aside>``,
    ``<figcaption>``). Not applied automatically: the template may need the element.

    **References**: the ``leak`` entries of ``rules/packs/defects.yaml`` (the words of furniture).
    """

    code = "NL503"
    name = "boilerplate-in-story"
    summary = "Page furniture (a credit, a share bar, related links, a promo) sits among the story's paragraphs"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        prose = {
            b.element: start
            for b in doc.regions.prose
            if len(b.prose.split()) >= _SENTENCE_WORDS and (start := doc.element_start(b.element)) is not None
        }
        page = doc.kind == "page"  # a CMS body stores every line of it: there, furniture anywhere is a leak
        pieces = [p for p in doc.regions.furniture if p.in_story and not p.marked and (not page or _interrupts(p))]
        if pieces:
            hidden = hidden_from_everyone(doc)  # furniture no one sees is no leak
            pieces = [p for p in pieces if p.element not in hidden]
        pieces.sort(key=lambda p: doc.element_start(p.element) or 0)
        kinds = _paragraph_kinds(prose) if page else []
        by_kind: dict[Furniture, list[tuple[int, int]]] = {}
        first: dict[Furniture, tuple[tuple[int, int], str]] = {}
        for run in _runs(pieces):
            spans = [span for piece in run if (span := _first_words(doc, piece.element)) is not None]
            if not spans:
                continue
            by_kind.setdefault(run[0].kind, []).extend(spans)
            if run[0].kind not in first and (not page or _between(kinds, spans[0][0], spans[-1][0])):
                first[run[0].kind] = spans[0], words(run[0].element)
        for kind, (span, text) in first.items():
            yield self._finding(doc, kind, text, [span, *(s for s in by_kind[kind] if s != span)])

    def _finding(self, doc: Document, kind: Furniture, text: str, spans: list[tuple[int, int]]) -> Finding:
        """One finding for every piece of one kind on a page: the template puts it there each time."""
        what, markup = _WHAT[kind]
        shown = text if len(text) <= 60 else text[:57].rstrip() + "…"
        more = ""
        if len(spans) > 1:
            lines = [str(doc.position(s[0])[0]) for s in spans[1 : _LISTED + 1]]
            rest = f" and {len(spans) - 1 - _LISTED} more" if len(spans) - 1 > _LISTED else ""
            more = (
                f" ({len(spans) - 1} more on this page: line{'s' if len(spans) > 2 else ''} {', '.join(lines)}{rest})"
            )
        return self.finding(
            spans[0],
            f"'{shown}' is {what} inside the story{more}",
            f"Move it out of the story body, or mark it up as {markup}",
        )


def _interrupts(piece: Piece) -> bool:
    """Whether a piece of a page's furniture interrupts the story: an advert label does when it is set
    as one of the story's paragraphs, not when it labels the template's advert slot; a button ("Story
    continues", "Show more") is the story's own control, marked up as one, unless it shares the page."""
    if piece.kind != "share" and _a_button(piece.element):
        return False
    return piece.kind in _INTERRUPTS or (piece.kind == "advert" and piece.element.tag == "p")


def _a_button(el: Element) -> bool:
    """Whether all the words of an element are a button's."""
    if el.tag == "button":
        return True
    buttons = el.findall(".//button")
    return bool(buttons) and " ".join(" ".join(words(b) for b in buttons).split()) == " ".join(words(el).split())


def _paragraph_kinds(prose: dict[Element, int]) -> list[list[int]]:
    """Where the story's paragraphs start, grouped by their kind: tag, and tag and class of what holds them."""
    kinds: dict[tuple[str, str, str], list[int]] = {}
    for el, start in prose.items():
        parent = el.getparent()
        key = (str(el.tag), str(parent.tag), parent.get("class") or "") if parent is not None else (str(el.tag), "", "")
        kinds.setdefault(key, []).append(start)
    return list(kinds.values())


def _between(kinds: list[list[int]], start: int, end: int) -> bool:
    """Whether paragraphs of one kind come before a piece and after it: furniture before the story's
    first paragraph or after its last is apart from the story to a reader's eye, and so is a block
    of another kind that the story reader took in after it (a teaser, a comment box's prompt)."""
    return any(min(starts) < start and max(starts) > end for starts in kinds)


def _first_words(doc: Document, el: Element) -> tuple[int, int] | None:
    """The source span of the piece's first words: its text up to the first tag (or 120 characters)."""
    raw = text_of(el)
    begin = len(raw) - len(raw.lstrip())
    if begin == len(raw):
        return None
    end = len(raw.rstrip())
    runs = doc.text_runs(el)
    for (t, s, tlen, slen), (t2, s2, _, _) in pairwise(runs):
        if t + tlen > begin and s + slen != s2 and raw[t2:end].strip():
            end = len(raw[: t + tlen].rstrip())  # a tag comes next: the words stop here
            break
    if end - begin > _EXCERPT:
        cut = raw.rfind(" ", begin, begin + _EXCERPT)
        end = cut if cut > begin else begin + _EXCERPT
    return doc.text_span(el, begin, end)


def _runs(pieces: list[Piece]) -> Iterator[list[Piece]]:
    """Pieces in document order; a piece right after one like it (a repeated "Related article:"
    line: the same kind, tag and class, nothing but space between) joins its run."""
    run: list[Piece] = []
    for piece in pieces:
        last = run[-1] if run else None
        if last is not None and _alike(last, piece) and _next(last.element) is piece.element:
            run.append(piece)
            continue
        if run:
            yield run
        run = [piece]
    if run:
        yield run


def _alike(one: Piece, other: Piece) -> bool:
    a, b = one.element, other.element
    return one.kind == other.kind and a.tag == b.tag and a.get("class") == b.get("class")


def _next(el: Element) -> Element | None:
    """The next sibling element that holds text, when only space and empty elements come between."""
    node: Element | None = el
    while node is not None:
        if (node.tail or "").strip():
            return None
        node = node.getnext()
        if node is not None and isinstance(node.tag, str) and words(node):
            return node
    return None
