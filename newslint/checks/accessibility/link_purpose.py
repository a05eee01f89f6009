"""NL152, NL153: links whose purpose is unclear, links that open a new window without saying so."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import SKIPPED_TEXT, Element, text_of
from newslint.lib.accessibility.phrases import attribute_span, text_pack
from newslint.lib.aria.semantics import LANDMARKS, accessible_name, explicit_role, explicit_roles, is_hidden, role, tag
from newslint.lib.settings import Settings

# Where WCAG's programmatically determined link context ends: the enclosing paragraph, list item, cell…
_CONTEXT_BLOCKS = frozenset(
    {"p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", "caption", "h1", "h2", "h3", "h4", "h5", "h6"}
)
# …and, outside such a block, the card or section it belongs to (a header or footer only as a page landmark).
_CONTAINERS = frozenset({"article", "section", "aside", "nav", "main", "body", "form", "figure", "table", "dialog"})
_CONTAINER_ROLES = LANDMARKS | {"article", "dialog", "alertdialog", "group", "listitem"}
_NOT_CONTEXT = frozenset({*SKIPPED_TEXT, "a", "button", "select", "option", "svg"})
_SAME_WINDOW = frozenset({"", "_self", "_parent", "_top"})


def _descriptions(a: Element, doc: Document) -> str:
    """What a screen reader may read beside the name: ``title`` and ``aria-describedby``."""
    refs = (doc.element_by_id(i) for i in (a.get("aria-describedby") or "").split())
    return squash(" ".join([a.get("title") or "", *(accessible_name(r, doc) for r in refs if r is not None)]))


class VagueLinkText(Rule):
    """A link says only "click here", "read more" or "here", and nothing around it says where it goes.

    **Why**: screen-reader users often move from link to link or list the page's links; "here,
    link" or "Read more, link" gives no idea of the target. WCAG 2.4.4 accepts a vague link
    text when its programmatically determined context makes the purpose clear: the sentence or
    paragraph, list item or table cell it stands in, or the heading of the card or section it
    belongs to. So this fires only when none of these says anything: the link's paragraph (list
    item, cell…) holds no other words than filler such as "for more" or "click", no heading
    before it in its card or section names a target, and no ``title`` or ``aria-describedby``
    describes it. A menu item counts the heading over its list ("Policy" … "More"). In the
    story's own prose, and for a link on a line of its own inside the story's ``<article>``, the
    paragraph is the only context: the headline or a subhead above it names the story, not the
    link's target (a box in the story may still pair "Read more" with a headline link to the
    same address). The vague phrases and the filler words come from
    ``rules/packs/accessibility-text-LANG.yaml`` for the page's language; pages in a language without
    a pack are not checked.

    Links are ``<a href>`` elements and elements with ``role="link"``; text elsewhere on the page
    (outside the link's paragraph, item, cell or card) is not its context.

    **Fix**: make the link text say where it goes ("Read the UN report"), or add the target to
    the sentence around it.

    **References**: WCAG 2.2 SC 2.4.4 Link Purpose (In Context), techniques G53, H77–H81, ARIA7,
    ARIA8; no axe-core rule.
    """

    code = "NL152"
    name = "vague-link-text"
    summary = "A link's text is only 'click here', 'read more' or the like, with no context"
    severity = "warning"
    wcag = "2.4.4"
    act = (("aizyf1", "partial"), ("5effbb", "partial"))
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        pack = text_pack(doc)
        vague = pack.pattern("vague-link") if pack else None
        filler = pack.pattern("link-filler") if pack else None
        if vague is None or filler is None:
            return
        prose: set[Element] | None = None
        others = [el for el, own in explicit_roles(doc).items() if own == "link" and tag(el) != "a"]
        hrefs = doc.attribute("href")
        for a in doc.in_order(doc.tagged("a"), others):
            href = hrefs.get(a, "").strip()
            if tag(a) == "a" and (not href or href == "#" or href.lower().startswith("javascript:")):
                continue  # a scripted control: its purpose is an action, not a target
            name = accessible_name(a, doc)
            if not name or not vague.match(name) or is_hidden(a, doc) or _opens_menu(a):
                continue  # a submenu trigger, like a scripted control, is an action
            described = _descriptions(a, doc)
            if described and not vague.match(described):
                continue
            if prose is None:
                prose = {b.element for b in doc.regions.blocks}
                prose.update(anc for b in doc.regions.blocks for anc in b.element.iterancestors("article"))
            if _has_context(a, doc, prose, filler, vague):
                continue
            text = text_of(a)
            yield self.finding(
                doc.text_span(a, 0, len(text)) if text.strip() else doc.start_tag_span(a),
                f"Link text '{name[:60]}' does not say where the link goes, and nothing around it does",
                "Make the link text name its target (e.g. 'Read the UN report on Mariupol'), "
                "or name the target in the sentence around it",
            )


def _opens_menu(a: Element) -> bool:
    """A link that is not a plain link, or that heads a submenu (its list item holds a nested list)."""
    if explicit_role(a) not in (None, "link") or a.get("aria-expanded") is not None or a.get("aria-haspopup"):
        return True
    item = next(a.iterancestors("li"), None)
    return item is not None and next(item.iterdescendants("ul", "ol"), None) is not None


def _has_context(
    a: Element, doc: Document, prose: set[Element], filler: re.Pattern[str], vague: re.Pattern[str]
) -> bool:
    """Whether the link's paragraph (list item, cell…) or the heading or name of its card gives it a purpose.

    ``prose``: the story's prose blocks and the articles that hold them.
    """
    in_block = False
    for anc in a.iterancestors():
        name = tag(anc)
        if not in_block and name not in ("body", "html") and _has_words(anc, a, doc, filler):
            return True  # the page's text at large is no link's context
        if name in _CONTEXT_BLOCKS or role(anc) in ("paragraph", "cell", "gridcell"):
            if anc in prose:
                return False  # story prose: the paragraph is the whole context
            if name == "li" and any(_has_words(li, li, doc, filler, own=True) for li in anc.iterancestors("li")):
                return True  # a nested list: the parent item names it (H81)
            if name in ("td", "th") and next(anc.iterancestors("table")).find(".//th") is not None:
                return True  # a data table: its header cells name the column or row
            in_block = True
        if name == "article" and anc in prose:
            # a block of its own in the story: the headline names the story, not the link; a teaser
            # box in it may still hold a headline link to the same address
            card = next(a.iterancestors(*_CONTEXT_BLOCKS), a).getparent()
            return card is not None and card is not anc and _same_target_named(card, a, doc, vague)
        if name in _CONTAINERS or (name != "li" and role(anc) in _CONTAINER_ROLES):
            # a native list item is context, not a card: the heading over its list still names it (H80)
            return _named(anc) or _heading_before(anc, a, doc) or _same_target_named(anc, a, doc, vague)
    return False


def _named(container: Element) -> bool:
    """A container labelled with aria-label or aria-labelledby ("Views", "Related coverage")."""
    return bool((container.get("aria-label") or "").strip() or (container.get("aria-labelledby") or "").strip())


def _same_target_named(container: Element, link: Element, doc: Document, vague: re.Pattern[str]) -> bool:
    """Another link in the card goes to the same address and says what it is (image link + headline link)."""
    href = (link.get("href") or "").strip()
    for other in container.iter("a"):
        if other is not link and (other.get("href") or "").strip() == href:
            name = accessible_name(other, doc)
            if name and not vague.match(name):
                return True
    return False


def _has_words(el: Element, link: Element, doc: Document, filler: re.Pattern[str], own: bool = False) -> bool:
    """Whether ``el`` holds words, outside ``link`` and other links, that are not filler.

    ``own``: only text of ``el`` outside its nested lists (a parent list item's own label).
    """
    return any(re.search(r"\w", filler.sub(" ", text)) for text in _context_texts(el, link, doc, own))


def _context_texts(el: Element, link: Element, doc: Document, own: bool) -> Iterator[str]:
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and child is not link:
            name = tag(child)
            if name == "img" and not is_hidden(child, doc):
                yield child.get("alt") or ""
            elif name not in _NOT_CONTEXT and not (own and name in ("ul", "ol")) and not is_hidden(child, doc):
                yield from _context_texts(child, link, doc, own)
        yield child.tail or ""


def _heading_before(container: Element, link: Element, doc: Document) -> bool:
    """A heading with text before the link inside the container (H80)."""
    for el in container.iter():
        if el is link:
            return False
        if not isinstance(el.tag, str) or role(el) != "heading" or link in el.iterdescendants():
            continue
        if squash("".join(el.itertext())) and not is_hidden(el, doc):
            return True
    return False


class NewWindowUnannounced(Rule):
    """A link in the story opens a new window or tab without saying so.

    **Why**: a new window breaks the Back button and can disorient screen-reader and
    screen-magnifier users, who may not notice that the page changed (WCAG 3.2.5 Change on
    Request, AAA; technique G201 gives advance warning). Only links in the story's own prose are
    checked: on news pages nearly every share button and partner link opens a new tab (390 of
    478 corpus pages have such links), and those are page furniture the newsroom rarely edits.
    A link counts as announcing it when its name, ``title`` or ``aria-describedby`` says "new
    window", "new tab" or "external link" (in visible text, a visually hidden span or an icon's
    alt text); the words come from ``rules/packs/accessibility-text-LANG.yaml``.

    **Fix**: add a visually hidden "(opens in a new tab)" to the link text, or drop ``target``.

    **References**: WCAG 2.2 SC 3.2.5 Change on Request (AAA), technique G201; no axe-core rule.
    """

    code = "NL153"
    name = "new-window-unannounced"
    summary = "A story link opens a new window or tab without saying so"
    severity = "info"
    wcag = "3.2.5"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        pack = text_pack(doc)
        announced = pack.pattern("new-window") if pack else None
        if announced is None:
            return
        for block in doc.regions.blocks:
            for a in block.element.iter("a"):
                target = (a.get("target") or "").strip().lower()
                if target in _SAME_WINDOW or not (a.get("href") or "").strip() or is_hidden(a, doc):
                    continue
                name = accessible_name(a, doc)
                if not name or announced.search(f"{name} {_descriptions(a, doc)}"):
                    continue  # a link without a name is NL150's
                span = attribute_span(doc, a, "target", value_only=False)
                yield self.finding(
                    span or doc.start_tag_span(a),
                    f"Link '{name[:60]}' opens a new {'tab' if target == '_blank' else 'window'} without saying so",
                    'Add a visually hidden "(opens in a new tab)" to the link text, or drop target',
                    replacement="" if span else None,
                )
