"""Page furniture among the story's paragraphs: credits, share bars, advert labels, related links, promos.

Templates and CMS imports leave furniture between a story's paragraphs, after its last one, and
inside them (a photo box in a paragraph of text, a stock-quote chip in a sentence). It is told:

- by markup first: a class or id hint (``share``, ``related``, ``newsletter``, ``gallery``,
  ``ad-slot``, ``credit``, ``caption``, ``tags``…) on the element or on what holds its text, and
  the elements that mark furniture (``aside``, ``figure``, ``figcaption``, an embedded post, a form);
- by shape: a line of links under a short label ("Tags: a, b", "READ MORE: * …"), a box of
  links with headline-like text;
- by wording last: the ``leak`` entries of ``rules/packs/defects.yaml``, each naming its furniture.

Furniture leaves the story's blocks (inside a paragraph its text is blanked, so offsets hold) and
is kept with its kind. It is "in the story" when it sits in the story's run of paragraphs: among
the children of an element that holds the story's paragraphs, between two of them or next to the
first or last with nothing but furniture in between, or inside a paragraph. Furniture already
marked up as what it is (in an ``aside``, a ``figure``, a ``nav``, a ``footer``, an embedded post) is
known, not a leak.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from lxml import etree

from newslint.config.packs import DefectsPack, Furniture, load_typed_pack
from newslint.config.patterns import compile_led
from newslint.document.tree import SKIPPED_TEXT, Element, text_of, text_ranges

# Class and id hints, in lower case; a group's name is the kind (with "_" for "-").
_HINT = compile_led(
    r"(?P<quote_chip>qt-chip|quote-?chip|quote-?peek)"
    r"|(?P<credit>credit|photo-?source|image-?source)"
    r"|(?P<caption>caption|cutline)"
    r"|(?P<share>shar(?:e|ing)(?!d?-?(?:point|holder|price))|social|addthis|sharedaddy)"
    r"|(?P<newsletter>newsletter|sign-?up|subscri)"
    r"|(?P<related>related|recirc|read-?more|read-?next|also-?read|more-?stories|more-?from|most-?(?:read|popular|viewed)"
    r"|trending|outbrain|taboola|teaser|promo)"
    r"|(?P<appeal>donat|membership)"
    r"|(?P<promo>(?<![a-z])cta(?![a-z])|call-?to-?action)"
    r"|(?P<tags>(?<![a-z])tags?(?![a-z])|tag-?list|keywords)"
    r"|(?P<gallery>gallery|slideshow|carousel|(?<![a-z])video(?![a-z])|video-?player|jwplayer|brightcove)"
    r"|(?P<advert>(?<![a-z])ads?(?![a-z])|advert|ad-?slot|adspot|ad-?container|ad-?unit|adthrive|gpt-ad|dfp|inline-?ad"
    r"|adsbygoogle|sponsor)"
)
# Kinds a hint names outright; other hints ("related", "credit"…) on a box that holds a photo make it a photo box.
_DEFINITE = frozenset({"quote-chip", "share", "newsletter", "appeal", "tags", "gallery", "advert", "embed"})
# Embedded posts: someone else's words set in the page with their own markup (see regions.embedded_post).
_EMBED = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|fb-post|social-?(?:media-?)?embed|embed-?(?:post|social)|tweet-?embed"
)
_MARKED_TAGS = frozenset({"aside", "figure", "figcaption", "nav", "footer"})
_MARKED_ROLES = frozenset({"complementary", "figure", "navigation", "contentinfo"})  # the same, by role
_FORM_TAGS = ("form", "input", "select", "textarea")
_EMBED_TAGS = ("iframe", "object", "embed", "video", "audio")
# A short label before links: "Tags:", "READ MORE:", "Related Roundup:". Not a source line or a note.
_LABEL = re.compile(r"\W*([^\W\d][^:.!?]{0,30}):\s*(\S.*)", re.S)
_NOT_LETTERS = re.compile(r"[\W_]+")
_NOT_LABELS = re.compile(r"(?:sources?|via|notes?|editor'?s note|update[ds]?|correction|clarification)\Z", re.I)
_MAX_WORDING = 500  # characters: longer text is not a label, a credit or a promo
_MAX_BLOCK = 3 * _MAX_WORDING  # characters of a block's text (spaces and all) worth reading for furniture
_MAX_LABEL_AT = 40  # characters before the colon that ends a label ("Tags:", "Related Roundup:")
_MAX_FORM_LINE = 300  # characters: a line of a sign-up form is short
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ITEMS = frozenset({"li", "dt", "dd", "tr", "td", "th"})
_GRIDS = frozenset({"table", "tbody", "tr", "td", "th", "ul", "ol", "dl", "li"})
# Where inline elements meet, a space only between two letters or digits ("traffic""new york", not "Guide"",").
_EDGE = "\x00"
_WORD_EDGE = re.compile(r"(?<=\w)\x00+(?=\w)")
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var".split()
)
# The kinds of furniture whose label opens a box: "Related", "Subscribe to …", "Sign up for our newsletters".
_OPENERS = frozenset({"related", "newsletter", "appeal", "gallery", "form", "share", "links"})
_MAX_BOXED = 600  # characters of story-like lines a box of furniture may hold
_MIN_HELD = 200  # characters of story paragraphs an element must hold for its children to be the story's run
_MAX_LABEL = 100  # characters of a paragraph that introduces the furniture after it
_MAX_CAPTION = 500  # characters of text beside a photo that make a caption
_MAX_EMBED_LINK = 200  # characters of the link an embedded document falls back to
# An author's box (name, photo, bio, links) belongs to the byline, not to the furniture.
_AUTHOR = re.compile(r"author|byline|writer|contributor|profile|(?<![a-z])bio(?![a-z])")
_ICON = 100  # pixels: an image drawn this small is an icon or an avatar, not a photo
_MAX_BOX = 3000  # characters: a sibling holding more is not one piece of furniture
_MAX_SOURCE = 3 * _MAX_BOX  # characters of text (spaces and all) read from a sibling before giving it up
_ALL_LINK = 0.95  # the share of a paragraph's text its one link holds when the paragraph is a teaser
_MOST = 0.6  # the share of an element's text that its furniture parts must hold to make it furniture


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of page furniture: its element, what it is, and where it sits."""

    element: Element
    kind: Furniture
    marked: bool  # marked up as what it is (inside an aside, a figure, a nav, a footer, an embedded post)
    in_story: bool  # among the story's paragraphs or inside one


