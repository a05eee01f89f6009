"""NL401–NL402: sentences and paragraphs of the story too long to read in one go."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.readability.common import ReadabilityRule
from newslint.checks.rule import Finding
from newslint.document.model import Document
from newslint.document.sentences import Sentence, word_count
from newslint.lib.settings import Settings

# Where a long news sentence splits into two sentences, best first: a semicolon between clauses,
# then a comma before a conjunction that starts a main clause with its own subject ("…, and the
# army said…"). A relative or subordinate clause ("…, which …", "…, while …") or a dash's aside
# would leave a fragment, so they are never offered.
_SUBJECT = r"(?:[A-Z][\w'’-]*|the|a|an|he|she|it|they|we|i|you|his|her|its|their|this|that|these|those)\b"
_SPLITS = (
    re.compile(r";\s"),
    re.compile(rf",\s(?:and|but|so|yet)\s(?={_SUBJECT}\s\w+)"),
)
_MIN_PART_WORDS = 8
_OPENING_QUOTES, _CLOSING_QUOTES = "“‘", "”’"
# A speaker's label opening a paragraph of a transcript or an interview ("HOST:", "Kara Swisher:").
_SPEAKER = re.compile(r"^\s*[A-Z][\w.'’ -]{0,40}:\s")


def _inside(text: str, at: int) -> bool:
    """Whether ``at`` falls inside parentheses or quotation marks."""
    before = text[:at]
    if before.count("(") > before.count(")"):
        return True
    curly = sum(before.count(q) for q in _OPENING_QUOTES) > sum(before.count(q) for q in _CLOSING_QUOTES)
    return curly or before.count('"') % 2 == 1


def quoted_share(text: str) -> float:
    """The share of a text's words that stand inside quotation marks: someone's words, not the story's."""
    words = text.split()
    if not words:
        return 0.0
    inside, depth, straight = 0, 0, False
    for word in words:
        opened = sum(word.count(q) for q in _OPENING_QUOTES)
        straight ^= word.count('"') % 2 == 1 and word.startswith('"')
        depth += opened
        if depth > 0 or straight or opened:
            inside += 1
        depth = max(0, depth - sum(word.count(q) for q in _CLOSING_QUOTES))
        if straight and word.endswith(('"', '",', '".')) and not word.startswith('"'):
            straight = False
    return inside / len(words)


def is_list(text: str) -> bool:
    """A sentence that enumerates ("…; $119 million for education; and …"): read item by item, not as one clause."""
    commas = text.count(",")
    return text.count(";") >= 2 or (commas >= 6 and len(text.split()) / (commas + 1) < 6)


def is_speech(text: str) -> bool:
    """Someone's words: mostly in quotation marks, or a transcript's line after a speaker's label."""
    return quoted_share(text) >= 0.5 or bool(_SPEAKER.match(text))


def split_point(sentence: Sentence) -> str | None:
    """The words before the boundary nearest the middle where the sentence splits into two sentences:
    outside quotes and parentheses, and leaving at least eight words on each side."""
    text = sentence.text
    middle = len(text) / 2
    for pattern in _SPLITS:
        cuts = [
            m
            for m in pattern.finditer(text)
            if not _inside(text, m.start())
            and min(len(text[: m.start()].split()), len(text[m.end() :].split())) >= _MIN_PART_WORDS
        ]
        if cuts:
            cut = min(cuts, key=lambda m: abs(m.start() - middle))
            words = text[: cut.start()].split()
            return " ".join(words[-4:])
    return None


class LongSentence(ReadabilityRule):
    """A sentence of the story longer than ``readability.max-sentence-words`` (55 in the news preset).

    **Why**: readers lose the thread of a sentence that carries several clauses; comprehension
    drops sharply past about 30 words, and news style guides ask for one idea per sentence.
    Only the story's prose counts: headlines, captions, navigation and the credit line never do,
    nor someone's words in quotation marks (editors do not rewrite quotes) or a sentence that lists.

    **Fix**: split at the boundary the finding names (a semicolon, or a comma before "and",
    "but", "so" or "yet" that opens a clause with its own subject), and make the second half a
    sentence of its own; where no such boundary stands outside quotes and parentheses, trim it.

    **References**: Australian Government Style Manual, "Sentence length" (no more than 25
    words); presets in docs/readability.md; config ``readability.max-sentence-words``.
    """

    code = "NL401"
    name = "long-sentence"
    summary = "A sentence of the story is longer than the configured limit"
    severity = "warning"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.readability.scores import is_transcript, prose

        limit = settings.config.readability.targets().max_sentence_words
        if is_transcript(doc):
            return  # speech, as spoken
        for part in prose(doc):
            for sentence in part.sentences:
                count = word_count(sentence.text)
                if count <= limit or is_speech(sentence.text) or is_list(sentence.text):
                    continue  # someone's words are theirs; a list is read item by item
                where = split_point(sentence)
                advice = f"Split the sentence after '…{where}'" if where else "Split the sentence in two, or trim it"
                yield self.finding(
                    doc.text_span(part.block.element, sentence.start, sentence.end),
                    f"Sentence of {count} words (limit {limit})",
                    advice,
                )


class LongParagraph(ReadabilityRule):
    """A paragraph of the story longer than ``readability.max-paragraph-words`` (160 in the news preset).

    **Why**: on a phone a long paragraph fills the screen with an unbroken wall of text; news
    paragraphs carry one point each, usually in one to three sentences. Quotations (set as block
    quotes or mostly in quotation marks), a transcript's turns, lists, headlines and captions are
    not measured; a blank line (``<br><br>``) inside
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
        from newslint.lib.readability.scores import is_transcript, prose

        limit = settings.config.readability.targets().max_paragraph_words
        if is_transcript(doc):
            return  # a speaker's turns, as spoken
        for part in prose(doc):
            if part.block.role != "paragraph":
                continue
            for found in part.paragraphs():
                lengths = [word_count(s.text) for s in found]
                total = sum(lengths)
                if total <= limit or is_speech(" ".join(s.text for s in found)):
                    continue  # a quotation or a transcript's turn is the speaker's to shape
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
