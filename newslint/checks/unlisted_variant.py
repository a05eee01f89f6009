"""NL203: names no pack lists, spelled two ways in one article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.checks.transliteration import name_uses, spelling_of, story_texts
from newslint.document import Document, Element
from newslint.names import spelling_key
from newslint.regions import squash
from newslint.romanise import ARTICLES, name_key
from newslint.rule import Finding, Rule
from newslint.settings import Settings

_CAP = r"[A-Z\u00c0-\u00de\u0100-\u024f][\w'’ʼ]*"
_LINK = r"(?:[ \u00a0]|[\-\u2010\u2011])"
_ARTICLE = "(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + ")"
_CONNECTOR = rf"(?:(?:{_ARTICLE}|bin|ibn|bint){_LINK})?"
_UNIT = re.compile(rf"(?<![\w\-'’])(?:{_ARTICLE}[\-\u2010\u2011])?{_CAP}(?:{_LINK}{_CONNECTOR}{_CAP})*")
_POSSESSIVE = re.compile(r"['’ʼ]s$")
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
_MIN_KEY = 4
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Unit:
    """A capitalised name-like run of words in one text of the story."""

    element: Element
    text: str
    begin: int
    end: int
    key: str  # romanisation key
    spelling: str  # spelling key: what two uses must share to be one spelling
    initial: bool  # a single word starting a sentence, where any word is capitalised

    @property
    def surface(self) -> str:
        return squash(self.text[self.begin : self.end])


def name_units(doc: Document, settings: Settings) -> Iterator[Unit]:
    """Name-like runs of capitalised words that no pack lists, in reading order."""
    taken: dict[Element, list[tuple[int, int]]] = {}
    for use in name_uses(doc, settings):
        taken.setdefault(use.element, []).append((use.hit.begin, use.hit.end))
    traps = settings.trap_keys
    for element, text in story_texts(doc):
        spans = taken.get(element, [])
        for m in _UNIT.finditer(text):
            begin, end = m.start(), m.end()
            if any(b < end and begin < e for b, e in spans):
                continue
            words = re.split(r"[ \u00a0]+", text[begin:end])
            initial = bool(_SENTENCE_START.search(text, 0, begin))
            while words and words[0].casefold() in _NOT_NAME:  # "In Tal Hamis", "President Assad"
                begin += len(words.pop(0)) + 1
                initial = False
            while words and words[-1].casefold() in _NOT_NAME:
                end -= len(words.pop()) + 1
            if not words or any(len(w) < 2 or w.isupper() or _DIGIT.search(w) for w in words):
                continue  # "Group A", "GreenPak5", acronyms: codes, not names
            surface = _POSSESSIVE.sub("", text[begin:end])
            end = begin + len(surface)
            if spelling_key(surface) in traps:
                continue  # look-alikes a pack says are other names
            key = name_key(surface)
            if len(key) >= _MIN_KEY:
                yield Unit(element, text, begin, end, key, spelling_key(surface), initial and len(words) == 1)


class UnlistedVariant(Rule):
    """A name no pack lists seems to be spelled two ways in one article.

    **Why**: packs cannot list every village and every person in the news. Where an article
    spells one unlisted name two ways ("Tal Hamis", "Tel Hamees"), or a listed name a way its
    pack does not know ("Raqqeh" beside "Raqqa"), readers and archives see two names.

    **Example (fires)**: ``<p>Shelling hit Tal Hamis on Monday.</p> <p>Residents of Tal Hamis
    fled. Tel Hamees had been quiet.</p>`` — "Tel Hamees" is flagged.

    **Example (silent)**: "Iran" and "Iraq", "Hama" and "Hamas", "Niger" and "Nigeria" (the
    romanisation key keeps consonants and vowel classes apart); "Hafez al-Assad" and "Bashar
    al-Assad" (different full names); a sentence-initial word seen nowhere else; look-alikes a
    pack lists as traps; pages whose ``lang`` is not English.

    **Fix**: if both spellings name the same thing, use the one the article uses most (on a tie,
    the first one) and consider adding the name to a project pack; if they are different names,
    add the look-alike to the pack's ``traps``. Never applied automatically: the two may be
    different people or places.

    **References**: ``newslint/romanise.py`` (the key: articles, vowel classes, q/k, dh/z,
    doubled letters, -ah/-eh endings); BGN/PCGN romanisation of Arabic.
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
        listed = self._listed_spellings(doc, settings)
        groups: dict[str, list[Unit]] = {}
        for unit in units:
            groups.setdefault(unit.key, []).append(unit)
        longer = _longer_names(units)
        for key, group in groups.items():
            counts = Counter(u.spelling for u in group)
            if key in listed:
                model_spelling, model_line = listed[key]
                for spelling, unit in {u.spelling: u for u in reversed(group)}.items():
                    yield self._finding(doc, unit, model_spelling, model_line, "a listed name", counts[spelling])
                continue
            if len(counts) < 2:
                continue
            firsts = {u.spelling: u for u in reversed(group)}
            major = max(counts, key=lambda s: (counts[s], -group.index(firsts[s])))
            model = firsts[major]
            line = doc.position(doc.text_span(model.element, model.begin, model.end)[0])[0]
            for spelling, unit in firsts.items():
                if spelling != major and not _inflected(spelling, major) and not _different_people(unit, model, longer):
                    yield self._finding(doc, unit, model.surface, line, "the same name", counts[spelling])

    def _listed_spellings(self, doc: Document, settings: Settings) -> dict[str, tuple[str, int]]:
        """The romanisation key of each pack-listed name in the article, with its first spelling and line."""
        found: dict[str, tuple[str, int]] = {}
        for use in name_uses(doc, settings):
            key = name_key(use.surface)
            if key not in found:
                line = doc.position(doc.text_span(use.element, use.hit.begin, use.hit.end)[0])[0]
                found[key] = (spelling_of(use), line)
        return found

    def _finding(self, doc: Document, unit: Unit, model: str, line: int, what: str, uses: int) -> Finding:
        more = f"; {uses - 1} more use{'s' if uses > 2 else ''} of this spelling" if uses > 1 else ""
        return self.finding(
            doc.text_span(unit.element, unit.begin, unit.end),
            f"'{unit.surface}' may be another spelling of '{model}' (line {line}{more})",
            f"If it is {what}, write '{model}'; if it is another name, list it as a trap in a names pack",
            replacement=model,
        )


def _inflected(a: str, b: str) -> bool:
    """One spelling is the other with an inflection ("Konzept", "Konzepte"), not another romanisation."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in ("e", "s", "es", "se")


def _longer_names(units: list[Unit]) -> dict[str, set[str]]:
    """For each one-word spelling, the keys of the longer names it is the first or last word of."""
    found: dict[str, set[str]] = {}
    for unit in units:
        words = re.split(r"[ \u00a0\-\u2010\u2011]+", unit.text[unit.begin : unit.end])
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
