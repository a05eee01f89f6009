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
from newslint.lib.transliteration.romanise import ARTICLES
from newslint.lib.transliteration.uses import (
    Use,
    by_name,
    name_uses,
    respell,
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
    breaks a tie); each other spelling is replaced by it. One spelling whose words are joined
    differently ("Abdelfattah al-Burhan" beside "Abdel Fattah al-Burhan") is two ways of writing it;
    an article written, fused or left out ("Deir Ezzor", "al-Raqqa") is not. A surname a pack lists agrees with the
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
            if uses[0].hit.pack == settings.house_pack:
                continue  # a house spelling, which NL202 enforces
            yield from self._joined(doc, uses)
            counts = Counter(u.hit.key for u in uses)
            if len(counts) < 2:
                continue  # one spelling
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
                line = doc.position(use_span(doc, first[major])[0])[0]
                yield self._replace(doc, u, spelling, f"spells the same {entry.kind} as '{spelling}' (line {line})")

    def _joined(self, doc: Document, uses: list[Use]) -> Iterator[Finding]:
        """Uses of one spelling that join its words differently ("Abdelfattah" beside "Abdel Fattah"):
        the way most of them write it wins, the pack's canonical spelling on a tie."""
        by_key: dict[str, list[Use]] = {}
        for u in uses:
            by_key.setdefault(u.hit.key, []).append(u)
        canonical = _joins(uses[0].hit.entry.canonical)
        for same in by_key.values():
            words = [_joins(spelling_of(u)) for u in same]
            counts = Counter(words)
            if len(counts) < 2:
                continue
            major = max(counts, key=lambda n: (counts[n], n == canonical, -words.index(n)))
            model = same[words.index(major)]
            line = doc.position(use_span(doc, model)[0])[0]
            for u, n in zip(same, words, strict=True):
                if n == major:
                    continue
                spelling = _article_case(spelling_of(model), spelling_of(u))
                yield self._replace(doc, u, spelling, f"joins the words of '{spelling}' (line {line}) differently")

    def _replace(self, doc: Document, use: Use, spelling: str, what: str) -> Finding:
        """A finding at a use, with the spelling that replaces it throughout."""
        return respell(self, doc, use, spelling, f"'{spelling_of(use)}' {what}", f"Use '{spelling}' throughout")

    @staticmethod
    def _spelling(model: Use, entry: NameEntry) -> str:
        """How the article writes a spelling it uses, as a replacement would write it (not in capitals)."""
        spelling = spelling_of(model)
        if spelling.isupper() and not entry.case_sensitive:
            return entry.canonical if model.hit.key == spelling_key(entry.canonical) else spelling.title()
        return spelling


# The Arabic articles the romanisation key knows (romanise.ARTICLES), at the start of a spelling.
_ARTICLE = re.compile(rf"(?:{'|'.join(sorted(ARTICLES, key=len, reverse=True))})[-\u2010\u2011 ]", re.I)


def _article_case(spelling: str, surface: str) -> str:
    """The replacement's Arabic article in the case the replaced use has: "al-Shabaab" mid-sentence
    even where the article's model is the "Al-Shabaab" that opened a sentence."""
    if _ARTICLE.match(spelling) and _ARTICLE.match(surface) and spelling[0].isupper() != surface[0].isupper():
        return (spelling[0].upper() if surface[0].isupper() else spelling[0].lower()) + spelling[1:]
    return spelling


_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]+")
_NOT_LETTERS = re.compile(r"[\W_]+")


def _joins(spelling: str) -> int:
    """How many words a spelling writes, its articles aside: "Abdel Fattah al-Burhan" and "Abdel-Fattah
    al Burhan" write three, "Abdelfattah al-Burhan" two; "Deir ez-Zor" and "Deir Ezzor", "al-Raqqa"
    and "Raqqa" write as many (an article written, fused or left out is one spelling)."""
    words = (_NOT_LETTERS.sub("", part) for part in _SEPARATORS.split(spelling))
    return sum(1 for word in words if word and word.casefold() not in ARTICLES)
