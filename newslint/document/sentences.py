"""Sentences and words of story prose, with offsets into the block text they come from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations after which a full stop does not end a sentence (news copy, AP style).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpl sgt adm cmdr gov sen rep rev st sr jr
    no nos vol jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    inc corp co ltd bros dept est approx vs etc al ft mt pres fig u.s u.n u.k e.u a.m p.m e.g i.e
    d.c u.s.a""".split()
)
# A sentence ends at . ! ? or …, with any closing quotes, brackets and footnote marks ("[12]"). Only
# at the first of a run of marks: a match cannot start inside one (what follows the run is the same),
# and trying every mark of a run of thousands to its end took time in the square of its length.
_BOUNDARY = re.compile(r"""[.!?…](?<![.!?…]{2})[.!?…]*["'”’)\]]*(?:\[\d{1,4}\])*(?=\s+["'“‘(\[]?[A-Z0-9À-Ý])""")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_](?:[\w’'.-]*[^\W_])?")
_LAST_TOKEN = re.compile(r"([\w.]+)\.$")
# Words that start a new sentence after an abbreviation like "U.N." ends the previous one.
_STARTERS = frozenset("the a an it its he she they we i in on at but and this that there these those his her".split())
_NEXT_WORD = re.compile(r"\s+[\"'“‘(]?(\w+)")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offsets in the block text
    end: int

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Split ``text[start:end]`` into sentences, keeping their offsets in ``text``."""
    end = len(text) if end is None else end
    pos = start
    for m in _BOUNDARY.finditer(text[start:end]):  # a slice: marks cut at ``start`` still start a run there
        if m.end() - m.start() == 1 and _is_abbreviation(text, start + m.start()):
            continue
        yield from trimmed(text, pos, start + m.end())
        pos = start + m.end()
    yield from trimmed(text, pos, end)


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = _LAST_TOKEN.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    token = m.group(1).lower()
    if token in ("no", "nos"):
        return text[dot + 1 : dot + 3].strip()[:1].isdigit()
    if "." in token:  # "U.N.", "U.S.": ends the sentence when a sentence plainly starts next
        following = _NEXT_WORD.match(text, dot + 1)
        return not (following and following.group(1).lower() in _STARTERS and following.group(1)[0].isupper())
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def trimmed(text: str, begin: int, end: int) -> Iterator[Sentence]:
    """The sentence ``text[begin:end]`` without its outer whitespace, if anything is left."""
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if begin < end:
        yield Sentence(text[begin:end], begin, end)


@lru_cache(maxsize=4096)  # the sentence rules count the same sentences
def word_count(text: str) -> int:
    return len(_WORD.findall(text))
