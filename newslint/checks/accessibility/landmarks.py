"""NL120–NL126: landmarks, as axe-core's landmark rules read them."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.landmarks import _ancestor_landmark, _dialog_open, _of_role, landmarks
from newslint.lib.aria.semantics import accessible_name, explicit_role, role, tag
from newslint.lib.settings import Settings


class MissingMain(Rule):
    """The page has no main landmark.

    **Why**: screen-reader users jump to the main landmark to reach the story; without one
    they must read or tab through the whole header and navigation first.

    **Fix**: wrap the story (headline to credit line) in ``<main>``, or add ``role="main"`` to
    its container. The suggestion names the innermost element that holds the headline and every
    paragraph of the story, never a header, nav, footer, aside or form, nor an element that holds
    the site's header or footer landmark; where there is none, it says to wrap the story.

    **References**: WCAG 2.2 SC 1.3.1 and 2.4.1; axe-core ``landmark-one-main``.
    """

    code = "NL120"
    name = "missing-main"
    summary = "The page has no main landmark"
    wcag = "1.3.1"
    axe = "landmark-one-main"
    act = (("b40fd1", "partial"),)
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        if _of_role(doc, "main") or _dialog_open(doc):
            return
        container = _story_container(doc)
        body = doc.root.find("body")
        target = container if container is not None else body if body is not None else doc.root
        yield self.finding(
            doc.start_tag_span(target),
            "The page has no main landmark, so assistive technology cannot jump to the story",
            f'Wrap the story in <main>, or add role="main" to the <{tag(container)}> that holds it'
            if container is not None and not _holds_page_chrome(doc, container)
            else "Wrap the story, from its headline to its last paragraph, in <main>",
        )


# Elements that are page chrome, never the main landmark.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside", "form"})
_CHROME_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary", "search", "form"})


def _story_container(doc: Document) -> Element | None:
    """The innermost element that holds the story's headline and all of its paragraphs and is not page
    chrome (a header, nav, footer, aside or form): what can take role="main"."""
    headline = doc.regions.headline
    parts = [el for el in (headline, *(b.element for b in doc.regions.blocks)) if el is not None]
    if len(parts) < 2:
        return None  # a headline alone, or a paragraph alone: no sure sign of where the story is
    common = set(parts[0].iterancestors())
    for el in parts[1:]:
        common &= set(el.iterancestors())
    for anc in parts[0].iterancestors():
        if anc in common:
            if tag(anc) in ("body", "html"):
                return None
            chrome = any(tag(n) in _CHROME_TAGS or role(n) in _CHROME_ROLES for n in (anc, *anc.iterancestors()))
            return None if chrome else anc
    return None


def _holds_page_chrome(doc: Document, el: Element) -> bool:
    """Whether the page's banner or contentinfo is inside ``el``: a main landmark there would hold the
    site's header or footer, which stop being landmarks inside it."""
    chrome = (*_of_role(doc, "banner"), *_of_role(doc, "contentinfo"))
    return any(el in piece.iterancestors() for piece in chrome)


class _Duplicate(Rule):
    """Shared check: a landmark role that may appear only once at the top level."""

    landmark_role = ""

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        found = [el for el in _of_role(doc, self.landmark_role) if self.counts(el)]
        for el in found[1:]:
            first = doc.position(doc.start_tag_span(found[0])[0])[0]
            yield self.finding(
                doc.start_tag_span(el),
                f"A second {self.landmark_role} landmark (the first is on line {first})",
                self.advise(doc, el, found),
            )

    def counts(self, el: Element) -> bool:
        return True

    def advise(self, doc: Document, el: Element, found: list[Element]) -> str:
        return self.advice

    advice = ""


