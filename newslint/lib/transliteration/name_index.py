"""Finding the names of a names pack in prose, whatever their spelling.

Every form of an entry (canonical and variants) becomes part of one regular expression in which
spaces and hyphens are interchangeable, may break across lines or be left out ("Albukamal" is
"Albu Kamal"), apostrophes are optional between any two letters ("Sana'a", "Luhans'k"), and a
leading Arabic article ("al-", "el-") may stand before a form that has none. A match is
identified by its *spelling key*: the form casefolded, without diacritics, article, spaces,
hyphens and possessive, so that "al-Raqqa", "Raqqa" and "RAQQA" count as one spelling while
"Raqqah" counts as another. An apostrophe between two letters (an ayn or hamza, a soft sign),
written ', ’, ‘, ʼ, ʻ, ʿ, ʾ or `, stays in the key as ': "Sana'a" and "Sana’a" are one spelling,
"Sanaa" another spelling of the same name. Before a word's last s it is a possessive, and is
left out ("Founder's Edition" is "Founders Edition").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from newslint.config.packs import NameEntry, NamesPack

_SEPARATORS = r"[\s\u00a0\-\u2010\u2011]+"
_APOSTROPHES = "'’ʼʻ‘`ʿʾ"
_ARTICLE = re.compile(r"^(?:al|el)[\s\-\u2010\u2011]+(?=\S)", re.I)
_ANY_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
_POSSESSIVE = re.compile(f"[{_APOSTROPHES}]s$")
# Between two letters, unless before a word's last s: a possessive ("Founder's Edition"), not an ayn.
_INNER_APOSTROPHE = re.compile(f"(?<=[0-9a-z])[{_APOSTROPHES}]+(?=[0-9a-z])(?!s(?![0-9a-z]))")
_NOT_IN_KEY = re.compile(r"[^0-9a-z\x00]+")


@lru_cache(maxsize=4096)  # a long page repeats its names many times
def spelling_key(form: str) -> str:
    """What two spellings must share to be the same spelling."""
    text = form
    if not text.isascii():  # ASCII has nothing to decompose
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _ARTICLE.sub("", text.strip()).casefold()
    if _ANY_APOSTROPHE.search(text) is None:
        return _NOT_IN_KEY.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _INNER_APOSTROPHE.sub("\x00", text)  # kept through the letters-only step below
    return _NOT_IN_KEY.sub("", text).replace("\x00", "'")


def without_apostrophes(key: str) -> str:
    """A spelling key with its apostrophes left out: the spellings that differ only by them share it."""
    return key.replace("'", "")


def with_article(surface: str, spelling: str) -> str:
    """``spelling`` with the leading article the surface was written with ("al-Raqqah" -> "al-Raqqa")."""
    article = _ARTICLE.match(surface)
    if article is None or _ARTICLE.match(spelling):
        return spelling
    return article.group() + spelling


def _form_pattern(form: str) -> str:
    """A form's words, with optional separators between them ("Deir Ezzor" is "Deir ez-Zor")."""
    parts = re.split(_SEPARATORS, _fold(form.strip()))
    escaped = []
    optional = "'?"  # the text is folded: every apostrophe in it is the ASCII one
    for part in parts:
        pieces = []
        for i, ch in enumerate(part):
            if ch in _APOSTROPHES:
                pieces.append(optional)
            else:  # an ayn or hamza ("Hay'at", "Sana'a") or a soft sign ("Luhans'k") between letters
                inner = i and part[i - 1] not in _APOSTROPHES
                pieces.append((optional if inner else "") + re.escape(ch))
        escaped.append("".join(pieces))
    return (_SEPARATORS[:-1] + "*").join(escaped)


def _diacritic_table() -> dict[int, str]:
    """Latin letters with diacritics mapped to their base letter, one character for one."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    return table


_OTHER_APOSTROPHES = _APOSTROPHES.replace("'", "")
_FOLD = _diacritic_table() | {ord(mark): "'" for mark in _OTHER_APOSTROPHES}
_MAY_FOLD = re.compile("[\u00c0-\u024f]")  # where every letter _FOLD maps is


def _fold(text: str) -> str:
    """The text with diacritics dropped and every apostrophe written ', keeping its length (so
    offsets stay valid); patterns then need only ' where a name may have an apostrophe."""
    if _MAY_FOLD.search(text):
        return text.translate(_FOLD)
    for mark in _OTHER_APOSTROPHES:  # str.translate with a table is slow: most texts have no diacritic
        if mark in text:
            text = text.replace(mark, "'")
    return text


@dataclass(frozen=True, slots=True)
class NameHit:
    entry: NameEntry
    pack: str
    key: str
    begin: int
    end: int


