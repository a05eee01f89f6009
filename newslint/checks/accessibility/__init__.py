"""Accessibility rules (NL1xx) beyond the page language: one module per theme."""

from newslint.checks.accessibility import (
    aria_attributes,
    bypass,
    document,
    headings,
    ids,
    landmarks,
    link_purpose,
    lists,
    media,
    names,
    region,
    skip_links,
)

__all__ = [
    "aria_attributes",
    "bypass",
    "document",
    "headings",
    "ids",
    "landmarks",
    "link_purpose",
    "lists",
    "media",
    "names",
    "region",
    "skip_links",
]
