"""Which publication a page is from: a run over many sites compares each site's articles with its own."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from newslint.document.model import Document


def publication(doc: Document) -> str:
    """The page's site: the host of its canonical address (or ``og:url``), else its ``og:site_name``.

    "" for a body fragment and for a page that names none: the run is then one publication, as a
    newsroom's repository is.
    """
    return doc.once(_publication) if doc.kind == "page" else ""


def _publication(doc: Document) -> str:
    address = site = ""
    for link in doc.tagged("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            address = link.get("href") or ""
            break
    for meta in doc.tagged("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name == "og:url" and not address:
            address = meta.get("content") or ""
        elif name == "og:site_name" and not site:
            site = " ".join((meta.get("content") or "").split()).casefold()
    try:
        host = urlsplit(address.strip()).hostname or ""
    except ValueError:  # a malformed address names no host
        host = ""
    return host.removeprefix("www.") or site
