"""NL540–NL543: one form per story for dates, percentages, quotation marks and small numbers.

Each rule reads a house-style choice from the ``style`` table of the configuration. With
"auto" (the default) a story that keeps to one form is silent, and so is an even split; one
that mixes forms hears about the occurrences that differ from the form most of the story uses.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import Block
from newslint.lib.settings import Settings
from newslint.lib.structure.prose import prose_matches


@dataclass(frozen=True, slots=True)
class Form:
    """One date, percentage, quotation mark or number, and the house styles it agrees with."""

    block: Block
    begin: int
    end: int
    styles: frozenset[str]
    rewrite: dict[str, str]  # style → how this occurrence is written in it


class _MixedForms(Rule):
    """What the style-consistency rules share: collect forms, find the story's style, report the rest."""

    setting: ClassVar[str]  # the key of the ``style`` table
    what: ClassVar[str]  # "dates", "percentages", …
    labels: ClassVar[dict[str, str]]  # style → how a person names it
    auto_styles: ClassVar[frozenset[str] | None] = None  # the styles "auto" may take from the majority; None: any

    def forms(self, doc: Document) -> Iterator[Form]:
        raise NotImplementedError

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        found = list(self.forms(doc))
        if not found:
            return
        choice = getattr(settings.config.style, self.setting)
        if choice == "auto":
            counts = Counter(style for f in found for style in f.styles)
            ranked = counts.most_common(2)
            if not ranked or ranked[0][1] == len(found) or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
                return  # no style fits any occurrence, one fits all, or none is the story's own
            choice = ranked[0][0]
            if self.auto_styles is not None and choice not in self.auto_styles:
                return  # a style offered only when the house asks for it
            why = f"{counts[choice]} of the story's {len(found)} {self.what} are written {self.labels[choice]}"
        else:
            why = f"the house style for {self.what} is {self.labels[choice]}"
        for form in found:
            if choice in form.styles:
                continue
            written = form.block.text[form.begin : form.end]
            span = doc.text_span(form.block.element, form.begin, form.end)
            if html.unescape(doc.text[span[0] : span[1]]) != written:
                continue  # the parser moved this text (misnested markup): no exact place to point at
            fixed = form.rewrite.get(choice)
            yield self.finding(
                span,
                f"'{written}' here, but {why}",
                f"Write '{fixed}'" if fixed else f"Write it {self.labels[choice]}",
                replacement=fixed,
            )


_MONTHS = "January February March April May June July August September October November December".split()
_AP_ABBREVIATION = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept."}
_AP_ABBREVIATION |= {"October": "Oct.", "November": "Nov.", "December": "Dec."}
_SHORT = {"Jan": "January", "Feb": "February", "Aug": "August", "Sep": "September", "Sept": "September"}
_SHORT |= {"Oct": "October", "Nov": "November", "Dec": "December"}
_MONTH = rf"(?P<month>{'|'.join(_MONTHS)}|(?:{'|'.join(_SHORT)})\.?)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def _initials(words: tuple[str, ...] | list[str]) -> str:
    """The first letters of some words, for a character class."""
    return "".join(sorted({w[0] for w in words}))


# The patterns of these rules open with a look-ahead at the first character (the quotes pattern with
# the mark itself), which most positions fail before the engine tries look-behinds and alternatives.
_DATE = re.compile(
    rf"(?=[0-9{_initials((*_MONTHS, *_SHORT))}])"
    rf"(?<![\w.$])(?:{_MONTH}\s+{_DAY}(?![\d%])(?!\s*(?:percent|per cent|%|million|billion|-))"
    rf"|{_DAY.replace('day>', 'day2>')}\s+(?:of\s+)?{_MONTH.replace('month>', 'month2>')})(?![\w-])"
)


