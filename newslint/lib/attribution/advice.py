"""What an attribution finding suggests: what is missing, never a name the text does not give."""

from __future__ import annotations

from newslint.document.model import Document
from newslint.lib.attribution.sources import Attribution, Claim

ADVICE = "Say who gives this figure ('…, according to <source>', '<source> said')"
_MAX_CANDIDATES = 3


def advice(doc: Document, story: Attribution, claim: Claim) -> str:
    """Say what is missing; list the sources the story names nearby as candidates, with their lines.

    Proximity is not evidence: a source named nearby may give another figure, so it is offered as a
    candidate to check, never as the answer.
    """
    candidates = []
    for name, block, start in story.named_near(claim):
        line, _ = doc.position(doc.text_span(block.element, start, start + 1)[0])
        entry = f"{name} (line {line})"
        if entry not in candidates:
            candidates.append(entry)
    if not candidates:
        return ADVICE
    return f"{ADVICE}; sources named nearby, to check: {', '.join(candidates[:_MAX_CANDIDATES])}"
