"""NL107, NL108: what the page's <meta> elements ask of the browser (zoom, refresh)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.settings import Settings

_PAIR = re.compile(r"([^\s=,;]+)\s*=\s*([^\s,;]*)")
# The delay of a refresh: digits, maybe a fraction, then the end, a separator or a URL.
_DELAY = re.compile(r"\s*(\d+)(?:\.[\d.]*)?\s*(?:$|[;,\s])")
_TWENTY_HOURS = 72000  # seconds: a refresh this far off is no time limit (WCAG 2.2.1's exception)


def _meta(doc: Document, attribute: str, value: str) -> list[Element]:
    return [m for m in doc.tagged("meta") if (m.get(attribute) or "").strip().lower() == value]


_KEYWORDS = {"yes": 1.0, "no": 0.1, "device-width": 10.0, "device-height": 10.0}


def _scale(value: str) -> float:
    """A viewport value as browsers translate it (CSS Device Adaptation): unknown words are 0."""
    m = re.match(r"[-+]?(?:\d+\.?\d*|\.\d+)", value)
    return float(m.group()) if m else _KEYWORDS.get(value, 0.0)


class ZoomDisabled(Rule):
    """The page's viewport ``<meta>`` stops readers from zooming in.

    **Why**: ``user-scalable=no`` or a ``maximum-scale`` under 2 keeps people with low vision from
    enlarging the story on a phone; WCAG asks that text can be resized to 200%.

    **Fix**: remove ``user-scalable=no`` and ``maximum-scale`` from the viewport's ``content``
    (``width=device-width, initial-scale=1`` is enough).

    **References**: WCAG 2.2 SC 1.4.4 Resize Text; axe-core ``meta-viewport``.
    """

    code = "NL107"
    name = "meta-viewport"
    summary = "The viewport meta element disables zooming (user-scalable=no or maximum-scale under 2)"
    severity = "error"
    wcag = "1.4.4"
    axe = "meta-viewport"
    act = (("b4f0c3", "same"),)
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for meta in _meta(doc, "name", "viewport"):
            pairs = {k.lower(): v.lower() for k, v in _PAIR.findall(meta.get("content") or "")}
            if "user-scalable" in pairs and -1 < _scale(pairs["user-scalable"]) < 1:
                problem = f"user-scalable={pairs['user-scalable']}"
            elif "maximum-scale" in pairs and 0 <= _scale(pairs["maximum-scale"]) < 2:
                problem = f"maximum-scale={pairs['maximum-scale']}"
            else:
                continue  # a negative maximum-scale is ignored
            yield self.finding(
                doc.start_tag_span(meta),
                f"The viewport's {problem} stops readers from zooming in",
                f"Remove {problem} from the content attribute (width=device-width, initial-scale=1 is enough)",
            )


class MetaRefresh(Rule):
    """The page reloads or redirects itself after a delay.

    **Why**: a live page that refreshes every few minutes takes a screen-reader or
    screen-magnifier user back to the top, mid-sentence, and a timed redirect moves them on before
    they have read the page. An immediate redirect (a delay of 0) and one over 20 hours are no
    time limit and are left alone.

    **Fix**: remove the ``<meta http-equiv="refresh">``; update a live page with a control the
    reader chooses ("Show 3 new posts"), and redirect on the server.

    **References**: WCAG 2.2 SC 2.2.1 Timing Adjustable, failures F40 and F41; axe-core
    ``meta-refresh``.
    """

    code = "NL108"
    name = "meta-refresh"
    summary = "The page refreshes or redirects itself after a delay"
    severity = "error"
    wcag = "2.2.1"
    axe = "meta-refresh"
    act = (("bc659a", "same"), ("bisz58", "partial"))
    page_only = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for meta in _meta(doc, "http-equiv", "refresh"):
            m = _DELAY.match(meta.get("content") or "")
            if m is None:
                continue  # not a valid refresh: browsers ignore it and use the next one
            delay = int(m.group(1))
            if 0 < delay <= _TWENTY_HOURS:
                yield self.finding(
                    doc.start_tag_span(meta),
                    f"The page refreshes or redirects itself after {delay} seconds",
                    "Remove the refresh; let readers load new content themselves, and redirect on the server",
                )
            return  # browsers act on the first valid refresh only
