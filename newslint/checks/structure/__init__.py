"""Structure and data-quality rules (NL503 onward): one module per theme; wire credits live in ``wire_credit``."""

from newslint.checks.structure import (
    agencies,
    bylines,
    chrome,
    encoding,
    links,
    paragraphs,
    placeholders,
    spacing,
    style,
)

__all__ = ["agencies", "bylines", "chrome", "encoding", "links", "paragraphs", "placeholders", "spacing", "style"]