class MixedDateStyle(_MixedForms):
    """The story writes dates in more than one form: "Sept. 9", "September 9", "9 September".

    **Why**: a story's dates should look the same throughout; mixed forms come from pasting
    agency copy of different styles into one story. AP style abbreviates Jan., Feb., Aug.,
    Sept., Oct., Nov. and Dec. before a day and spells out March to July; British style puts
    the day first.

    **Fix**: write every date the way most of the story does, or as ``style.dates`` says
    ("ap", "full", "day-first").

    **References**: AP Stylebook, "months"; the ``style`` table of the configuration.
    """

    code = "NL540"
    name = "mixed-date-style"
    summary = "The story writes dates in more than one form"
    severity = "info"
    setting = "dates"
    what = "dates"
    enabled_by_default = False  # measured precision under 0.7 (its spec)
    labels: ClassVar[dict[str, str]] = {
        "ap": "as AP does ('Sept. 9', 'March 5')",
        "full": "with the month spelled out ('September 9')",
        "day-first": "day first ('9 September')",
    }

    def forms(self, doc: Document) -> Iterator[Form]:
        for block, m in prose_matches(doc, _DATE):
            written = m.group("month") or m.group("month2")
            day = int(m.group("day") or m.group("day2"))
            month = _SHORT.get(written.rstrip("."), written)
            ap = f"{_AP_ABBREVIATION.get(month, month)} {day}"
            if m.group("month2"):
                styles = frozenset({"day-first"})
            elif month not in _AP_ABBREVIATION:
                styles = frozenset({"ap", "full"})
            elif written == _AP_ABBREVIATION[month]:
                styles = frozenset({"ap"})
            elif written == month:
                styles = frozenset({"full"})
            else:
                styles = frozenset()  # "Sep 9", "Sept 9": no style's form
            rewrite = {"ap": ap, "full": f"{month} {day}", "day-first": f"{day} {month}"}
            yield Form(block, m.start(), m.end(), styles, rewrite)


_PERCENT = re.compile(r"(?=\d)(?<![\w.,])(?P<number>\d+(?:[.,]\d+)*)(?P<unit>\s?%|\s+percent\b|\s+per\s+cent\b)")


class MixedPercentStyle(_MixedForms):
    """The story writes percentages both with "%" and with "percent" (or "per cent").

    **Why**: "40%" in one paragraph and "35 percent" in the next looks careless; AP style (since
    2019) uses "%" and many houses still write "percent" or "per cent": the story should keep to one.

    **Fix**: write every percentage the way most of the story does, or as ``style.percent``
    says ("percent", "per-cent", "symbol").

    **References**: AP Stylebook, "percent"; the ``style`` table of the configuration.
    """

    code = "NL541"
    name = "mixed-percent-style"
    summary = "The story writes percentages both with '%' and with 'percent'"
    severity = "info"
    setting = "percent"
    what = "percentages"
    enabled_by_default = False  # measured precision under 0.7 (its spec)
    labels: ClassVar[dict[str, str]] = {
        "percent": "with 'percent'",
        "per-cent": "with 'per cent'",
        "symbol": "with '%'",
    }

    def forms(self, doc: Document) -> Iterator[Form]:
        for block, m in prose_matches(doc, _PERCENT):
            unit = " ".join(m.group("unit").split())
            style = {"%": "symbol", "percent": "percent"}.get(unit, "per-cent")
            number = m.group("number")
            rewrite = {"symbol": f"{number}%", "percent": f"{number} percent", "per-cent": f"{number} per cent"}
            yield Form(block, m.start(), m.end(), frozenset({style}), rewrite)


_QUOTE = re.compile(r"[\"“”](?<!\d[\"“”])")  # not after a digit (inches); the mark first, to be found fast


class MixedQuoteStyle(_MixedForms):
    """The story mixes straight (") and curly (“ ”) double quotation marks.

    **Why**: copy pasted from agencies, email and word processors brings both kinds; on the page
    they look uneven, and straight quotes next to curly ones show where copy was pasted.

    **Fix**: with ``style.quotes = "auto"`` (the default) the straight marks of a story written
    mostly in curly ones are reported, and curly marks are never offered to be straightened; a
    house that writes straight quotes says so with ``style.quotes = "straight"``. Quotation marks
    that do not pair are NL545's.

    **References**: the ``style`` table of the configuration.
    """

    code = "NL542"
    name = "mixed-quote-style"
    summary = "The story mixes straight and curly double quotation marks"
    severity = "info"
    setting = "quotes"
    what = "quotation marks"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)
    labels: ClassVar[dict[str, str]] = {"curly": "curly (“ ”)", "straight": 'straight (")'}
    auto_styles = frozenset({"curly"})  # correct curly quotes are never straightened unless the house says so

    def forms(self, doc: Document) -> Iterator[Form]:
        for block, m in prose_matches(doc, _QUOTE):
            mark = m.group()
            before = block.text[m.start() - 1] if m.start() > 0 else " "
            opening = mark == "“" or (mark == '"' and (before.isspace() or before in "([{—–-/"))
            style = "straight" if mark == '"' else "curly"
            rewrite = {"straight": '"', "curly": "“" if opening else "”"}
            yield Form(block, m.start(), m.end(), frozenset({style}), rewrite)


