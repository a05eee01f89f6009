"""Patterns in rule packs are untrusted: invalid, huge or catastrophically backtracking ones are refused."""

import re
import time

import pytest
from conftest import ROOT

from newslint.packs import PackError, load_pack
from newslint.patterns import MAX_PATTERN_CHARS, check_pattern


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
    for path in sorted((ROOT / "rules").glob("*.yaml")):
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
