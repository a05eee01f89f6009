"""The command line as users run it: real processes, real files, exit codes and one-line errors."""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import FIXTURES

from newslint.output.report import Report

UNSOURCED = "<p>About 60 percent of the city is held by the army.</p>\n"
CLEAN = "<p>The army holds about 60 percent of the city, the monitor said.</p>\n"


def newslint(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        env=env,
        timeout=120,
    )


@pytest.fixture
def stories(tmp_path):
    (tmp_path / "newslint.toml").write_text('extend-select = ["NL3"]  # attribution is off by default\n')
    (tmp_path / "a.html").write_text(UNSOURCED)
    (tmp_path / "b.html").write_text(CLEAN)
    return tmp_path


def test_text_report_lines_and_exit_code(stories):
    run = newslint("check", ".", cwd=stories)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[0] == "a.html:1:10: NL301 [warning] '60 percent' is stated without a source"
    assert lines[1].startswith("  suggestion: Say who gives this figure")
    assert lines[-1] == "Found 1 finding (1 warning) in 2 files."
    assert run.stderr == ""


def test_statistics_count_each_rule_as_the_json_report_does():
    counted = newslint("check", "--statistics", "--no-cache", str(FIXTURES))
    report = json.loads(newslint("check", "--format", "json", "--no-cache", str(FIXTURES)).stdout)
    findings = [(f["code"], file["path"]) for file in report["files"] for f in file["findings"]]
    rows = [line.split() for line in counted.stdout.splitlines()[:-1]]
    assert {row[1]: int(row[0]) for row in rows} == Counter(code for code, _ in findings)
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)
    nl201 = next(row for row in rows if row[1] == "NL201")
    assert nl201[2:6] == [
        "inconsistent-transliteration",
        "in",
        str(len({p for c, p in findings if c == "NL201"})),
        "files",
    ]
    assert counted.stdout.splitlines()[-1] == f"{len(findings)} findings in {len(report['files'])} files."
    assert counted.returncode == 1 and counted.stderr == ""
    refused = newslint("check", "--statistics", "--format", "json", str(FIXTURES))
    assert refused.returncode == 2 and refused.stderr.startswith("newslint: error: --statistics prints a table")


def test_clean_run_exits_zero(stories):
    run = newslint("check", "b.html", cwd=stories)
    assert (run.returncode, run.stdout) == (0, "All clear: no findings in 1 file.\n")


def test_fail_on_and_exit_zero(stories):
    assert newslint("check", "a.html", "--fail-on", "error", cwd=stories).returncode == 0
    assert newslint("check", "a.html", "--exit-zero", cwd=stories).returncode == 0


def test_json_report_follows_the_contract(stories):
    run = newslint("check", ".", "--format", "json", cwd=stories)
    report = Report.model_validate_json(run.stdout)
    assert [f.path for f in report.files] == ["a.html", "b.html"]
    (finding,) = report.files[0].findings
    assert finding.code == "NL301" and finding.category == "attribution"
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (1, 10, 1, 20)
    assert finding.refs.docs == "https://github.com/newslint/newslint/blob/main/docs/rules/NL301.md"
    assert report.summary.model_dump() == {
        "files": 2,
        "errors": 0,
        "findings": 1,
        "by_severity": {"warning": 1},
        "by_category": {"attribution": 1},
    }


def test_jsonl_gives_one_object_per_file(stories):
    run = newslint("check", ".", "--format", "jsonl", cwd=stories)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["path"], len(r["findings"])) for r in rows] == [("a.html", 1), ("b.html", 0)]


def test_output_file(stories):
    run = newslint("check", ".", "--format", "json", "--output", "report.json", cwd=stories)
    assert run.stdout == ""
    assert Report.model_validate_json((stories / "report.json").read_text()).summary.findings == 1


def test_stdin(stories):
    run = newslint("check", "-", stdin=UNSOURCED, cwd=stories)
    assert run.returncode == 1
    assert run.stdout.startswith("-:1:10: NL301")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (contains NUL bytes), not HTML text"),
        (
            "latin.html",
            b"<p>caf\xe9 au lait</p>",
            "not valid utf-8 at byte offset 6 (no charset declared, read as UTF-8)",
        ),
    ],
)
def test_bad_input_is_one_line_and_the_rest_is_still_linted(stories, name, content, reason):
    (stories / name).write_bytes(content)
    run = newslint("check", ".", cwd=stories)
    assert run.returncode == 2
    assert f"{name}: error: {reason}" in run.stdout.splitlines()
    assert "a.html:1:10: NL301" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_missing_path_is_reported_and_others_linted(stories):
    run = newslint("check", "nope.html", "a.html", cwd=stories)
    assert run.returncode == 2
    assert run.stdout.splitlines()[0] == "nope.html: error: no such file or directory"
    assert "a.html:1:10: NL301" in run.stdout


def test_empty_file_is_clean(stories):
    (stories / "empty.html").write_text("")
    assert newslint("check", "empty.html", cwd=stories).returncode == 0


