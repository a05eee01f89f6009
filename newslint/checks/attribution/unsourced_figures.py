"""NL301, NL303–NL306: figures of the story that no one is named as giving, one rule per kind.

The kind decides the default severity: a casualty toll, a sum of money, a percentage or a count
is a claim with stakes (``warning``); a distance or a weight is rarely disputed (``info``).
Figure grammar: ``newslint.lib.attribution.figures``; who stands behind a figure:
``newslint.lib.attribution.sources``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings

if TYPE_CHECKING:
    from newslint.lib.attribution.figures import Kind


# No name, not even a candidate: a source named nearby may give another figure, and a name in a
# suggestion can end up in print.
_ADVICE = "Say who gives this figure ('…, according to <source>', '<source> said')"


class _UnsourcedFigure(Rule):
    """Shared check of the unsourced-figure rules: the claims of one kind that name no source."""

    kind: ClassVar[Kind]
    enabled_by_default = False  # measured precision under 0.7 (rules/attribution/*.yaml)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.attribution.sources import attribution  # read only when a rule asks

        for claim in attribution(doc, settings.attribution):
            if claim.figure.kind != self.kind or claim.status not in ("unsourced", "agentless"):
                continue
            message = f"'{claim.figure.text}' is stated without a source"
            if claim.status == "agentless":
                message += f": '{claim.cue}' names no one"
            yield self.finding(doc.text_span(claim.block.element, claim.start, claim.end), message, _ADVICE)


_FIX = """**Fix**: say who gives the figure in the same sentence ("…, the health ministry said",
    "according to the U.N."), or in the sentence just before when the next one plainly goes on
    with it ("It added that…", "Another 12 were wounded."). A passive with no agent ("were
    reported killed", "is estimated at") does not say who reported or estimated. The wire-credit
    line ("With reporting by AP and AFP") names who reported the story, not who counted the
    figure, so it is not a source."""
_REFERENCES = """**References**: AP Stylebook, "attribution"; cues in ``rules/packs/attribution-en.yaml``;
    ``docs/attribution.md``."""


class UnsourcedPercentage(_UnsourcedFigure):
    """A percentage or proportion in the story that no one is named as giving.

    **Why**: a percentage is a claim that somebody measured or estimated something. Readers
    and fact-checkers need to know who did; an unsourced figure reads as the newsroom's own
    finding, and the newsroom then owns it if it is wrong.

    """

    code = "NL301"
    name = "unsourced-percentage"
    summary = "A percentage is stated without a source"
    severity = "warning"
    kind = "percentage"


class UnsourcedCasualtyFigure(_UnsourcedFigure):
    """A count of people killed, wounded, displaced or detained that no one is named as giving.

    **Why**: tolls are the most disputed figures of conflict reporting; each side has its own,
    and they change by the hour. A toll with no source reads as established fact.

    """

    code = "NL303"
    name = "unsourced-casualty-figure"
    summary = "A casualty or displacement figure is stated without a source"
    severity = "warning"
    kind = "casualty"


class UnsourcedMoneyFigure(_UnsourcedFigure):
    """A sum of money in the story that no one is named as giving.

    **Why**: costs, budgets, aid pledges and damages are estimates someone made; the reader
    needs to know whose.

    """

    code = "NL304"
    name = "unsourced-money-figure"
    summary = "A sum of money is stated without a source"
    severity = "warning"
    kind = "money"


class UnsourcedCount(_UnsourcedFigure):
    """A count of people or things in the story that no one is named as giving.

    **Why**: "3,000 families", "hundreds of fighters", "40 villages" are somebody's count; with no
    source the story vouches for it.

    """

    code = "NL305"
    name = "unsourced-count"
    summary = "A count of people or things is stated without a source"
    severity = "warning"
    kind = "count"


class UnsourcedMeasure(_UnsourcedFigure):
    """A distance, area, weight or volume in the story that no one is named as giving.

    **Why**: measures are claims too ("advanced 30 kilometers"), but they are rarely the point
    of dispute, so the rule only informs.

    """

    code = "NL306"
    name = "unsourced-measure"
    summary = "A distance, area, weight or volume is stated without a source"
    severity = "info"
    kind = "measure"


for _rule in (UnsourcedPercentage, UnsourcedCasualtyFigure, UnsourcedMoneyFigure, UnsourcedCount, UnsourcedMeasure):
    _rule.__doc__ = f"{(_rule.__doc__ or '').rstrip()}\n\n    {_FIX}\n\n    {_REFERENCES}\n"
