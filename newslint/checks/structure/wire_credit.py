"""NL501, NL502: the wire-credit line a story owes the agencies whose reporting it uses."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings
from newslint.lib.structure.agencies import _NAMES_SOMEONE, cited_agencies, own_agencies

_CITATIONS = 2  # citations of agency reporting that show a story built on it


class MissingWireCredit(Rule):
    """The story cites a news agency's reporting but carries no wire-credit line.

    **Why**: agency copy used in a story must be credited where readers see it ("With reporting
    by AP and AFP"); contracts with agencies require it, and editors check it before
    publication. newslint looks for citations such as "told AFP", "Reuters reported",
    "according to the Associated Press", and reports a story that cites agencies at least twice.
    An agency named once gives one fact or one quote, and a citation laid on a link credits the
    agency's story as any outlet's: neither shows a story built on agency copy.

    **Fix**: end the story with a credit line naming every agency cited: "With reporting by
    AFP". newslint suggests the line; it does not insert it on its own.

    **References**: the agencies pack ``rules/packs/agencies.yaml``; the credit patterns in
    ``rules/packs/boilerplate.yaml``.
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
        if len(needed) < _CITATIONS:
            return  # an agency named once gives one fact or quote: the story is not built on its copy
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

    **Fix**: give the credit line a paragraph of its own after the story, naming each agency.

    **References**: the credit patterns in ``rules/packs/boilerplate.yaml``.
    """

    code = "NL502"
    name = "malformed-wire-credit"
    summary = "The wire-credit line is inside a paragraph, or names nobody"
    severity = "warning"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

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
