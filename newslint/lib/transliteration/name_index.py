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

A person's entry may list the surname alone beside the full names ("Gaddafi" beside "Muammar
Gaddafi"). A listed form that ends another form of the same name is that form's *short form*: the
two agree (the surname is spelled the same), so an article may use both, while "Gadhafi" agrees
with neither.
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
_SEPARATOR = re.compile(_SEPARATORS)


def _without_article(text: str) -> str:
    """The text without a leading Arabic article ("al-", "el-"); most names start with no a or e."""
    return _ARTICLE.sub("", text) if text[:1] in "aAeE" else text


@lru_cache(maxsize=4096)  # a long page repeats its names many times
def spelling_key(form: str) -> str:
    """What two spellings must share to be the same spelling."""
    return _key(form)


def _key(form: str) -> str:
    text = form
    if not text.isascii():  # ASCII has nothing to decompose
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _without_article(text.strip()).casefold()
    if _ANY_APOSTROPHE.search(text) is None:
        return _NOT_IN_KEY.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _INNER_APOSTROPHE.sub("\x00", text)  # kept through the letters-only step below
    return _NOT_IN_KEY.sub("", text).replace("\x00", "'")


def without_apostrophes(key: str) -> str:
    """A spelling key with its apostrophes left out: the spellings that differ only by them share it."""
    return key.replace("'", "")


