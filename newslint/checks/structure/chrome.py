"""NL503: page chrome (skip links, banners, adverts, share buttons, cookie notices) inside the story."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.settings import Settings


class BoilerplateInStory(Rule):
    """A paragraph of the story is page chrome: "Advertisement", "Read more", share buttons, a cookie notice.

    **Why**: labels that belong to the page template ("Skip to main content", "Breaking News",
    "Advertisement", "Share on Facebook Twitter Email", "We use cookies…") end up in the story
    body when a CMS import or a copy-paste from a web page takes them along. They are then
    syndicated, read aloud by screen readers and indexed as if they were reporting.

    **Fix**: delete the paragraph from the story body. Not applied automatically: the element
    may carry markup the template needs.

    **References**: the ``leak`` entries of ``rules/packs/defects.yaml``.
    """

    code = "NL503"
    name = "boilerplate-in-story"
    summary = "A paragraph of the story is page chrome (advert label, share buttons, cookie notice)"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        pattern = settings.defects.pattern("leak")
        if pattern is None:
            return
        regions = doc.regions
        candidates = [b.element for b in regions.blocks]
        if doc.kind == "fragment":
            candidates += [*regions.banners, *regions.skip_labels, *regions.related]
        else:
            held = Counter(el.getparent() for el in candidates)
            candidates = [el for el in candidates if _plain_paragraph(el, held)]
        for el in sorted(dict.fromkeys(candidates), key=lambda el: doc.element_start(el) or 0):
            text = squash(text_of(el))
            if not text or len(text) > 300 or text.endswith(":") or not pattern.match(text):
                continue
            raw = text_of(el)
            begin = len(raw) - len(raw.lstrip())
            yield self.finding(
                doc.text_span(el, begin, len(raw.rstrip())),
                f"'{text}' is page chrome inside the story",
                "Delete this paragraph from the story body",
            )


def _plain_paragraph(el: Element, held: Counter[Element | None]) -> bool:
    """On a page, templates give their labels a class or a box of their own; a leak is a bare story paragraph."""
    return el.tag == "p" and el.get("class") is None and el.get("id") is None and held[el.getparent()] >= 3