_NUMBER_WORDS = "two three four five six seven eight nine".split()
# Measures, money, scores and ages take figures in every style; only counts of things are compared.
_FIGURES_ALWAYS = (
    r"percent|per|million|billion|trillion|years?\s+old|km|kilomet(?:er|re)s|miles|met(?:er|re)s|feet|inches|yards"
    r"|pounds|kilograms|kg|tons|tonnes|degrees|points|goals|runs|seconds|acres|hectares|square|mph|litres|liters"
    r"|gallons|dollars|euros|cents|votes"
)
# Words ending in "s" that are not plural nouns ("Destiny 2 is", "version 4 has").
_NOT_NOUNS = r"is|was|has|does|goes|as|us|its|his|hers|this|thus|yes|plus|less|unless|across|always|besides"
_COUNT = re.compile(
    rf"(?=[2-9]|(?i:[{_initials(_NUMBER_WORDS)}]))"
    rf"(?<![\w.,$£€/:#-])(?:(?P<digit>[2-9])|(?P<word>(?i:{'|'.join(_NUMBER_WORDS)})))"
    rf"\s+(?!(?:{_FIGURES_ALWAYS}|{_NOT_NOUNS})\b)(?P<noun>[a-z]+s)\b(?![-/])"
)
_AFTER_NAME = re.compile(r"[^.!?:;\"“]\s[A-Z][\w.-]*\s+$")  # "Pope Pius 9", "SEA-ME-WE 3": part of a name
# "age 6 months", "version 4 builds", "step 3 bolts": an age or a numbered thing, not a count.
_AFTER_LABEL = re.compile(r"(?i:\b(?:age|aged|ages|version|step|level|phase|page|chapter|season|episode|no\.))\s+$")


class MixedNumberStyle(_MixedForms):
    """The story counts small numbers both in figures and in words: "5 villages" and "three villages".

    **Why**: AP style spells out one to nine ("three villages") and uses figures from 10; a
    story that mixes "5 soldiers" and "three soldiers" has been put together from copy in
    different styles.

    **Fix**: write the number the way most of the story does, or as ``style.numbers`` says
    ("ap": one to nine in words; "digits").

    **References**: AP Stylebook, "numerals"; the ``style`` table of the configuration.
    """

    code = "NL543"
    name = "mixed-number-style"
    summary = "The story counts small numbers both in figures and in words"
    severity = "info"
    setting = "numbers"
    what = "small numbers"
    enabled_by_default = False  # measured precision under 0.7 (its spec)
    labels: ClassVar[dict[str, str]] = {"ap": "in words ('three')", "digits": "in figures ('3')"}

    def forms(self, doc: Document) -> Iterator[Form]:
        for block, m in prose_matches(doc, _COUNT):
            if _AFTER_NAME.search(block.text, max(0, m.start() - 40), m.start()):
                continue  # "Route 9 checkpoints", "Phase 2 talks": a name, not a count
            if _AFTER_LABEL.search(block.text, max(0, m.start() - 20), m.start()):
                continue
            if m.group("digit"):
                n, span, style = int(m.group("digit")), m.span("digit"), "digits"
            else:
                n, span, style = _NUMBER_WORDS.index(m.group("word").lower()) + 2, m.span("word"), "ap"
            before = block.text[block.start : span[0]].rstrip()
            word = _NUMBER_WORDS[n - 2]
            if not before or before[-1] in '.!?"“':
                word = word.capitalize()
            yield Form(block, span[0], span[1], frozenset({style}), {"ap": word, "digits": str(n)})
