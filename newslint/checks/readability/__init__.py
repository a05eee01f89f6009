"""Readability rules (NL4xx): grade level, sentence and paragraph length, acronyms, headline length."""
