"""What an attribution finding suggests."""

from __future__ import annotations

from newslint.lib.attribution.sources import Attribution, Claim

GENERIC_ADVICE = "Add who gives this figure, e.g. '…, according to <source>' or '<source> said'"


def advice(story: Attribution, claim: Claim) -> str:
    """Add-a-source advice offering the nearest named source of the story, where there is one."""
    name = story.nearest_source(claim.position)
    if name is None:
        return GENERIC_ADVICE
    return f"Add who gives this figure, e.g. '…, {name} said', if that is the source"