class NameIndex:
    """All entries of some names packs, found in a text in one pass.

    A fast scan visits each capitalised word (and each word a trap starts with) once; only words
    that can begin a listed form or a trap (or whose start can, with the words of a form fused)
    are tried against that entry's own pattern, so the cost grows with the text, not the packs.
    Packs are read in order: the first to list a spelling decides which name it belongs to.
    """

    def __init__(self, packs: list[NamesPack]) -> None:
        self.by_key: dict[tuple[bool, str], tuple[NameEntry, str]] = {}
        # first word of a form (casefolded unless case-sensitive) -> (pattern, entry or None for a trap, pack)
        self._starts: dict[tuple[bool, str], list[tuple[_LazyPattern, NameEntry | None, str]]] = {}
        self._fusable: set[tuple[bool, str]] = set()  # first words of forms of several words
        trap_words: set[str] = set()
        for pack in packs:
            for entry in pack.entries:
                sensitive = entry.case_sensitive
                slots = {(sensitive, self.key_of(form, entry)): form for form in (entry.canonical, *entry.variants)}
                # An entry that shares a spelling with an earlier one (a house pack re-listing a
                # bundled name) joins it: one name, the earlier entry's canonical spelling.
                owner = next((self.by_key[slot] for slot in slots if slot in self.by_key), (entry, pack.name))
                forms = [form for slot, form in slots.items() if slot not in self.by_key]
                for slot in slots:
                    self.by_key.setdefault(slot, owner)
                if forms:
                    self._index(forms, sensitive, owner[0], owner[1])
                for trap in entry.traps:
                    self._index([trap], False, None, pack.name)
                    trap_words.add(_first_word(trap, False))
        self._by_plain: dict[str, tuple[NameEntry, str]] = {}
        for (sensitive, key), owner in self.by_key.items():
            if not sensitive:
                self._by_plain.setdefault(without_apostrophes(key), owner)
        self._fusable_longest = max((len(word) for _, word in self._fusable), default=0)
        self._scan = _scanner(trap_words)
        self._candidates = lru_cache(maxsize=8192)(self._find_candidates)  # a page repeats its words

    def _index(self, forms: list[str], sensitive: bool, entry: NameEntry | None, pack: str) -> None:
        pattern = _alternation(forms, sensitive)
        for form in forms:
            first = _first_word(form, sensitive)
            candidates = self._starts.setdefault((sensitive, first), [])
            if all(p is not pattern for p, _, _ in candidates):
                candidates.append((pattern, entry, pack))
            if re.search(_SEPARATORS, _ARTICLE.sub("", form.strip())):
                self._fusable.add((sensitive, first))

    def key_of(self, form: str, entry: NameEntry) -> str:
        return form if entry.case_sensitive else spelling_key(form)

    def spans(self, text: str, begin: int = 0, end: int | None = None) -> Iterator[tuple[int, int, NameEntry | None]]:
        """Every listed form (with its entry) and every trap (with None) in ``text[begin:end]``.

        Where several match at one word the longest wins, a trap on a tie; what it covers is not
        scanned again, so a trap ("Chicken Kiev", "Odessa, Texas") hides the name inside it.
        """
        end = len(text) if end is None else end
        folded = _fold(text)
        taken = begin
        for word in self._scan.finditer(folded, begin, end):
            if word.start() < taken:
                continue
            capitalised = word.group("cap")
            tries = [(False, word.start(), capitalised or word.group("trap"))]
            if capitalised:
                tries.append((True, word.start("cap"), capitalised))
            best: tuple[int, int, NameEntry | None] | None = None
            for sensitive, start, first in tries:
                for pattern, entry in self._candidates(first, sensitive):
                    m = pattern.match(folded, start, end)
                    if m and (best is None or m.end() > best[1] or (m.end() == best[1] and entry is None)):
                        best = (start, m.end(), entry)
            if best is not None:
                taken = best[1]
                yield best

    def find(self, text: str, begin: int = 0, end: int | None = None) -> Iterator[NameHit]:
        """Every name in ``text[begin:end]``, skipping traps (look-alikes that are other names)."""
        for start, stop, entry in self.spans(text, begin, end):
            hit = self.hit(text, start, stop, entry)
            if hit is not None:
                yield hit

    def hit(self, text: str, start: int, stop: int, entry: NameEntry | None) -> NameHit | None:
        """The name a span of :meth:`spans` is, or None for a trap or an uncapitalised look-alike.

        A spelling that differs from a listed one only by an apostrophe ("Hay'at" for "Hayat") is
        that name, under a spelling key of its own: another spelling for NL201 to report.
        """
        if entry is None:
            return None  # a trap: another name that looks like a listed one
        surface = text[start:stop]
        if not entry.case_sensitive and not _capitalised(surface):
            return None
        key = self.key_of(surface, entry)
        found = self.by_key.get((entry.case_sensitive, key))
        if found is None and not entry.case_sensitive:  # a listed spelling with an apostrophe more or less
            found = self._by_plain.get(without_apostrophes(key))
        return NameHit(found[0], found[1], key, start, stop) if found else None

    def _find_candidates(self, word: str, sensitive: bool) -> tuple[tuple[_LazyPattern, NameEntry | None], ...]:
        """The patterns (with their entry) a word may begin, in the order they are tried."""
        return tuple(
            (pattern, entry)
            for key in self._lookup_keys(word, sensitive)
            for pattern, entry, _ in self._starts.get((sensitive, key), ())
        )

    def _lookup_keys(self, word: str, sensitive: bool) -> Iterator[str]:
        """The keys a word is looked up under: its own, and each start of it that begins a form of
        several words (so "Albukamal" is tried against "Albu Kamal")."""
        keys = _word_keys(word, sensitive)
        yield from keys
        if self._fusable:  # only starts as long as a fusable first word can match: a 400 KB word costs no more
            for size in range(2, min(len(keys[0]), self._fusable_longest + 1)):
                if (sensitive, keys[0][:size]) in self._fusable:
                    yield keys[0][:size]

    def other_name(self, hit: NameHit, text: str) -> str | None:
        """The homonym of the hit's entry this use is, by the words around it, or None."""
        for homonym in hit.entry.homonyms:
            if hit.key not in {self.key_of(form, hit.entry) for form in homonym.forms}:
                continue
            near = (
                *_TOKEN.findall(text, max(0, hit.begin - _NEAR_CHARS), hit.begin)[-_NEAR_WORDS:],
                *_TOKEN.findall(text, hit.end, hit.end + _NEAR_CHARS)[:_NEAR_WORDS],
            )
            cues = {cue.casefold() for cue in homonym.cues}
            if any(word.casefold() in cues for word in near):
                return homonym.name
            if homonym.after_given_name and _after_given_name(text, hit.begin):
                return homonym.name
        return None


