"""NL201: one spelling per name within an article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings
from newslint.lib.transliteration.uses import (
    Use,
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
    breaks a tie); each other spelling is replaced by it. The fix is safe: ``--fix`` applies it
    where the name is plain text in the source. Names of a configured house-style pack are left
    to NL202, which asks for the house spelling instead.

    **References**: the names packs in ``rules/`` (``syria-iraq.yaml``, ``ukraine-russia.yaml``)
    and a project's own; AP Stylebook on foreign place names.
    """

    code = "NL201"
    name = "inconsistent-transliteration"
    summary = "A name is spelled two ways in one article"
    severity = "warning"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        by_entry: dict[int, list[Use]] = {}
        for use in name_uses(doc, settings):
            by_entry.setdefault(id(use.hit.entry), []).append(use)
        for uses in by_entry.values():
            counts = Counter(u.hit.key for u in uses)
            if len(counts) < 2 or uses[0].hit.pack == settings.house_pack:
                continue  # one spelling, or a house spelling that NL202 enforces
            entry = uses[0].hit.entry
            canonical = settings.name_index.key_of(entry.canonical, entry)
            first: dict[str, Use] = {}
            for u in uses:
                if u.hit.key not in first or (first[u.hit.key].surface.isupper() and not u.surface.isupper()):
                    first[u.hit.key] = u  # the first use, preferring one not in capitals (datelines)
            major = max(counts, key=lambda k: (counts[k], k == canonical, -uses.index(first[k])))
            model = first[major]
            spelling = spelling_of(model)
            if spelling.isupper() and not entry.case_sensitive:
                spelling = entry.canonical if major == canonical else spelling.title()
            line = doc.position(use_span(doc, model)[0])[0]
            for u in uses:
                if u.hit.key == major:
                    continue
                span = use_span(doc, u)
                yield self.finding(
                    span,
                    f"'{spelling_of(u)}' spells the same {entry.kind} as '{spelling}' (line {line})",
                    f"Use '{spelling}' throughout",
                    replacement=spelling,
                    safe=is_plain(doc, u, span),
                )
