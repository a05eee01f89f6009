"""Accessibility rules (NL1xx): page language and title, landmarks, bypass, headings, media, names, ARIA."""