def test_huge_pages_lint_and_deep_ones_are_reported_without_a_traceback(tmp_path):
    (tmp_path / "deep.html").write_text("<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000)
    # Numbered, so that no paragraph repeats another (NL530 rightly reports repeated paragraphs).
    paragraphs = (
        f"<p>Troops advanced on Monday, the ministry said in update {i}, and the monitor agreed.</p>\n"
        for i in range(280_000)
    )
    (tmp_path / "big.html").write_text(
        "<!DOCTYPE html><html lang='en'><title>t</title><body><main><h1>Big</h1>" + "".join(paragraphs)
    )
    assert (tmp_path / "big.html").stat().st_size > 20_000_000
    run = newslint("check", ".", cwd=tmp_path)
    assert run.returncode == 2, run.stdout + run.stderr  # the deep page could not be read whole
    assert "deep.html: error: not fully read: elements nested more than 256 deep (line 1)" in run.stdout
    assert "big.html" not in run.stdout, "the big page was linted, and clean"
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "--select", "NL777"],
            "newslint: error: unknown rule, family or category 'NL777' (see 'newslint rules')",
        ),
        (["check", "--format", "xml"], "newslint: error: argument --format: invalid choice: 'xml'"),
        (["check", "--jobs", "0"], "newslint: error: --jobs must be 1 or more"),
        (["check", "--config", "missing.toml"], "newslint: error: --config missing.toml: no such file"),
        (["rule", "NL777"], "newslint: error: unknown rule 'NL777' (see 'newslint rules')"),
        (["frobnicate"], "newslint: error: argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(stories, args, message):
    run = newslint(*args, cwd=stories)
    assert run.returncode == 2
    assert run.stderr.startswith(message)
    assert len(run.stderr.strip().splitlines()) == 1
    assert run.stdout == ""


def test_bad_config_is_one_line_naming_file_and_key(stories):
    (stories / "newslint.toml").unlink()  # the pyproject.toml is then the config found
    (stories / "pyproject.toml").write_text('[tool.newslint]\nselcet = ["NL3"]\n')
    run = newslint("check", ".", cwd=stories)
    assert run.returncode == 2
    assert "pyproject.toml: [tool.newslint] unknown key 'selcet'" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_version():
    run = newslint("--version")
    assert run.returncode == 0 and run.stdout.startswith("newslint 0.")


def test_rules_and_rule_explanations():
    listing = newslint("rules", "--format", "json")
    rules = json.loads(listing.stdout)
    assert {r["code"] for r in rules} >= {"NL101", "NL201", "NL301", "NL401", "NL501", "NL502", "NL901"}
    pages = Path(__file__).resolve().parents[1] / "docs" / "rules"
    for rule in rules:
        text = newslint("rule", rule["code"]).stdout
        assert text.startswith(f"# {rule['code']} {rule['name']}\n")
        for section in ("## What it does", "## Why it matters", "## How to fix", "## References"):
            assert section in text, (rule["code"], section)
        if rule["category"] != "internal":
            assert text == (pages / f"{rule['code']}.md").read_text(encoding="utf-8"), rule["code"]
    by_name = newslint("rule", "missing-page-language").stdout
    assert by_name == newslint("rule", "nl101").stdout
    assert (
        "| maps to | [WCAG 3.1.1](https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html), "
        "axe-core [`html-has-lang`](https://dequeuniversity.com/rules/axe/4.14/html-has-lang), "
        "ACT [b5c3f8](https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/) (same) |"
    ) in by_name


class _Pool:
    """Stands in for the process pool: records how many workers were asked for, lints in-process."""

    asked: ClassVar[list[int]] = []

    def __init__(self, max_workers: int) -> None:
        _Pool.asked.append(max_workers)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def map(self, fn, *iterables, chunksize=1):
        return map(fn, *iterables)


@pytest.mark.parametrize(("args", "workers"), [([], "cores"), (["--force-jobs"], 60)])
def test_jobs_past_the_cores_are_capped_unless_forced(tmp_path, monkeypatch, capsys, args, workers):
    import concurrent.futures

    from newslint.cli.main import main
    from newslint.run.runner import usable_cores

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _Pool)
    monkeypatch.setattr("newslint.run.runner.usable_cores", lambda: 2)
    _Pool.asked.clear()
    for i in range(60):  # 10,000 workers were 10,000 processes for 60 files: 3.3 GB
        (tmp_path / f"story{i}.html").write_text(f"<p>Story {i}.</p>")
    assert main(["check", "--jobs", "10000", "--no-cache", "--exit-zero", *args, str(tmp_path)]) == 0
    assert _Pool.asked == [2 if workers == "cores" else workers]
    notes = capsys.readouterr().err
    assert ("--jobs 10000 is more than the 2 usable cores; using 2 (--force-jobs to use more)" in notes) == (not args)
    assert usable_cores() >= 1


