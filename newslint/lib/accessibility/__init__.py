"""Accessibility knowledge beyond ARIA: the page's language, and phrases in it (vague link text, unhelpful alt)."""
