"""The figures of English news copy: counts, percentages, money and measures that are claims.

A figure is a number (digits, "twelve", "a dozen", "hundreds") with what it counts: a percent
sign or word, a currency, a unit, or a plural noun a few words on ("18 civilians", "3,000
displaced families", "thousands of people"). Numbers that are not claims are left out: years,
dates, times, ages, ordinals and compound adjectives ("4th Division", "a two-day battle"),
durations ("10 days"), numbers in names ("Resolution 2254", "F-16s", "Group of Seven") and
numbers after a determiner that refer back ("the two sides", "her four children").

``find_figures`` is pure and uses regexes compiled once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["percentage", "money", "casualty", "count", "measure"]

_SMALL = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    "|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_WORD_NUMBER = (
    rf"(?:(?:{_TENS})(?:-(?:one|{_SMALL}))?|{_SMALL}|one(?=\s+{_SCALE_WORD})|an?(?=\s+(?:dozen|{_SCALE_WORD})))"
    rf"(?:\s+(?:dozen|{_SCALE_WORD}))?(?:\s+{_SCALE_WORD})?"
)
_COLLECTIVE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)(?=\s+of\b)"
)
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s+{_SCALE_WORD})?"
_ONE = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_CURRENCY = r"(?:US\$|[CA]\$|\$|€|£|₴|₽|¥)"
_NUMBER = re.compile(
    rf"(?<![\w.,/:$€£-])(?P<cur>{_CURRENCY}\s?)?(?P<num>{_COLLECTIVE}|{_ONE}(?:\s?[-–]\s?{_ONE}|\s+to\s+{_ONE})?)"
    r"(?P<abbr>(?<=\d)(?:bn|m|k)\b)?(?![\w-]|\.\d|:\d)",
    re.I,
)
_BETWEEN = re.compile(rf"\s+and\s+{_ONE}(?![\w-])", re.I)
_FRACTION = re.compile(
    r"(?<![\w-])(?:two-thirds|three-quarters|one-third|one-quarter"
    r"|(?:(?<=than )|(?<=nearly )|(?<=almost )|(?<=about )|(?<=around )|(?<=roughly )|(?<=over )|(?<=only ))"
    r"half(?!\s+an?\s))"
    r"(?=\s+of\b|(?<=half)[\s,.;])",
    re.I,
)
_PERCENT = re.compile(r"\s?%|[ \u00a0-](?:percent|per\s+cent|percentage\s+points?)\b", re.I)
_MONEY_WORDS = re.compile(
    r"[ \u00a0](?:(?:US|U\.S\.|Syrian|Iraqi|Ukrainian|Russian|Lebanese|Turkish)\s+)?"
    r"(?:dollars?|euros?|rubles?|roubles?|hryvnias?|liras?|dinars?|riyals?|dirhams?|yuan|yen|rupees?|francs?)\b"
    r"|[ \u00a0](?:Syrian|Lebanese|Egyptian|British|Sudanese|sterling)\s+pounds\b",
    re.I,
)
_UNIT = re.compile(
    r"[ \u00a0-]?(?:square\s+|cubic\s+)?(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|yards?|hectares?"
    r"|acres?|tonnes?|tons?|kg|kilograms?|barrels?|lit(?:er|re)s?|gallons?|megawatts?|MW|kilowatts?|km2|sq\s+km)\b",
    re.I,
)
_WHERE = re.compile(
    r"(?:\s+\(.*?\))?\s+(?:(?:to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\b"
    r"|from\b|away\b|outside\b|off\b|inland\b|long\b|wide\b|high\b|deep\b|tall\b|above\b|below\b)",
    re.I,
)
_SPAN = re.compile(r"\s+from\s[^,.;]{1,40}?\bto\s", re.I)  # a length, "runs 1,000 km from Kharkiv to Kherson"
_MARKET = re.compile(
    r"\b(?:shares|stocks?|index|indexes|indices|futures|yields?|bonds?|notes|Treasur(?:y|ies)|Nikkei|Dow|S&P|Nasdaq"
    r"|FTSE|DAX|Hang Seng|crude|Brent|gold|copper|alumin(?:um|ium)|bitcoin|currenc(?:y|ies)"
    r"|dollar|greenback|euro|yen|yuan|sterling|pound|franc|rupee|rouble|ruble|lira)\b",
    re.I,
)
_MOVED = re.compile(
    r"(?:\b(?:rose|fell|gained|lost|slipped|climbed|jumped|dropped|slumped|eased|edged|rallied|declined|shed|sank"
    r"|surged|tumbled|plunged|strengthened|weakened|firmed|appreciated|depreciated|yield|(?:up|down)\s+from"
    r"|(?:was|were|is|are|closed|ended|finished|trading|traded)\s+(?:up|down))|,\s*(?:up|down))"
    r"(?:\s+(?:by\s+)?\d+(?:\.\d+)?\s+(?:basis\s+points?|bps|percentage\s+points?|points?))?"  # "4.8 basis points"
    r"(?:\s+(?:up|down|by|to|about|nearly|almost|some))*\s+$",
    re.I,
)
_DISCOUNT = re.compile(r"\s+discount\b", re.I)  # "a 25% discount": an offer, not a claim
_ODDS = re.compile(r"\s+(?:odds|long[\s-]?shots?|shots?|favou?rites?|underdogs?)\b", re.I)  # "a 50-1 long shot"
_LEGAL_AFTER = re.compile(
    r"(?:[ \u00a0-](?:cash|surety|library|parking|civil|court))?[ \u00a0-](?:bond|bail|fines?)\b", re.I
)
_LEGAL_BEFORE = re.compile(r"\b(?:bail|bond|fine)\s+(?:(?:was|is|of|set\s+at|at)\s+)+(?:up\s+to\s+)?$", re.I)
_HIGHER = re.compile(r"\s+(?:higher|lower)\b", re.I)
_SINGULAR_UNITS = frozenset(
    "kilometer kilometre mile meter metre foot yard hectare acre tonne ton kilogram barrel liter litre gallon "
    "megawatt kilowatt".split()
)
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w’'.-]*)")
_PREVIOUS_WORD = re.compile(r"([\w’'.]+)[ \u00a0]+$")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_AFTER_MONTH = re.compile(rf"(?<![\w]){_MONTH}\s+$", re.I)
_BEFORE_MONTH = re.compile(rf"\s+{_MONTH}(?!\w)", re.I)
_TIME_OR_AGE = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|o['’]clock|-?years?-old|-?year-old)", re.I)
_YEAR = re.compile(r"1[89]\d\d|20\d\d|1[89]\d0s|20\d0s")

_DETERMINERS = frozenset(
    "the these those its his her their our my your all both each every first last next other second "
    "same latest previous remaining aged age no number room page route highway chapter article resolution"
    " flight channel platoon squad gate level table figure chart section exhibit appendix step part phase"
    " volume version model type class category grade stage season episode vol per".split()
)
_TIME_UNITS = frozenset(
    "seconds minutes hours days nights weeks months years decades centuries times generations rounds "
    "episodes seasons innings".split()
)
_FUNCTION = frozenset(
    "the a an and or but in on at to from by for with into onto over under than as that which who whom whose "
    "was were is are be been being had has have do does did will would could should may might must can not "
    "no nor so if then there here this these those it its they them he she his her we us our you i also only "
    "just more less most least about around after before since during per each every other more such".split()
)
_NOT_PLURAL = frozenset(
    "towards afterwards always perhaps sometimes besides unless thus whereas nearly across various previous "
    "serious famous numerous dangerous anonymous enormous analysis crisis basis thesis news series species "
    "means status campus bus gas plus focus bonus virus census chaos texas lens pounds".split()
)
_IRREGULAR = frozenset(
    "people children men women police personnel staff troops militia sheep cattle livestock aircraft "
    "dead wounded injured missing displaced homeless elderly youth clergy infantry".split()
)
_CASUALTY_NOUNS = frozenset(
    "dead wounded injured missing displaced homeless casualties deaths bodies victims refugees detainees "
    "prisoners hostages captives fatalities civilians".split()
)
_CASUALTY_WORDS = re.compile(
    r"\b(?:killed|kill|kills|killing|dead|deaths?|died|die|dies|dying|wounded|injured|injuries|injuring|"
    r"casualties|toll|lost|losses|massacred?|executed|slain|murdered|displaced|fled|flee|fleeing|refugees|homeless|"
    r"missing|detained|arrested|abducted|kidnapped|captured|held captive|prisoners?|hostages?|evacuated|"
    r"starved|victims|fatalities|lost their lives|claimed (?:the )?lives|buried|shot dead|shot and killed"
    r"|gunned down)\b",
    re.I,
)
_COUNT_VERB = re.compile(
    r"[ \u00a0]+(?:were|are|have\s+been|had\s+been|died|remain|remained|was|is)\b(?!\s+(?:old|years|aged))",
    re.I,
)
_REFERENTS = frozenset(("them", "those", "whom", "these"))
_OF_REFERENT = re.compile(r"[ \u00a0]+of\s+(?:them|those|whom|these)\b", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure in a text: its span (number to what it counts) and its kind."""

    start: int
    end: int
    text: str
    kind: Kind


