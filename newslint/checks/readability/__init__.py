"""Readability rules (NL4xx): scores, sentence and paragraph length, acronyms, headline length."""

from newslint.checks.readability import acronyms, grade, headline, sentences

__all__ = ["acronyms", "grade", "headline", "sentences"]
