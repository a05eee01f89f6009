"""Who stands behind each figure of a story: a named source, a vague one, or nobody.

A figure is sourced when its sentence holds a source cue from the attribution pack ("…,
officials said", "according to the U.N.", "figures released by the ministry show"), when it
stands inside a quotation whose sentence names the speaker, or when its sentence plainly goes
on with the source of the sentence just before: the next sentence of the same paragraph, or,
across paragraphs, a ``continuation`` opening ("Another 12 were wounded.", "Of those, …") or a
quotation right after a sourced sentence. A source verb after an
``agentless`` word ("were reported killed", "an estimated 3,000") names nobody unless "by"
follows. A ``vague`` cue ("sources said") is a source no reader can check.

The story is read once per document (``doc.once``); every step is linear in its length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from newslint.config.packs import AttributionPack
from newslint.document.model import Document
from newslint.document.regions import Block
from newslint.document.sentences import Sentence
from newslint.document.tree import Element, text_of, text_ranges
from newslint.lib.accessibility.language import html_attribute, primary_subtag
from newslint.lib.attribution.figures import Figure, find_figures

Status = Literal["sourced", "vague", "agentless", "unsourced"]

_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)", re.S)
_BY = re.compile(r"\s+by\s")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_MIN_WORDS = 4
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b")
_COUNT_WORDS = """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety one dozens? hundreds?
    thousands? millions? billions? half thirds? quarters? scores""".split()


def _by_first_letter(words: list[str]) -> str:
    """The words as one alternation grouped by first letter ("t(?:wo|hree)"): the engine tries a few at each letter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MAY_COUNT = re.compile(rf"\d|\b(?:{_by_first_letter(_COUNT_WORDS)})\b", re.I)