def find_figures(text: str) -> list[Figure]:
    """The figures of one sentence, in order; casualty counts are told apart by the sentence's words."""
    found: list[Figure] = []
    casualty_sentence = _Toll(text)
    lower = text.lower()
    if "half" in lower or "third" in lower or "quarter" in lower:
        found.extend(Figure(m.start(), m.end(), m.group(), "percentage") for m in _FRACTION.finditer(text))
    for m in _NUMBER.finditer(text):
        figure = _figure_at(text, m, casualty_sentence)
        if figure is None:
            continue
        if figure.kind == "count":
            noun = figure.text.rsplit(None, 1)[-1].lower()
            people = noun in _PEOPLE or noun in _IRREGULAR or noun in _REFERENTS
            if noun in _CASUALTY_NOUNS or (casualty_sentence and people):
                figure = Figure(figure.start, figure.end, figure.text, "casualty")
        if found and figure.start < found[-1].end:
            continue  # the second number of a range already taken, "between 300 and 400 fighters"
        if found and figure.start < found[-1].end + 3 and text[figure.start - 1 : figure.start] == "(":
            continue  # a conversion in brackets, "30 kilometers (19 miles)"
        found.append(figure)
    found.sort(key=lambda f: f.start)
    return found


class _Toll:
    """Whether a sentence speaks of casualties, read on first use: most sentences never need it."""

    __slots__ = ("_text", "_value")

    def __init__(self, text: str) -> None:
        self._text = text
        self._value: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = bool(_CASUALTY_WORDS.search(self._text))
        return self._value


