"""NL544: two sentences of the story run together without a space ("a chief physician.Police arrested")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings
from newslint.lib.structure.prose import prose_matches

# A full stop, question or exclamation mark after three lower-case letters, with a capitalised
# word right after it that is not part of an address, a path or a domain. The pattern starts with
# the mark, so a search skips to the next one in a single step.
_RUN_ON = re.compile(r"[.!?](?<=[a-z]{3}[.!?])(?=(?P<next>[A-Z][a-z]+)\b(?![.@/:]\w))")
# The whole lower-case word before the mark, not the end of an address, a handle or a longer word.
_WORD = re.compile(r"(?<![\w.@/:#&=?%+~'’-])[a-z]{3,}$")


class RunTogetherSentences(Rule):
    """Two sentences of the story run together: no space after the full stop.

    **Why**: "a chief physician.Police arrested a man" is a typing slip, or the trace of two
    paragraphs joined when copy was pasted; readers stumble on it, and search engines and screen
    readers take the two words for one.

    **Fix**: add the space ("physician. Police"), or the paragraph break that was lost.

    **References**: Vale's ``Spacing`` rules (Google and Microsoft styles) check the same.
    """

    code = "NL544"
    name = "run-together-sentences"
    summary = "Two sentences run together without a space"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for block, m in prose_matches(doc, _RUN_ON):
            stop, mark, after = m.start(), m.group(), m.group("next")
            word = _WORD.search(block.text, max(0, stop - 60), stop)
            if word is None:
                continue
            start, end = doc.text_span(block.element, stop, stop + 2)
            if doc.text[start:end] != block.text[stop : stop + 2]:
                continue  # markup or an entity stands between them: apart on the page
            yield self.finding(
                (start, start + 1),
                f"No space after '{word.group()}{mark}': two sentences run together in '{word.group()}{mark}{after}'",
                f"Add a space: '{word.group()}{mark} {after}'",
                replacement=f"{mark} ",
            )