_WORD = r"[^\W_][\w'’ʼ]*"
# Names start with a capital letter (after any article), so the scan stops at those words, and at
# the first words of traps in any case ("chicken Kiev").
_CAPITAL = r"A-Z\u00c0-\u00de\u0100-\u024f"
_CAPITALISED = r"(?<![\w\-])(?:(?:[Aa]l|[Ee]l)[\-\u2010\u2011 ])?(?P<cap>[" + _CAPITAL + r"][\w" + _APOSTROPHES + "]*)"
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
_TOKEN = re.compile(r"\w+")
_NEAR_WORDS = 3
_NEAR_CHARS = 60
_GIVEN_NAME = re.compile(r"(?<![\w'’\-])([^\W\d_]+)[ \t\n\r\u00a0]+$")
_SENTENCE_END = '"“”‘(.!?:;'


def _scanner(trap_words: set[str]) -> re.Pattern[str]:
    """The scan, led by a test of the first character: most positions fail it, and fail fast."""
    if not trap_words:
        return re.compile(rf"(?=[AaEe{_CAPITAL}]){_CAPITALISED}")
    words = "|".join(re.escape(w) for w in sorted(trap_words, key=len, reverse=True))
    initials = "|".join(sorted({re.escape(w[:1]) for w in trap_words}))
    return re.compile(
        rf"(?=[AaEe{_CAPITAL}]|(?i:{initials}))(?:{_CAPITALISED}|(?<![\w\-])(?P<trap>(?i:{words}))(?![\w]))"
    )


def _after_given_name(text: str, begin: int) -> bool:
    """A capitalised word that does not start a sentence stands right before ``begin`` ("Igor Nikolaev")."""
    window = max(0, begin - 40)
    m = _GIVEN_NAME.search(text, window, begin)
    if m is None or m.start() == window > 0:
        return False
    word = m.group(1)
    if not (word[0].isupper() and word[1:].islower()):
        return False  # "in Nikolaev", "US Nikolaev"
    before = text[max(0, m.start() - 8) : m.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_END


def _word_keys(word: str, sensitive: bool) -> tuple[str, ...]:
    """How the scan looks a word up: without apostrophes, and without a possessive 's."""
    if sensitive:
        return (word,)
    plain = _APOSTROPHE.sub("", word.casefold())
    return (plain, plain[:-1]) if word[-2:-1] in _APOSTROPHES and word.endswith(("s", "S")) else (plain,)


def _first_word(form: str, sensitive: bool) -> str:
    """The word a form starts with, as the scan sees it (after any article)."""
    stripped = _fold(form.strip() if sensitive else _ARTICLE.sub("", form.strip()))
    m = re.match(_WORD, stripped)
    return _word_keys(m.group() if m else stripped, sensitive)[0]


class _LazyPattern:
    """A regular expression written and compiled when first used: a page names few of the listed
    names, and a run that loads thousands of them (the world place packs) writes few patterns."""

    __slots__ = ("_compiled", "_forms", "_sensitive")

    def __init__(self, forms: list[str], sensitive: bool) -> None:
        self._forms = forms
        self._sensitive = sensitive
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if self._compiled is None:
            body = "|".join(_form_pattern(f) for f in sorted(self._forms, key=len, reverse=True))
            article = "" if self._sensitive else r"(?:(?:[Aa]l|[Ee]l)[\-\u2010\u2011 ])?"
            source = rf"(?<![\w\-]){article}(?:{body})(?![\w])"
            self._compiled = re.compile(source, 0 if self._sensitive else re.I)
        return self._compiled.match(text, pos, endpos)


def _alternation(forms: list[str], sensitive: bool) -> _LazyPattern:
    return _LazyPattern(forms, sensitive)


def _capitalised(surface: str) -> bool:
    """Names in prose start with a capital (after any article); 'homs' or 'hims' is not a name."""
    rest = _ARTICLE.sub("", surface)
    return rest[:1].isupper()
