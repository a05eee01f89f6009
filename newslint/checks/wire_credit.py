"""NL501, NL502: the wire-credit line a story owes the agencies whose reporting it uses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from newslint.document import Document, text_of
from newslint.packs import NamesPack
from newslint.rule import Finding, Rule
from newslint.settings import Settings

_NAMES_SOMEONE = re.compile(r"\b(?:by|from)\s+\W*[A-Za-z]|\bcontributed\b|\bmaterial from\s+\w", re.I)


@lru_cache(maxsize=8)
def agency_forms(pack: NamesPack) -> dict[str, str]:
    """Every form of every agency's name, mapped to the agency's canonical form."""
    return {form: e.canonical for e in pack.entries for form in (e.canonical, *e.variants)}


def cited_agencies(doc: Document, settings: Settings) -> list[tuple[str, int, int, object]]:
    """(agency, begin, end, block) for every agency citation in the story prose."""
    forms = agency_forms(settings.agencies)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    name = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    pattern = settings.attribution.pattern("agency-citation", name.pattern)
    if pattern is None:
        return []
    mentioned = re.compile(alternation)  # a citation holds a name: a quick test before the citation cues
    found = []
    for block in doc.regions.prose:
        if mentioned.search(block.prose) is None:
            continue
        for m in pattern.finditer(block.prose):
            agency = name.search(m.group())
            if agency:
                found.append((forms[agency.group()], block.start + m.start(), block.start + m.end(), block))
    return found


def own_agencies(doc: Document, settings: Settings) -> set[str]:
    """Agencies the story is by: named in its byline or its dateline."""
    forms = agency_forms(settings.agencies)
    regions = doc.regions
    texts = [text_of(regions.byline)] if regions.byline is not None else []
    if regions.dateline is not None:
        block, end = regions.dateline
        texts.append(block.text[:end])
    return {canon for form, canon in forms.items() for t in texts if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", t)}


class MissingWireCredit(Rule):
    """The story cites a news agency's reporting but carries no wire-credit line.

    **Why**: agency copy used in a story must be credited where readers see it ("With reporting
    by AP and AFP"); contracts with agencies require it, and editors check it before
    publication. newslint looks for citations such as "told AFP", "Reuters reported",
    "according to the Associated Press".

    **Example (fires)**: a story whose body says "…, a commander told AFP." and that ends
    without any credit line.

    **Example (silent)**: the same story ending with "With reporting by AFP"; a story by the
    agency itself (its byline or its dateline names it: "BEIRUT (AP) —"); a story that only
    mentions an agency without using its reporting ("AFP's Beirut bureau closed in 2012").

    **Fix**: end the story with a credit line naming every agency cited: "With reporting by
    AFP". newslint suggests the line; it does not insert it on its own.

    **References**: the agencies pack ``rules/agencies.yaml``; the credit patterns in
    ``rules/boilerplate.yaml``.
    """

    code = "NL501"
    name = "missing-wire-credit"
    summary = "The story cites agency reporting but has no wire-credit line"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        if doc.regions.credit is not None:
            return
        citations = cited_agencies(doc, settings)
        own = own_agencies(doc, settings)
        needed = [c for c in citations if c[0] not in own]
        if not needed:
            return
        agencies = list(dict.fromkeys(c[0] for c in needed))
        _, begin, end, block = needed[0]
        names = " and ".join([", ".join(agencies[:-1]), agencies[-1]] if len(agencies) > 1 else agencies)
        yield self.finding(
            doc.text_span(block.element, begin, end),
            f"The story cites {names} but has no wire-credit line",
            f"End the story with a credit line: 'With reporting by {names}'",
        )


class MalformedWireCredit(Rule):
    """The wire-credit line is run into a paragraph of prose, or names nobody.

    **Why**: the credit line is read, styled and syndicated apart from the story: run into the
    last paragraph it looks like part of the reporting, and an empty "With reporting by"
    credits nobody.

    **Example (fires)**: ``<p>…the group said. With reporting by AP and AFP</p>`` and
    ``<p>With reporting by</p>``.

    **Example (silent)**: ``<p>With reporting by AP and AFP</p>`` as the story's last paragraph.

    **Fix**: give the credit line a paragraph of its own after the story, naming each agency.

    **References**: the credit patterns in ``rules/boilerplate.yaml``.
    """

    code = "NL502"
    name = "malformed-wire-credit"
    summary = "The wire-credit line is inside a paragraph, or names nobody"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        credit = doc.regions.credit
        if credit is None:
            return
        text = credit.block.text
        begin = credit.begin + len(text[credit.begin :]) - len(text[credit.begin :].lstrip())
        end = len(text.rstrip())
        span = doc.text_span(credit.block.element, begin, end)
        line = credit.text
        if credit.inline:
            yield self.finding(
                span,
                f"The credit line '{line}' is run into the last paragraph",
                "Put the credit line in a paragraph of its own after the story",
            )
        elif not _NAMES_SOMEONE.search(line):
            yield self.finding(
                span, f"The credit line '{line}' names nobody", "Name the agencies: 'With reporting by AP'"
            )
