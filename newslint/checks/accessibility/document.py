"""NL102, NL104: what the page says about itself (language code, title)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.document import Document, text_of
from newslint.regions import squash
from newslint.rule import Finding, Rule
from newslint.settings import Settings

# ISO 639-1 two-letter codes; three-letter primary subtags (ISO 639-2/3) are accepted as they are.
_ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy
    hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
    la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc
    oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su
    sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split()
)
_PRIMARY = re.compile(r"^([A-Za-z]{2,3}|[A-Za-z]{5,8})(?:[-_]|$)")


def valid_language(value: str) -> bool:
    """Whether a lang value's primary subtag is a language code (as axe-core's html-lang-valid checks)."""
    m = _PRIMARY.match(value.strip())
    if m is None:
        return False
    primary = m.group(1).lower()
    return primary in _ISO_639_1 if len(primary) == 2 else len(primary) == 3


class InvalidPageLanguage(Rule):
    """The ``lang`` of ``<html>`` is not a language code.

    **Why**: screen readers choose a voice from the language code; "english" or "en-english"
    is no code, and the story is read with the wrong pronunciation rules.

    **Example (fires)**: ``<html lang="english">``, ``<html lang="e">``.

    **Example (silent)**: ``<html lang="en">``, ``<html lang="en-GB">``, ``<html lang="ar">``;
    a missing or empty ``lang`` (NL101 reports that).

    **Fix**: use a BCP 47 tag: a two-letter ISO 639-1 code, optionally with a region
    (``en``, ``en-GB``, ``ar-SY``).

    **References**: WCAG 2.2 SC 3.1.1; BCP 47; axe-core ``html-lang-valid``.
    """

    code = "NL102"
    name = "invalid-page-language"
    summary = "The lang attribute of <html> is not a valid language code"
    severity = "error"
    wcag = "3.1.1"
    axe = "html-lang-valid"
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        value = (doc.root.get("lang") or "").strip()
        if not value or valid_language(value):
            return
        yield self.finding(
            doc.start_tag_span(doc.root),
            f'lang="{value}" on <html> is not a language code',
            'Use a BCP 47 language tag such as lang="en" or lang="en-GB"',
        )


class MissingTitle(Rule):
    """The page has no ``<title>``, or an empty one.

    **Why**: the title is the first thing a screen reader announces and what browser tabs,
    bookmarks and search results show; an untitled story page cannot be told apart from others.

    **Example (fires)**: a ``<head>`` without ``<title>``; ``<title> </title>``.

    **Example (silent)**: ``<title>Forces push into eastern districts | Daily Wire</title>``; a
    CMS body fragment.

    **Fix**: add a ``<title>`` in the ``<head>`` that starts with the headline.

    **References**: WCAG 2.2 SC 2.4.2 Page Titled; axe-core ``document-title``.
    """

    code = "NL104"
    name = "missing-title"
    summary = "The page has no title, or an empty one"
    severity = "error"
    wcag = "2.4.2"
    axe = "document-title"
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        titles = list(doc.root.iter("title"))
        if any(squash(text_of(t)) for t in titles):
            return
        head = doc.root.find("head")
        target = titles[0] if titles else head if head is not None else doc.root
        headline = squash(text_of(doc.regions.headline)) if doc.regions.headline is not None else ""
        value = headline or "the headline"
        yield self.finding(
            doc.start_tag_span(target),
            "The page's <title> is empty" if titles else "The page has no <title>",
            f"Add <title>{value}</title> to the <head>",
        )
