"""Finding the names of a names pack in prose, whatever their spelling.

Every form of an entry (canonical and variants) becomes part of one regular expression in which
spaces and hyphens are interchangeable and may break across lines, apostrophes are optional
(and may stand before any vowel but the first)
and a leading Arabic article ("al-", "el-") may stand before a form that has none. A match is
identified by its *spelling key*: the form casefolded, without diacritics, article, spaces,
hyphens and apostrophes, so that "al-Raqqa", "Raqqa" and "RAQQA" count as one spelling while
"Raqqah" counts as another.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.packs import NameEntry, NamesPack

_SEPARATORS = r"[\s\u00a0\-\u2010\u2011]+"
_APOSTROPHES = "'’ʼ‘`"
_ARTICLE = re.compile(r"^(?:al|el)[\s\-\u2010\u2011]+(?=\S)", re.I)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def spelling_key(form: str) -> str:
    """What two spellings must share to be the same spelling."""
    text = unicodedata.normalize("NFKD", form)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _ARTICLE.sub("", text.strip())
    text = text.casefold()
    text = text[:-2] if text.endswith(("'s", "’s")) else text
    return _NON_ALNUM.sub("", text)


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
    optional = f"[{_APOSTROPHES}]?"
    for part in parts:
        pieces = []
        for i, ch in enumerate(part):
            if ch in _APOSTROPHES:
                pieces.append(optional)
            else:  # an ayn or hamza may stand before a vowel: "Hay'at", "Sana'a", "Ba'ath"
                vowel = i and ch in "aeiouAEIOU" and part[i - 1] not in _APOSTROPHES
                pieces.append((optional if vowel else "") + re.escape(ch))
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


_FOLD = _diacritic_table()


def _fold(text: str) -> str:
    """The text with diacritics dropped, keeping its length (so offsets stay valid)."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class NameHit:
    entry: NameEntry
    pack: str
    key: str
    begin: int
    end: int


class NameIndex:
    """All entries of some names packs, found in a text in one pass.

    A fast scan visits each word once; only words that can begin a listed form (or a trap) are
    tried against that entry's own pattern, so the cost grows with the text, not the packs.
    Packs are read in order: the first to list a spelling decides which name it belongs to.
    """

    def __init__(self, packs: list[NamesPack]) -> None:
        self.by_key: dict[tuple[bool, str], tuple[NameEntry, str]] = {}
        # first word of a form (casefolded unless case-sensitive) -> (pattern, entry or None for a trap, pack)
        self._starts: dict[tuple[bool, str], list[tuple[re.Pattern[str], NameEntry | None, str]]] = {}
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

    def _index(self, forms: list[str], sensitive: bool, entry: NameEntry | None, pack: str) -> None:
        pattern = _alternation(forms, sensitive)
        for first in {_first_word(f, sensitive) for f in forms}:
            candidates = self._starts.setdefault((sensitive, first), [])
            if all(p is not pattern for p, _, _ in candidates):
                candidates.append((pattern, entry, pack))

    def key_of(self, form: str, entry: NameEntry) -> str:
        return form if entry.case_sensitive else spelling_key(form)

    def find(self, text: str, begin: int = 0, end: int | None = None) -> Iterator[NameHit]:
        """Every name in ``text[begin:end]``, skipping traps (look-alikes that are other names)."""
        end = len(text) if end is None else end
        folded = _fold(text)
        taken = begin
        for word in _WORDS.finditer(folded, begin, end):
            if word.start() < taken:
                continue
            best: tuple[int, int, NameEntry | None] | None = None
            for sensitive, start in ((False, word.start()), (True, word.start(1))):
                for key in _word_keys(word.group(1), sensitive):
                    for pattern, entry, _ in self._starts.get((sensitive, key), ()):
                        m = pattern.match(folded, start, end)
                        if m and (best is None or m.end() > best[1] or (m.end() == best[1] and entry is None)):
                            best = (start, m.end(), entry)
            if best is None:
                continue
            start, stop, entry = best
            taken = stop
            if entry is None:
                continue  # a trap: another name that looks like a listed one
            surface = text[start:stop]
            if not entry.case_sensitive and not _capitalised(surface):
                continue
            key = self.key_of(surface, entry)
            found = self.by_key.get((entry.case_sensitive, key))
            if found:
                yield NameHit(found[0], found[1], key, start, stop)


_WORD = r"[^\W_][\w'’ʼ]*"
# Names start with a capital letter (after any article), so the scan only stops at those words.
_WORDS = re.compile(r"(?<![\w\-])(?:(?:[Aa]l|[Ee]l)[\-\u2010\u2011 ])?([A-Z\u00c0-\u00de\u0100-\u024f][\w'’ʼ]*)")
_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")


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


def _alternation(forms: list[str], sensitive: bool) -> re.Pattern[str]:
    body = "|".join(_form_pattern(f) for f in sorted(forms, key=len, reverse=True))
    article = "" if sensitive else r"(?:(?:[Aa]l|[Ee]l)[\-\u2010\u2011 ])?"
    return re.compile(rf"(?<![\w\-]){article}(?:{body})(?![\w])", 0 if sensitive else re.I)


def _capitalised(surface: str) -> bool:
    """Names in prose start with a capital (after any article); 'homs' or 'hims' is not a name."""
    rest = _ARTICLE.sub("", surface)
    return rest[:1].isupper()
