"""Hostile and malformed input: newslint never raises, never crashes a rule, and points inside the file.

The default profile runs a few hundred generated articles per property; ``benchmarks/fuzz.py`` runs
the same properties with many more (the ``fuzz`` profile).
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.document.reading import InputError, decode
from newslint.run.engine import lint_html
from newslint.run.fix import apply_fixes

settings.register_profile(
    "default", max_examples=150, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("NEWSLINT_FUZZ_PROFILE", "default"))

TAGS = (
    "html head body title meta main nav header footer aside section article div span p a img figure "
    "figcaption h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr td th iframe video audio source button "
    "label input form script style noscript template svg math br hr b i em strong blockquote q time "
    "dialog details summary select option"
).split()
ATTRIBUTES = (
    "id class lang xml:lang role href src alt title target rel style hidden aria-label aria-labelledby "
    "aria-describedby aria-hidden aria-controls aria-live aria-level aria-expanded aria-current arial-label "
    "for name content charset tabindex autoplay controls muted data-newslint-ignore"
).split()
WORDS = (
    "Deir ez-Zor Deir al-Zour Dayr az-Zawr Raqqa Raqqah Hasakah Kyiv Kiev Odesa Odessa Iran Iraq Hama "
    "Hamas Breaking News Skip to main content Accessibility links With reporting by AP and AFP officials "
    "said according to the United Nations at least 18 civilians 3,000 families 65 percent 75% $4 million "
    "two-thirds a dozen hundreds click here read more SDF Syrian Democratic Forces (SDF) TK Lorem ipsum "
    "â€™ Ã© &amp;rsquo; \ufffd \u00a0 \u200b \u202e عربي Українa 中文"
).split()
ENTITIES = ("&amp;", "&lt;", "&nbsp;", "&#8217;", "&#x2019;", "&bogus;", "&#0;", "&#xD800;", "&#99999999;", "&")
JUNK = ("<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>", '"', "'")
DIRECTIVES = ("<!-- newslint-disable NL201 -->", "<!-- newslint-enable -->", "<!-- newslint-disable-next-line -->")

text = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ENTITIES),
    st.text(max_size=12),
    st.sampled_from(["\n", "\r\n", "\r", "\t", " ", "  \n\n  "]),
)
attribute_value = st.one_of(
    st.sampled_from([*WORDS, "", "#", "#main", "en", "en-GB", "xx_YY", "main"]), st.text(max_size=20)
)


@st.composite
def start_tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), attribute_value), max_size=4))
    quote = draw(st.sampled_from(['"', "'", ""]))
    rendered = "".join(f" {k}={quote}{v}{quote}" if v or quote else f" {k}" for k, v in attrs)
    return f"<{name}{rendered}{draw(st.sampled_from(['>', '/>', '', ' >']))}"


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 9))
        if kind < 4:
            parts.append(draw(text))
        elif kind < 7 and depth < 6:
            tag = draw(start_tag())
            inner = draw(markup(depth + 1))
            close = draw(st.sampled_from(["", "matching", "other"]))
            name = tag[1:].split(" ")[0].rstrip(">/")
            end = {"": "", "matching": f"</{name}>", "other": f"</{draw(st.sampled_from(TAGS))}>"}[close]
            parts.append(tag + inner + end)
        elif kind == 7:
            parts.append(draw(st.sampled_from(JUNK + DIRECTIVES)))
        elif kind == 8:
            parts.append(draw(st.sampled_from(TAGS)).join(["<", ">"]) * draw(st.integers(1, 40)))
        else:
            parts.append(draw(st.sampled_from(WORDS)) * draw(st.integers(1, 30)))
    return "".join(parts)


def _check_located(html: str, findings) -> None:
    lines = html.splitlines(keepends=True) or [""]
    for f in findings:
        assert f.code != "NL901", f.message
        assert 0 <= f.start <= f.end <= len(html), (f.code, f.start, f.end, len(html))
        assert 1 <= f.line <= len(lines) + 1 and f.column >= 1, (f.code, f.line, f.column)
        assert (f.end_line, f.end_column) >= (f.line, f.column), f.code


@given(markup())
def test_generated_articles_lint_without_errors_and_every_finding_is_inside_the_file(html):
    _check_located(html, lint_html(html))


@given(markup())
def test_generated_fragments_too(html):
    from newslint.config.options import Config

    _check_located(html, lint_html(html, Config(kind="fragment")))


@given(markup())
def test_fixes_never_touch_text_outside_their_spans_and_settle(html):
    findings = lint_html(html)
    fixed, count = apply_fixes(html, findings)
    if not count:
        assert fixed == html
        return
    chosen = sorted(
        (f for f in findings if f.suggestion.safe and f.suggestion.replacement is not None), key=lambda f: f.start
    )
    assert fixed.startswith(html[: chosen[0].start]) and fixed.endswith(html[chosen[-1].end :])
    again, _ = apply_fixes(fixed, lint_html(fixed))
    assert again == fixed, "a second --fix changed the text again"


@given(st.binary(max_size=2000))
def test_random_bytes_are_decoded_or_refused_with_a_reason(data):
    try:
        source = decode(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    _check_located(source.text, lint_html(source.text))
    assert source.encode(source.text) == data