@cache
def _wording() -> tuple[re.Pattern[str], tuple[Furniture, ...]]:
    """One pattern for every kind the pack words (group ``k<i>`` for the i-th kind), tried in pack order."""
    kinds = load_typed_pack("defects", DefectsPack).furniture
    pattern = re.compile("|".join(f"(?P<k{i}>{source})" for i, (_, source) in enumerate(kinds)))
    return pattern, tuple(kind for kind, _ in kinds)


def _squash(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def _hint_kind(hint: str) -> Furniture | None:
    folded = hint.lower()
    if _EMBED.search(folded):
        return "embed"
    m = _HINT.search(folded)
    return m.lastgroup.replace("_", "-") if m and m.lastgroup else None  # type: ignore[return-value]


def hint_kind(el: Element) -> Furniture | None:
    """The furniture an element's class or id names, if any."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return None
    return _hint_kind(f"{cls or ''} {ident or ''}")


def wording_kind(text: str) -> Furniture | None:
    """The furniture a text is by its words (the whole text, squashed), if any."""
    if not text or len(text) > _MAX_WORDING:
        return None
    pattern, kinds = _wording()
    m = pattern.match(text)
    kind = kinds[int(m.lastgroup[1:])] if m and m.lastgroup else None
    return kind if kind == "advert" or not text.endswith(":") else None  # "Read more:" may lead into prose


def _link_chars(el: Element) -> int:
    return sum(len(_squash(text_of(a))) for a in el.iter("a"))


def _labelled_links(el: Element, text: str) -> Furniture | None:
    """A line of links under a short label: "Tags: a, b, c", "READ MORE: * one * two"."""
    m = _LABEL.match(text)
    if m is None or len(m.group(1).split()) > 4 or _NOT_LABELS.match(m.group(1).strip()):
        return None
    rest = _letters(m.group(2))
    links = _letters("".join(text_of(a) for a in el.iter("a")))
    if not rest or len(links) < 0.8 * len(rest):
        return None
    return wording_kind(m.group(1) + ": x")  # "Tags:", "READ MORE:"; not a reference's "Title: subtitle"


def _hidden(el: Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def marked(el: Element, stop: Element | None = None) -> bool:
    """Inside (or being) an aside, a figure, a figcaption, a nav, a footer (by tag or by role) or an
    embedded post, below ``stop``."""
    for node in (el, *el.iterancestors()):
        if node is stop:
            return False
        if node.tag in _MARKED_TAGS or ((node.get("class") or node.get("id")) and hint_kind(node) == "embed"):
            return True
        role = node.get("role")
        if role and role.split(None, 1)[0].lower() in _MARKED_ROLES:
            return True
    return False


class _Reader:
    """Classifies the elements around and inside the story's blocks."""

    def __init__(
        self, known: dict[Element, Furniture], headline: Element | None, own: tuple[re.Pattern[str], ...]
    ) -> None:
        self.known = known  # labels the regions found (related links, banners, skip links)
        self.headline = headline
        self.own = own  # the story's own lines that templates also mark up: bylines, wire credits
        self.forms: dict[Element, bool] = {}
        self.story_chars = 0  # characters of the story's candidate blocks

    def _owned(self, text: str) -> bool:
        return any(p.match(text) for p in self.own)

    def block(self, el: Element, text: str) -> Furniture | None:
        """A block of the story that is furniture: by its hint, its words or its shape."""
        kind = self.known.get(el) or hint_kind(el)
        if kind == "embed" or len(text) > _MAX_BLOCK:
            return None
        squashed = _squash(text)
        if kind is None:
            kind = wording_kind(squashed)
        if kind is None and ":" in squashed[:_MAX_LABEL_AT] and el.find(".//a") is not None:
            kind = _labelled_links(el, squashed)
        if kind is None and len(squashed) < _MAX_FORM_LINE and self._in_form(el):
            kind = "form"
        if kind is None or (el in self.known and squashed.endswith(":")) or self._owned(squashed):
            return None  # "Read more:" over prose, a byline or a wire credit: the story's own
        return kind

    def inner(self, el: Element, text: str) -> list[tuple[Element, Furniture]]:
        """Furniture inside a block by its markup: a photo box, a credit, a quote chip; each under most of its text."""
        found: list[tuple[Element, Furniture]] = []
        stack = list(el.iterchildren(etree.Element))
        limit = -1.0
        while stack:
            node = stack.pop()
            if node.tag in SKIPPED_TEXT:
                continue
            kind = "caption" if node.tag in ("figure", "figcaption") else hint_kind(node)
            if kind is None and node.tag in _MARKED_TAGS:
                kind = "links"  # an aside, a nav or a footer set inside a paragraph
            if kind == "embed" or (node.tag == "a" and kind != "quote-chip"):
                kind = None  # a link in a sentence is its words, whatever it is marked as (an "auto-tag")
            if kind is not None:
                inner = words(node)
                if limit < 0:
                    limit = _MOST * len(_squash(text))
                if inner and len(inner) < limit and not self._owned(inner):
                    found.append((node, kind))
                    continue
            stack.extend(node.iterchildren(etree.Element))
        return found

    def _in_form(self, el: Element) -> bool:
        """Inside a small form (a sign-up box), not a form that wraps the page (ASP.NET's) or the story."""
        form = next(el.iterancestors("form"), None)
        if form is None:
            return False
        small = self.forms.get(form)
        if small is None:
            chars = len(text_of(form))
            small = self.forms[form] = chars <= _MAX_BOX and chars < self.story_chars / 2
        return small

    def sibling(self, el: Element, text: str, between: bool) -> tuple[Furniture, bool] | None:
        """A sibling of the story's paragraphs (its words ``text``) that is furniture, and whether it is
        marked up as such; ``between``: it stands between two of them."""
        if el in self.known and not text.endswith(":"):  # "Read more:" over prose is left alone
            return self.known[el], marked(el)
        if len(text) > _MAX_BOX:
            return None
        hinted = hint_kind(el) or self._held(el, len(text))
        kind = hinted if hinted in _DEFINITE else None
        if kind is None and self._heads_or_signs(el):
            return None
        kind = kind or wording_kind(text) or _advert_label(el) or _form(el)
        kind = kind or (hinted if hinted == "promo" else _photo(el, text))
        kind = kind or hinted or _shape(el, text, between)
        if kind is None or self._owned(text):
            return None
        return kind, hinted == "embed" or marked(el) or _all_marked(el, len(text))

    def _heads_or_signs(self, el: Element) -> bool:
        """The story's own header (its headline) or an author's box: never furniture."""
        for node in el.iter(etree.Element):
            if node.tag == "header" or node is self.headline:
                return True
            hint = node.get("class") or node.get("id")
            if hint and _AUTHOR.search(hint.lower()):
                return True
        return False

    def _held(self, el: Element, chars: int) -> Furniture | None:
        """The kind of the hinted elements inside ``el`` that hold most of its text."""
        kinds: Counter[Furniture] = Counter()
        stack = list(el.iterchildren(etree.Element))
        while stack:
            node = stack.pop()
            if node.tag in SKIPPED_TEXT:
                continue
            kind = self.known.get(node) or hint_kind(node)
            if kind is None:
                stack.extend(node.iterchildren(etree.Element))
                continue
            kinds[kind] += len(words(node))
        if not kinds:
            return None
        kind, held = kinds.most_common(1)[0]
        return kind if sum(kinds.values()) >= _MOST * chars and held else None


def _advert_label(el: Element) -> Furniture | None:
    """An advert slot's box, by the label its first words are ("ADVERTISING", then the ad network's credit)."""
    for node in el.iter(etree.Element):
        if node.tag in SKIPPED_TEXT:
            continue
        if node.text and not node.text.isspace():
            return "advert" if wording_kind(_squash(node.text)) == "advert" else None
    return None


def _photo(el: Element, text: str) -> Furniture | None:
    """A box that holds a photo and a few words of text that are not links: its caption and credit."""
    if el.tag in _GRIDS or len(text) > _MAX_CAPTION or not any(_drawn_large(i) for i in el.iter("img", "picture")):
        return None
    return "caption" if _link_chars(el) < 0.5 * len(text) else None


def _drawn_large(img: Element) -> bool:
    for size in (img.get("width"), img.get("height")):
        if size and size.strip().isdigit() and int(size) <= _ICON:
            return False
    return True


def _form(el: Element) -> Furniture | None:
    return "form" if el.tag in _FORM_TAGS or next(el.iter(*_FORM_TAGS), None) is not None else None


def _shape(el: Element, text: str, between: bool) -> Furniture | None:
    """A line of links under a short label; between paragraphs, a box of headline links."""
    if el.find(".//a") is None:
        return None
    labelled = _labelled_links(el, text)
    if labelled is not None:
        return labelled
    anchors = list(el.iter("a"))
    links = [words(a) for a in anchors]
    if sum(map(len, links)) < 0.8 * len(text):
        return None
    if _contents(anchors):
        return None  # a table of contents: links into the page itself
    if el.tag == "p" and len(text) <= _MAX_EMBED_LINK and next(el.iter(*_EMBED_TAGS), None) is not None:
        return "embed"  # the fallback link of an embedded document or player
    if not between or el.tag in _ITEMS or el.tag in _HEADINGS:
        return None  # a list item or a linked subhead: the story's own
    if el.tag == "p" and (len(links) > 1 or len(_letters(links[0])) < _ALL_LINK * len(_letters(text))):
        return None  # a sentence with a link in it, a paragraph of linked names
    if any(a.tag in _ITEMS for a in el.iterancestors()):
        return None  # a linked line in a table cell or a list item is the table's
    return "links" if any(len(t.split()) >= 4 for t in links) else None


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text)


