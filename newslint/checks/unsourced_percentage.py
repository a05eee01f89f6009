"""NL301: a percentage in the story with no source in its sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.document import Document
from newslint.packs import AttributionPack
from newslint.rule import Finding, Rule
from newslint.settings import Settings

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a hundred|one hundred"
)
PERCENTAGE = re.compile(
    rf"(?<![\w.,])(?:\d{{1,3}}(?:[.,]\d+)?|(?:{_NUMBER_WORDS})(?:[ -](?:{_NUMBER_WORDS}))?)"
    r"(?:\s?%|[ \u00a0-](?:percent|per cent|percentage points?)\b)",
    re.I,
)


def has_source(sentence: str, pack: AttributionPack) -> bool:
    """Whether a source cue stands in the sentence, other than an agentless passive."""
    source = pack.pattern("source")
    agentless = pack.pattern("agentless")
    if source is None:
        return False
    for m in source.finditer(sentence):
        before = sentence[: m.start()].rstrip()
        if agentless is not None and _ends_with(agentless, before):
            continue
        return True
    return False


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    tail = text[-40:]
    return any(m.end() == len(tail) for m in pattern.finditer(tail))


class UnsourcedPercentage(Rule):
    """A percentage in the story whose sentence names no source.

    **Why**: a percentage is a claim that somebody measured or estimated something. Readers
    and fact-checkers need to know who did; an unsourced figure reads as the newsroom's own
    finding, and the newsroom then owns it if it is wrong.

    **Example (fires)**: "Government forces now hold about 60 percent of the city." — and the
    agentless passive "About 60 percent of the city is estimated to be in ruins."

    **Example (silent)**: "Government forces now hold about 60 percent of the city, the
    monitoring group said." / "According to the United Nations, 65% of homes were damaged."

    **Fix**: say who gives the figure in the same sentence, e.g. "…, according to <source>" or
    "<source> said". The wire-credit line ("With reporting by AP and AFP") says who reported the
    story, not who measured the figure, so it is not a source.

    **References**: AP Stylebook, "attribution"; the cues are data in ``rules/attribution-en.yaml``.
    """

    code = "NL301"
    name = "unsourced-percentage"
    summary = "A percentage is stated without a source in its sentence"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        pack = settings.attribution
        for block in doc.regions.prose:
            if "%" not in block.text and "per" not in block.text.lower():
                continue
            for sentence in block.sentences():
                figures = list(PERCENTAGE.finditer(sentence.text))
                if not figures or has_source(sentence.text, pack):
                    continue
                for m in figures:
                    begin = sentence.start + m.start()
                    span = doc.text_span(block.element, begin, sentence.start + m.end())
                    yield self.finding(
                        span,
                        f"'{m.group()}' is stated without a source",
                        "Add who gives this figure, e.g. '…, according to <source>' or '<source> said'",
                    )
