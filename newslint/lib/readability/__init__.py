"""Readability scores of story prose: syllables, words, sentences, grade formulas."""