def _contents(anchors: list[Element]) -> bool:
    """Links into one page: "#first", or the page's own address with a fragment each."""
    hrefs = [(a.get("href") or "").strip() for a in anchors]
    if sum(h.startswith("#") for h in hrefs) * 2 >= len(hrefs):
        return True
    return len(hrefs) > 1 and all("#" in h for h in hrefs) and len({h.split("#")[0] for h in hrefs}) == 1


def _all_marked(el: Element, chars: int) -> bool:
    """Whether all the text of ``el`` is inside the asides, figures and figcaptions it holds."""
    held = 0
    for node in el.iter(*_MARKED_TAGS):
        parent = node.getparent()
        if parent is not None and not marked(parent, el):  # the outermost ones only
            held += len(words(node))
    return held >= chars


def words(el: Element, limit: int = 0) -> str:
    """The visible text of an element, squashed, with a space where blocks meet ("Share" "Tweet": "Share Tweet");
    with a ``limit``, "" for an element whose source text runs past that many characters (it is not read)."""
    parts: list[str] = []
    if _visible_text(el, el, parts, 0, limit) < 0:
        return ""
    return " ".join(_WORD_EDGE.sub(" ", "".join(parts)).replace(_EDGE, "").split())


def _visible_text(node: Element, top: Element, parts: list[str], size: int, limit: int) -> int:
    """Add the visible text of ``node`` (inside ``top``) to ``parts``: the characters of source text read
    so far, or -1 once they run past ``limit``."""
    if node.tag in SKIPPED_TEXT or not isinstance(node.tag, str) or (node is not top and _hidden(node)):
        return size
    edge = " " if node.tag not in _INLINE else _EDGE
    text = node.text or ""
    parts.extend((edge, text))
    size += len(text)
    for child in node:
        size = _visible_text(child, top, parts, size, limit)
        if size < 0:
            return size
        tail = child.tail or ""
        parts.append(tail)
        size += len(tail)
    parts.append(edge)
    return size if not limit or size <= limit else -1


