"""NL101: the page declares the language of its content."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.document import Document
from newslint.rule import Finding, Rule
from newslint.settings import Settings

_XML_LANG = ("{http://www.w3.org/XML/1998/namespace}lang", "xml:lang")
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?$")


def guess_language(doc: Document) -> str:
    """The language the page's metadata suggests (og:locale, Content-Language), else English."""
    for meta in doc.root.iter("meta"):
        key = (meta.get("property") or meta.get("http-equiv") or meta.get("name") or "").lower()
        if key in ("og:locale", "content-language", "language"):
            m = _LOCALE.match((meta.get("content") or "").strip())
            if m:
                return m.group(1).lower() + (f"-{m.group(2).upper()}" if m.group(2) else "")
    return "en"


class MissingPageLanguage(Rule):
    """The ``<html>`` element has no ``lang`` attribute, or an empty one.

    **Why**: screen readers pick their pronunciation rules from the page language; without it a
    story is read with the user's default voice, which mangles names and words in any other
    language. Search engines and translation tools use it too.

    **Example (fires)**: ``<html>``, ``<html lang="">`` or ``<html xml:lang="en">`` (xml:lang
    has no effect in an HTML page) on a whole page.

    **Example (silent)**: ``<html lang="en">``, ``<html lang="en-GB" xml:lang="en-GB">``, or a CMS body
    fragment (it inherits the language of the page it is published in).

    **Fix**: add the language of the story, e.g. ``<html lang="en">``. The suggested value comes
    from the page's ``og:locale`` or Content-Language metadata where present; check it before
    applying, which is why ``--fix`` does not apply it on its own.

    **References**: WCAG 2.2 SC 3.1.1 Language of Page; axe-core ``html-has-lang``.
    """

    code = "NL101"
    name = "missing-page-language"
    summary = "The page does not declare its language on <html>"
    severity = "error"
    wcag = "3.1.1"
    axe = "html-has-lang"
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        html = doc.root
        if (html.get("lang") or "").strip():
            return
        xml_lang = next((v.strip() for a in _XML_LANG if (v := html.get(a) or "").strip()), "")
        lang = xml_lang or guess_language(doc)
        start, end = doc.start_tag_span(html)
        has_attr = html.get("lang") is not None
        problem = "an empty lang attribute" if has_attr else "no lang attribute"
        if start == end:  # no <html> tag in the source
            yield self.finding(
                (start, end),
                f"The page has no <html> start tag, so {problem.replace('an empty', 'no')} declares its language",
                f'Start the page with <html lang="{lang}">',
            )
            return
        tag = doc.text[start:end]
        if xml_lang:
            fixed = re.sub(r"^<html", f'<html lang="{lang}"', tag, count=1, flags=re.I)
            yield self.finding(
                (start, end),
                "<html> has xml:lang but no lang; an HTML page takes its language from lang alone",
                f"Declare it with lang too: {fixed}",
                replacement=fixed,
                safe=True,
            )
            return
        if has_attr:
            fixed = re.sub(r"""\blang\s*=\s*(?:""|''|(?=[\s>]))""", f'lang="{lang}"', tag, count=1, flags=re.I)
        else:
            fixed = re.sub(r"^<html", f'<html lang="{lang}"', tag, count=1, flags=re.I)
        yield self.finding(
            (start, end),
            f"<html> has {problem}; screen readers cannot tell the story's language",
            f"Declare the language of the story: {fixed}",
            replacement=fixed,
        )
