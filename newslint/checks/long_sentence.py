"""NL401: a sentence of the story that is too long to read in one go."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.document import Document
from newslint.rule import Finding, Rule
from newslint.settings import Settings
from newslint.text import Sentence

# Where a long news sentence can be split, best first: a semicolon or dash, then a comma
# before a conjunction or relative pronoun.
_SPLITS = (
    re.compile(r";\s|\s[—–]\s"),
    re.compile(r",\s(?=(?:and|but|while|whereas|although|though|which|who|where|as|because|since)\b)"),
    re.compile(r",\s"),
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


class LongSentence(Rule):
    """A sentence of the story longer than ``readability.max-sentence-words`` (default 40).

    **Why**: readers lose the thread of a sentence that carries several clauses; comprehension
    drops sharply past about 30 words, and news style guides ask for one idea per sentence.
    Only the story's prose counts: headlines, captions, navigation and the credit line never do.

    **Example (fires)**: a 52-word lead paragraph that strings the offensive, its backers, its
    rivals and its aim into one sentence.

    **Example (silent)**: the same facts in two sentences of 25 words each.

    **Fix**: split at the clause boundary the finding names (a semicolon, a dash, or a comma
    before "and", "but", "which", "while"), and make the second half a sentence of its own.

    **References**: AP Stylebook, "sentence length"; config ``readability.max-sentence-words``.
    """

    code = "NL401"
    name = "long-sentence"
    summary = "A sentence of the story is longer than the configured limit"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        limit = settings.config.readability.max_sentence_words
        for block in doc.regions.prose:
            for sentence in block.sentences():
                count = len(sentence.words)
                if count <= limit:
                    continue
                where = split_point(sentence)
                advice = f"Split the sentence after '…{where}'" if where else "Split the sentence in two"
                yield self.finding(
                    doc.text_span(block.element, sentence.start, sentence.end),
                    f"Sentence of {count} words (limit {limit})",
                    advice,
                )
