"""NL405: a headline longer than the configured number of words."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.readability.common import ReadabilityRule
from newslint.checks.rule import Finding
from newslint.document.model import Document
from newslint.document.sentences import sentences, word_count
from newslint.document.tree import text_of
from newslint.lib.settings import Settings


class LongHeadline(ReadabilityRule):
    """The story's headline has more words than ``readability.max-headline-words`` (20 in the news preset).

    **Why**: a headline is read at a glance, in lists, on phones and in search results, where
    long ones are cut off; it carries who did what, and the detail belongs in the story. The
    headline is the story's ``h1`` (on a page, the one in ``main`` or ``article`` first); an ``h1``
    that ends in a full stop or holds several sentences is a caption set as a heading and is skipped.

    **Fix**: keep the actor, the action and the place; move time, sources and background into
    the first paragraph.

    **References**: presets in docs/readability.md; config ``readability.max-headline-words``.
    """

    code = "NL405"
    name = "long-headline"
    summary = "The headline has more words than the configured limit"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.readability.scores import is_english

        headline = doc.regions.headline
        if headline is None or not is_english(doc):
            return
        limit = settings.config.readability.targets().max_headline_words
        text = text_of(headline)
        if text.rstrip().endswith(".") or len(list(sentences(text))) > 1:
            return  # headlines take no full stop: this is a caption or a paragraph set as a heading
        count = word_count(text)
        if count <= limit:
            return
        begin = len(text) - len(text.lstrip())
        yield self.finding(
            doc.text_span(headline, begin, len(text.rstrip())),
            f"Headline of {count} words (limit {limit})",
            f"Cut the headline to {limit} words or fewer: keep who did what and where, move the rest into the story",
        )
