"""NL506, NL507: the byline slot and the dateline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import author_classes, marked_author, squash
from newslint.document.tree import Element, tag_name, text_of
from newslint.lib.aria.semantics import is_hidden
from newslint.lib.settings import Settings

# Class names of a byline slot: "byline", "article-byline", "author", "byline__name", "author-name".
_SLOT_CLASS = re.compile(
    r"^(?:[\w-]*[-_])?(?:byline|bylines|author|authors|author-?name)(?:[-_]{1,2}(?:name|names|text|link|wrapper))?$",
    re.I,
)
_NOT_TEXT = frozenset({"meta", "link", "img", "script", "style", "template", "svg", "input"})
_BARE_BY = re.compile(r"(?:by|written by|words by)?\W*", re.I)
# A paragraph that opens like a dateline ("BEIRUT (AP)") without the dash that ends one. The place
# is at most 100 characters, and the spaces after it and after the agency are read once (possessive):
# open-ended runs shared a long run of spaces in every possible split ("AB" and 100,000 spaces: 8 s).
_LOOSE_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’ -]{2,100}?(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)\s*+"
    r"\((?P<agency>[A-Z][A-Za-z .&-]{1,30})\)(?P<sep>\s*+(?:—|–|--|-|:)?)\s*(?=[A-Z“\"‘'])"
)
_SEPARATOR = re.compile(r"\s*(—|–|--|-)\s")


def _slot_candidates(doc: Document) -> list[Element]:
    """Elements whose class, rel or itemprop marks a byline slot, in document order."""
    by_class = [el for el, c in author_classes(doc).items() if any(_SLOT_CLASS.match(t) for t in c.split())]
    return doc.in_order(by_class, marked_author(doc))


class EmptyByline(Rule):
    """The page has a byline slot, but it names nobody.

    **Why**: a template's byline element left empty (or holding only "By") shows readers a
    dangling "By" and tells syndication partners and search engines that the story has no
    author. It usually means the CMS author field was not filled in.

    **Fix**: fill in the author (or the agency: "By The Associated Press"), or remove the empty
    byline element from the template.

    **References**: the byline patterns in ``rules/packs/boilerplate.yaml``.
    """

    code = "NL506"
    name = "empty-byline"
    summary = "The byline slot is empty or holds only 'By'"
    severity = "warning"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        if "author" not in doc.text and "byline" not in doc.text:
            return
        slots = [el for el in _slot_candidates(doc) if el.tag not in _NOT_TEXT and not is_hidden(el, doc)]
        empty = []
        for el in slots:
            text = squash(text_of(el))
            if not _BARE_BY.fullmatch(text) or el.find(".//img") is not None:
                return  # some byline names someone (or shows a picture of them)
            if el.get("itemscope") is not None or el.find(".//meta[@content]") is not None:
                continue  # microdata about the author, not a slot readers see
            if not any(anc in empty for anc in el.iterancestors()):
                empty.append(el)
        if empty:
            el = empty[0]
            said = squash(text_of(el))
            yield self.finding(
                doc.start_tag_span(el),
                f'The byline slot <{tag_name(el)} class="{el.get("class", "")}"> is empty'
                + (f" (only '{said}')" if said else ""),
                "Fill in the author or agency, or remove the empty byline element",
            )


class DatelineFormat(Rule):
    """The dateline is written with a double hyphen, or without the dash that ends it.

    **Why**: the dateline ("BEIRUT (AP) — ") is parsed by syndication partners and styled apart
    from the story. "BEIRUT (AP) Troops…" runs place and story together, and "--" is a
    typewriter stand-in for the dash that displays as two hyphens.

    **Fix**: end the dateline with a dash between spaces: "BEIRUT (AP) — ".

    **References**: AP Stylebook, "datelines"; the dateline patterns in ``rules/packs/boilerplate.yaml``.
    """

    code = "NL507"
    name = "dateline-format"
    summary = "The dateline uses '--' or lacks the dash that ends it"
    severity = "info"
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        regions = doc.regions
        if regions.dateline is not None:
            block, end = regions.dateline
            m = _SEPARATOR.search(block.text, 0, end)
            if m and m.group(1) == "--":
                yield self.finding(
                    doc.text_span(block.element, m.start(1), m.end(1)),
                    "The dateline ends with '--' where a dash belongs",
                    "Write an em dash: '—'",
                    replacement="—",
                )
            return
        for block in [b for b in regions.blocks if b.role == "paragraph"][:2]:
            m = _LOOSE_DATELINE.match(block.text)
            if not m or m.group("sep").strip() in ("—", "–", "-"):
                continue
            begin = m.start("place")
            opening = f"{m.group('place').strip()} ({m.group('agency')})"
            yield self.finding(
                doc.text_span(block.element, begin, m.end()),
                f"The dateline '{opening}' is not ended by a dash",
                f"Write '{opening} — ' before the story",
                replacement=f"{opening} — ",
            )
            return
