"""NL102, NL104, NL105: what the page says about itself (language code, title)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, inside, text_of
from newslint.lib.accessibility.language import ALPHA_3_TO_2, html_attribute, valid_language
from newslint.lib.aria.semantics import is_hidden
from newslint.lib.settings import Settings

# Language names written where a code belongs, and their codes.
_NAMES = {
    "arabic": "ar", "chinese": "zh", "dutch": "nl", "english": "en", "french": "fr", "german": "de",
    "greek": "el", "hebrew": "he", "hindi": "hi", "italian": "it", "japanese": "ja", "korean": "ko",
    "kurdish": "ku", "persian": "fa", "polish": "pl", "portuguese": "pt", "russian": "ru", "spanish": "es",
    "turkish": "tr", "ukrainian": "uk", "urdu": "ur",
}  # fmt: skip
_SUBTAGS = re.compile(r"[-_\s]+")
_WORD = re.compile(r"[^\W\d_]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_STOP = frozenset(
    """about after against all also and are because been before but can could does for from had has have
    her his how into its more not now off our out over says than that the their them then there these
    they this those was were what when where which while who why will with would you your""".split()
)


def corrected_language(value: str) -> tuple[str, bool] | None:
    """A valid tag for a malformed lang value, and whether the correction is certain."""
    parts = [p for p in _SUBTAGS.split(value.strip()) if p]
    if not parts or not all(p.isascii() and p.isalnum() and len(p) <= 8 for p in parts):
        return None
    primary = parts[0].lower()
    if primary in _NAMES:
        return _NAMES[primary], False
    primary = ALPHA_3_TO_2.get(primary, primary)  # "eng" is written "en"
    if not valid_language(primary):
        return None
    rest = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 and p.isalpha() else p.lower() for p in parts[1:]]
    return "-".join([primary, *rest]), True


def first_title(doc: Document) -> Element | None:
    """The element ``document.title`` reads: the first ``<title>`` outside SVG, MathML and templates
    (a template's content is not in the document)."""
    for title in doc.tagged("title"):
        if not inside(title, "svg", "math", "template"):
            return title
    return None


def shown_headline(doc: Document) -> str:
    """The text of the story's headline, if the page shows one."""
    headline = doc.regions.headline
    return squash(text_of(headline)) if headline is not None and not is_hidden(headline, doc) else ""


def significant_words(text: str) -> set[str]:
    """Content words, lower-cased, a plural -s dropped; pairs of characters in unspaced scripts (CJK)."""
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if _UNSPACED.search(word):
            found.update(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) >= 3 and word not in _STOP:
            found.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return found


class InvalidPageLanguage(Rule):
    """The ``lang`` (or ``xml:lang``) of ``<html>`` is not a language code.

    **Why**: screen readers choose a voice from the language code; "english" or "en_US" is no
    code (subtags are joined by hyphens), and the story is read with the wrong pronunciation rules.

    **Fix**: use a BCP 47 tag: a two-letter ISO 639-1 code (or a three-letter one where there is
    none), optionally with a region (``en``, ``en-GB``, ``ar-SY``). ``--fix`` rewrites a tag
    whose only fault is its separator or case (``en_US`` → ``en-US``); a language name such as
    ``english`` gets a suggested code to check.

    **References**: WCAG 2.2 SC 3.1.1; BCP 47; axe-core ``html-lang-valid``.
    """

    code = "NL102"
    name = "invalid-page-language"
    summary = "The lang attribute of <html> is not a valid language code"
    severity = "error"
    wcag = "3.1.1"
    axe = "html-lang-valid"
    act = (("bf051a", "same"),)
    page_only = True
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for attr in ("lang", "xml:lang"):
            value = (html_attribute(doc, attr) or "").strip()
            if not value or valid_language(value):
                continue
            span = doc.start_tag_span(doc.root)
            corrected = corrected_language(value)
            if corrected is None:
                yield self.finding(
                    span,
                    f'{attr}="{value}" on <html> is not a language code',
                    f'Use a BCP 47 language tag such as {attr}="en" or {attr}="en-GB"',
                )
                continue
            code, certain = corrected
            quoted = re.compile(rf"""(?<=\s)({re.escape(attr)}\s*=\s*)(["']?){re.escape(value)}\2""", re.I)
            fixed, n = quoted.subn(rf'\g<1>"{code}"', doc.text[span[0] : span[1]], count=1)
            yield self.finding(
                span,
                f'{attr}="{value}" on <html> is not a language code',
                f'Use {attr}="{code}"' + ("" if certain else " (check it is the story's language)"),
                replacement=fixed if n else None,
                safe=certain and bool(n),
            )


class MissingTitle(Rule):
    """The page has no ``<title>``, or its first one is empty.

    **Why**: the title is the first thing a screen reader announces and what browser tabs,
    bookmarks and search results show; an untitled story page cannot be told apart from others.
    Browsers take the first ``<title>`` (outside SVG) and ignore any later one.

    **Fix**: add a ``<title>`` in the ``<head>`` that starts with the headline, or remove the
    empty one.

    **References**: WCAG 2.2 SC 2.4.2 Page Titled; axe-core ``document-title``.
    """

    code = "NL104"
    name = "missing-title"
    summary = "The page has no title, or an empty one"
    severity = "error"
    wcag = "2.4.2"
    axe = "document-title"
    act = (("2779a5", "same"),)
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        title = first_title(doc)
        if title is not None and squash(text_of(title)):
            return
        head = doc.root.find("head")
        target = title if title is not None else head if head is not None else doc.root
        value = shown_headline(doc) or "the headline"
        later = next((t for t in doc.tagged("title") if t is not title and squash(text_of(t))), None)
        if title is not None and later is not None:
            message = "The page's first <title> is empty; browsers ignore the later one"
            suggestion = "Remove this empty <title>, so the one that follows it names the page"
        else:
            message = "The page's <title> is empty" if title is not None else "The page has no <title>"
            suggestion = f"Add <title>{value}</title> to the <head>"
        yield self.finding(doc.start_tag_span(target), message, suggestion)


class TitleHeadlineMismatch(Rule):
    """The page title shares no word with the story's headline.

    **Why**: the title is what a screen reader announces when the page opens and what a tab or
    bookmark shows; a title such as "Quanta Magazine" on a story page does not say which story it
    is. To stay clear of pages whose ``<h1>`` is a logo or a sign-in box, the rule only fires
    where the page's own metadata (``og:title`` or ``twitter:title``) confirms that the ``<h1>``
    is the story's headline; ``itemprop="headline"`` does not, as aggregators put it on every teaser.

    **Fix**: start the title with the headline and end it with the site name:
    ``<title>Aid convoy reaches Hasakah | The Levant Ledger</title>``.

    **References**: WCAG 2.2 SC 2.4.2 Page Titled (failure F25).
    """

    code = "NL105"
    name = "title-headline-mismatch"
    summary = "The page title shares no word with the headline"
    wcag = "2.4.2"
    act = (("c4a8a4", "partial"),)
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        title = first_title(doc)
        if title is None:
            return
        text = squash(text_of(title))
        headline = shown_headline(doc) if text else ""
        words = significant_words(headline)
        if not words or words & significant_words(text):
            return
        if not any(
            (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title")
            and words & significant_words(meta.get("content") or "")
            for meta in doc.tagged("meta")
        ):
            return  # nothing confirms that the h1 is the story's headline
        example = f"{headline} | {text}" if len(text.split()) <= 4 else headline
        yield self.finding(
            doc.start_tag_span(title),
            f'The title "{text}" shares no word with the headline "{headline}"',
            f"Start the title with the headline, e.g. <title>{example}</title>",
        )
