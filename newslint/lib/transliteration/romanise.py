"""Keys under which romanisations of one Arabic, Persian, Kurdish, Central Asian or Slavic name coincide.

"Tal Hamis" and "Tel Hamees", "Raqqa" and "Raqqeh", "Mayadin" and "al-Mayadeen" get one key;
"Iran" and "Iraq", "Hama" and "Hamas", "Niger" and "Nigeria" keep theirs apart. The key drops
articles (al-, el-, and the assimilated ad-, ar-, as-, ash-, az-, ez-, an-, at-), diacritics,
apostrophes (an ayn or hamza may be written or not: "Ta'izz", "Taizz"), spaces and hyphens; folds
q/k, dh/z, gh/g, zh/dj/j, ph/f, ou/oo/u, ee/i, aw/u, a y between a syllable and a vowel to i,
doubled consonants, the -ah/-eh endings and the Slavic -iv/-ov/-ev; and keeps vowels only as three
classes (a/e, i/y, o/u), one per vowel run, except a long "aa" ("Shaanxi" is not "Shanxi"), a
word's first vowel when it is a lone e ("Eden" is not "Aden"), and the vowels of a word written
with a c (not ch), which no romanisation uses: "Colombia" is not "Columbia".

A name also has *other keys* (:func:`name_keys`), each the key with one more variation read into
one word: dh as d ("Kadhimi", "Kadimi"), kh as h ("Mikhail", "Mihail"), an article fused into the
word as article and name ("Deir Ezzor" as "Deir ez-Zor", "Arrastan" as "ar-Rastan"), a short
vowel between consonants dropped, inside the word or in its last syllable ("Zabadani", "Zabdani";
"Tulkarem", "Tulkarm"), a long vowel in an open syllable written once ("Farmaajo", "Farmajo";
"Saada", "Sa'dah"), a y before a vowel read as i ("Bryansk", "Briansk"; "Chechnya", "Chechnia")
or, after an i, left out ("Jabaliya", "Jabalia"; "Aliyev", "Aliev") or, in a longer word, between
two vowels ("Tokayev", "Tokaev"; "Makeyevka", "Makeevka"), and a w before a vowel read as v, as
Persian and Turkic names are written either way ("Ahwaz", "Ahvaz"). The Persian and Urdu izafe
that joins the words of a name ("Tehrik-e-Taliban", "Hizb-i-Islami") is left out of every key, as
an article is. Two names are one when the key of one is a key of the other: other keys are never
compared with each other, so two variations never add up.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

IZAFE = frozenset({"e", "i"})  # "Tehrik-e-Taliban", "Hizb-i-Islami"
ARTICLES = frozenset({"al", "el", "il", "ad", "ar", "as", "ash", "az", "ez", "an", "at", "ath", "ed", "er", "es", "et"})
_ARTICLE_PREFIX = re.compile(r"^(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + r")[\s\-\u2010\u2011]+")
_DIGRAPHS = (
    ("ph", "f"), ("zh", "j"), ("dh", "z"), ("gh", "g"), ("dj", "j"), ("ck", "k"), ("q", "k"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("yi", "i"),
)  # fmt: skip
_AW = re.compile(r"aw(?![aeiouy])")  # Zawr/Zour/Zor
# After a syllable: Maryupol/Mariupol, Syrdarya/Sirdaria (not "Lyons", "Wyatt": Lions, Witt).
_Y_BEFORE_VOWEL = re.compile(r"(?<=[aeiou][b-df-hj-np-tv-xz])y(?=[aeiou])")
_SLAVIC_ENDING = re.compile(r"(?:[iy]i|[ioey])v$")  # Kyiv/Kiev, Kharkiv/Kharkov
_VOWEL_CLASS = {"a": "A", "e": "A", "i": "I", "y": "I", "o": "U", "u": "U"}
_VOWEL_RUN = re.compile(r"(?:[aeiou]|y(?![aeiou]))+")
_FIRST_GROUP = itemgetter(1)  # a replacement for re.sub, faster than the template r"\1"
_LONE_E = re.compile(r"e(?![aeiou]|y(?![aeiou]))")  # a vowel run of one e
_DOUBLE = re.compile(r"([b-z])\1+")  # not "aa"
_NOT_LETTER = re.compile(r"[^a-z]+")
# An article fused into the word, assimilated to a doubled sun letter: "Ezzor", "Arrastan", "Assuwayda".
_FUSED_ARTICLE = re.compile(r"^[ae](?=(th|dh|sh|[dnrstz])\1[aeiouy])")
_FUSED_REST = (3, 4)  # letters left after a fused article, in a longer name and alone ("Assad" is not as-Sad)
# A short vowel after a consonant and before a consonant and another vowel (the key writes vowels in capitals).
_VOWEL_IN_KEY = re.compile("[A-Z]")
_MEDIAL_VOWEL = re.compile(r"(?<=[a-z])[AEIOU](?=[a-z]+[A-Z]|[a-z]$)")
# Written twice in an open syllable (ee and oo are folded already); "Baath", "Shaanxi" keep theirs.
_LONG_VOWEL = re.compile(r"([aiu])\1(?=[b-df-hj-np-tv-z][aeiouy])")
# A y before a vowel: left out after an i (-iya, -iyev), read as i after two letters that end in a
# consonant (a y after a vowel and a consonant is read as i in every key; "Lyons", "Syria" keep theirs).
_GLIDE_AFTER_I = re.compile(r"(?<=i)y(?=[aeiou])")
_GLIDE_BETWEEN_VOWELS = re.compile(r"(?<=[aeou])y(?=[aeiou])")
_GLIDE_WORD = 6  # letters a word needs for its glide to come and go: "Goya" is not "Goa"
_Y_AFTER_CONSONANTS = re.compile(r"(?<=[a-z][b-df-hj-np-tv-xz])y(?=[aeiou])")
_W_BEFORE_VOWEL = re.compile(r"(?<=[a-z])w(?=[aeiou])")
_LATIN_C = re.compile(r"c(?!h)")
_CACHED = 16384  # keys kept: a long page repeats its names many times, and a run of pages its common words
_WORDS = re.compile(r"[\s\u00a0\-\u2010\u2011]+")


def _plain(word: str) -> str:
    if word.isascii():
        return word.casefold()  # nothing to decompose
    text = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _fold(text: str) -> str:
    """A word's letters with the variations every key reads the same way."""
    for old, new in _DIGRAPHS:
        text = text.replace(old, new)
    text = _AW.sub("u", text)
    return _Y_BEFORE_VOWEL.sub("i", text)


