"""Finding the names of a names pack in prose, whatever their spelling.

Every form of an entry (canonical and variants) becomes part of one regular expression in which
spaces and hyphens are interchangeable and may break across lines, apostrophes are optional
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


def _form_pattern(form: str) -> str:
    parts = re.split(_SEPARATORS, form.strip())
    escaped = []
    for part in parts:
        piece = "".join(f"[{_APOSTROPHES}]?" if ch in _APOSTROPHES else re.escape(ch) for ch in part)
        escaped.append(piece)
    return _SEPARATORS.join(escaped)


@dataclass(frozen=True, slots=True)
class NameHit:
    entry: NameEntry
    pack: str
    key: str
    begin: int
    end: int


class NameIndex:
    """All entries of some names packs, matched in one pass over a text."""

    def __init__(self, packs: list[NamesPack]) -> None:
        self.by_key: dict[tuple[bool, str], tuple[NameEntry, str]] = {}
        forms: dict[bool, list[str]] = {True: [], False: []}
        traps: list[str] = []
        for pack in packs:
            for entry in pack.entries:
                for form in (entry.canonical, *entry.variants):
                    slot = (entry.case_sensitive, spelling_key(form) if not entry.case_sensitive else form)
                    if slot not in self.by_key:
                        self.by_key[slot] = (entry, pack.name)
                        forms[entry.case_sensitive].append(form)
                traps.extend(entry.traps)
        self._patterns = [(sensitive, _alternation(found, sensitive)) for sensitive, found in forms.items() if found]
        self._traps = _alternation(traps, False) if traps else None

    def key_of(self, form: str, entry: NameEntry) -> str:
        return form if entry.case_sensitive else spelling_key(form)

    def find(self, text: str, begin: int = 0, end: int | None = None) -> Iterator[NameHit]:
        """Every name in ``text[begin:end]``, skipping traps (look-alikes that are other names)."""
        end = len(text) if end is None else end
        trapped = [m.span() for m in self._traps.finditer(text, begin, end)] if self._traps else []
        for sensitive, pattern in self._patterns:
            for m in pattern.finditer(text, begin, end):
                surface = m.group()
                if not sensitive and not _capitalised(surface):
                    continue
                if any(s < m.end() and m.start() < e for s, e in trapped):
                    continue
                key = surface if sensitive else spelling_key(surface)
                found = self.by_key.get((sensitive, key))
                if found is None and not sensitive:
                    found = self.by_key.get((sensitive, spelling_key(_ARTICLE.sub("", surface))))
                if found:
                    yield NameHit(found[0], found[1], key, m.start(), m.end())


def _alternation(forms: list[str], sensitive: bool) -> re.Pattern[str]:
    body = "|".join(_form_pattern(f) for f in sorted(forms, key=len, reverse=True))
    article = "" if sensitive else r"(?:(?:[Aa]l|[Ee]l)[\-\u2010\u2011 ])?"
    return re.compile(rf"(?<![\w\-]){article}(?:{body})(?![\w])", 0 if sensitive else re.I)


def _capitalised(surface: str) -> bool:
    """Names in prose start with a capital (after any article); 'homs' or 'hims' is not a name."""
    rest = _ARTICLE.sub("", surface)
    return rest[:1].isupper()