_CLOSING = ' \t\n.,;:!?"”’)]'
# A subject that stands for a source named just before: "It expects …", "The bank said", "Officials …".
_REFERS_BACK = re.compile(
    r"(?:It|They|He|She|The (?:\w+ ){0,2}?(?:bank|fund|agency|ministry|group|company|firm|office|report|study|"
    r"survey|poll|organi[sz]ation|government|department|police|council|commission|authorit(?:y|ies))|"
    r"Officials|Authorities)\b"
)
_NOTE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3})\]")  # a citation in <sup>: [2], [a], [note 3]
_DATA_TAGS = frozenset({"table", "td", "th", "dl", "dd", "dt", "caption"})
# Text with a voice of its own: a quotation, an aside or a card, a caption, an embedded post.
_OTHER_VOICES = frozenset({"blockquote", "q", "aside", "figure", "figcaption", "iframe"})
_OTHER_VOICE_HINTS = re.compile(
    r"tweet|twitter|instagram|tiktok|facebook|social-?embed|embed-?(?:post|social)|pull-?quote|"
    r"related|teaser|promo|newsletter|card\b|caption",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure of the story and what stands behind it; offsets are in the block's text."""

    block: Block
    figure: Figure
    start: int
    end: int
    status: Status
    cue: str  # the vague or agentless words, where the status comes from them


@dataclass(frozen=True, slots=True)
class _Cues:
    named: bool
    vague: str | None
    agentless: str | None


def attribution(doc: Document, pack: AttributionPack) -> list[Claim]:
    """The claims of a document's story, computed once."""
    return doc.once(_attribution, pack)


def _attribution(doc: Document, pack: AttributionPack) -> list[Claim]:
    page_language = primary_subtag((html_attribute(doc, "lang") or "") if doc.kind == "page" else "")
    voices = _Voices()
    blocks = [b for b in doc.regions.prose if _is_prose(b, page_language or pack.language, pack.language, voices)]
    return read_story(blocks, pack)


def _is_prose(block: Block, page_language: str, language: str, voices: _Voices) -> bool:
    """Whether a block is the story's own running text in the pack's language: not a table cell or a
    definition list, not a quotation, a pull quote, an embedded post, a caption or a card."""
    el = block.element
    if block.role == "quote" or not voices.own(el):
        return False
    if len(el) and next(el.iterdescendants("table", "dl"), None) is not None:
        return False
    return primary_subtag(voices.language(el) or page_language) == language


class _Voices:
    """Per element, whether it and its ancestors are the story's own voice, and its declared language;
    remembered, since the blocks of a story share their ancestors."""

    def __init__(self) -> None:
        self._own: dict[Element, bool] = {}
        self._language: dict[Element, str | None] = {}

    def own(self, el: Element) -> bool:
        found = self._own.get(el)
        if found is None:
            parent = el.getparent()
            found = self._own[el] = not _other_voice(el) and (parent is None or self.own(parent))
        return found

    def language(self, el: Element) -> str | None:
        if el in self._language:
            return self._language[el]
        parent = el.getparent()
        found = self._language[el] = el.get("lang") or (None if parent is None else self.language(parent))
        return found


def _other_voice(node: Element) -> bool:
    if node.tag in _DATA_TAGS or node.tag in _OTHER_VOICES:
        return True
    hints = f"{node.get('class', '')} {node.get('id', '')}"
    return bool(hints.strip() and _OTHER_VOICE_HINTS.search(hints))


@dataclass(slots=True)
class _Marks:
    """Where a block's links, footnote markers and headings are in its text.

    A figure a link is laid on cites the linked page; a footnote marker (a link in ``<sup>``, or
    ``<sup>[2]</sup>``) cites a source for the sentence it closes; a heading inside a block is not prose.
    """

    links: list[tuple[int, int]]
    notes: list[int]
    headings: list[tuple[int, int]]

    def skipped(self, start: int, end: int) -> bool:
        return any(hs <= start and end <= he for hs, he in self.headings)

    def linked(self, start: int, end: int) -> bool:
        return any(ls < end and start < le for ls, le in self.links)

    def cites(self, start: int, end: int) -> bool:
        """Whether a link stands in the span: online copy cites by linking the words of the claim."""
        return any(start <= ls < end for ls, _ in self.links)


def _marks(block: Block) -> _Marks:
    marks = _Marks([], [], [])
    if not len(block.element):
        return marks
    for el, start, end in text_ranges(block.element, _marking):
        if el is block.element or not block.text[start:end].strip():
            continue
        if el.tag in _HEADINGS:
            marks.headings.append((start, end))
        elif el.tag == "sup" or any(anc.tag == "sup" for anc in el.iterancestors()):
            if start not in marks.notes:
                marks.notes.append(start)
        else:
            marks.links.append((start, end))
    return marks


def _marking(el: Element) -> bool:
    """A link, a heading, or a footnote marker in ``<sup>`` (not an exponent or an ordinal)."""
    if el.tag == "sup":
        return bool(_NOTE_MARK.fullmatch(text_of(el).strip()))
    return el.tag in _HEADINGS or (el.tag == "a" and bool(el.get("href")))


def _footnoted(block: Block, sentence: Sentence, notes: list[int]) -> bool:
    """Whether a footnote marker stands in a sentence or right after its last word."""
    return any(
        sentence.start < n <= sentence.end or (n > sentence.end and not block.text[sentence.end : n].strip(_CLOSING))
        for n in notes
    )


@dataclass(frozen=True, slots=True)
class _Line:
    """One sentence of the story with what its block knows about it."""

    block: Block
    sentences: list[Sentence]
    k: int  # its index in its block
    quotes: list[tuple[int, int]]
    marks: _Marks

    @property
    def sentence(self) -> Sentence:
        return self.sentences[self.k]


class _Story:
    """The sentences of a story; their source cues are read only where a figure needs them."""

    def __init__(self, blocks: list[Block], pack: AttributionPack) -> None:
        self.pack = pack
        self.lines: list[_Line] = []
        for block in blocks:
            sentences = list(block.sentences())
            marks = _marks(block)
            quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(block.text)] if _has_quote(block.text) else []
            self.lines.extend(_Line(block, sentences, k, quotes, marks) for k in range(len(sentences)))
        self._cues: dict[int, _Cues] = {}
        self._sourced: dict[int, bool] = {}

    def cues(self, i: int) -> _Cues:
        found = self._cues.get(i)
        if found is None:
            line = self.lines[i]
            found = self._cues[i] = sentence_cues(_scope(line.sentence, line.sentences, line.quotes, line.k), self.pack)
        return found

    def sourced(self, i: int) -> bool:
        """Whether sentence ``i``'s paragraph names a source, or the sentence plainly carries one."""
        chain: list[int] = []
        while True:
            if i in self._sourced:
                result = self._sourced[i]
                break
            line = self.lines[i]
            if (
                self._paragraph_names(i)
                or line.marks.cites(line.sentence.start, line.sentence.end)
                or (line.marks.notes and _footnoted(line.block, line.sentence, line.marks.notes))
                or _writer_speaks(line)
                or _own_figure(line.sentence.text, self.pack)
                or (line.k == 0 and i > 0 and _REFERS_BACK.match(line.sentence.text) and self._paragraph_names(i - 1))
            ):
                result = True
                break
            if i == 0 or not (
                _continues(line.sentence.text, self.pack)
                or _inside_quote(line.sentence, line.quotes)
                or self._introduced(i)
            ):
                result = False
                break
            chain.append(i)
            i -= 1
        self._sourced[i] = result
        for j in chain:
            self._sourced[j] = result
        return result

    def _paragraph_names(self, i: int) -> bool:
        """Whether any sentence of sentence ``i``'s paragraph names a source (its lead clause, an
        "X said." before or after it): a reader takes the paragraph's figures as that source's."""
        line = self.lines[i]
        first = i - line.k
        return any(self.cues(j).named for j in range(first, first + len(line.sentences)))

    def _introduced(self, i: int) -> bool:
        """Whether sentence ``i`` opens what a line ending in a colon introduces ("The letter
        warned:"), or is a later item of a list such a line introduces."""
        line, before = self.lines[i], self.lines[i - 1]
        if before.sentence.text.endswith(":"):
            return True
        if line.k or line.block.role != "list-item" or before.block.role != "list-item":
            return False
        items = line.block.element.getparent()
        j = i - 1
        while j > 0 and self.lines[j].block.role == "list-item" and self.lines[j].block.element.getparent() is items:
            j -= 1
        head = self.lines[j]
        return head.block.element.getparent() is not items and head.sentence.text.endswith(":")