def with_article(surface: str, spelling: str) -> str:
    """``spelling`` with the leading article the surface was written with ("al-Raqqah" -> "al-Raqqa"),
    capitalised where the surface's is ("Al-Qaeda" at a sentence start -> "Al-Qaida")."""
    article = _ARTICLE.match(surface)
    if article is None:
        return spelling
    if _ARTICLE.match(spelling):
        return spelling[:1].upper() + spelling[1:] if surface[:1].isupper() else spelling
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
        # spelling key -> the forms of its name, from every pack (one list per name), for short forms
        self._name_forms: dict[str, list[str]] = {}
        self._tails: dict[int, dict[str, frozenset[str]]] = {}  # per name, worked out when first asked
        for pack in packs:
            for entry in pack.entries:
                sensitive = entry.case_sensitive
                # Forms of one key are one spelling, each found as written ("Abdel Fattah al-Burhan" and
                # "Abdelfattah al-Burhan" join the same letters differently).
                written = [((sensitive, self.key_of(form, entry)), form) for form in (entry.canonical, *entry.variants)]
                slots = {slot: form for slot, form in reversed(written)}  # the first form of each key
                # An entry that shares a spelling with an earlier one (a house pack re-listing a
                # bundled name) joins it: one name, the earlier entry's canonical spelling.
                owner = next((self.by_key[slot] for slot in slots if slot in self.by_key), (entry, pack.name))
                forms = [form for slot, form in written if slot not in self.by_key]
                for slot in slots:
                    self.by_key.setdefault(slot, owner)
                if not sensitive:
                    own = [(slot[1], f) for slot, f in slots.items() if self.by_key[slot] is owner]
                    name = next((self._name_forms[k] for k, _ in own if k in self._name_forms), [])
                    for key, form in own:
                        name.append(form)
                        self._name_forms[key] = name
                if forms:
                    self._index(forms, sensitive, owner[0], owner[1])
                for trap in entry.traps:
                    self._index([trap], False, None, pack.name)
                    trap_words.add(_first_word(trap, False))
        # a listed spelling without its apostrophes -> that spelling (the first listed)
        self._by_plain: dict[str, str] = {}
        for sensitive, key in self.by_key:
            if not sensitive:
                self._by_plain.setdefault(without_apostrophes(key), key)
        self._fusable_longest = max((len(word) for _, word in self._fusable), default=0)
        # how much text after a word can hold a listed form or a trap, however its words are spaced
        listed = (f for p in packs for e in p.entries for f in (e.canonical, *e.variants, *e.traps))
        self._window = 4 * max(map(len, listed), default=0) + 64
        self._scan = _scanner(trap_words)
        self._candidates = lru_cache(maxsize=8192)(self._find_candidates)  # a page repeats its words

    def _index(self, forms: list[str], sensitive: bool, entry: NameEntry | None, pack: str) -> None:
        pattern = _LazyPattern(forms, sensitive)
        for form in forms:
            first = _first_word(form, sensitive)
            candidates = self._starts.setdefault((sensitive, first), [])
            if all(p is not pattern for p, _, _ in candidates):
                candidates.append((pattern, entry, pack))
            if _SEPARATOR.search(_without_article(form.strip())):
                self._fusable.add((sensitive, first))

    def key_of(self, form: str, entry: NameEntry) -> str:
        return form if entry.case_sensitive else spelling_key(form)

    def _listed(self, key: str) -> str:
        """The listed spelling a spelling is, with an apostrophe more or less (itself when listed)."""
        return key if key in self._name_forms else self._by_plain.get(without_apostrophes(key), key)

    def _name_tails(self, key: str) -> dict[str, frozenset[str]]:
        """For each spelling of the name ``key`` spells, the keys of the shorter listed forms it ends with."""
        forms = self._name_forms.get(key)
        if forms is None:
            return {}
        found = self._tails.get(id(forms))
        if found is None:
            found = {}
            keys = {spelling_key(form) for form in forms}
            for form in forms:
                ends = keys.intersection(_tail_keys(form))
                if ends:
                    found[spelling_key(form)] = found.get(spelling_key(form), frozenset()) | ends
            self._tails[id(forms)] = found
        return found

    def tails(self, key: str) -> frozenset[str]:
        """The keys of the shorter listed forms of its name that a spelling ends with ("gaddafi"). A
        spelling with an apostrophe more or less than a listed one ends with those its letters end with."""
        listed = self._listed(key)
        ends = self._name_tails(listed).get(listed, frozenset())
        return ends if listed == key else frozenset(end for end in ends if key.endswith(end))

    def is_short(self, key: str) -> bool:
        """The spelling is a short form: it ends another listed form of its name (or is one, with an
        apostrophe more or less)."""
        listed = self._listed(key)
        return any(listed in ends for ends in self._name_tails(listed).values())

    def agree(self, a: str, b: str) -> bool:
        """Two spellings of one name are the same, or one is a short form of the other ("Gaddafi",
        "Muammar Gaddafi"): an article may use both."""
        return a == b or a in self.tails(b) or b in self.tails(a)

    def surname_key(self, key: str) -> str:
        """The key of the shortest listed form a spelling ends with (itself when it has none)."""
        return min(self.tails(key), key=len, default=key)

    def fit(self, model: str, surface: str) -> str:
        """``model`` as a replacement of ``surface``, a short form for a short form and a full name for a
        full name: "Gaddafi" replaces "Gadhafi" after "Muammar Gaddafi"; "Muammar Gadhafi" replaces
        "Muammar Gaddafi" where "Gadhafi" is the article's spelling (the given name stays)."""
        model_short = self.is_short(spelling_key(model))
        if model_short == self.is_short(spelling_key(surface)):
            return model
        if model_short:  # the use's own short form, else as many last words as the model has
            ends = [end for end in _ends(surface) if self.is_short(spelling_key(end))]
            end = ends[0] if ends else _last_words(surface, model)
            return surface[: len(surface) - len(end)] + model
        ends = [end for end in _ends(model) if self.is_short(spelling_key(end))]
        return with_article(surface, ends[-1] if ends else _last_words(model, surface))

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
            probe = None  # the spelling key of the text from this word on, without apostrophes: a form begins it
            for sensitive, start, first in tries:
                for pattern, entry in self._candidates(first, sensitive):
                    if pattern.keys and pattern.compiled is None:  # once compiled, a failed match is cheap
                        if probe is None:
                            at = word.start("cap") if capitalised else word.start("trap")
                            probe = without_apostrophes(_key(folded[at : min(end, at + self._window)]))
                        if not probe.startswith(pattern.keys):
                            continue  # no form can match here: its pattern need not be compiled
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
            listed = self._by_plain.get(without_apostrophes(key))
            found = None if listed is None else self.by_key[(False, listed)]
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
            # A capitalised cue is a name or a title and matches as written ("Pro" in "Saudi Pro League",
            # not "pro-group"); a lower-case cue matches in any case ("Club", "club").
            names = {cue for cue in homonym.cues if not cue.islower()}
            words = {cue for cue in homonym.cues if cue.islower()}
            if any(word in names or word.casefold() in words for word in near):
                return homonym.name
            if homonym.after_given_name and _after_given_name(text, hit.begin):
                return homonym.name
        return None