def _vowel_class(m: re.Match[str]) -> str:
    run = m.group()
    return "AA" if run == "aa" else _VOWEL_CLASS[run[0]]  # "aa": a long vowel written twice ("Shaanxi", "Baath")


def _classes(text: str) -> str:
    """The folded letters as a key: endings settled, doubled letters single, vowels as classes.

    A c that is not in ch marks a name in its own Latin alphabet (no romanisation of Arabic,
    Persian or Cyrillic writes it): its vowels are its own letters ("Colombia" is not "Columbia").
    """
    if len(text) > 3 and text.endswith("e") and text[-2] not in "aeiouyh":
        text = text[:-1]  # an English silent e: "Marine" is not "Marina"
    if len(text) > 2 and text.endswith("h") and text[-2] in "aeiou":
        text = text[:-1]
    text = _SLAVIC_ENDING.sub("iv", text)
    text = _DOUBLE.sub(_FIRST_GROUP, text)
    if _LATIN_C.search(text):
        return _VOWEL_RUN.sub(lambda m: m.group().upper(), text)
    key = _VOWEL_RUN.sub(_vowel_class, text)
    if _LONE_E.match(text):
        return "E" + key[1:]  # "Eden", "Ellis": English names, where Arabic ones start with a ("Aden")
    return key


@lru_cache(maxsize=_CACHED)
def word_key(word: str) -> str:
    """The key of one word (its article already split off)."""
    return _classes(_fold(_NOT_LETTER.sub("", _plain(word))))


@lru_cache(maxsize=_CACHED)
def word_keys(word: str, alone: bool = True) -> tuple[str, ...]:
    """The word's key, then its other keys (``alone``: the word is the whole name)."""
    return _keys(_NOT_LETTER.sub("", _plain(word)), alone)


def _keys(letters: str, alone: bool) -> tuple[str, ...]:
    key = _classes(_fold(letters))
    others = []
    if "dh" in letters:
        others.append(_classes(_fold(letters.replace("dh", "d"))))
    if "kh" in letters:
        others.append(_classes(_fold(letters.replace("kh", "h"))))
    if _LONG_VOWEL.search(letters):
        others.append(_classes(_fold(_LONG_VOWEL.sub(_FIRST_GROUP, letters))))
    if "y" in letters:
        read = _Y_AFTER_CONSONANTS.sub("i", _GLIDE_AFTER_I.sub("", letters))
        if read != letters:
            others.append(_classes(_fold(read)))
        between = _GLIDE_BETWEEN_VOWELS.sub("", letters)
        if between != letters and len(letters) >= _GLIDE_WORD:
            others.append(_classes(_fold(between)))
    if "w" in letters and _W_BEFORE_VOWEL.search(letters):
        others.append(_classes(_fold(_W_BEFORE_VOWEL.sub("v", letters))))
    fused = _FUSED_ARTICLE.match(letters)
    if fused and len(letters) - 1 - len(fused.group(1)) >= _FUSED_REST[alone]:
        others.append(word_key(letters[1 + len(fused.group(1)) :]))
    first = _VOWEL_IN_KEY.search(key)  # the first syllable keeps its vowel
    if first is not None:
        others.extend(key[: m.start()] + key[m.end() :] for m in _MEDIAL_VOWEL.finditer(key, first.end()))
    if not others:
        return (key,)
    return (key, *dict.fromkeys(k for k in others if k != key))


def _words(name: str) -> list[str]:
    return [w for w in _WORDS.split(_plain(name).strip()) if w and w not in ARTICLES and w not in IZAFE]


@lru_cache(maxsize=_CACHED)
def name_key(name: str) -> str:
    """The key of a name of one or more words; articles before any word are dropped."""
    return "".join(word_key(w) for w in _words(name))


@lru_cache(maxsize=_CACHED)
def name_keys(name: str) -> tuple[str, ...]:
    """The name's key, then its other keys: each with one word read with one of its variations."""
    words = _words(name)
    if len(words) == 1:
        return word_keys(words[0])
    each = [word_keys(w, False) for w in words]
    keys = [k[0] for k in each]
    key = "".join(keys)
    others = ["".join(keys[:i]) + other + "".join(keys[i + 1 :]) for i, word in enumerate(each) for other in word[1:]]
    return (key, *dict.fromkeys(k for k in others if k != key))


def strip_article(name: str) -> str:
    return _ARTICLE_PREFIX.sub("", name)
