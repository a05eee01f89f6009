"""NL203: names no pack lists, spelled two ways in one article."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from newslint.checks.rule import Finding, Rule
from newslint.config.packs import NameEntry
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, inside, text_ranges
from newslint.lib.settings import Settings
from newslint.lib.transliteration.name_index import spelling_key, without_apostrophes
from newslint.lib.transliteration.romanise import ARTICLES, name_keys
from newslint.lib.transliteration.uses import name_uses, quotations, spelling_of, story_texts, taken_spans

_CAPITAL = r"A-Z\u00c0-\u00de\u0100-\u024f"
_CAP = rf"[{_CAPITAL}][\w'’]*(?:[‘`]\w[\w'’]*)*"  # \w takes ʼ ʻ ʿ ʾ; ‘ and ` only between letters
_LINK = r"(?:\s+|[\-\u2010\u2011])"  # a space may be any run of whitespace: a line break, a no-break space
_ARTICLE = "(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + ")"
_CONNECTOR = rf"(?:(?:{_ARTICLE}|bin|ibn|bint|e|i){_LINK})?"  # e, i: the izafe ("Tehrik-e-Taliban")
_INITIALS = "".join(sorted({article[0] for article in ARTICLES}))
# Led by a test of the first character (an article's or a capital), which most positions fail fast.
_UNIT = re.compile(
    rf"(?=[{_INITIALS}{_CAPITAL}])(?<![\w\-'’])(?:{_ARTICLE}[\-\u2010\u2011])?{_CAP}(?:{_LINK}{_CONNECTOR}{_CAP})*"
)
_POSSESSIVE = re.compile(r"['’ʼ‘`]s$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘(\u2014\u2013]\s*|\s[\-\u2013\u2014]\s)$")
# Capitalised words that are not part of a name: closed-class English words at a sentence start,
# and titles before a name.
_NOT_NAME = frozenset(
    """a an the in on at of for from to by with after before as and but or nor if when while since
    during about against between into through over under until near per this that these those
    his her its their our my your he she it they we i there here some many most all both each
    mr mrs ms dr gen col lt maj capt sgt president prime minister general king queen prince
    sheikh emir sultan ayatollah imam commander colonel governor mayor spokesman spokeswoman
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_TABLE = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
_MIN_KEY = 4
_MIN_KEY_WITH_ARTICLE = 3  # "al-Qaim": the article marks a short Arabic name
_SHORT = "\x00"  # starts the key of a shorter name: its spelling without apostrophes or doubled consonants
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1+")  # an ayn and a doubled consonant come and go together: Ta'izz, Taiz
_ARTICLE_START = re.compile(rf"{_ARTICLE}[\-\u2010\u2011]", re.I)
_NON_SPACE = re.compile(r"\S+")
_BRITISH = re.compile(r"our|[ao]e")  # colour/color, encyclopaedia/encyclopedia, manoeuvre/maneuver
_DIGIT = re.compile(r"\d")
_SIDE_BY_SIDE_CHARS = 30  # "Zabol, across the border from Zabul"
_NOT_SIDE_BY_SIDE = re.compile(rf"[{_CAPITAL}.!?;:]")  # another name or another sentence between


@dataclass(slots=True)
class Unit:
    """A capitalised name-like run of words in one text of the story."""

    element: Element
    text: str
    begin: int
    end: int
    keys: tuple[str, ...]  # romanisation key, then the others (romanise.name_keys)
    spelling: str  # spelling key: what two uses must share to be one spelling
    initial: bool  # a single word starting a sentence, where any word is capitalised

    @property
    def key(self) -> str:
        return self.keys[0]

    @property
    def surface(self) -> str:
        return squash(self.text[self.begin : self.end])


def name_units(doc: Document, settings: Settings) -> Iterator[Unit]:
    """Name-like runs of capitalised words that no pack lists, in reading order.

    A name too short for its romanisation key to be telling ("Qom", "Kom") is kept only where the
    article also writes it with an apostrophe between letters ("Ta'izz", "Taizz", "Taiz": a
    doubled consonant comes and goes with the ayn): one name then, spelled two ways. Those come last.
    """
    short: list[Unit] = []
    for unit in _units(doc, settings):
        if unit.keys[0][0] == _SHORT:
            short.append(unit)
        else:
            yield unit
    marked = {u.key for u in short if "'" in u.spelling}
    yield from (u for u in short if u.key in marked)


