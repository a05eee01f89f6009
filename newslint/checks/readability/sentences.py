"""NL401–NL402: sentences and paragraphs of the story too long to read in one go."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.readability.common import ReadabilityRule
from newslint.checks.rule import Finding
from newslint.document.model import Document
from newslint.document.sentences import Sentence, word_count
from newslint.lib.settings import Settings

# Where a long news sentence can be split, best first: a semicolon or dash, a comma before a
# conjunction or relative pronoun, any comma, then a conjunction without a comma.
_CONJUNCTIONS = r"(?:and|but|while|whereas|although|though|which|who|where|as|because|since|after|before)\b"
_SPLITS = (
    re.compile(r";\s|\s[—–]\s"),
    re.compile(rf",\s(?={_CONJUNCTIONS})"),
    re.compile(r",\s"),
    re.compile(rf"\s(?={_CONJUNCTIONS})"),
)


def split_point(sentence: Sentence) -> str | None:
    """The words before the clause boundary nearest the middle of the sentence."""
    middle = len(sentence.text) / 2
    for pattern in _SPLITS:
        cuts = [m for m in pattern.finditer(sentence.text) if 0.2 < m.start() / len(sentence.text) < 0.8]
        if cuts:
            cut = min(cuts, key=lambda m: abs(m.start() - middle))
            words = sentence.text[: cut.start()].split()
            return " ".join(words[-4:])
    return None


class LongSentence(ReadabilityRule):
    """A sentence of the story longer than ``readability.max-sentence-words`` (35 in the news preset).

    **Why**: readers lose the thread of a sentence that carries several clauses; comprehension
    drops sharply past about 30 words, and news style guides ask for one idea per sentence.
    Only the story's prose counts: headlines, captions, navigation and the credit line never do.

    **Fix**: split at the clause boundary the finding names (a semicolon, a dash, a comma before
    "and", "but", "which", "while", or such a conjunction itself), and make the second half a
    sentence of its own.

    **References**: Australian Government Style Manual, "Sentence length" (no more than 25
    words); presets in docs/readability.md; config ``readability.max-sentence-words``.
    """

    code = "NL401"
    name = "long-sentence"
    summary = "A sentence of the story is longer than the configured limit"
    severity = "warning"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.readability.scores import prose

        limit = settings.config.readability.targets().max_sentence_words
        for part in prose(doc):
            for sentence in part.sentences:
                count = word_count(sentence.text)
                if count <= limit:
                    continue
                where = split_point(sentence)
                advice = f"Split the sentence after '…{where}'" if where else "Split the sentence in two"
                yield self.finding(
                    doc.text_span(part.block.element, sentence.start, sentence.end),
                    f"Sentence of {count} words (limit {limit})",
                    advice,
                )


class LongParagraph(ReadabilityRule):
    """A paragraph of the story longer than ``readability.max-paragraph-words`` (120 in the news preset).

    **Why**: on a phone a long paragraph fills the screen with an unbroken wall of text; news
    paragraphs carry one point each, usually in one to three sentences. Quotations set as block
    quotes, lists, headlines and captions are not measured; a blank line (``<br><br>``) inside
    one element starts a new paragraph, as a CMS that sets a whole story in one element means it.

    **Fix**: start a new paragraph at the sentence the finding names, where the paragraph's
    words divide most evenly; give each paragraph one point.

    **References**: Federal Plain Language Guidelines (plainlanguage.gov), "Write short
    paragraphs"; presets in docs/readability.md; config ``readability.max-paragraph-words``.
    """

    code = "NL402"
    name = "long-paragraph"
    summary = "A paragraph of the story is longer than the configured limit"
    severity = "info"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.readability.scores import prose

        limit = settings.config.readability.targets().max_paragraph_words
        for part in prose(doc):
            if part.block.role != "paragraph":
                continue
            for found in part.paragraphs():
                lengths = [word_count(s.text) for s in found]
                total = sum(lengths)
                if total <= limit:
                    continue
                yield self.finding(
                    doc.text_span(part.block.element, found[0].start, found[-1].end),
                    f"Paragraph of {total} words in {len(found)} sentences (limit {limit})",
                    _where_to_split(found, lengths),
                )


def _where_to_split(found: list[Sentence], lengths: list[int]) -> str:
    """Advice to break before the sentence that divides the paragraph's words most evenly."""
    if len(found) < 2:
        return "Split this one-sentence paragraph into shorter sentences, then into paragraphs"
    total = sum(lengths)
    best, best_gap, before = 1, total, 0
    for i, n in enumerate(lengths[:-1], 1):
        before += n
        gap = abs(total - 2 * before)
        if gap < best_gap:
            best, best_gap = i, gap
    opening = " ".join(found[best].text.split()[:5])
    return f"Start a new paragraph at sentence {best + 1}: '{opening}…'"