def _figure_at(text: str, m: re.Match[str], casualty: _Toll) -> Figure | None:
    start, end = m.start(), m.end()
    number = m.group("num")
    currency = m.group("cur")
    if _excluded(text, m, number, bool(currency)):
        return None
    if number.lower().startswith("between") or text[max(0, start - 8) : start].lower().endswith("between "):
        between = _BETWEEN.match(text, end)
        if between:
            end = between.end()
    if currency:
        tail = _MONEY_WORDS.match(text, end)
        if _is_price(number, m.group("abbr")) or _legal_amount(text, start, tail.end() if tail else end):
            return None
        return _make(text, start, tail.end() if tail else end, "money")
    for pattern, kind in ((_PERCENT, "percentage"), (_MONEY_WORDS, "money"), (_UNIT, "measure")):
        tail = pattern.match(text, end)
        if tail:
            if kind == "percentage" and _WHOLE.match(number) and not _OF.match(text, tail.end()):
                return None  # "100% cotton", "100 percent sure"
            if kind == "percentage" and _market_move(text, start, tail.end()):
                return None  # a price the market shows: "Nikkei futures lost 0.66%"
            if kind == "percentage" and _DISCOUNT.match(text, tail.end()):
                return None
            if kind == "percentage" and _worked_out(text, start, tail.end()):
                return None  # the share of counts just given: "in 33 starts (6.1%)"
            if kind == "money" and (_is_price(number, None) or _legal_amount(text, start, tail.end())):
                return None
            if kind == "measure" and tail.group().split()[-1].lower().lstrip("-") in _SINGULAR_UNITS:
                return None  # a measure used as an adjective describes a thing: "a 500-metre-wide dish"
            if kind == "measure" and _WHERE.match(text, tail.end()) and not _SPAN.match(text, tail.end()):
                return None  # where a place lies: "about 30 kilometers from the border"
            return _make(text, start, tail.end(), kind)  # type: ignore[arg-type]
    return _count(text, start, end, number, casualty)