def _units(doc: Document, settings: Settings) -> Iterator[Unit]:
    taken = taken_spans(doc, settings)
    quoted = quotations(doc)
    traps = settings.trap_keys
    for element, text in story_texts(doc):
        if _in_table(element):
            continue  # each row of a table is another entry: "Malton" and "Melton" are two towns
        # Listed names and traps; titles of works; quotations, which keep the speaker's spelling.
        spans = _Spans([*taken.get(element, []), *_cited(element), *quoted.get(element, [])])
        for m in _UNIT.finditer(text):
            begin, end = m.start(), m.end()
            if spans.overlap(begin, end):
                continue
            if "\n" in text[begin:end] and _crosses_a_tag(doc, element, begin, end):
                continue  # the words of two elements ("... for The New York Times" and a heading)
            words = [w.span() for w in _NON_SPACE.finditer(text, begin, end)]
            initial = _starts_sentence(text, begin)
            while words and text[slice(*words[0])].casefold() in _NOT_NAME:  # "In Tal Hamis", "President Assad"
                words.pop(0)
                initial = False
            while words and text[slice(*words[-1])].casefold() in _NOT_NAME:
                words.pop()
            if not words or any(_not_a_name_word(text[b:e]) for b, e in words):
                continue  # "Group A", "GreenPak5", acronyms: codes, not names
            begin = words[0][0]
            surface = _POSSESSIVE.sub("", text[begin : words[-1][1]])
            end = begin + len(surface)
            if spelling_key(surface) in traps:
                continue  # look-alikes a pack says are other names
            keys = name_keys(surface)
            spelling = spelling_key(surface)
            if len(keys[0]) < (_MIN_KEY_WITH_ARTICLE if _ARTICLE_START.match(surface) else _MIN_KEY):
                keys = (_SHORT + _DOUBLED.sub(r"\1", without_apostrophes(spelling)),)
            yield Unit(element, text, begin, end, keys, spelling, initial and len(words) == 1)


def _starts_sentence(text: str, begin: int) -> bool:
    """``begin`` starts the text or follows sentence punctuation or a dash (and spaces): a bounded look back."""
    last = begin
    while last and text[last - 1].isspace():
        last -= 1
    return bool(_SENTENCE_START.search(text, max(0, last - 2), begin))


def _not_a_name_word(word: str) -> bool:
    return len(word) < 2 or word.isupper() or bool(_DIGIT.search(word))


def _in_table(element: Element) -> bool:
    return element.tag in _TABLE or inside(element, *_TABLE)