def _text_spans(el: Element, targets: set[Element]) -> list[tuple[Element, int, int]]:
    """Where the text of each target (an element inside ``el``) lies in ``text_of(el)``, outermost only."""
    found = text_ranges(el, targets.__contains__)
    return [f for f in found if not any(o is not f and o[1] <= f[1] and f[2] <= o[2] for o in found)]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by spaces: offsets into it stay those of the element's text."""
    parts = list(text)
    for start, end in spans:
        parts[start:end] = " " * (end - start)
    return "".join(parts)


def read_furniture(
    blocks: list[tuple[Element, str]],
    known: dict[Element, Furniture],
    headline: Element | None = None,
    own: tuple[re.Pattern[str], ...] = (),
    whole: bool = False,
) -> tuple[list[tuple[Element, str]], Callable[[], list[Piece]]]:
    """Split the story's blocks (element, text) into story and furniture: the blocks left, with the
    text of furniture inside them blanked, and what gives every piece found (read when first asked
    for: the furniture between and around the blocks takes a walk that only some rules need).
    ``known``: furniture the regions found by its label; ``headline``: the story's, which furniture
    never holds; ``own``: patterns of the story's own lines (a byline, a wire credit) that templates
    mark up like furniture; ``whole``: the blocks are all there is (a CMS body), so furniture
    anywhere among them is in the story."""
    reader = _Reader(known, headline, own)
    reader.story_chars = sum(len(text) for _, text in blocks)
    pieces: dict[Element, Piece] = {}
    story: list[tuple[Element, str]] = []
    for el, text in blocks:
        kind = reader.block(el, text)
        if kind is None:
            story.append((el, text))
        else:
            pieces[el] = Piece(el, kind, marked(el), False)
    run = _Run(story, pieces, reader, whole)
    story = [(el, text) for el, text in story if el not in run.boxed]
    if any(text.rstrip().endswith(":") for _, text in story):  # a label joins the piece after it: read them now
        run.read_siblings()
        story = [(el, text) for el, text in story if not _label_of(el, text, pieces)]
    inside: dict[Element, Piece] = {}
    kept: list[tuple[Element, str]] = []
    for el, text in story:
        inner = reader.inner(el, text)
        if inner:
            kinds = dict(inner)
            spans = _text_spans(el, set(kinds))
            text = blank(text, [(s, e) for _, s, e in spans])
            in_story = el.getparent() in run.parents or len(text.strip()) >= _MIN_HELD
            for node, _, _ in spans:
                inside[node] = Piece(node, kinds[node], marked(node, el), in_story)
        kept.append((el, text))

    def every_piece() -> list[Piece]:
        run.read_siblings()
        return [*pieces.values(), *inside.values()]

    return kept, every_piece


