"""Hostile pages: every input under 1 MB is linted (or refused with a reason) within 2 s, and a page
the parser could not read whole is reported, never passed as clean."""

from __future__ import annotations

import time

from conftest import codes, page

from newslint.run.engine import lint_html

BUDGET = 2.0  # seconds, for any input under 1 MB


def _timed(html: str, **options: object) -> tuple[list, float]:
    assert len(html.encode()) < 2**20
    start = time.perf_counter()
    findings = lint_html(html)
    return findings, time.perf_counter() - start


def test_one_capitalised_word_of_400_kb():
    findings, elapsed = _timed(page("<h1>A story</h1>\n<p>A" + "b" * 400_000 + "</p>"))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"
    assert "NL901" not in codes(findings)


def _aria_soup(elements: int, attributes: int) -> str:
    tags = ("<div " + " ".join(f'aria-x{e}n{i}="1"' for i in range(attributes)) + ">x</div>" for e in range(elements))
    return page("<h1>A story</h1>\n" + "\n".join(tags))


def test_many_unknown_aria_attributes_on_many_elements():
    findings, elapsed = _timed(_aria_soup(40, 1000))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"
    assert codes(findings) == ["NL173"]  # one per page, naming the others
    assert "(39999 more NL173 on this page" in findings[0].message
