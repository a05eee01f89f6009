"""NL403: the story reads above its target grade; the paragraphs that pull it up are named."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.readability.common import ReadabilityRule
from newslint.checks.rule import Finding
from newslint.document.model import Document
from newslint.lib.settings import Settings

# Below this the grade of a story says little: a few sentences swing it by several grades.
MIN_WORDS = 100
MIN_SENTENCES = 5
_NAMED = 3


class GradeAboveTarget(ReadabilityRule):
    """The story's Flesch–Kincaid grade is above ``readability.max-grade`` (14.9 in the news preset).

    **Why**: the grade estimates the years of schooling a reader needs from words per sentence
    and syllables per word. A news story above its audience's grade loses readers; a children's
    or plain-language edition has a lower target. Only the story's prose counts, and stories of
    fewer than 100 words or 5 sentences are not graded. The finding names the paragraphs whose
    removal would lower the grade most: they pull it up.

    **Fix**: in the paragraphs named, split long sentences and replace long words with short
    ones ("use" for "utilise", "help" for "humanitarian assistance" where it fits).

    **References**: Kincaid et al. (1975), Flesch–Kincaid grade level; textstat 0.7.8 formulas;
    presets in docs/readability.md; config ``readability.preset``, ``readability.max-grade``.
    """

    code = "NL403"
    name = "grade-above-target"
    summary = "The story's Flesch–Kincaid grade is above the configured target"
    severity = "info"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.readability.scores import flesch_kincaid_grade, grade_of, story

        readability = settings.config.readability
        target = readability.targets().max_grade
        measured = story(doc)
        t = measured.total
        if t.words < MIN_WORDS or t.sentences < MIN_SENTENCES:
            return
        grade = flesch_kincaid_grade(t)
        if grade <= target:
            return
        # How much each paragraph lifts the grade: the story's grade minus the grade without it.
        pull = []
        for p in measured.paragraphs:
            c = p.counts
            pull.append((grade - grade_of(t.words - c.words, t.sentences - c.sentences, t.syllables - c.syllables), p))
        worst = [p for lift, p in sorted(pull, key=lambda item: -item[0]) if lift > 0][:_NAMED]
        if not worst:
            return
        spans = {
            p.number: doc.text_span(p.block.element, p.block.start, len(p.block.prose) + p.block.start) for p in worst
        }
        origin = f" ({readability.preset} preset)" if readability.max_grade is None else ""
        named = ", ".join(
            f"paragraph {p.number} (line {doc.position(spans[p.number][0])[0]}, grade "
            f"{flesch_kincaid_grade(p.counts):.1f})"
            for p in worst
        )
        verb = "pulls" if len(worst) == 1 else "pull"
        yield self.finding(
            spans[worst[0].number],
            f"Flesch–Kincaid grade {grade:.1f} is above the target {target:g}{origin}; {named} {verb} it up most",
            f"Shorten the sentences and use shorter words in paragraph {worst[0].number} first",
        )
