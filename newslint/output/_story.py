"""The story as newslint read it, for the editors' report: headline and body text, findings placed.

A finding's span is a range of the source; here it becomes a range of a block's text, so the
report can show the words an editor reads rather than the markup around them. Findings about
markup (a start tag, an attribute) or outside the story are not placed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newslint.checks.rule import Finding
from newslint.config.options import Config
from newslint.document.model import Document, Run
from newslint.document.tree import Element, Kind, text_of
from newslint.lib.settings import settings_for


@dataclass(frozen=True, slots=True)
class StoryBlock:
    """One block of the story, with the findings on its text: (text start, text end, finding index)."""

    role: str  # headline | heading | paragraph | list-item | quote
    text: str
    spans: list[tuple[int, int, int]]


def read_story(source: str, kind: Kind | None, findings: list[Finding]) -> list[StoryBlock]:
    """The headline and body blocks of an article, read as it was linted, with the findings on their text."""
    doc = Document(source, kind=kind or "auto", boilerplate=settings_for(Config()).boilerplate)
    regions = doc.regions
    elements: list[tuple[str, Element, str]] = []
    if regions.headline is not None:
        elements.append(("headline", regions.headline, text_of(regions.headline)))
    elements.extend((b.role, b.element, b.text) for b in regions.blocks)
    return [StoryBlock(role, text, _placed(doc.text_runs(el), findings)) for role, el, text in elements]


def _placed(runs: list[Run], findings: list[Finding]) -> list[tuple[int, int, int]]:
    if not runs:
        return []
    first, last = runs[0][1], runs[-1][1] + runs[-1][3]
    sources = [s for _, s, _, _ in runs]
    spans = []
    for k, f in enumerate(findings):
        if f.end <= first or f.start >= last or f.end <= f.start:
            continue
        start, end = _text_offset(runs, sources, max(f.start, first), False), _text_offset(runs, sources, f.end, True)
        if end > start:
            spans.append((start, end, k))
    return spans


def _text_offset(runs: list[Run], sources: list[int], offset: int, end: bool) -> int:
    """The text offset of a source offset: where the text at or after it starts, or (``end``) just
    past the text before it."""
    at = offset - 1 if end else offset
    i = bisect.bisect_right(sources, at) - 1
    if i < 0:
        return runs[0][0]
    t, s, tlen, slen = runs[i]
    if at < s + slen:  # inside this run; an entity is all of it or none
        if tlen != slen:
            return t + tlen if end else t
        return t + (at - s) + (1 if end else 0)
    if end or i + 1 == len(runs):  # between two runs, or after the last
        return t + tlen
    return runs[i + 1][0]
