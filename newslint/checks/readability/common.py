"""What every readability rule shares: the story's scores as the file's metrics."""

from __future__ import annotations

from newslint.checks.rule import Rule
from newslint.document.model import Document
from newslint.lib.settings import Settings


class ReadabilityRule(Rule):
    """A readability rule; selecting any of them fills ``FileResult.metrics`` with the story's scores."""

    measures = True

    def metrics(self, doc: Document, settings: Settings) -> dict[str, float]:
        from newslint.lib.readability.scores import scores, story

        measured = story(doc)
        return {**scores(measured.total), "paragraphs": float(len(measured.paragraphs))}