class _Spans:
    """Spans of a text, asked whether any overlaps a range in logarithmic time (a paragraph may hold thousands)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [b for b, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans up to each

    def overlap(self, begin: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the spans starting before the range ends
        return i > 0 and self.reach[i - 1] > begin


def _cited(element: Element) -> list[tuple[int, int]]:
    """Where the ``<cite>`` elements of a block are in its text: titles of works, written as published."""
    if next(element.iter("cite"), None) is None:
        return []
    return [(start, end) for _, start, end in text_ranges(element, lambda node: node.tag == "cite")]


def _crosses_a_tag(doc: Document, element: Element, begin: int, end: int) -> bool:
    start, stop = doc.text_span(element, begin, end)
    return "<" in doc.text[start:stop]


class UnlistedVariant(Rule):
    """A name no pack lists seems to be spelled two ways in one article.

    **Why**: packs cannot list every village and every person in the news. Where an article
    spells one unlisted name two ways ("Tal Hamis", "Tel Hamees"), or a listed name a way its
    pack does not know ("Raqqeh" beside "Raqqa"), readers and archives see two names.

    **What is one name**: two spellings with one romanisation key (articles, fused ones too:
    "Arrastan" is "ar-Rastan"; vowel classes; a short vowel dropped between consonants:
    "Zabdani", "Zabadani", "Tulkarm", "Tulkarem"; a long vowel written twice or once:
    "Farmaajo", "Farmajo"; y/i before a vowel: "Bryansk", "Briansk", "Jabaliya", "Jabalia"; w/v:
    "Ahwaz", "Ahvaz"; q/k, dh/z/d, kh/h, gh/g, zh/dj/j, doubled letters, -ah/-eh endings; an
    apostrophe written or not, with the doubled consonant that comes with it: "Ta'izz", "Taizz",
    "Taiz"). **What is one spelling**, never reported: case, a leading al-/el-, spaces and
    hyphens ("Deir Ezzor", "Deir ez-Zor"), diacritics, the mark that writes an apostrophe
    (' ’ ‘ ʼ ʿ ʾ), a possessive 's. An apostrophe between letters (an ayn or hamza, a soft sign)
    makes another spelling, as it does for NL201.

    **Not reported**: a spelling the article uses more often than the listed name it resembles
    (the article's own spelling, not a slip to correct to the pack's), two spellings a few
    lowercase words apart ("Misrata, also spelled Misurata"), people whose full names differ
    ("Allen Ward", "Allan Reid"), British and American spellings, inflections, table rows,
    titles of works, quotations (their source's spelling, as for NL201), a word seen only at
    sentence starts, and Zabul (a province of Afghanistan) beside Zabol (a city of Iran), which
    differ only by o/u.

    **Fix**: if both spellings name the same thing, use the one the article uses most (on a tie,
    the first one) and consider adding the name to a project pack; if they are different names,
    list one in a names pack with the other as a trap. Never applied automatically: the two may
    be different people or places.

    **References**: ``newslint/lib/transliteration/romanise.py`` (the key);
    ``newslint/lib/transliteration/name_index.py`` (``spelling_key``); BGN/PCGN romanisation of
    Arabic.
    """

    code = "NL203"
    name = "unlisted-variant"
    summary = "A name no pack lists seems to be spelled two ways in one article"
    severity = "info"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        lang = (doc.root.get("lang") or "en").strip().lower()
        if not lang.startswith("en"):
            return  # the key knows English romanisations; other languages inflect names differently
        units = list(name_units(doc, settings))
        mid_sentence = {u.spelling for u in units if not u.initial}
        units = [u for u in units if not u.initial or u.spelling in mid_sentence]
        longer = _longer_names(units)
        for group, listed in _groups(units, _listed_names(doc, settings)):
            counts = Counter(u.spelling for u in group)
            firsts = {u.spelling: u for u in reversed(group)}
            if listed is not None:
                for spelling, unit in firsts.items():
                    if (False, spelling) in settings.name_index.by_key:
                        continue  # a spelling the pack lists, only written in a way the matcher did not take
                    if frozenset((spelling, spelling_key(listed.spelling))) in _DIFFERENT_PLACES:
                        continue
                    if counts[spelling] > listed.uses:
                        continue  # the article's own spelling, the listed one its slip: not one to replace
                    if not _side_by_side(unit, listed.element, listed.begin, listed.end):
                        yield self._listed_finding(doc, unit, listed, counts[spelling])
                continue
            if len(counts) < 2:
                continue
            major = max(counts, key=lambda s: (counts[s], -group.index(firsts[s])))
            model = firsts[major]
            line = doc.position(doc.text_span(model.element, model.begin, model.end)[0])[0]
            majors = [u for u in group if u.spelling == major]
            for spelling, unit in firsts.items():
                if spelling == major or _inflected(spelling, major) or _english_variant(spelling, major):
                    continue
                if _different_people(unit, model, longer) or frozenset((spelling, major)) in _DIFFERENT_PLACES:
                    continue
                uses = [u for u in group if u.spelling == spelling]
                if not any(_side_by_side(u, m.element, m.begin, m.end) for u in uses for m in majors):
                    yield self._finding(doc, unit, model.surface, line, counts[spelling])

    def _finding(self, doc: Document, unit: Unit, model: str, line: int, uses: int) -> Finding:
        return self.finding(
            doc.text_span(unit.element, unit.begin, unit.end),
            f"'{unit.surface}' may be another spelling of '{model}' (line {line}{_more(uses)})",
            f"If both name the same {_KINDS}, write '{model}'; if they are two names, keep both"
            " (a project names pack can list one, with the other as a trap)",
            replacement=model,
        )

    def _listed_finding(self, doc: Document, unit: Unit, listed: _Listed, uses: int) -> Finding:
        kind, pack, model = listed.entry.kind, listed.pack, listed.spelling
        return self.finding(
            doc.text_span(unit.element, unit.begin, unit.end),
            f"'{unit.surface}' may be another spelling of '{model}', a {kind} the '{pack}' pack lists"
            f" (line {listed.line}{_more(uses)})",
            f"If it is that {kind}, write '{model}' (or add '{unit.surface}' to its variants in a names pack);"
            f" if it is another name, add '{unit.surface}' to its traps",
            replacement=model,
        )


_KINDS = "place, person or group"
# Places whose names differ only by a variation the key must fold (o/u, as in Hormuz and Hormoz,
# one strait): no rule of spelling keeps them apart.
_DIFFERENT_PLACES = frozenset({frozenset(("zabul", "zabol"))})  # a province of Afghanistan; a city of Iran


def _more(uses: int) -> str:
    return f"; {uses - 1} more use{'s' if uses > 2 else ''} of this spelling" if uses > 1 else ""


@dataclass(frozen=True, slots=True)
class _Listed:
    """A pack-listed name as the article first writes it."""

    keys: tuple[str, ...]
    spelling: str
    line: int
    element: Element
    begin: int
    end: int
    entry: NameEntry
    pack: str
    uses: int  # how often the article uses the listed name, in any spelling


def _listed_names(doc: Document, settings: Settings) -> list[_Listed]:
    """Each pack-listed name in the article (one per romanisation key), in reading order."""
    found: dict[str, _Listed] = {}
    uses = Counter(id(use.hit.entry) for use in name_uses(doc, settings))
    for use in name_uses(doc, settings):
        keys = name_keys(use.surface)
        if keys[0] not in found:
            line = doc.position(doc.text_span(use.element, use.hit.begin, use.hit.end)[0])[0]
            found[keys[0]] = _Listed(
                keys,
                spelling_of(use),
                line,
                use.element,
                use.hit.begin,
                use.hit.end,
                use.hit.entry,
                use.hit.pack,
                uses[id(use.hit.entry)],
            )
    return list(found.values())


def _groups(units: list[Unit], listed: list[_Listed]) -> Iterator[tuple[list[Unit], _Listed | None]]:
    """The units that are one name, each group with the listed name it is (first in the article), if any.

    Two names are one when the key of one is a key of the other (its own, or one with a variation
    read in); other keys are never matched with each other.
    """
    root: dict[str, str] = {}

    def find(key: str) -> str:
        while root[key] != key:
            root[key] = root[root[key]]
            key = root[key]
        return key

    for keys in (*(u.keys for u in units), *(n.keys for n in listed)):
        root.setdefault(keys[0], keys[0])
    for keys in (*(u.keys for u in units), *(n.keys for n in listed)):
        for other in keys[1:]:
            if other in root and len(other) >= _MIN_KEY:
                root[find(other)] = find(keys[0])
    groups: dict[str, list[Unit]] = {}
    for unit in units:
        groups.setdefault(find(unit.key), []).append(unit)
    names: dict[str, _Listed] = {}
    for name in listed:
        names.setdefault(find(name.keys[0]), name)
    for top, group in groups.items():
        yield group, names.get(top)


def _side_by_side(a: Unit, element: Element, begin: int, end: int) -> bool:
    """Two uses a few lowercase words apart ("Shanxi and Shaanxi", "Zabol, not Zabul"): two names told
    apart, or one explained by the other, never a slip of the pen."""
    if a.element is not element:
        return False
    between = a.text[a.end : begin] if a.end <= begin else a.text[end : a.begin]
    return len(between) <= _SIDE_BY_SIDE_CHARS and not _NOT_SIDE_BY_SIDE.search(between)


def _inflected(a: str, b: str) -> bool:
    """One spelling is the other with an inflection ("Konzept", "Konzepte"), not another romanisation."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in ("e", "s", "es", "se")


def _english_variant(a: str, b: str) -> bool:
    """British and American spellings of an English word ("Encyclopaedia", "Labour"), not romanisations."""
    return a != b and _BRITISH.sub(_american, a) == _BRITISH.sub(_american, b)


def _american(m: re.Match[str]) -> str:
    return "or" if m.group() == "our" else "e"


def _longer_names(units: list[Unit]) -> dict[str, set[str]]:
    """For each one-word spelling, the keys of the longer names it is the first or last word of."""
    found: dict[str, set[str]] = {}
    for unit in units:
        words = re.split(r"[\s\-\u2010\u2011]+", unit.text[unit.begin : unit.end])
        if len(words) > 1:
            for word in (words[0], words[-1]):
                found.setdefault(spelling_key(word), set()).add(unit.key)
    return found


def _different_people(a: Unit, b: Unit, longer: dict[str, set[str]]) -> bool:
    """ "Allen" and "Allan" are not one name when their full names ("Allen Ward", "Allan Reid") differ."""
    full_a, full_b = longer.get(a.spelling), longer.get(b.spelling)
    if " " in a.surface or not full_a or not full_b:
        return False
    return not full_a & full_b
