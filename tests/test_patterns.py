"""Patterns in rule packs are untrusted: invalid, huge or catastrophically backtracking ones are refused."""

import re
import time

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from newslint.config.options import ConfigError, load_config
from newslint.config.packs import PackError, load_pack
from newslint.config.patterns import MAX_PATTERN_CHARS, check_pattern, compile_led


@pytest.mark.parametrize(
    "pattern", [r"(a+)+$", r"(\w*\s?)*x", r"(?:x|y+)*z", r"\s*(\w+\s*)+$", r"(?:\d+\d+)*x", r"((ab)+)*c", r"(a+b*)+c"]
)
def test_nested_repetition_that_runs_into_the_next_iteration_is_refused(pattern):
    with pytest.raises(ValueError, match="exponential time"):
        check_pattern(pattern)


def test_the_refused_shape_really_is_slow_in_python():
    start = time.perf_counter()
    assert re.match(r"(a+)+$", "a" * 20 + "!") is None
    assert time.perf_counter() - start > 0.01  # grows twofold with every extra "a"


@pytest.mark.parametrize(
    "pattern",
    [r"read (?:more|on)", r"\bTK+\b", r"(?:ab){2,5}", r"[A-Z]\w+(?: [A-Z]\w+)*", r"(?:\s+[A-Z][A-Za-z.]+)*x"],
)
def test_separated_repetitions_are_accepted(pattern):
    check_pattern(pattern)


def test_every_shipped_pattern_passes():
    for path in sorted((ROOT / "rules" / "packs").glob("*.yaml")):
        load_pack(path)  # raises PackError naming the pattern if one is refused


def test_invalid_and_oversized_patterns_are_refused():
    with pytest.raises(ValueError, match="not a valid regular expression"):
        check_pattern("breaking (news")
    with pytest.raises(ValueError, match="characters long"):
        check_pattern("a" * (MAX_PATTERN_CHARS + 1))


def test_a_pack_with_a_catastrophic_pattern_names_file_entry_and_pattern(tmp_path):
    path = tmp_path / "bp.yaml"
    path.write_text(
        "schema: 1\ntype: boilerplate\nname: bp\ndescription: x\nentries:\n"
        "  - {region: banner, patterns: ['breaking']}\n"
        "  - {region: byline, patterns: ['(by\\s*\\w+)+ staff']}\n"
    )
    with pytest.raises(PackError, match=r"bp\.yaml.*entry 2 \(byline\).*exponential time") as err:
        load_pack(path)
    assert "\n" not in str(err.value)


LED = [
    (r"(?<!\w)(?:said|says|according to)(?!\w)", re.I),
    (r"(?i:(?<!\w)(?:skip to))|(?:TK(?:TK)*|XXX+|\$XX+)", 0),
    (r"(?:(?<=,) (?:the )?reports|citing)", re.I),
    (r"\[\[[^\]]{0,60}\]\]|\{\{[^}]{0,60}\}\}", 0),
    (r"(?:a|b?)c", 0),
    (r"(?i:k)elvin|(?i:s)ay", 0),
]
# Letters that ignore case in surprising ways: long s, Kelvin sign, dotless and dotted i.
TRICKY = [
    *("ſay", "Kelvin", "kelvin", "ıt", "İt", "SAID", "Said"),
    *("x, the agency reports.", "y, the reports", "Citing", "[[embed]]", "$XXX", "TKTK"),
]


@pytest.mark.parametrize(("source", "flags"), LED)
def test_a_led_pattern_matches_what_the_pattern_matches(source, flags):
    plain, led = re.compile(source, flags), compile_led(source, flags)
    assert led.pattern.startswith("(?=")  # each of these can be led
    text = " ".join(TRICKY) + " He said it, says she, according to them; skip to content. bc ac c"
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in led.finditer(text)]  # and there is something to find


@given(st.text(alphabet="aAbcCkKKsSſıİtT ,.$[]{}XTKsaidSAID", max_size=60))
def test_led_patterns_agree_on_any_text(text):
    for source, flags in LED:
        assert [m.span() for m in compile_led(source, flags).finditer(text)] == [
            m.span() for m in re.compile(source, flags).finditer(text)
        ]


@pytest.mark.parametrize("source", [r"\W*(?:skip)", r"x*", r"(?:a|b?)", r"[^a]b", r".b", r"\w+ said"])
def test_a_pattern_that_may_start_anywhere_or_match_empty_is_left_as_it_is(source):
    assert compile_led(source).pattern == source


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        (r"a*a*a*a*a*a*b", "polynomial time"),
        (r"\w+\s*\w+ said", "polynomial time"),
        (r"(?:x[a-z]*)[a-z]+y", "polynomial time"),
        (r"(?:ba*)+a*c", "polynomial time"),
        (r".{2,}..*a", "polynomial time"),
        (r"x*xx*b", "polynomial time"),
        (r"(a|aa)+$", "more than one way"),
        (r"(?:ab|[ab]b)+$", "more than one way"),
        (r"(aa?)+$", "more than one way"),
        (r"(?i)x", "flag for the whole expression"),
        (r"(?s)breaking.news", "flag for the whole expression"),
        (r"", "can match empty text"),
        (r"(?:TK)?", "can match empty text"),
        (r"\b", "can match empty text"),
        (r"(?P<mark>TK)", "named group or a back-reference"),
        (r"(TK)\1", "named group or a back-reference"),
        (r"(TK)?(?(1)x|y)", "named group or a back-reference"),
    ],
)
def test_patterns_that_are_slow_or_break_when_joined_are_refused(pattern, reason):
    with pytest.raises(ValueError, match=re.escape(reason)):
        check_pattern(pattern)


def test_the_refused_new_shapes_really_are_slow_in_python():
    for pattern, text, short in [(r"a*a*a*a*a*a*b", "a" * 80, 20), (r"(a|aa)+$", "a" * 32 + "!", 16)]:
        start = time.process_time()
        assert re.match(pattern, text) is None  # n**6 / 720 steps; Fibonacci(n) steps
        slow = time.process_time() - start
        start = time.process_time()
        re.match(pattern, text[:short] + text[-1])
        assert slow > 20 * (time.process_time() - start) and slow > 0.02, pattern


@pytest.mark.parametrize(
    "pattern",
    [
        *(r"\w+\s+\w+ said", r"a*b*c", r"x*x", r"(?:a|b)+c", r"(?i:breaking) news", r"(TK)+", r"(?:\s+(?:of|on))*x"),
        *(r"(?:said|says)+", r"(ab?)+c", r"(?:\w|\d)+!", r"a*ba*c"),  # (\w|\d) is one class to Python's re
    ],
)
def test_repetitions_that_cannot_trade_characters_are_accepted(pattern):
    check_pattern(pattern)


def test_a_config_placeholder_with_an_inline_flag_is_a_config_error_not_a_crash_on_every_file(tmp_path):
    (tmp_path / "newslint.toml").write_text('[structure]\nplaceholders = ["(?i)tk", "XX+"]\n')
    with pytest.raises(ConfigError, match=r"newslint.toml: structure: pattern '\(\?i\)tk' sets a flag"):
        load_config(tmp_path / "newslint.toml")
