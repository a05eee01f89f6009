"""A control's visible label and whether its accessible name holds it (the ACT Rules' label in name algorithm).

The algorithm (act-rules.github.io, glossary "label in name algorithm"): drop text in round
brackets, case-fold, decompose (NFKD), turn every character that is not a letter or a digit into a
space, split into words; the label is in the name when its words are a contiguous run of the
name's words. Scripts written without spaces between words (Chinese, Japanese, Thai…) have no
words to split here, so their text is compared as one run of letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newslint.document.tree import Element
from newslint.lib.accessibility.style import hides_text
from newslint.lib.aria.semantics import tag

_BRACKETED = re.compile(r"\([^()]*\)")
# Scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, kana and CJK (not Hangul).
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
# Text that stands for an icon rather than words (axe-core's symbolic text characters).
_SYMBOLIC = frozenset({"aa", "abc"})
# Elements whose text is not shown as words: never rendered, a drawing, a form field's value; "" for comments.
_NOT_SHOWN = frozenset(
    {"", "head", "script", "style", "template", "noscript", "title", "meta", "link", "svg", "textarea", "select", "br"}
)
# Elements laid out inline: text on either side runs on (any other element starts a new line or box).
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
     "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"}
)  # fmt: skip
# Inline formatting, whose text runs on with the text around it.
_RUNNING = frozenset(
    {"abbr", "b", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
     "strong", "sub", "sup", "u", "var"}
)  # fmt: skip
# Class names of icon fonts that draw a ligature ("search", "share") as a picture.
_ICON_FONT_PREFIXES = ("material-icons", "material-symbols")


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """The words of a label or a name as the algorithm compares them."""
    while True:
        unbracketed = _BRACKETED.sub(" ", text)
        if unbracketed == text:
            break
        text = unbracketed
    folded = unicodedata.normalize("NFKD", text.casefold())
    return tuple("".join(ch if unicodedata.category(ch)[0] in "LN" else " " for ch in folded).split())


def label_in_name(label: str, name: str) -> bool:
    """Whether the label's words are a contiguous run of the name's words."""
    have, want = words(name), words(label)
    if _UNSPACED.search(label):
        return "".join(want) in "".join(have)
    n = len(want)
    return any(have[i : i + n] == want for i in range(len(have) - n + 1))


def symbolic(label: str) -> bool:
    """Whether visible text stands for an icon rather than words: one letter ("X" for close), a
    toggle such as "aA", or no letter or digit at all (arrows, emoji, punctuation)."""
    found = words(label)
    if not found:
        return True
    joined = "".join(found)
    return (len(joined) == 1 and not joined.isdigit()) or joined in _SYMBOLIC


@dataclass(frozen=True, slots=True)
class Shown:
    """What a control shows: its visible text, and the pieces it falls into where the text is split
    among sibling boxes (two spans, a kicker and a headline, a word and a hover caption)."""

    text: str
    pieces: tuple[str, ...]


def shown(el: Element) -> Shown:
    """The text of an element that shows on screen, without hidden parts, text kept for screen
    readers only, form fields' values, SVG and icon-font ligatures. Stylesheets are not read (see
    ``hides_text``): what one hides by class counts as shown."""
    node = el
    while True:  # step down while the text sits in one box; where it splits, it falls into pieces
        boxes = _boxes(node)
        if len(boxes) != 1 or isinstance(boxes[0], str):
            pieces = tuple(box if isinstance(box, str) else _text(box) for box in boxes)
            return Shown(_text(el), pieces if len(pieces) > 1 else ())
        node = boxes[0]


def _boxes(el: Element) -> list[Element | str]:
    """An element's content as boxes: each shown child element that holds text, and each run of
    text between them (formatting such as <b> or <em> runs on with the text around it)."""
    boxes: list[Element | str] = []
    run = [el.text or ""]
    for child in el:
        name = tag(child)
        if name == "br":
            run.append(" ")
        elif name in _RUNNING and _visible(child):
            run.append(_text(child))
        elif name not in _NOT_SHOWN and _visible(child) and _text(child):
            boxes += [" ".join("".join(run).split()), child]
            run = []
        run.append(child.tail or "")
    boxes.append(" ".join("".join(run).split()))
    return [box for box in boxes if box != ""]


def _text(el: Element) -> str:
    parts: list[str] = []
    _collect(el, parts)
    return " ".join("".join(parts).split())


def _visible(el: Element) -> bool:
    return not hides_text(el) and not _icon_font(el)


def _collect(el: Element, parts: list[str]) -> None:
    parts.append(el.text or "")
    for child in el:
        name = tag(child)
        if name == "br":
            parts.append(" ")
        elif name not in _NOT_SHOWN and _visible(child):
            inline = name in _INLINE
            parts.append("" if inline else " ")
            _collect(child, parts)
            parts.append("" if inline else " ")
        parts.append(child.tail or "")


def _icon_font(el: Element) -> bool:
    return any(name.startswith(_ICON_FONT_PREFIXES) for name in (el.get("class") or "").lower().split())