def _market_move(text: str, start: int, end: int) -> bool:
    """Whether a percentage is how far a traded price moved, in a sentence about a market."""
    moved = _MOVED.search(text, max(0, start - 45), start) or _HIGHER.match(text, end)
    return bool(moved and _MARKET.search(text))


def _worked_out(text: str, start: int, end: int) -> bool:
    """Whether a percentage in brackets follows counts it is worked out from: "two wins in 33 starts (6.1%)"."""
    return (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and any(c.isdigit() for c in text[max(0, start - 40) : start - 1])
    )


def _is_price(number: str, abbreviation: str | None) -> bool:
    """A price tag, not a claim: an amount in cents ("$799.99"), under a thousand ("$15 off"), or a retail x99."""
    if abbreviation or _SCALED.search(number) or not number[:1].isdigit():
        return False
    if _CENTS.search(number):
        return True
    whole = number.replace(",", "").split(".")[0]
    return whole.isdigit() and (int(whole) < 1000 or whole.endswith(("99", "95")))  # "$1,599"


def _legal_amount(text: str, start: int, end: int) -> bool:
    """Bail, a bond or a fine: an amount set by a court or a law, on the record, not a claim."""
    return bool(_LEGAL_AFTER.match(text, end) or _LEGAL_BEFORE.search(text, max(0, start - 30), start))


def _make(text: str, start: int, end: int, kind: Kind) -> Figure:
    return Figure(start, end, text[start:end], kind)


def _excluded(text: str, m: re.Match[str], number: str, money: bool) -> bool:
    """Years, dates, times, ages, names and back-references: numbers that are not claims."""
    start, end = m.start(), m.end()
    if not money and _YEAR.fullmatch(number):
        return True
    if "-" in number and _ODDS.match(text, end):
        return True  # betting odds: "a 50-1 long shot"
    if _AFTER_MONTH.search(text, max(0, start - 12), start) or _BEFORE_MONTH.match(text, end):
        return True
    if _TIME_OR_AGE.match(text, end):
        return True
    offset = max(0, start - 40)
    previous = _PREVIOUS_WORD.search(text, offset, start)
    if previous:
        word = previous.group(1)
        bare = word.rstrip(".").lower()
        if bare in _DETERMINERS:
            return True
        if (
            not money
            and word[:1].isupper()
            and not word.endswith(("'s", "’s", "s'"))
            and bare not in _APPROXIMATORS
            and not _starts_sentence(text, previous.start())
        ):
            return True  # part of a name or title: "Resolution 2254", "Brigade 93"
    # "Group of Seven"
    return number[:1].isupper() and number[:1].isalpha() and start > 0 and not _starts_sentence(text, start)


_APPROXIMATORS = frozenset(
    "about around nearly almost roughly approximately some over under estimated at least more than "
    "fewer less up to as many close".split()
)


def _starts_sentence(text: str, start: int) -> bool:
    head = text[:start].rstrip()
    return not head or head.endswith(('"', "“", "‘", ".", ":", "—", "(", "!", "?"))


