"""Accessibility rules (NL1xx) beyond the page language: one module per theme."""

from newslint.checks.accessibility import document, headings, landmarks, lists, names, skip_links

__all__ = ["document", "headings", "landmarks", "lists", "names", "skip_links"]
