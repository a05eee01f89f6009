"""Hostile pages: every input under 1 MB is linted (or refused with a reason) within 2 s, and a page
the parser could not read whole is reported, never passed as clean."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from conftest import codes, page
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newslint.config.options import Config
from newslint.document.limits import MAX_ATTRIBUTES, _MostAttributes, crowded_element
from newslint.document.reading import InputError
from newslint.document.tree import MAX_DEPTH
from newslint.run.engine import lint_html, lint_path

BUDGET = 2.0  # seconds of CPU (not wall-clock: other work on the machine does not count), for any input under 1 MB


def _timed(html: str, config: Config | None = None) -> tuple[list, float]:
    assert len(html.encode()) < 2**20
    start = time.process_time()
    findings = lint_html(html, config)
    return findings, time.process_time() - start


def test_one_capitalised_word_of_400_kb():
    findings, elapsed = _timed(page("<h1>A story</h1>\n<p>A" + "b" * 400_000 + "</p>"))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"
    assert "NL901" not in codes(findings)


def test_one_paragraph_of_names_figures_and_quotes_under_a_megabyte():
    """Every name, figure and quotation of a paragraph was once compared with every other: 37 s."""
    sentence = "Raqqa and Idlib Tamburlaine said \u201cit rose 40% in Mosul\u201d on Monday. "
    findings, elapsed = _timed(page("<h1>A story</h1>\n<p>" + sentence * 13_000 + "</p>"), Config(select=("ALL",)))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"
    assert "NL901" not in codes(findings)


def _aria_soup(elements: int, attributes: int) -> str:
    tags = ("<div " + " ".join(f'aria-x{e}n{i}="1"' for i in range(attributes)) + ">x</div>" for e in range(elements))
    return page("<h1>A story</h1>\n" + "\n".join(tags))


def test_many_unknown_aria_attributes_on_many_elements():
    findings, elapsed = _timed(_aria_soup(40, 1000), Config(extend_select=("NL173",)))  # off by default
    assert elapsed < BUDGET, f"{elapsed:.1f} s"
    assert codes(findings) == ["NL173"]  # one per page, naming the others
    assert "(39999 more NL173 on this page" in findings[0].message


def test_ten_thousand_unknown_aria_attributes_on_one_element_are_refused_at_once():
    start = time.process_time()
    with pytest.raises(InputError, match="a <div> has more than 1,000 attributes"):
        lint_html(_aria_soup(1, 10_000))
    assert time.process_time() - start < BUDGET


def _names(count: int) -> list[str]:
    """Distinct short attribute names (the parser keeps one of each)."""
    digits = "abcdefghijklmnopqrstuvwxyz0123456789"
    names = []
    for n in range(count):
        name = "x"
        while n:
            n, d = divmod(n, 36)
            name += digits[d]
        names.append(name)
    return names


def test_an_element_with_a_hundred_thousands_attributes_is_refused_before_parsing():
    html = page("<h1>A story</h1>\n<div " + " ".join(_names(180_000)) + ">x</div>")
    start = time.process_time()
    with pytest.raises(InputError, match=r"not read: a <div> has more than 1,000 attributes"):
        lint_html(html)
    assert time.process_time() - start < BUDGET  # parsing it would take minutes


def test_attributes_up_to_the_limit_are_read_and_quoted_markup_does_not_hide_more():
    at_limit = "<div " + " ".join(_names(MAX_ATTRIBUTES)) + ">x</div>"
    assert "NL901" not in codes(lint_html(page(at_limit)))
    hidden = "<div " + " ".join(f'{n}=">"' for n in _names(MAX_ATTRIBUTES + 1)) + ">"
    with pytest.raises(InputError, match="attributes"):
        lint_html(page(hidden))
    in_script = "<script>var s = '" + at_limit.replace(">x", " y>x") + "';</script>"
    assert "NL901" not in codes(lint_html(page(in_script)))


@pytest.mark.parametrize(
    "holder",
    ['<div data-x="{}"></div>', "<!-- {} -->", "<script>var s = '{}';</script>"],
    ids=["attribute", "comment", "script"],  # a paragraph too (benchmarks/hostile_input.py): 20 s of linting
)
def test_a_page_past_a_text_of_ten_megabytes_is_read_to_its_end(holder):
    body = holder.format("x" * (11 * 2**20))  # libxml2 stops at 10,000,000 bytes unless told otherwise
    findings = lint_html(page("<h1>A story</h1>\n" + body + '\n<img src="photo.jpg">'))
    assert "NL140" in codes(findings), "the image after the long text was never read"


def test_elements_nested_too_deep_are_reported_not_passed():
    deep = "<div>" * (MAX_DEPTH + 10) + "x" + "</div>" * (MAX_DEPTH + 10)
    with pytest.raises(InputError, match=f"nested more than {MAX_DEPTH} deep"):
        lint_html(page("<h1>A story</h1>\n" + deep + '\n<img src="photo.jpg">'))
    shallow = "<div>" * 200 + "x" + "</div>" * 200
    assert "NL140" in codes(lint_html(page("<h1>A story</h1>\n" + shallow + '\n<img src="photo.jpg">')))


def test_a_page_not_read_whole_is_an_error_of_that_file_alone(tmp_path):
    (tmp_path / "deep.html").write_text(page("<div>" * 300 + "</div>" * 300))
    (tmp_path / "fine.html").write_text(page('<h1>A story</h1>\n<img src="photo.jpg">'))
    assert lint_path(tmp_path / "deep.html").error.startswith("not fully read: elements nested more than 256")
    run = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-cache", str(tmp_path)], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "deep.html" in run.stdout and "nested more than 256 deep" in run.stdout
    assert "fine.html" in run.stdout and "NL140" in run.stdout
    piped = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--format", "json", "-"],
        input=(tmp_path / "deep.html").read_text(), capture_output=True, text=True,
    )  # fmt: skip
    assert piped.returncode == 2 and "Traceback" not in piped.stderr
    assert '"error": "not fully read: elements nested more than 256 deep' in piped.stdout


# Markup that changes how what follows is tokenized: raw text, comments, script's escapes, open quotes.
_TRICKS = (
    *("<script>", "</script>", "<script><!--", "<script><!--<script>", "<!--<script>", "</script x='>'>"),
    *("<!--", "-->", "--!>", "<!-->", "<!--->", "<!-- a -- b ->", "<![CDATA[", "]]>", "<!doctype html>", "<?x ?>"),
    *("<textarea>", "</textarea>", "<title>", "</title >", "<style>", "</style/>", "<xmp>", "<noscript>", "<svg>"),
    *('<p x="', "<p x='", '"', "'", "<p a=\v", "<p a=\f", '</p y="', "<a<b ", "<", ">", "=", "/", "\n", "text "),
    *("<p " + "a A " * 600 + ">", "<script " + "a " * 1200 + ">", "<p " + "a " * 1200),  # names the parser keeps once
)


@given(st.lists(st.sampled_from(_TRICKS), max_size=8), st.lists(st.sampled_from(_TRICKS), max_size=3))
@settings(max_examples=150, deadline=None)
def test_no_markup_before_a_crowded_element_hides_it_from_the_scan(before, after):
    crowded = "<div " + " ".join(f'{n}=">"' for n in _names(MAX_ATTRIBUTES + 1)) + ">"
    data = ("".join(before) + crowded + "".join(after)).encode()
    target = _MostAttributes()
    etree.fromstring(data, etree.HTMLParser(target=target, encoding="utf-8", no_network=True))
    if target.most[1] > MAX_ATTRIBUTES:  # the parser reads it as a crowded element: the scan must stop there
        assert crowded_element(data) == target.most[0]
    else:
        assert crowded_element(data) is None


def test_a_long_run_of_sentence_marks():
    findings, elapsed = _timed(page("<h1>A story</h1>\n<p>Officials said " + "." * 100_000 + " x.</p>"))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"  # every mark of the run was tried to its end: minutes
    assert "NL901" not in codes(findings)


def test_a_paragraph_opening_with_capitals_and_a_long_run_of_spaces():
    findings, elapsed = _timed(page("<h1>A story</h1>\n<p>AB" + " " * 100_000 + "x.</p>"))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"  # the dateline pattern split the run every way: minutes
    assert "NL901" not in codes(findings)


@pytest.mark.parametrize(
    "body",
    [
        "<p>BEIRUT (AP)" + " " * 100_000 + "x</p>",  # NL507's loose dateline: the spaces after the agency
        '<div role="slider" aria-valuenow="' + "1" * 100_000 + 'x">s</div>',  # NL172's number: \d+\.?\d*
    ],
    ids=["spaces-after-an-agency", "a-long-aria-number"],
)
def test_long_runs_that_two_repetitions_could_share(body):
    findings, elapsed = _timed(page("<h1>A story</h1>\n" + body))
    assert elapsed < BUDGET, f"{elapsed:.1f} s"
    assert "NL901" not in codes(findings)
