"""NL504, NL505: one name per news agency, inside a story and across the stories of a run."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newslint.checks.rule import Candidate, Finding, Rule
from newslint.document.model import Document
from newslint.document.publication import publication
from newslint.document.tree import Element, text_of
from newslint.lib.majority import unlike_most
from newslint.lib.settings import Settings
from newslint.lib.structure.agencies import agency_forms


@dataclass(frozen=True, slots=True)
class Mention:
    agency: str  # canonical name
    form: str  # as written, without a leading "The"
    element: Element
    begin: int  # offsets in text_of(element)
    end: int
    credits: bool  # in the wire-credit line


_NOTICE = re.compile(r"(?:©|\(c\)|copyright)[\s\d,-]*(?:the\s+)?$", re.I)


def _key(form: str) -> str:
    return form.removeprefix("The ").removeprefix("the ")


def mentions(doc: Document, settings: Settings) -> list[Mention]:
    """Every agency name in the story, its byline and its credit line, in document order."""
    return doc.once(_mentions, settings)


def _mentions(doc: Document, settings: Settings) -> list[Mention]:
    forms = {f: c for f, c in agency_forms(settings.agencies).items() if len(f) > 2 or f == c}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    initials = "".join(sorted({re.escape(f[0]) for f in forms}))  # a first test that most positions fail fast
    name = re.compile(rf"(?=[{initials}])(?<![\w-])(?:{alternation})(?![\w-])")
    regions = doc.regions
    texts: list[tuple[Element, str, int | None]] = []  # element, its text, where its credit line starts
    if regions.byline is not None:
        texts.append((regions.byline, text_of(regions.byline), None))
    credit = regions.credit
    inline = credit if credit is not None and credit.inline else None
    for block in regions.blocks:
        credit_at = inline.begin if inline is not None and inline.block is block else None
        texts.append((block.element, block.text, credit_at))
    if credit is not None and not credit.inline:
        texts.append((credit.block.element, credit.block.text, 0))
    found: list[Mention] = []
    for el, text, credit_from in texts:
        for m in name.finditer(text):
            if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
                continue  # a dateline's "(AP)" or an abbreviation introduced in brackets
            if _NOTICE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "© 2019 Associated Press": the agency's own notice
            in_credit = credit_from is not None and m.start() >= credit_from
            found.append(Mention(forms[m.group()], _key(m.group()), el, m.start(), m.end(), in_credit))
    found.sort(key=lambda m: (doc.element_start(m.element) or 0, m.begin))
    return found


def _extends(form: str, canonical: str) -> bool:
    """A longer name that contains the short one ("Thomson Reuters", "Kyodo News"): not a second spelling."""
    return form != canonical and re.search(rf"(?<!\w){re.escape(canonical)}(?!\w)", form) is not None


class AgencyNamedTwoWays(Rule):
    """The story names one news agency in two different ways.

    **Why**: "Agence France-Presse" in one paragraph and "Agence France Presse" in another, or
    "AFP" first and "Agence France-Presse" later, reads as two organisations and splits search
    and tagging. The style of every agency is to spell its name out once and abbreviate after.

    **Fix**: use the form the story starts with, or the abbreviation once the name is spelled out.

    **References**: the agencies pack ``rules/packs/agencies.yaml``.
    """

    code = "NL504"
    name = "agency-named-two-ways"
    summary = "The story names one news agency in two different ways"
    severity = "info"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        first: dict[str, str] = {}
        reported: set[tuple[str, str]] = set()
        for m in mentions(doc, settings):
            start = first.setdefault(m.agency, m.form)
            if m.form == start or (m.agency, m.form) in reported or _extends(m.form, m.agency):
                continue
            if start != m.agency and m.form == m.agency:
                continue  # the abbreviation after the full name
            if _extends(start, m.agency):
                continue
            reported.add((m.agency, m.form))
            yield self.finding(
                doc.text_span(m.element, m.begin, m.end),
                f"'{m.form}' here, but the story first names this agency '{start}'",
                f"Write '{start}' (or '{m.agency}' once the name has been spelled out)",
            )


class AgencyNameAcrossArticles(Rule):
    """The wire-credit line names an agency differently from the credit lines of most articles of the run.

    **Why**: credit lines are where a newsroom's agency names are fixed: "With reporting by AP"
    on four stories and "With reporting by Associated Press" on the fifth is the same credit
    written two ways, and it splits archive searches for the agency's copy. A run over several
    sites holds each site's credit lines to its own, as NL204 does.

    **Fix**: credit the agency as the other stories do. Not applied automatically: the set
    decides, not the article.

    **References**: the agencies pack ``rules/packs/agencies.yaml``; NL204 does the same for names.
    """

    code = "NL505"
    name = "agency-credit-across-articles"
    summary = "An agency is credited differently here than in most articles of the run"
    severity = "warning"
    across_files = True

    def candidates(self, doc: Document, settings: Settings) -> Iterator[Candidate]:
        """A candidate for each agency the credit line names: the form it uses."""
        seen: set[str] = set()
        for m in mentions(doc, settings):
            if not m.credits or m.agency in seen:
                continue
            seen.add(m.agency)
            span = doc.text_span(m.element, m.begin, m.end)
            yield Candidate(self.finding(span, "", ""), m.agency, m.form, m.form, "agency", publication(doc))

    def settle(self, candidates: Sequence[Candidate]) -> Iterator[Finding]:
        """The credit lines that name an agency unlike most credit lines of the run."""
        return unlike_most(candidates)
