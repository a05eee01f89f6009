"""NL159: a link or button whose aria-label does not hold the words it shows."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.accessibility.labels import label_in_name, shown, symbolic, words
from newslint.lib.accessibility.phrases import attribute_span
from newslint.lib.accessibility.style import on_screen
from newslint.lib.aria.semantics import WIDGETS_NAMED_FROM_CONTENT, accessible_name, is_focusable, is_hidden, role, tag
from newslint.lib.settings import Settings


class LabelInName(Rule):
    """A link or button is named by an ``aria-label`` that does not contain the text it shows.

    **Why**: speech-input users say what they see ("click Read more"); when the accessible name
    is something else ("Subscribe to our newsletter"), the command finds nothing. Screen-reader
    users who can see hear words that do not match the screen. Share buttons labelled
    "Facebook" that show "Share", or "Read more" links named after another story, are the
    usual cases on news pages.

    Reads links, buttons, menu items, tabs and the other widgets named from their content that
    carry ``aria-label`` or ``aria-labelledby`` and show text. Words are compared as the ACT
    Rules' label in name algorithm compares them: case, punctuation, symbols and text in round
    brackets do not count, and the visible words must appear in the name in the same order.

    Left alone, as a static reading cannot tell what is on screen: a single letter ("X" for
    close) or symbols only, which stand for an icon; a number alone (a comment count) beside an
    icon the name describes; text split among sibling elements of which one matches the name
    (a toggle's "Change" and "Close", a short and a long version, a kicker beside a headline),
    since a style sheet may show only that one; and a control wrapping other controls. Text
    hidden by ``hidden``, inline styles or screen-reader-only classes is not visible text; text
    a style sheet hides by other classes, or an icon font set by one draws, counts as shown.

    **Fix**: start the ``aria-label`` with the visible text ("Read more about the budget vote"),
    or drop the ``aria-label`` and let the visible text name the control.

    **References**: WCAG 2.2 SC 2.5.3 Label in Name; axe-core ``label-content-name-mismatch``.
    """

    code = "NL159"
    name = "label-content-name-mismatch"
    summary = "A control's accessible name does not contain its visible text"
    severity = "warning"
    wcag = "2.5.3"
    axe = "label-content-name-mismatch"
    act = (("2ee8b8", "partial"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in doc.in_order(doc.carrying("aria-label"), doc.carrying("aria-labelledby")):
            kind = role(el)
            if (
                kind not in WIDGETS_NAMED_FROM_CONTENT
                or tag(el) == "select"
                or is_hidden(el, doc)
                or not on_screen(el, doc)
            ):
                continue
            if any(map(_control, el.iterdescendants())):
                continue  # a control wrapping others (a menu button around its menu): the text is theirs
            seen = shown(el)
            label = seen.text
            if not label or symbolic(label):
                continue
            name = accessible_name(el, doc)
            if label_in_name(label, name) or _count(label, name):
                continue
            if any(label_in_name(piece, name) for piece in seen.pieces if not symbolic(piece)):
                continue  # which of the pieces a stylesheet shows needs the browser
            labelled = el.get("aria-labelledby") and name != _squashed(el, "aria-label")
            source = "aria-labelledby" if labelled else "aria-label"
            yield self.finding(
                attribute_span(doc, el, source) or doc.start_tag_span(el),
                f'<{tag(el)}> shows "{_clip(label)}" but its accessible name is "{_clip(name)}"',
                f'Start the {source} with the visible text ("{_clip(label)} …"), '
                f"or remove it so the visible text names the {kind}",
            )


def _control(el: Element) -> bool:
    """Whether an element is a control of its own: focusable, and in the Tab order."""
    return is_focusable(el) and not (el.get("tabindex") or "").strip().startswith("-")


def _count(label: str, name: str) -> bool:
    """Whether the visible text is only a number (a count of comments, a duration) beside an icon
    that the name describes without any digit: a badge, not the control's label."""
    return all(word.isdigit() for word in words(label)) and not any(word.isdigit() for word in words(name))


def _squashed(el: Element, attribute: str) -> str:
    return " ".join((el.get(attribute) or "").split())


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
