"""NL113, NL114: "Breaking News", "Live" and "Developing" banners, as the page's regions find them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.aria.headings import heading_level
from newslint.lib.aria.semantics import LANDMARKS, is_hidden, role, tag
from newslint.lib.settings import Settings

# Markup that names a banner component (the same hints the regions use to widen a label).
_BANNER_HINT = re.compile(r"breaking|ticker|news-?alert|live-?(?:banner|badge|label)|developing", re.I)
# A label inside a control, menu or dialog is not a banner, whatever its words.
_CONTROL_HINT = re.compile(r"(?:^|[\s_-])(?:btn|button|modal|menu|dropdown|nav|navbar|navigation)(?:$|[\s_-])", re.I)
_CONTROL_ROLES = frozenset({"button", "dialog", "alertdialog", "menu", "menubar", "menuitem", "navigation", "tab"})
_BAR_LENGTH = 400  # a banner's label and its items; a longer block is the page around it
_SECTIONS = frozenset({"html", "body", "main", "article", "header", "footer", "nav", "aside", "section"})
_LIVE_ROLES = frozenset({"alert", "log", "marquee", "status", "timer"})
_LABEL = re.compile(
    r"\b(?:breaking(?: news)?(?: alert)?|live(?: updates?| blog| coverage| now)?|developing(?: story| news)?"
    r"|just in|news alert|urgent)",
    re.I,
)


@dataclass(slots=True)
class Banner:
    element: Element
    label: str
    named_by_markup: bool  # its class or id says banner, ticker, breaking…


def _hints(el: Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def banners(doc: Document) -> list[Banner]:
    """The breaking, live and developing banners a reader sees: not hidden, not part of a control or menu."""
    return doc.once(_banners)


def _banners(doc: Document) -> list[Banner]:
    found: list[Banner] = []
    for el in doc.regions.banners:
        if is_hidden(el) or any(_is_control(anc) for anc in (el, *el.iterancestors())):
            continue
        text = squash(text_of(el))
        label = _LABEL.search(text)
        found.append(Banner(el, label.group() if label else text, bool(_BANNER_HINT.search(_hints(el)))))
    return found


def _is_control(el: Element) -> bool:
    return (
        tag(el) in ("nav", "button", "dialog", "menu")
        or role(el) in _CONTROL_ROLES
        or bool(_CONTROL_HINT.search(_hints(el)))
    )


def _announced(el: Element) -> bool:
    """A live region, or inside or around one, or inside a named landmark."""
    for node in (el, *el.iterancestors()):
        if _is_live(node):
            return True
        if role(node) in LANDMARKS and ((node.get("aria-label") or "").strip() or node.get("aria-labelledby")):
            return True
    return any(_is_live(node) for node in el.iterdescendants() if isinstance(node.tag, str))


def _is_live(el: Element) -> bool:
    return role(el) in _LIVE_ROLES or (el.get("aria-live") or "").strip().lower() in ("polite", "assertive")


class BreakingBannerHeading(Rule):
    """A "Breaking News", "Live" or "Developing" banner is, or holds, a level-one heading.

    **Why**: screen-reader users press "1" to jump to the h1 and expect the headline there. A
    banner marked up as ``<h1>`` either takes the headline's place or sits beside it as a second
    top-level heading, and the outline of the page starts with a label instead of the story.

    **Fix**: mark the banner's label up as ``<p>``, ``<strong>`` or ``<span>`` (or ``<h2>`` if it
    heads a list of updates), and keep ``<h1>`` for the headline.

    **References**: WCAG 2.2 SC 1.3.1 Info and Relationships; SC 2.4.6 Headings and Labels.
    """

    code = "NL113"
    name = "breaking-banner-h1"
    summary = "A breaking-news banner is marked up as a level-one heading"
    wcag = "1.3.1"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for banner in banners(doc):
            heading = next(
                (h for h in banner.element.iter() if isinstance(h.tag, str) and heading_level(h) == 1),
                None,
            )
            if heading is None or is_hidden(heading):
                continue
            others = [h for h in doc.tagged("h1") if not _inside(h, banner.element) and not is_hidden(h)]
            fix = f"Mark the banner label up as <p> or <strong> instead of <{tag(heading)}>"
            if others:
                headline = squash(text_of(others[0]))
                message = (
                    f'The "{banner.label}" banner is a level-one heading, competing with the headline {headline!r}'
                )
                fix += ", and keep <h1> for the headline"
            else:
                message = (
                    f'The "{banner.label}" banner is the page\'s only level-one heading, where the headline belongs'
                )
                fix += ", and make the story's headline the <h1>"
            yield self.finding(doc.start_tag_span(heading), message, fix)


class BreakingBannerUnannounced(Rule):
    """A breaking-news banner or ticker is neither a live region nor in a labelled region.

    **Why**: a banner that tickers or is refreshed while the page is open changes without a
    screen reader noticing, unless it is a live region (``role="status"``, ``role="marquee"``,
    ``aria-live``); and one outside any named region is hard to find or skip. Only banners whose
    markup names them (a class or id such as ``breaking-news`` or ``ticker``) or whose label says
    breaking, developing, urgent or "just in" are checked: a "Live" badge on its own is left alone.

    **Fix**: name the banner as a region, e.g. ``<div class="breaking-news" role="region"
    aria-label="Breaking news">``, and add ``aria-live="polite"`` (or ``role="status"``) where its
    items change while the page is open.

    **References**: WCAG 2.2 SC 4.1.3 Status Messages; SC 1.3.1 Info and Relationships.
    """

    code = "NL114"
    name = "breaking-banner-unannounced"
    summary = "A breaking-news banner is not a live region or a labelled region"
    severity = "info"
    wcag = "4.1.3"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for banner in banners(doc):
            if banner.label.lower().startswith("live") and not banner.named_by_markup:
                continue  # a "Live" badge on a teaser, a radio player's status
            el = _holder(banner)
            if squash(text_of(el)) == banner.label and el.find(".//a") is None:
                continue  # a static label with no items: nothing changes, and it is read in place
            if _announced(el):
                continue
            named = f'aria-label="{banner.label.capitalize()}"'
            if tag(el) != "section":  # a named section is a region already
                named = f'role="region" {named}'
            yield self.finding(
                doc.start_tag_span(el),
                f'The "{banner.label}" banner is not a live region and not in a labelled region',
                f"Name it as a region, e.g. <{tag(el)} {named}>, and add "
                'aria-live="polite" if its items change while the page is open',
            )


def _holder(banner: Banner) -> Element:
    """The banner element; for a bare label ("<strong>Breaking</strong>"), the short block holding it and its items."""
    node = banner.element
    if banner.label != squash(text_of(node)):
        return node
    for parent in node.iterancestors():
        text = squash(text_of(parent))
        too_long = len(text) > _BAR_LENGTH and not _BANNER_HINT.search(_hints(parent))
        if tag(parent) in _SECTIONS or role(parent) in LANDMARKS or too_long:
            break
        node = parent
        if text != banner.label:
            break
    return node


def _inside(el: Element, container: Element) -> bool:
    return el is container or any(anc is container for anc in el.iterancestors())
