"""NL204: one spelling per name across the articles of a run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from newslint.checks.rule import Candidate, Finding, Rule
from newslint.document.model import Document
from newslint.document.publication import publication
from newslint.document.regions import squash
from newslint.lib.majority import unlike_most
from newslint.lib.settings import Settings
from newslint.lib.transliteration.name_index import ending
from newslint.lib.transliteration.uses import by_name, name_uses


class CrossArticleSpelling(Rule):
    """A name is spelled one way in this article and another way in most of the others.

    **Why**: the inconsistency editors miss most is the one no single story shows: "Deir
    ez-Zor" in Monday's story, "Deir al-Zour" in Tuesday's. Archives, tags and search split the
    coverage of one place between the spellings. A run over several sites (an archive audit of
    many publications) holds each site's articles to its own: a page's site is the host of its
    canonical address, else its ``og:site_name``.

    **Fix**: use the spelling most articles of the set use, or settle the house spelling in a
    pack (``house-style``). Not applied automatically: the set decides, not the article.

    **References**: the names packs in ``rules/``; ``house-style`` in the configuration.
    """

    code = "NL204"
    name = "cross-article-spelling"
    summary = "A name is spelled differently here than in most articles of the run"
    severity = "warning"
    across_files = True

    def candidates(self, doc: Document, settings: Settings) -> Iterator[Candidate]:
        """A candidate for each name: the article's own spelling at its first use."""
        index = settings.name_index
        for uses in by_name(u for u in name_uses(doc, settings) if u.hit.pack != settings.house_pack):
            entry = uses[0].hit.entry
            # A surname and the full names it ends are one choice: articles are compared on the surname.
            keys = [u.hit.key if entry.case_sensitive else index.surname_key(u.hit.key) for u in uses]
            counts = Counter(keys)
            major = max(counts, key=lambda k: (counts[k], -keys.index(k)))
            first = uses[keys.index(major)]
            begin = first.hit.end - len(ending(first.surface, major)) if major != first.hit.key else first.hit.begin
            yield Candidate(
                self.finding(doc.text_span(first.element, begin, first.hit.end), "", ""),
                subject=f"{uses[0].hit.pack}:{index.key_of(entry.canonical, entry)}",
                choice=major,
                written=squash(first.surface[begin - first.hit.begin :]),
                kind=entry.kind,
                publication=publication(doc),
            )

    def settle(self, candidates: Sequence[Candidate]) -> Iterator[Finding]:
        """The articles that spell a name unlike most articles of the run."""
        return unlike_most(candidates)