def read_story(blocks: list[Block], pack: AttributionPack) -> list[Claim]:
    """The claims of story blocks; a sentence's cues are read only when it or the next has a figure."""
    story = _Story(blocks, pack)
    claims: list[Claim] = []
    for i, line in enumerate(story.lines):
        sentence = line.sentence
        if len(sentence.text.split()) < _MIN_WORDS or not _MAY_COUNT.search(sentence.text):
            continue  # a label or a list entry, not a claim ("More than 50%"), or no number at all
        for figure in find_figures(sentence.text):
            status: Status
            start, end = sentence.start + figure.start, sentence.start + figure.end
            if line.marks.skipped(start, end) or _quoted(start, line.quotes) or _inside_quote(sentence, line.quotes):
                continue  # a heading inside the block; a speaker's words, whose source is the speaker
            cues = story.cues(i)
            if line.marks.linked(start, end) or story.sourced(i):
                status, cue = "sourced", ""
            elif cues.vague:
                status, cue = "vague", cues.vague
            elif cues.agentless:
                status, cue = "agentless", cues.agentless
            else:
                status, cue = "unsourced", ""
            claims.append(Claim(line.block, figure, start, end, status, cue))
    return claims


def _quoted(at: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether an offset falls inside one of a block's quotations (in order, disjoint)."""
    i = bisect.bisect_left(quotes, (at,)) - 1  # the last quotation opening before it
    return i >= 0 and at < quotes[i][1]


def _has_quote(text: str) -> bool:
    return "“" in text or '"' in text


def _scope(sentence: Sentence, sentences: list[Sentence], quotes: list[tuple[int, int]], k: int) -> str:
    """The sentence, widened to every sentence a quotation it is part of runs through."""
    begin, end = k, k
    first = bisect.bisect_right(quotes, sentence.start, key=lambda q: q[1])  # the first closing after its start
    last = bisect.bisect_left(quotes, (sentence.end,))  # past the last opening before its end
    for qs, qe in quotes[first:last]:
        if qs < sentence.start or qe > sentence.end:
            while begin > 0 and sentences[begin - 1].end > qs:
                begin -= 1
            while end + 1 < len(sentences) and sentences[end + 1].start < qe:
                end += 1
    if begin == end:
        return sentence.text
    return " ".join(s.text for s in sentences[begin : end + 1])


def _writer_speaks(line: _Line) -> bool:
    """Whether the writer gives the figure in the first person ("we served 9,000 requests"), outside quotes."""
    if _inside_quote(line.sentence, line.quotes):
        return False
    return bool(_FIRST_PERSON.search(_QUOTE.sub(" ", line.sentence.text)))


def _own_figure(text: str, pack: AttributionPack) -> bool:
    """Whether the sentence's subject gives its figures as its own ("The bill includes $3.8 billion",
    "NASA requested $12 million", "It served 10,000 students"): the subject is their source."""
    own = pack.pattern("own-figure")
    return bool(own and own.match(text))


def _inside_quote(sentence: Sentence, quotes: list[tuple[int, int]]) -> bool:
    """Whether a sentence goes on with a quotation opened in a sentence before it."""
    return _quoted(sentence.start, quotes)


def _continues(text: str, pack: AttributionPack) -> bool:
    """Whether a sentence plainly goes on with the source before it."""
    if text[:1] in '“"':
        return True
    continuation = pack.pattern("continuation")
    return bool(continuation and continuation.match(text))


def sentence_cues(text: str, pack: AttributionPack) -> _Cues:
    """The source cues of a sentence: a named source, a vague one, an agentless passive."""
    source = pack.pattern("source")
    vague_pattern = pack.pattern("vague")
    agentless_pattern = pack.pattern("agentless")
    vague_spans = [(m.start(), m.end(), m.group()) for m in vague_pattern.finditer(text)] if vague_pattern else []
    agentless: str | None = None
    if source is not None:
        for m in source.finditer(text):
            if any(vs <= m.start() < ve for vs, ve, _ in vague_spans):
                continue
            # only a lone participle can be passive: "were reported", "an estimated"; not "an analysis … shows"
            passive = " " not in m.group()
            aux = _ending(agentless_pattern, text, m.start()) if agentless_pattern and passive else None
            if aux is not None and not _BY.match(text, m.end()):
                agentless = agentless or text[aux : m.end()]
                continue
            return _Cues(True, None, None)
    return _Cues(False, vague_spans[0][2] if vague_spans else None, agentless)


def _ending(pattern: re.Pattern[str], text: str, at: int) -> int | None:
    """Where a match of ``pattern`` starts that ends, before spaces, right at ``at``; None if none does."""
    low = max(0, at - 40)
    head = text[low:at].rstrip()
    if len(head) == at - low:
        return None  # the cue does not start a word of its own
    for m in pattern.finditer(head):
        if m.end() == len(head):
            return low + m.start()
    return None