class DuplicateMain(_Duplicate):
    """The page has more than one main landmark.

    **Why**: "skip to main content" and landmark navigation can only go to one place; with two
    mains, users cannot tell which one holds the story.

    **Fix**: keep ``<main>`` on the story's container; make the others ``<div>`` or
    ``<aside>``.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``landmark-no-duplicate-main``.
    """

    code = "NL121"
    name = "duplicate-main"
    summary = "The page has more than one main landmark"
    wcag = "1.3.1"
    axe = "landmark-no-duplicate-main"
    page_only = True
    landmark_role = "main"
    advice = "Keep one <main> around the story; make this one a <div> or an <aside>"

    def advise(self, doc: Document, el: Element, found: list[Element]) -> str:
        """Name the main that holds the story: it is the one to keep, whichever comes first."""
        story = _holding_story(doc, found)
        if story is el:
            lines = [str(doc.position(doc.start_tag_span(o)[0])[0]) for o in found if o is not el]
            where = f"the one on line {lines[0]}" if len(lines) == 1 else f"the ones on lines {', '.join(lines)}"
            return f"Keep this <main>: it holds the story; make {where} a <div> or an <aside>"
        if story is not None:
            line = doc.position(doc.start_tag_span(story)[0])[0]
            return f"Keep the <main> on line {line}, which holds the story; make this one a <div> or an <aside>"
        return self.advice


def _holding_story(doc: Document, mains: list[Element]) -> Element | None:
    """The one of the mains that holds most of the story's blocks, if any holds one."""
    held = dict.fromkeys(mains, 0)
    for block in doc.regions.blocks:
        for anc in block.element.iterancestors():
            if anc in held:
                held[anc] += 1
                break
    best = max(mains, key=held.__getitem__)
    return best if held[best] else None


class DuplicateBanner(_Duplicate):
    """The page has more than one banner landmark.

    **Why**: the banner is the page's masthead; two of them make landmark navigation
    ambiguous. A ``<header>`` inside an article, section, aside, nav or main is not a banner and
    does not count.

    **Fix**: keep one top-level ``<header>``; move the other into the article or make it a
    ``<div>``.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``landmark-no-duplicate-banner``.
    """

    code = "NL124"
    name = "duplicate-banner"
    summary = "The page has more than one banner landmark"
    wcag = "1.3.1"
    axe = "landmark-no-duplicate-banner"
    page_only = True
    landmark_role = "banner"
    advice = "Keep one top-level <header>; make this one a <div>, or move it into the article it heads"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)


class DuplicateContentinfo(_Duplicate):
    """The page has more than one contentinfo landmark.

    **Why**: the contentinfo landmark is the page footer; two of them make landmark navigation
    ambiguous. A ``<footer>`` inside an article, section, aside, nav or main does not count.

    **Fix**: keep one top-level ``<footer>``; make the other a ``<div>`` or move it into its
    article.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``landmark-no-duplicate-contentinfo``.
    """

    code = "NL125"
    name = "duplicate-contentinfo"
    summary = "The page has more than one contentinfo landmark"
    wcag = "1.3.1"
    axe = "landmark-no-duplicate-contentinfo"
    page_only = True
    landmark_role = "contentinfo"
    advice = "Keep one top-level <footer>; make this one a <div>, or move it into the article it belongs to"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)


class _NotTopLevel(Rule):
    landmark_role = ""

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in _of_role(doc, self.landmark_role):
            parent = _ancestor_landmark(el, self.landmark_role)
            if parent is not None:
                outer = role(parent) or (parent.get("role") or "").strip()
                if explicit_role(el):
                    advice = f'Move the <{tag(el)}> out of the <{tag(parent)}>, or drop its role="{self.landmark_role}"'
                elif outer == self.landmark_role:  # moved out, it would be a second one
                    advice = f"Make this <{tag(el)}> a <div>: the <{tag(parent)}> around it is the page's {outer}"
                elif outer in ("banner", "contentinfo"):  # a footer's own header: it belongs where it is
                    advice = f"Make this <{tag(el)}> a <div>: it heads part of the page's {outer}, not the page"
                else:
                    advice = f"Move the <{tag(el)}> out of the <{tag(parent)}> to the top level of <body>"
                yield self.finding(
                    doc.start_tag_span(el),
                    f"The {self.landmark_role} landmark is inside a {outer} landmark (<{tag(parent)}>)",
                    advice,
                )


