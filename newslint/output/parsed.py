"""``newslint parse``: what newslint recognised in an article, as a pydantic model."""

from __future__ import annotations

from pydantic import BaseModel

from newslint.document.furniture import words
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of


class SkipLinkModel(BaseModel):
    text: str
    href: str
    target_exists: bool


class ParagraphModel(BaseModel):
    text: str
    line: int
    column: int


class FurnitureModel(BaseModel):
    kind: str  # what the piece is: credit, share, related, advert… (newslint.config.packs.Furniture)
    text: str
    line: int
    # among the story's paragraphs, not marked up as what it is: a leak (NL503 reports those that interrupt the story)
    in_story: bool


class BodyModel(BaseModel):
    text: str
    paragraphs: list[ParagraphModel]


class ParsedArticle(BaseModel):
    kind: str
    title: str | None
    headline: str | None
    byline: str | None
    dateline: str | None
    credit: str | None
    skip_links: list[SkipLinkModel]
    banners: list[str]
    navigation: list[str]
    captions: list[str]
    pull_quotes: list[str]
    related: list[str]
    footer: list[str]
    furniture: list[FurnitureModel]
    body: BodyModel


def _label(nav: Element) -> str:
    """A navigation landmark by its label, else by its first words."""
    label = (nav.get("aria-label") or "").strip()
    return label or _shorten(squash(text_of(nav)))


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parsed_article(doc: Document) -> ParsedArticle:
    r = doc.regions
    paragraphs = []
    for block in r.blocks:
        prose = block.prose
        lead = len(prose) - len(prose.lstrip())
        start = doc.text_span(block.element, block.start + lead, block.start + lead + 1)[0]
        line, column = doc.position(start)
        paragraphs.append(ParagraphModel(text=squash(prose), line=line, column=column))
    return ParsedArticle(
        kind=doc.kind,
        title=r.title,
        headline=squash(r.headline_text) or None,
        byline=squash(text_of(r.byline)) if r.byline is not None else None,
        dateline=squash(r.dateline[0].text[: r.dateline[1]]) if r.dateline else None,
        credit=r.credit.text if r.credit else None,
        skip_links=[SkipLinkModel(text=s.text, href=s.href, target_exists=s.target_exists) for s in r.skip_links],
        banners=[squash(text_of(b)) for b in r.banners],
        navigation=[_label(el) for el in r.navigation],
        captions=[squash(text_of(c)) for c in r.captions],
        pull_quotes=[squash(text_of(q)) for q in r.pull_quotes],
        related=[squash(text_of(el)) for el in r.related],
        footer=[_shorten(squash(text_of(el))) for el in r.footer],
        furniture=[
            FurnitureModel(
                kind=p.kind,
                text=_shorten(words(p.element)),
                line=doc.position(doc.start_tag_span(p.element)[0])[0],
                in_story=p.in_story and not p.marked,
            )
            for p in sorted(r.furniture, key=lambda p: doc.element_start(p.element) or 0)
        ],
        body=BodyModel(text="\n\n".join(p.text for p in paragraphs), paragraphs=paragraphs),
    )
