"""Every bundled fixture says in its first comment what must fire, and where; nothing else may."""

import re
from collections import Counter

import pytest
from conftest import FIXTURES

from newslint.run.engine import lint_path

_EXPECTED = re.compile(r"<!-- Fixture: .*?Expected: (.*?) -->", re.S)
_CLAUSE = re.compile(r"(NL\d{3}) on lines? ([\d, and]+)")


def expected(path) -> Counter:
    found = _EXPECTED.search(path.read_text(encoding="utf-8"))
    assert found, f"{path.name} has no '<!-- Fixture: … Expected: … -->' comment"
    wanted: Counter = Counter()
    for code, lines in _CLAUSE.findall(found.group(1)):
        for line in re.findall(r"\d+", lines):
            wanted[(code, int(line))] += 1
    assert wanted or "no findings" in found.group(1), path.name
    return wanted


FILES = sorted(FIXTURES.glob("*.html"))


def test_there_are_clean_and_faulty_pages_and_fragments():
    names = [f.name for f in FILES]
    assert any(n.startswith("page-") for n in names) and any(n.startswith("fragment-") for n in names)
    assert {"page-clean.html", "fragment-clean.html"} <= set(names)


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_fixture_findings_are_exactly_the_expected_ones(path):
    result = lint_path(path)
    assert result.error is None
    assert result.kind == ("page" if path.name.startswith("page-") else "fragment")
    got = Counter((f.code, f.line) for f in result.findings)
    assert got == expected(path)
