"""NL106: a lang attribute inside the page that holds no language code."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.accessibility.language import valid_language
from newslint.lib.accessibility.phrases import attribute_span
from newslint.lib.aria.semantics import tag
from newslint.lib.settings import Settings

_NOT_RENDERED = frozenset({"script", "style", "template", "noscript"})
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)


def _unrendered(el: Element) -> bool:
    """Hidden from everyone: text hidden from assistive technology alone is still read on screen."""
    return tag(el) in _NOT_RENDERED or el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _own_text(el: Element) -> bool:
    """Whether rendered text (or an image's alt) takes its language from this element's lang, not a nearer one."""
    if (el.text or "").strip():
        return True
    for child in el:
        inherits = isinstance(child.tag, str) and child.get("lang") is None and not _unrendered(child)
        if inherits and ((tag(child) == "img" and (child.get("alt") or "").strip()) or _own_text(child)):
            return True
        if (child.tail or "").strip():
            return True
    return False


class InvalidElementLanguage(Rule):
    """A ``lang`` attribute on an element in the page's body is not a language code.

    **Why**: a quotation marked ``lang="arabic"`` or ``lang="eng"`` is read with the page's voice,
    as if it had no lang at all: the author meant to switch the pronunciation and it never happens.
    Only elements with text are checked; an empty ``lang=""`` says "unknown language" on purpose.

    **Fix**: use a BCP 47 tag: the two-letter ISO 639-1 code where there is one (``ar``, ``uk``,
    ``en``), optionally with a region.

    **References**: WCAG 2.2 SC 3.1.2 Language of Parts; axe-core ``valid-lang``.
    """

    code = "NL106"
    name = "valid-lang"
    summary = "A lang attribute inside the page is not a valid language code"
    severity = "error"
    wcag = "3.1.2"
    axe = "valid-lang"
    act = (("de46e4", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        body = doc.root.find("body")
        for el in doc.carrying("lang"):
            value = el.get("lang") or ""
            if not value or valid_language(value) or tag(el) in ("html", "head"):
                continue
            if body is None or not any(anc is body for anc in el.iterancestors()) or not _own_text(el):
                continue
            if any(_unrendered(node) for node in (el, *el.iterancestors())):
                continue
            span = attribute_span(doc, el, "lang")
            yield self.finding(
                span if span is not None and span[1] > span[0] else doc.start_tag_span(el),
                f'lang="{value}" on <{tag(el)}> is not a language code, so the passage is read in the page\'s voice',
                'Use a BCP 47 tag, e.g. lang="ar" or lang="uk" (the two-letter code where there is one)',
            )
