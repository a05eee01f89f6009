"""Accessibility rules (NL1xx) beyond the page language: one module per theme."""

from newslint.checks.accessibility import aria_attributes, document, headings, ids, landmarks, lists, names, skip_links

__all__ = ["aria_attributes", "document", "headings", "ids", "landmarks", "lists", "names", "skip_links"]