def test_fail_on_follows_the_nearest_config_of_each_file(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "newslint.toml").write_text('extend-select = ["NL3"]\nfail-on = "error"\n')
    (desk / "a.html").write_text(UNSOURCED)
    inside, above = newslint("check", "a.html", cwd=desk), newslint("check", "desk/a.html", cwd=tmp_path)
    assert (inside.returncode, above.returncode) == (0, 0), above.stdout
    assert "NL301 [warning]" in inside.stdout and "NL301 [warning]" in above.stdout
    # Each file is judged by its own config's fail-on: a strict folder beside the lenient one fails the run.
    strict = tmp_path / "strict"
    strict.mkdir()
    (strict / "newslint.toml").write_text('extend-select = ["NL3"]\nfail-on = "info"\n')
    (strict / "b.html").write_text(UNSOURCED)
    assert newslint("check", "desk", "strict", cwd=tmp_path).returncode == 1
    assert newslint("check", "desk", cwd=tmp_path).returncode == 0
    # --fail-on on the command line and an explicit --config apply to every file.
    assert newslint("check", "desk", "--fail-on", "warning", cwd=tmp_path).returncode == 1
    assert newslint("check", "desk", "strict", "--fail-on", "error", cwd=tmp_path).returncode == 0
    assert newslint("check", "strict", "--config", "desk/newslint.toml", cwd=tmp_path).returncode == 0


def test_ignore_and_extend_select_on_the_command_line_add_to_each_files_own(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "newslint.toml").write_text('extend-select = ["NL3"]\nignore = ["NL201"]\n')
    (desk / "a.html").write_text(UNSOURCED + "<p>Deir ez-Zor and Deir al-Zour.</p>\n")
    (tmp_path / "newslint.toml").write_text('ignore = ["NL4"]\n')
    for cwd, path in ((desk, "a.html"), (tmp_path, "desk/a.html")):
        run = newslint("check", path, "--ignore", "NL301", cwd=cwd)
        assert (run.returncode, run.stdout) == (0, "All clear: no findings in 1 file.\n"), (cwd, run.stdout)
        run = newslint("check", path, "--extend-select", "NL401", cwd=cwd)
        assert "NL301" in run.stdout and "NL201" not in run.stdout, (cwd, run.stdout)


@pytest.mark.parametrize("name", ["notes.txt", "README.md", "story"])
def test_a_named_file_that_is_not_html_is_refused_unless_kind_says_how_to_read_it(stories, name):
    (stories / name).write_text("# Drones hit Deir ez-Zor\n\nAbout 60 percent of the city is held by the army.\n")
    run = newslint("check", name, "a.html", cwd=stories)
    assert run.returncode == 2
    assert run.stdout.splitlines()[0] == (
        f"{name}: error: not an HTML file (*.html, *.htm, *.xhtml); "
        "name --kind page or --kind fragment to lint it as HTML"
    )
    assert "a.html:1:10: NL301" in run.stdout
    read = newslint("check", name, "--kind", "fragment", cwd=stories)
    assert read.returncode == 1 and f"{name}:" in read.stdout and " NL301 " in read.stdout, read.stdout


def test_a_named_folder_without_html_is_an_error(stories):
    (stories / "notes").mkdir()
    (stories / "notes" / "todo.md").write_text("Nothing here.\n")
    run = newslint("check", "notes", "a.html", cwd=stories)
    assert run.returncode == 2
    assert run.stdout.splitlines()[0] == "notes: error: no HTML files (*.html, *.htm) in this folder"
    assert "a.html:1:10: NL301" in run.stdout
    # A folder named twice, or one whose files another name already reached, is not empty.
    assert newslint("check", ".", ".", "a.html", cwd=stories).stdout.count("a.html:1:10") == 1
    assert newslint("check", ".", ".", cwd=stories).returncode == 1
    empty = newslint("check", cwd=stories / "notes")
    assert (empty.returncode, empty.stdout.splitlines()[0]) == (
        2,
        ".: error: no HTML files (*.html, *.htm) in this folder",
    )


def test_every_config_error_is_a_line_naming_file_and_key(stories):
    (stories / "newslint.toml").write_text('select = 3\nfail-on = "fatal"\nignore = ["NL777", "NL3", "nope"]\n')
    run = newslint("check", ".", cwd=stories)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.splitlines() == [
        'newslint: error: newslint.toml: select: a list of codes, e.g. ["NL3", "NL201"], not 3',
        'newslint: error: newslint.toml: fail-on: one of "error", "warning" or "info", not "fatal"',
    ]
    (stories / "newslint.toml").write_text('select = "NL3"\nignore = ["NL777", "NL3", "nope"]\n')
    run = newslint("check", ".", cwd=stories)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.splitlines() == [
        "newslint: error: newslint.toml: ignore: unknown rule, family or category 'NL777' (see 'newslint rules')",
        "newslint: error: newslint.toml: ignore: unknown rule, family or category 'nope' (see 'newslint rules')",
    ]
    # From the folder above, each file of the folder names the config and every problem in one line.
    above = newslint("check", stories.name, cwd=stories.parent)
    assert above.returncode == 2
    assert f"{stories.name}/a.html: error: {stories.name}/newslint.toml: ignore: unknown rule" in above.stdout
    assert "(see 'newslint rules'); ignore: unknown rule, family or category 'nope'" in above.stdout
