"""What most articles of a run choose, and the candidates of a rule across files that choose otherwise."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.checks.rule import Candidate, Finding


@dataclass(frozen=True, slots=True)
class Dissent:
    """A candidate whose choice is not the one most articles of the run make."""

    candidate: Candidate
    usual: Candidate  # the first candidate in the run of the choice most articles make
    articles: int  # how many articles make that choice
    of: int  # how many articles have the subject


def dissents(candidates: Iterable[Candidate]) -> Iterator[Dissent]:
    """The dissenting candidates, subject by subject in the order they first appear, each in run order.

    Silent for a subject of one article, one choice everywhere or a tie: no choice is the set's.
    """
    by_subject: dict[tuple[str, str], list[Candidate]] = {}
    for candidate in candidates:  # a site's articles agree among themselves, not with another site's
        by_subject.setdefault((candidate.publication, candidate.subject), []).append(candidate)
    for same in by_subject.values():
        if len(same) < 2:
            continue
        articles = Counter(c.choice for c in same)
        ranked = articles.most_common(2)
        if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
            continue
        major = ranked[0][0]
        usual = next(c for c in same if c.choice == major)
        for candidate in same:
            if candidate.choice != major:
                yield Dissent(candidate, usual, articles[major], len(same))


def unlike_most(candidates: Iterable[Candidate]) -> Iterator[Finding]:
    """The candidates that write their subject unlike most articles of the run, the usual form as the fix."""
    for d in dissents(candidates):
        usual = d.usual.written
        site = f" from {d.candidate.publication}" if d.candidate.publication else ""
        yield d.candidate.confirm(
            f"'{d.candidate.written}' here, but {d.articles} of {d.of} articles{site} in this run write"
            f" '{usual}' for this {d.candidate.kind}",
            f"Write '{usual}' as the other articles do, or settle a house spelling",
            replacement=usual,
        )
