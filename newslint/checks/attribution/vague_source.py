"""NL302: a figure whose only source is one no reader can check."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings


class VagueSource(Rule):
    """A figure attributed only to a source that cannot be checked.

    **Why**: "sources say", "it is believed" and "reports suggest" look like attribution but
    name no one; the reader cannot weigh the figure. Less harmful than no source at all, so the
    rule only informs.

    **Fix**: name the source, or describe it so the reader can judge it ("a commander who
    took part in the battle"); if no one will stand behind the figure, drop it.

    **References**: AP Stylebook, "anonymous sources"; cues in ``rules/packs/attribution-en.yaml``;
    ``docs/attribution.md``.
    """

    code = "NL302"
    name = "vague-source"
    summary = "A figure rests only on a vague source"
    severity = "info"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        vague = settings.attribution.pattern("vague")
        if vague is None or not any(vague.search(b.text) for b in doc.regions.prose):
            return  # no vague cue in the story's text: no figure rests on one, and the story need not be read
        from newslint.lib.attribution.sources import attribution  # read only for a story with a vague cue

        for claim in attribution(doc, settings.attribution):
            if claim.status != "vague":
                continue
            yield self.finding(
                doc.text_span(claim.block.element, claim.start, claim.end),
                f"'{claim.figure.text}' rests on a vague source: '{claim.cue}'",
                "Name who gives this figure ('…, according to <source>', '<source> said')",
            )
