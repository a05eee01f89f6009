"""NL101: the page declares the language of its content; language-code helpers shared by NL102 and NL103."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from newslint.document import Document
from newslint.rule import Finding, Rule
from newslint.settings import Settings

_LOCALE = re.compile(r"^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?$")
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")

# ISO 639-1 two-letter codes (with the deprecated iw, ji, in, jw, mo that axe-core also accepts).
# Three-letter primary subtags (ISO 639-2/3) are accepted as they are.
ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc
    oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su
    sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)


def primary_subtag(value: str) -> str:
    """The primary language subtag as axe-core reads it: up to the first hyphen, lower-cased."""
    return value.strip().split("-")[0].lower()


def valid_language(value: str) -> bool:
    """Whether a lang value starts with a language code (``en``, ``en-GB``, ``fil``; not ``en_US``)."""
    primary = primary_subtag(value)
    if len(primary) == 2:
        return primary in ISO_639_1
    return len(primary) == 3 and primary.isascii() and primary.isalpha()


def html_attribute(doc: Document, name: str) -> str | None:
    """An attribute of ``<html>`` as browsers see it.

    Where something precedes the ``<html>`` tag (metadata, conditional comments) lxml implies the
    element and drops the tag's attributes; browsers keep them, so read them from the source tag.
    """
    value = doc.root.get(name)
    if value is not None or doc.kind != "page" or len(doc.root.attrib):
        return value  # attributes on the tree's <html> come from a real tag, all of them
    start, end = doc.start_tag_span(doc.root)
    for m in _ATTRIBUTE.finditer(doc.text, start + len("<html"), end):
        if m.group(1).lower() == name:
            raw = next((g for g in m.groups()[1:] if g is not None), "")
            return html.unescape(raw)
    return None


def guess_language(doc: Document) -> str:
    """The language the page's metadata suggests (og:locale, Content-Language), else English."""
    for meta in doc.tagged("meta"):
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
    language. Search engines and translation tools use it too. In an HTML page ``xml:lang`` on
    its own declares nothing: browsers only read it in XHTML served as XML.

    **Example (fires)**: ``<html>``, ``<html lang="">``, or ``<html xml:lang="en">`` on a whole page.

    **Example (silent)**: ``<html lang="en">``, ``<html lang="en-GB" xml:lang="en-GB">``, an
    ``.xhtml`` file with ``xml:lang``, or a CMS body fragment (it inherits the language of the
    page it is published in).

    **Fix**: add the language of the story, e.g. ``<html lang="en">``. Where ``xml:lang`` holds a
    valid code, ``--fix`` copies it into ``lang``. Otherwise the suggested value comes from the
    page's ``og:locale`` or Content-Language metadata where present; check it before applying,
    which is why ``--fix`` does not apply it on its own.

    **References**: WCAG 2.2 SC 3.1.1 Language of Page; axe-core ``html-has-lang``.
    """

    code = "NL101"
    name = "missing-page-language"
    summary = "The page does not declare its language on <html>"
    severity = "error"
    wcag = "3.1.1"
    axe = "html-has-lang"
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
        if start == end:  # no <html> tag in the source
            yield self.finding(
                (start, end),
                f"The page has no <html> start tag, so {problem.replace('an empty', 'no')} declares its language",
                f'Start the page with <html lang="{guess_language(doc)}">',
            )
            return
        value = xml_lang if valid_language(xml_lang) else guess_language(doc)
        tag = doc.text[start:end]
        if has_attr:
            fixed = re.sub(r"""\blang\s*=\s*(?:""|''|(?=[\s>]))""", f'lang="{value}"', tag, count=1, flags=re.I)
        else:
            fixed = re.sub(r"^<html", f'<html lang="{value}"', tag, count=1, flags=re.I)
        if xml_lang:
            yield self.finding(
                (start, end),
                f'<html> declares its language only in xml:lang="{xml_lang}", which HTML pages ignore',
                f"Declare it in lang as well: {fixed}",
                replacement=fixed,
                safe=value == xml_lang,
            )
            return
        yield self.finding(
            (start, end),
            f"<html> has {problem}; screen readers cannot tell the story's language",
            f"Declare the language of the story: {fixed}",
            replacement=fixed,
        )
