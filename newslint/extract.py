"""Finding the story body on a whole news page (interim scorer)."""

from __future__ import annotations

import re

from newslint.document import Element, text_of

_SKIP = frozenset(
    {
        "nav",
        "footer",
        "aside",
        "header",
        "form",
        "figcaption",
        "figure",
        "script",
        "style",
        "noscript",
        "button",
        "select",
        "template",
        "svg",
    }
)
_NEG = re.compile(
    r"comment|sidebar|footer|related|promo|share|social|newsletter|subscribe|advert|\bads?\b|\bad-|byline|"
    r"author|caption|recirc|popular|trending|outbrain|taboola|widget|signup|masthead|menu|breadcrumb|"
    r"modal|cookie|banner",
    re.I,
)
_POS = re.compile(r"article|body|content|entry|main|post|text|story|hentry|blog", re.I)


def _squash(t: str) -> str:
    return " ".join(t.split())


def _hint(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _unlikely(el: Element) -> bool:
    h = _hint(el)
    return bool(h.strip()) and _NEG.search(h) is not None and _POS.search(h) is None


def _link_len(el: Element) -> int:
    return sum(len(_squash(text_of(a))) for a in el.iter("a"))


def _bad_path(el: Element, stop: Element | None) -> bool:
    for i, a in enumerate(el.iterancestors()):
        if a is stop:
            return False
        if a.tag in _SKIP or a.get("hidden") is not None or a.get("aria-hidden") == "true":
            return True
        if i < 4 and _unlikely(a):
            return True
    return False


def _paragraphs(root: Element) -> list[Element]:
    body = root.find("body")
    if body is None:
        return []
    out = []
    for el in body.iter("p", "pre", "div", "section"):
        if el.tag in ("p", "pre"):
            out.append(el)
            continue
        direct = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
        blocky = any(isinstance(c.tag, str) and c.tag in ("p", "div", "section", "table", "ul", "ol") for c in el)
        if direct and not blocky:
            out.append(el)
    return out


def story_blocks(root: Element) -> list[Element]:
    """The block elements that make up the article's story body, in document order."""
    scores: dict[Element, float] = {}
    ptext: dict[Element, str] = {}
    for p in _paragraphs(root):
        if _bad_path(p, None):
            continue
        t = _squash(text_of(p))
        if len(t) < 25:
            continue
        ptext[p] = t
        s = 1 + t.count(",") + min(len(t) // 100, 3)
        anc, level = p.getparent(), 0
        while anc is not None and level < 3:
            scores[anc] = scores.get(anc, 0) + s / (1, 2, 6)[level]
            anc, level = anc.getparent(), level + 1
    if not scores:
        return []
    final = {}
    for el, s in scores.items():
        h = _hint(el)
        w = (25 if _POS.search(h) else 0) - (25 if _NEG.search(h) and not _POS.search(h) else 0)
        tl = len(_squash(text_of(el))) or 1
        final[el] = (s + w) * (1 - _link_len(el) / tl)
    top = max(final, key=lambda e: final[e])
    parent = top.getparent()
    containers = [top]
    if parent is not None:
        threshold = max(10, final[top] * 0.2)
        containers = []
        for sib in parent:
            if not isinstance(sib.tag, str):
                continue
            if sib is top or final.get(sib, -1) >= threshold:
                containers.append(sib)
            elif sib in ptext:
                t = ptext[sib]
                density = _link_len(sib) / max(1, len(t))
                if (len(t) > 80 and density < 0.25) or (density == 0 and t.endswith(".")):
                    containers.append(sib)
    out: list[Element] = []
    for c in containers:
        for el in c.iter("p", "pre", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "td", "dd"):
            if el.tag in ("div", "td") and el not in ptext:
                continue
            if el.tag in ("li", "blockquote", "div", "td", "dd") and any(d.tag == "p" for d in el.iter("p")):
                continue
            if out and any(a is out[-1] for a in el.iterancestors()):
                continue
            if _bad_path(el, c.getparent()):
                continue
            t = _squash(text_of(el))
            if not t or _link_len(el) > 0.5 * len(t) or (el.tag == "li" and len(t) < 40):
                continue
            out.append(el)
    return out
