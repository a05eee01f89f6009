"""Report formats for CI and code review: github annotations, SARIF 2.1.0, Markdown and JUnit."""

from __future__ import annotations

import io
import json
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import SHARED
from test_cli import newslint

from newslint.checks import load_rules
from newslint.checks.rule import Finding, Suggestion
from newslint.output import FORMATS, github, junit, markdown, renderer, sarif
from newslint.output import json as json_format
from newslint.output.explain import explain
from newslint.output.report import build_report
from newslint.run.engine import FileResult
from newslint.run.runner import Job, run

SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
STORY = (
    "<p>BEIRUT (AP) — Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years, residents told AP.</p>\n"
)
NO_LANG = (
    "<!DOCTYPE html>\n<html>\n<head><title>Deir ez-Zor</title></head>\n"
    "<body><main><h1>Quiet</h1><p>Quiet.</p></main></body>\n</html>\n"
)
ALONE = "<p>Fighters reached Deir al-Zour on Monday, a local commander said.</p>\n"
MAJORITY = "<p>Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"


@pytest.fixture
def results(tmp_path, monkeypatch) -> list[FileResult]:
    """A run over a story with a fixable misspelling, a page without lang, a set of articles where
    one spells a place unlike the others (NL204, settled after the run) and a file that is not HTML."""
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(STORY)
    Path("page.html").write_text(NO_LANG)
    Path("across").mkdir()
    Path("across/a.html").write_text(MAJORITY)
    Path("across/b.html").write_text(MAJORITY)
    Path("across/c.html").write_text(ALONE)
    Path("broken.html").write_bytes(b"\x00\x01\x02" * 10)
    return [o.result for o in run(["story.html", "page.html", "across", "broken.html"], Job())]


def _codes(results: list[FileResult]) -> dict[str, list[str]]:
    return {r.path: [f.code for f in r.findings] for r in results}


def _render(render, results: list[FileResult]) -> str:
    out = io.StringIO()
    render(results, out)
    return out.getvalue()


def test_the_run_has_what_the_format_tests_need(results):
    assert _codes(results) == {
        "story.html": ["NL201"],
        "page.html": ["NL101"],
        "across/a.html": [],
        "across/b.html": [],
        "across/c.html": ["NL204"],
        "broken.html": [],
    }
    assert results[-1].error


def test_json_is_written_file_by_file_as_the_report_model_dumps_it(results):
    for some in (results, results[-1:], []):
        written = _render(json_format.render, some)
        assert written == build_report(some).model_dump_json(indent=2) + "\n"
        assert len(json.loads(written)["files"]) == len(some)


def test_sarif_is_written_result_by_result_as_the_whole_log_dumps(results):
    for some in (results, results[-1:], results[:1], []):
        written = _render(sarif.render, some)
        assert written == json.dumps(sarif.sarif_log(some), indent=2, ensure_ascii=False) + "\n"


def test_junit_is_laid_out_as_elementtree_indents_the_whole_tree(results):
    for some in (results, results[-1:], []):
        written = _render(junit.render, some)
        tree = ET.fromstring(written.split("\n", 1)[1])
        ET.indent(tree)
        assert written == '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree, encoding="unicode") + "\n"


def test_github_annotations_carry_file_region_code_and_suggestion(results):
    lines = _render(github.render, results).splitlines()
    assert lines[0] == (
        "::warning file=story.html,line=2,endLine=2,col=17,endColumn=29,title=NL201::"
        "'Deir al-Zour' spells the same place as 'Deir ez-Zor' (line 1). Use 'Deir ez-Zor' throughout."
        " (inconsistent-transliteration; newslint rule NL201)"
    )
    assert lines[1].startswith("::error file=page.html,line=2,")
    assert lines[2].startswith("::warning file=across/c.html,line=1,endLine=1,col=21,")
    assert lines[3].startswith("::error file=broken.html,title=newslint::cannot lint broken.html: ")
    assert len(lines) == 4


