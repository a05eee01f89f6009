"""NL550, NL551: links in the story that lead nowhere, or to a newsroom's staging or local host."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.settings import Settings
from newslint.lib.structure.story_text import story_links

_HREF = re.compile(r"""\shref\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)""", re.I)


def _href_span(doc: Document, el: Element) -> tuple[int, int]:
    """The span of the href value in the link's start tag (the start tag where it cannot be found)."""
    start, end = doc.start_tag_span(el)
    m = _HREF.search(doc.text, start, end)
    if m is None:
        return start, end
    quoted = m.group(1)[:1] in "\"'" and len(m.group(1)) >= 2
    return (m.start(1) + 1, m.end(1) - 1) if quoted else m.span(1)


def _label(el: Element) -> str:
    """How a message names a link: by its text, or as a link without text (an icon, an image)."""
    text = squash(text_of(el))
    return f"The link '{text[:60]}'" if text else "A link without text"


class BadLinkHref(Rule):
    """A link in the story goes nowhere: an empty ``href``, ``href="#"`` or a ``javascript:`` URL.

    **Why**: in the story such a link is a placeholder the editor forgot to fill in, or a
    widget's script link pasted as text. Readers click and nothing happens; in syndicated copy
    and feeds, where scripts do not run, it is always dead.

    **Fix**: link to the page meant, or remove the link and keep its text.

    **References**: WCAG 2.2 SC 2.4.4 Link Purpose (a link must lead somewhere).
    """

    code = "NL550"
    name = "bad-link-href"
    summary = "A link in the story has an empty, '#' or 'javascript:' href"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in story_links(doc):
            href = el.get("href")
            if href is None or _script_control(el):
                continue
            value = href.strip()
            if value == "":
                why = "an empty href"
            elif value == "#":
                why = 'href="#"'
            elif re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith("javascript:"):
                why = "a javascript: href"
            else:
                continue
            yield self.finding(
                _href_span(doc, el) if value else doc.start_tag_span(el),
                f"{_label(el)} has {why} and leads nowhere",
                "Link to the page meant, or remove the link and keep its text",
            )


# A link a script turns into a control ("Skip Advertisement" closing a modal, a menu toggle): not a story link.
_CONTROL_HINTS = re.compile(r"close|dismiss|modal|toggle|btn|button|menu|popup|overlay", re.I)


def _script_control(el: Element) -> bool:
    if el.get("role") == "button" or el.get("aria-controls") or el.get("aria-expanded") or el.get("onclick"):
        return True
    return bool(_CONTROL_HINTS.search(f"{el.get('class', '')} {el.get('id', '')}"))


class StagingLink(Rule):
    """A link in the story points to a staging, preview or local host.

    **Why**: links copied from the CMS preview ("staging.example.com", "localhost:8080",
    "cms.internal") work for the editor and for nobody else. Readers get an error page.

    **Fix**: link to the published address.

    **References**: the ``staging-host`` entries of ``rules/packs/defects.yaml``; a project adds its
    own with ``structure = { staging-hosts = [...] }`` in its configuration.
    """

    code = "NL551"
    name = "staging-link"
    summary = "A link in the story points to a staging, preview or local host"
    severity = "error"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        extra = settings.config.structure.staging_hosts
        pattern = settings.defects.pattern("staging-host")
        custom = re.compile("|".join(f"(?:{p})" for p in extra), re.I) if extra else None
        for el in story_links(doc):
            href = (el.get("href") or "").strip()
            if "//" not in href:
                continue
            try:
                host = urlsplit(href).hostname or ""
            except ValueError:
                continue
            if not host or not (
                (pattern is not None and pattern.match(host)) or (custom is not None and custom.fullmatch(host))
            ):
                continue
            yield self.finding(
                _href_span(doc, el),
                f"{_label(el)} points to '{host}', a staging or local host",
                "Link to the published address",
            )
