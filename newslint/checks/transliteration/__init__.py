"""Transliteration rules (NL2xx): one spelling per name, in an article, in a run, and the house's."""