def _count(text: str, start: int, end: int, number: str, casualty: _Toll) -> Figure | None:
    """A number counting a plural noun up to three words on, or one that is the subject of a verb.

    Exact counts of things ("31 villages", "three offensives") report what happened; a count is
    a claim when it is an estimate (an approximator, a range, "hundreds of"), counts ten or more
    people, or counts people in a sentence about a toll ("Two soldiers were killed").
    """
    low = number.lower()
    pos = end
    collective = bool(_COLLECTIVE_START.match(low))
    if collective:
        of = _OF.match(text, pos)
        pos = of.end() if of else pos
    estimate = (
        collective
        or _is_range(number)
        or bool(_SCALED.search(low) or _THOUSANDS.match(low))
        or bool(_APPROXIMATED.search(text, max(0, start - 25), start))
    )
    referent = _OF_REFERENT.match(text, end)
    if referent and casualty:
        return _make(text, start, referent.end(), "count")
    for _ in range(4):
        w = _NEXT_WORD.match(text, pos)
        if not w:
            break
        word = w.group(1).rstrip(".")
        lower = word.lower()
        if lower in _TIME_UNITS:
            return None
        if _is_plural_noun(lower):
            head = _NEXT_WORD.match(text, w.end()) if lower in _ADJECTIVAL else None
            if head and _is_plural_noun(head.group(1).rstrip(".").lower()):
                w, word = head, head.group(1).rstrip(".")  # "3,000 displaced families"
                lower = word.lower()
            people = lower in _PEOPLE or lower in _CASUALTY_NOUNS
            if (collective and not people) or not (estimate or (people and (casualty or _at_least_ten(low)))):
                return None
            if not (people or collective or _at_least_ten(low)):
                return None  # "over two spells", "better than three chargers"
            if _POPULATION.search(text, max(0, start - 30), start):
                return None  # "a city of about 1 million people"
            return _make(text, start, w.start(1) + len(word), "count")
        if lower in _FUNCTION or ("-" in word and lower.split("-")[-1] in _TIME_UNITS):
            break
        pos = w.end()
    if _COUNT_VERB.match(text, end) and _CASUALTY_WORDS.search(text, end):
        return _make(text, start, end, "casualty")
    if _TOLL.search(text, max(0, start - 50), start):
        return _make(text, start, end, "casualty")  # "the death toll rose to 38"
    return None


def _is_range(number: str) -> bool:
    return bool(re.search(r"\d\s?[-–]\s?\d|\sto\s", number))


def _at_least_ten(number: str) -> bool:
    digits = number.replace(",", "").split(".")[0].split()[0]
    if digits.isdigit():
        return int(digits) >= 10 or len(number.split()) > 1
    return not re.fullmatch(r"(?:two|three|four|five|six|seven|eight|nine)", number)


_OF = re.compile(r"\s+of\b")
_WHOLE = re.compile(r"100|one hundred|a hundred", re.I)
_CENTS = re.compile(r"\.\d\d$")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # a count of thousands is an estimate, not a tally
_SCALED = re.compile(rf"\s{_SCALE_WORD}")
_ADJECTIVAL = frozenset("dead wounded injured missing displaced homeless elderly".split())
_TOLL = re.compile(
    r"\btoll\b[\w\s,’'-]{0,30}?\b(?:to|at|of|reached|hit|passed|exceeded|topped)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|at\s+least)\s+)?$",
    re.I,
)
_APPROXIMATED = re.compile(
    r"(?:\b(?:about|around|nearly|almost|roughly|approximately|some|over|under|than|least|most|up\s+to|as\s+many\s+as"
    r"|close\s+to|estimated|upwards\s+of|tens\s+of|between)|[~≈])\s*$",
    re.I,
)
_POPULATION = re.compile(
    r"\b(?:city|town|village|country|nation|province|region|district|state|island|home|population)\s+of\s+"
    r"(?:about|around|some|nearly|roughly|approximately|more\s+than|over|almost)?\s*$",
    re.I,
)
_PEOPLE = frozenset(
    "people persons civilians residents families children kids women men fighters troops soldiers militants rebels "
    "insurgents jihadists gunmen migrants protesters demonstrators workers students patients voters members "
    "supporters households inhabitants citizens personnel officers police policemen staff volunteers doctors "
    "journalists teachers pupils babies infants girls boys adults elderly mercenaries conscripts recruits "
    "combatants settlers pilgrims worshippers passengers miners farmers employees others relatives mourners "
    "prisoners".split()
)


_COLLECTIVE_START = re.compile(
    r"(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)$"
)


def _is_plural_noun(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s", "ous"))
        and word not in _NOT_PLURAL
        and word not in _FUNCTION
    )