def _label_of(el: Element, text: str, pieces: dict[Element, Piece]) -> bool:
    """A short paragraph ending in a colon that introduces the piece of furniture after it
    ("READ the full remarks:" over an embedded document) is part of it: it joins ``pieces``."""
    if not text.rstrip().endswith(":") or len(label := _squash(text)) > _MAX_LABEL:
        return False
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    piece = pieces.get(after) if after is not None else None
    if piece is None or not piece.in_story or piece.marked:
        return False
    if piece.kind != "embed" and wording_kind(label.rstrip(":")) is None:
        return False  # "The five chosen are:" over a gallery introduces the list after it, not the gallery
    pieces[el] = Piece(el, piece.kind, False, True)
    return True


class _Run:
    """The story's run of paragraphs: the elements that hold it, the boxes of furniture among them,
    and (read on demand) the furniture between and around its paragraphs."""

    def __init__(
        self, story: list[tuple[Element, str]], pieces: dict[Element, Piece], reader: _Reader, whole: bool
    ) -> None:
        self.pieces, self.reader, self.whole, self.read = pieces, reader, whole, False
        chars = {el: len(text.strip()) for el, text in story}
        parents, holders = _holders(chars)
        self.boxed: set[Element] = set()
        for parent in parents:
            for child in parent.iterchildren(etree.Element):
                if child in holders and (kind := _box(child, chars, pieces)) is not None:
                    inside = [el for el in child.iter(etree.Element) if el in chars or el in pieces]
                    self.boxed.update(el for el in inside if el in chars)
                    for el in inside:
                        pieces.pop(el, None)
                    pieces[child] = Piece(child, kind, marked(child), True)
        if self.boxed:
            chars = {el: n for el, n in chars.items() if el not in self.boxed}
            parents, holders = _holders(chars)
        self.chars, self.parents, self.holders = chars, parents, holders

    def read_siblings(self) -> None:
        """Add the furniture among the children of each element that holds the story's paragraphs
        (between two of its story children, or past the first or last with only furniture or nothing
        in between; ``whole``: anywhere among them) to the pieces, in the story."""
        if self.read:
            return
        self.read = True
        chars, holders, pieces, reader = self.chars, self.holders, self.pieces, self.reader
        found: list[Element] = []
        for parent in self.parents:
            children = list(parent.iterchildren(etree.Element))
            at = [i for i, c in enumerate(children) if c in chars or c in holders]
            first, last = at[0], at[-1]
            for i in range(first + 1, last):
                found += _piece(children[i], True, chars, holders, pieces, reader) or []
            for order in (children[last + 1 :], children[:first][::-1]):
                for child in order:
                    got = _piece(child, False, chars, holders, pieces, reader)
                    if got is None and not self.whole:
                        break
                    found += got or []
        for el in found:
            piece = pieces[el]
            pieces[el] = Piece(el, piece.kind, piece.marked, True)


