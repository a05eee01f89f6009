"""What the report formats say about a rule: its Why, its full help, and a page to read more."""

from __future__ import annotations

import inspect
import re
from functools import cache

from newslint.checks import load_rules
from newslint.checks.rule import Rule

# axe-core's own rule pages (the version newslint's accessibility rules are compared with).
AXE_DOCS = "https://dequeuniversity.com/rules/axe/4.14/{}"
# WCAG 2.2 "Understanding" pages of the success criteria the rules cite.
_WCAG_SLUGS = {
    "1.1.1": "non-text-content",
    "1.3.1": "info-and-relationships",
    "2.4.1": "bypass-blocks",
    "2.4.2": "page-titled",
    "2.4.4": "link-purpose-in-context",
    "2.4.6": "headings-and-labels",
    "3.1.1": "language-of-page",
    "3.1.2": "language-of-parts",
    "4.1.2": "name-role-value",
    "4.1.3": "status-messages",
}
_WCAG_DOCS = "https://www.w3.org/WAI/WCAG22/Understanding/{}.html"
_SECTION = re.compile(r"\*\*(Why|Example \(fires\)|Example \(silent\)|Fix|References)\*\*:\s*")


@cache
def rules_by_code() -> dict[str, type[Rule]]:
    return {r.code: r for r in load_rules()}


def docstring(rule: type[Rule]) -> str:
    return inspect.cleandoc(rule.__doc__ or "")


def section(rule: type[Rule], name: str) -> str:
    """One section of the rule's docstring (``Why``, ``Fix``, …) as one paragraph, or ''."""
    parts = _SECTION.split(docstring(rule))
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        if title == name:
            return " ".join(body.split())
    return ""


@cache
def why(rule: type[Rule]) -> str:
    """Why the rule matters, for a reader who has one finding in front of them."""
    return section(rule, "Why") or f"{rule.summary}."


def help_uri(rule: type[Rule]) -> str | None:
    """A public page explaining what the rule checks: axe-core's rule page, else the WCAG criterion's."""
    if rule.axe:
        return AXE_DOCS.format(rule.axe)
    slug = _WCAG_SLUGS.get(rule.wcag or "")
    return _WCAG_DOCS.format(slug) if slug else None


def help_markdown(rule: type[Rule]) -> str:
    """``newslint rule CODE``'s explanation as Markdown (the docstrings are written in it)."""
    refs = [f"WCAG {rule.wcag}"] if rule.wcag else []
    if rule.axe:
        refs.append(f"axe-core `{rule.axe}`")
    head = f"**{rule.code} {rule.name}**: {rule.summary}."
    if refs:
        head += f" Maps to {', '.join(refs)}."
    return f"{head}\n\n{docstring(rule)}\n"


def sentence(text: str) -> str:
    """The text ending as a sentence does (messages and suggestions are written without a full stop)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else f"{text}."