def test_github_annotations_escape_what_would_end_a_property_or_a_line():
    finding = Finding(
        "NL201",
        "inconsistent-transliteration",
        "transliteration",
        "info",
        "50% said:\nno",
        0,
        3,
        Suggestion("Fix, now"),
    )
    finding.line = finding.end_line = 3
    finding.column, finding.end_column = 1, 4
    [line] = _render(github.render, [FileResult("desk, a:b.html", "fragment", None, [finding])]).splitlines()
    assert line.startswith("::notice file=desk%2C a%3Ab.html,line=3,")
    assert line.endswith("::50%25 said:%0Ano. Fix, now. (inconsistent-transliteration; newslint rule NL201)")


def test_sarif_validates_against_the_official_schema(results):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text())
    log = json.loads(_render(sarif.render, results))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_rules_carry_the_explanation_and_a_page_to_read_more(results):
    log = json.loads(_render(sarif.render, results))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    every = load_rules()
    assert [r["id"] for r in rules] == [r.code for r in every]
    for descriptor, rule in zip(rules, every, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["help"]["text"] == descriptor["help"]["markdown"] == explain(rule)
        assert descriptor["help"]["markdown"].startswith(f"# {rule.code} {rule.name}\n")
        assert descriptor["shortDescription"]["text"] == f"{rule.summary}."
    pages = "https://github.com/newslint/newslint/blob/main/docs/rules/"
    no_lang = next(r for r in rules if r["id"] == "NL101")
    assert no_lang["helpUri"] == f"{pages}NL101.md"
    assert "wcag311" in no_lang["properties"]["tags"]
    for link in (
        "(https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html)",
        "(https://dequeuniversity.com/rules/axe/4.14/html-has-lang)",
    ):
        assert link in no_lang["help"]["text"]
    crashed = next(r for r in rules if r["id"] == "NL901")
    assert crashed["helpUri"] == f"{pages}README.md"


def test_sarif_results_have_regions_rule_indexes_and_safe_fixes(results):
    run_ = json.loads(_render(sarif.render, results))["runs"][0]
    report = build_report(results)
    expected = [(f.path, g) for f in report.files for g in f.findings]
    assert len(run_["results"]) == len(expected) == 3
    rules = run_["tool"]["driver"]["rules"]
    for result, (path, f) in zip(run_["results"], expected, strict=True):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": path, "uriBaseId": "%SRCROOT%"}
        region = location["region"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            f.line,
            f.column,
            f.end_line,
            f.end_column,
        )
        assert region["snippet"]["text"] == f.excerpt
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == f.code
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[f.severity]
        assert f.message in result["message"]["text"]
    misspelt, no_lang, across = run_["results"]
    [fix] = misspelt["fixes"]
    [change] = fix["artifactChanges"]
    [replacement] = change["replacements"]
    assert replacement["insertedContent"] == {"text": "Deir ez-Zor"}
    assert replacement["deletedRegion"] == {"startLine": 2, "startColumn": 17, "endLine": 2, "endColumn": 29}
    assert "fixes" not in no_lang  # adding lang needs a person to choose the language
    assert across["ruleId"] == "NL204"  # settled across the run, reported like any other finding
    assert "articles in this run write 'Deir ez-Zor'" in across["message"]["text"]


def test_sarif_reports_unlintable_files_as_notifications(results):
    invocation = json.loads(_render(sarif.render, results))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["message"]["text"].startswith("broken.html: ")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.html"


def test_sarif_fingerprints_survive_lines_inserted_above(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(STORY)
    before = json.loads(_render(sarif.render, [o.result for o in run(["story.html"], Job())]))
    Path("story.html").write_text("<p>A new first paragraph, the agency said.</p>\n" + STORY)
    after = json.loads(_render(sarif.render, [o.result for o in run(["story.html"], Job())]))
    [old], [new] = before["runs"][0]["results"], after["runs"][0]["results"]
    assert new["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert old["partialFingerprints"] == new["partialFingerprints"]


def test_markdown_has_counts_and_one_escaped_row_per_finding(results):
    text = _render(markdown.render, results)
    assert text.startswith("## newslint\n\n3 findings (1 error, 2 warnings) in 6 files; 1 file could not be linted.\n")
    assert "| accessibility | 1 |\n| transliteration | 2 |" in text
    assert "| story.html | 2:17 | NL201 inconsistent-transliteration | warning |" in text
    assert text.count("\n| ") == 2 + 3 + 2  # category rows with header, finding rows, findings header + rule
    assert "- broken.html: " in text
    limited = markdown.report(results, limit=1)
    assert "…and 2 more findings (see the full report)." in limited
    assert "page.html" not in limited.split("Could not be linted")[0]


def test_markdown_cells_keep_pipes_and_markup_inside():
    finding = Finding("NL201", "x", "transliteration", "warning", "a | b <i>", 0, 1, Suggestion("use `c`"))
    text = markdown.report([FileResult("a.html", "fragment", None, [finding])])
    assert "| a \\| b \\<i\\> | use \\`c\\` |" in text


def test_markdown_for_a_clean_run():
    assert markdown.report([FileResult("a.html", "fragment")]) == "## newslint\n\nNo findings in 1 file.\n"


def test_junit_has_a_suite_per_file_and_a_failure_per_finding(results):
    root = ET.fromstring(_render(junit.render, results))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "3", "1")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert list(suites) == [r.path for r in results]
    [case] = suites["story.html"].iter("testcase")
    failure = case.find("failure")
    assert case.get("name") == "NL201 inconsistent-transliteration at 2:17"
    assert failure is not None and failure.get("type") == "warning"
    assert failure.text.startswith("story.html:2:17: NL201 [warning] 'Deir al-Zour' spells")
    assert suites["across/a.html"].find("testcase/failure") is None
    assert suites["broken.html"].find("testcase/error") is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_clean_run_and_an_empty_one(fmt):
    for results in ([], [FileResult("a.html", "fragment")]):
        out = io.StringIO()
        renderer(fmt)(results, out)
        if fmt == "github" or (fmt == "jsonl" and not results):
            assert out.getvalue() == ""  # nothing to annotate, no line to write
        else:
            assert out.getvalue().strip()


@pytest.mark.parametrize("fmt", ["github", "sarif", "markdown", "junit", "html"])
def test_the_command_line_writes_each_format(tmp_path, fmt):
    (tmp_path / "story.html").write_text(STORY)
    run_ = newslint("check", "story.html", "--format", fmt, "--output", f"report.{fmt}", cwd=tmp_path)
    assert (run_.returncode, run_.stdout, run_.stderr) == (1, "", "")
    assert "NL201" in (tmp_path / f"report.{fmt}").read_text()


class _Archive(Sequence[FileResult]):
    """Results made as they are read, as a large run reads them back from disk: none is held."""

    def __init__(self, files: int) -> None:
        self.files = files

    def __len__(self) -> int:
        return self.files

    def __getitem__(self, i):  # the formats read a run in one pass, never by index
        raise AssertionError("read by index")

    def __iter__(self) -> Iterator[FileResult]:
        for i in range(self.files):
            findings = []
            for line in range(1, 6):
                f = Finding(
                    *("NL201", "inconsistent-transliteration", "transliteration", "warning"),
                    f"'Raqqah' spells the same place as 'Raqqa' (line {line})",
                    *(10, 16, Suggestion("Use 'Raqqa' throughout", "Raqqa", True)),
                )
                f.line = f.end_line = line
                f.column, f.end_column, f.excerpt = 3, 9, "Raqqah"
                findings.append(f)
            error = "not valid UTF-8 at byte offset 3" if i % 50 == 7 else None
            yield FileResult(f"desk/{i:05d}.html", "fragment", error, [] if error else findings)


class _Sink(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


def _peak(render, files: int) -> int:
    tracemalloc.start()
    try:
        render(_Archive(files), _Sink())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_large_run_in_flat_memory(fmt):
    render = renderer(fmt)
    render(_Archive(20), _Sink())  # imports and tables built on first use
    small, large = _peak(render, 100), _peak(render, 1000)
    assert large < 1.5 * small + 100_000, (small, large)