def _holders(chars: dict[Element, int]) -> tuple[set[Element], set[Element]]:
    """The elements whose children are the story's run (they hold its paragraphs, not a box of a
    few short lines such as a sign-in form), and every ancestor of a story block."""
    total = sum(chars.values()) or 1
    held: Counter[Element] = Counter()
    count: Counter[Element] = Counter()
    holders: set[Element] = set()
    for el, n in chars.items():
        parent = el.getparent()
        if parent is not None and el.tag not in _HEADINGS:
            held[parent] += n
            count[parent] += 1
        holders.update(el.iterancestors())
    parents = {p for p in held if held[p] >= _MIN_HELD and (count[p] >= 2 or held[p] >= 0.25 * total)}
    return parents, holders


def _box(el: Element, chars: dict[Element, int], pieces: dict[Element, Piece]) -> Furniture | None:
    """A box among the story's paragraphs that opens with furniture ("Subscribe to …", "Related")
    and holds a few short lines: a promo or a list of links, whatever its lines read like."""
    first = next((e for e in el.iter(etree.Element) if e in chars or e in pieces), None)
    piece = pieces.get(first) if first is not None else None
    if piece is None or piece.marked or piece.kind not in _OPENERS or len(words(piece.element)) > _MAX_LABEL:
        return None
    held = 0
    for e in el.iter(etree.Element):
        held += chars.get(e, 0)
        if held > _MAX_BOXED:
            return None
    return piece.kind


def _piece(
    el: Element,
    between: bool,
    story: dict[Element, int],
    holders: set[Element],
    pieces: dict[Element, Piece],
    reader: _Reader,
) -> list[Element] | None:
    """The furniture one child is ([] when it holds no text), or None when it is something else."""
    if el in story or el in holders:
        return None
    if el in pieces:
        return [el]
    if el.tag in SKIPPED_TEXT or _hidden(el):
        return []
    text = words(el, _MAX_SOURCE)
    if not text:
        return [] if not text_of(el).strip() else None  # nothing to read, or too much to be one piece
    got = reader.sibling(el, text, between)
    if got is None:
        return None
    pieces[el] = Piece(el, got[0], got[1], True)
    return [el]
