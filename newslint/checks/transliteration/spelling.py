"""NL201: one spelling per name within an article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.config.packs import NameEntry
from newslint.document.model import Document
from newslint.lib.settings import Settings
from newslint.lib.transliteration.name_index import spelling_key
from newslint.lib.transliteration.uses import (
    Use,
    by_name,
    is_plain,
    name_uses,
    spelling_of,
    use_span,
)


class InconsistentTransliteration(Rule):
    """Two spellings of one name in the same article.

    **Why**: readers take "Deir al-Zour" and "Deir ez-Zor" for two places, search engines and
    archives split the story's coverage between them, and copy editors lose time reconciling
    them. Each name should have one spelling per article (the house spelling, where the house
    has chosen one).

    **Fix**: the spelling used most often in the article wins (the pack's canonical spelling
    breaks a tie); each other spelling is replaced by it. A surname a pack lists agrees with the
    full names it ends ("Muammar Gaddafi" then "Gaddafi" is one spelling; "Gadhafi" is another,
    replaced by "Gaddafi", and "Muammar Gadhafi" by "Muammar Gaddafi"). The fix is safe: ``--fix``
    applies it where the name is plain text in the source. Names of a configured house-style pack
    are left to NL202, which asks for the house spelling instead.

    **Not the story's spelling**: a name inside a quotation (in quotation marks, a ``<q>`` or an
    embedded post; a quotation over several paragraphs too, whether each paragraph opens with a
    mark or only the first does) is written as its source wrote it, and a place in a
    publication's name ("Kyiv Post", "Kiev Independent") as the publication writes it. Neither
    counts, nor is reported. A passage set out in a ``<blockquote>`` without marks is the
    story's own words (often its translation) and counts.

    **References**: the names packs in ``rules/`` (``syria-iraq.yaml``, ``ukraine-russia.yaml``)
    and a project's own; AP Stylebook on foreign place names.
    """

    code = "NL201"
    name = "inconsistent-transliteration"
    summary = "A name is spelled two ways in one article"
    severity = "warning"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        index = settings.name_index
        for uses in by_name(name_uses(doc, settings)):
            counts = Counter(u.hit.key for u in uses)
            if len(counts) < 2 or uses[0].hit.pack == settings.house_pack:
                continue  # one spelling, or a house spelling that NL202 enforces
            entry = uses[0].hit.entry
            canonical = index.key_of(entry.canonical, entry)
            first: dict[str, Use] = {}
            for u in uses:
                if u.hit.key not in first or (first[u.hit.key].surface.isupper() and not u.surface.isupper()):
                    first[u.hit.key] = u  # the first use, preferring one not in capitals (datelines)
            # The article's spellings: the most used first, then each that agrees with those before
            # it (a surname with the full name it ends).
            ranked = sorted(counts, key=lambda k: (-counts[k], k != canonical, uses.index(first[k])))
            chosen: list[str] = []
            for key in ranked:
                if all(index.agree(key, c) for c in chosen):
                    chosen.append(key)
            spellings = {key: self._spelling(first[key], entry) for key in chosen}
            for u in uses:
                if u.hit.key in spellings:
                    continue
                short = index.is_short(u.hit.key)
                major = next((k for k in chosen if index.is_short(k) == short), chosen[0])
                spelling = _article_case(index.fit(spellings[major], spelling_of(u)), spelling_of(u))
                span = use_span(doc, u)
                line = doc.position(use_span(doc, first[major])[0])[0]
                yield self.finding(
                    span,
                    f"'{spelling_of(u)}' spells the same {entry.kind} as '{spelling}' (line {line})",
                    f"Use '{spelling}' throughout",
                    replacement=spelling,
                    safe=is_plain(doc, u, span),
                )

    @staticmethod
    def _spelling(model: Use, entry: NameEntry) -> str:
        """How the article writes a spelling it uses, as a replacement would write it (not in capitals)."""
        spelling = spelling_of(model)
        if spelling.isupper() and not entry.case_sensitive:
            return entry.canonical if model.hit.key == spelling_key(entry.canonical) else spelling.title()
        return spelling


_ARTICLE = re.compile(r"(?:[Aa][lnrstdz]{1,2}|[Ee][l])[-\u2010\u2011 ]")


def _article_case(spelling: str, surface: str) -> str:
    """The replacement's Arabic article in the case the replaced use has: "al-Shabaab" mid-sentence
    even where the article's model is the "Al-Shabaab" that opened a sentence."""
    if _ARTICLE.match(spelling) and _ARTICLE.match(surface) and spelling[0].isupper() != surface[0].isupper():
        return (spelling[0].upper() if surface[0].isupper() else spelling[0].lower()) + spelling[1:]
    return spelling