class BannerNotTopLevel(_NotTopLevel):
    """A banner landmark sits inside another landmark.

    **Why**: the banner is the page's masthead; nested in another landmark it is announced in
    the wrong place and landmark lists show a confusing structure.

    **Fix**: move the banner to the top level of ``<body>``, or remove its banner role; a
    ``<header>`` inside the page's banner becomes a ``<div>`` (moved out, it would be a second banner).

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``landmark-banner-is-top-level``.
    """

    code = "NL122"
    name = "banner-not-top-level"
    summary = "A banner landmark is inside another landmark"
    wcag = "1.3.1"
    axe = "landmark-banner-is-top-level"
    page_only = True
    landmark_role = "banner"
    one_per_page = True


class ContentinfoNotTopLevel(_NotTopLevel):
    """A contentinfo landmark sits inside another landmark.

    **Why**: the contentinfo landmark is the page footer; nested in another landmark it is
    announced in the wrong place.

    **Fix**: move the footer to the top level of ``<body>``, or remove its contentinfo role; a
    ``<footer>`` inside the page's footer becomes a ``<div>`` (moved out, it would be a second
    contentinfo).

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``landmark-contentinfo-is-top-level``.
    """

    code = "NL123"
    name = "contentinfo-not-top-level"
    summary = "A contentinfo landmark is inside another landmark"
    wcag = "1.3.1"
    axe = "landmark-contentinfo-is-top-level"
    page_only = True
    landmark_role = "contentinfo"
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)


class LandmarkUnique(Rule):
    """Two landmarks of the same role cannot be told apart by their names.

    **Why**: a landmark list that reads "navigation, navigation, navigation" does not help
    anyone choose; a label ("Sections", "Footer links", "Accessibility links") does.

    **Fix**: give each landmark of the same role a distinct ``aria-label`` (or
    ``aria-labelledby`` pointing at its heading). A page has one banner, one contentinfo and one
    main: where there are more, the fix is to keep one (the site's ``<header>``, ``<footer>``, the
    story's ``<main>``) and make the others plain ``<div>`` elements, or to move a ``<header>`` or
    ``<footer>`` into the ``<article>``, where it is no landmark; labels would not help.

    **References**: WCAG 2.2 SC 1.3.1; axe-core ``landmark-unique``.
    """

    code = "NL126"
    name = "landmark-unique"
    summary = "Landmarks of the same role have the same name (or none)"
    wcag = "1.3.1"
    axe = "landmark-unique"
    page_only = True
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        seen: dict[tuple[str, str], list[Element]] = {}
        for el, r in landmarks(doc):
            seen.setdefault((r, accessible_name(el, doc).lower()), []).append(el)
        for (r, label), group in seen.items():
            if len(group) < 2:
                continue
            first = group[0]
            lines = sorted({doc.position(doc.start_tag_span(el)[0])[0] for el in group[1:]})
            named = f"the name '{label}'" if label else "no name"
            yield self.finding(
                doc.start_tag_span(first),
                f"{len(group)} {r} landmarks have {named} ({_also(lines)})",
                _unique(r, first),
            )


def _unique(landmark: str, first: Element) -> str:
    """How to tell landmarks of one role apart; a page's banner, contentinfo and main come once, unnamed."""
    if landmark in ("banner", "contentinfo"):
        element = "<header>" if landmark == "banner" else "<footer>"
        return (
            f"Keep one {landmark} landmark, the site's {element}: make the others plain <div>s, or move them into "
            f"the <article> or <main>, where a {element} is not a landmark"
        )
    if landmark == "main":
        return "Keep one main landmark, on the story's container; make the others plain <div>s"
    if landmark == "navigation":
        return f'Give each <{tag(first)}> its own aria-label, e.g. aria-label="Sections", aria-label="Footer links"'
    return f"Give each <{tag(first)}> its own aria-label, saying what it holds"


_LISTED_LINES = 5


def _also(lines: list[int]) -> str:
    """ "also line 12", "also lines 12, 40 and 77", "also lines 12, 40, 77, 90, 102 and 6 more"."""
    shown = [str(n) for n in lines[:_LISTED_LINES]]
    more = len(lines) - len(shown)
    if more:
        return f"also lines {', '.join(shown)} and {more} more"
    if len(shown) == 1:
        return f"also line {shown[0]}"
    return f"also lines {', '.join(shown[:-1])} and {shown[-1]}"
