"""NL101: the page declares the language of its content; language-code helpers shared by NL102 and NL103."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.accessibility.language import declared_locale, html_attribute, story_language, valid_language
from newslint.lib.settings import Settings


class MissingPageLanguage(Rule):
    """The ``<html>`` element has no ``lang`` attribute, or an empty one.

    **Why**: screen readers pick their pronunciation rules from the page language; without it a
    story is read with the user's default voice, which mangles names and words in any other
    language. Search engines and translation tools use it too. In an HTML page ``xml:lang`` on
    its own declares nothing: browsers only read it in XHTML served as XML.

    **Fix**: add the language of the story, e.g. ``<html lang="en">``. Where ``xml:lang`` holds a
    valid code, ``--fix`` copies it into ``lang``: the page has declared it already. Otherwise the
    suggested value comes from evidence only: the page's ``og:locale`` or Content-Language
    metadata, or else the language of the story's text where CLD2 (an offline language
    identifier) is confident of it. Either may be wrong (a site-wide default, a quotation), so
    only ``--fix --unsafe-fixes`` writes it; with no evidence the finding suggests no value.

    **References**: WCAG 2.2 SC 3.1.1 Language of Page; axe-core ``html-has-lang``.
    """

    code = "NL101"
    name = "missing-page-language"
    summary = "The page does not declare its language on <html>"
    severity = "error"
    wcag = "3.1.1"
    axe = "html-has-lang"
    act = (("b5c3f8", "same"),)
    page_only = True
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        lang = html_attribute(doc, "lang")
        if (lang or "").strip():
            return
        xml_lang = (html_attribute(doc, "xml:lang") or "").strip()
        if xml_lang and doc.path.lower().endswith((".xhtml", ".xht")):
            return
        start, end = doc.start_tag_span(doc.root)
        has_attr = lang is not None
        problem = "an empty lang attribute" if has_attr else "no lang attribute"
        declared = valid_language(xml_lang)
        value, evidence = (xml_lang, "its xml:lang") if declared else _evidence(doc)
        if start == end:  # no <html> tag in the source
            yield self.finding(
                (start, end),
                f"The page has no <html> start tag, so {problem.replace('an empty', 'no')} declares its language",
                f'Start the page with <html lang="{value}"> ({evidence})' if value else _DECLARE,
            )
            return
        tag = doc.text[start:end]
        fixed = None
        if value and has_attr:
            fixed = re.sub(r"""\blang\s*=\s*(?:""|''|(?=[\s>]))""", f'lang="{value}"', tag, count=1, flags=re.I)
        elif value:
            fixed = re.sub(r"^<html", f'<html lang="{value}"', tag, count=1, flags=re.I)
        if xml_lang:
            message = f'<html> declares its language only in xml:lang="{xml_lang}", which HTML pages ignore'
        else:
            message = f"<html> has {problem}; screen readers cannot tell the story's language"
        if fixed is None:
            suggestion = _DECLARE
        elif declared:
            suggestion = f"Declare it in lang as well: {fixed}"
        else:
            suggestion = f"Declare the language of the story: {fixed} (from {evidence}; check it)"
        yield self.finding((start, end), message, suggestion, replacement=fixed, safe=declared)


_DECLARE = 'Declare the language of the story on <html>, e.g. <html lang="en"> for English'


def _evidence(doc: Document) -> tuple[str | None, str]:
    """A language for the page and what it comes from: its metadata, else its story's text."""
    declared = declared_locale(doc)
    if declared:
        return declared, "the page's og:locale or Content-Language"
    guessed = story_language(doc)
    if guessed:
        return guessed, "the language of the story's text"
    return None, ""