_WORD = re.compile(r"[^\W_][\w'’ʼ]*")
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
    plain = word.casefold()
    if any(mark in plain for mark in _APOSTROPHES):
        plain = _APOSTROPHE.sub("", plain)
    return (plain, plain[:-1]) if word[-2:-1] in _APOSTROPHES and word.endswith(("s", "S")) else (plain,)


def _ends(text: str) -> list[str]:
    """The last words of a name, longest first ("al-Qaddafi", "Qaddafi" of "Muammar al-Qaddafi")."""
    text = text.strip()
    return [text[m.end() :] for m in _SEPARATOR.finditer(text)]


def ending(surface: str, key: str) -> str:
    """The last words of a name that have a spelling key ("Gaddafi" of "Muammar Gaddafi"), or the name."""
    return next((end for end in _ends(surface) if spelling_key(end) == key), surface)


def _last_words(text: str, like: str) -> str:
    """The last words of ``text``, as many as ``like`` has (all of it when it has fewer)."""
    ends = _ends(text)
    count = len(_ends(like))  # the separators of ``like``: one word fewer than it has
    return ends[len(ends) - count - 1] if count < len(ends) else text.strip()


def _tail_keys(form: str) -> set[str]:
    """The spelling keys of the last words of a form."""
    return {spelling_key(end) for end in _ends(form)}


def _first_word(form: str, sensitive: bool) -> str:
    """The word a form starts with, as the scan sees it (after any article)."""
    stripped = _fold(form.strip() if sensitive else _without_article(form.strip()))
    m = _WORD.match(stripped)
    return _word_keys(m.group() if m else stripped, sensitive)[0]


class _LazyPattern:
    """The regular expression of some forms, written and compiled when first used: a page names
    few of the listed names, and the packs list hundreds (the world place packs thousands).
    ``keys`` are the forms' spelling keys without apostrophes, which the text must begin with."""

    __slots__ = ("_forms", "_sensitive", "compiled", "keys")

    def __init__(self, forms: list[str], sensitive: bool) -> None:
        self._forms = forms
        self._sensitive = sensitive
        self.compiled: re.Pattern[str] | None = None
        self.keys = () if sensitive else tuple(without_apostrophes(spelling_key(form)) for form in forms)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if self.compiled is None:
            self.compiled = _alternation(self._forms, self._sensitive)
        return self.compiled.match(text, pos, endpos)


def _alternation(forms: list[str], sensitive: bool) -> re.Pattern[str]:
    body = "|".join(_form_pattern(f) for f in sorted(forms, key=len, reverse=True))
    article = "" if sensitive else r"(?:(?:[Aa]l|[Ee]l)[\-\u2010\u2011 ])?"
    return re.compile(rf"(?<![\w\-]){article}(?:{body})(?![\w])", 0 if sensitive else re.I)


def _capitalised(surface: str) -> bool:
    """Names in prose start with a capital (after any article); 'homs' or 'hims' is not a name."""
    rest = _without_article(surface)
    return rest[:1].isupper()
