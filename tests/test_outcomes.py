"""A run's outcomes past the held limit are stored on disk and read back the same, adjusted alike."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES

from newslint.cli.main import main
from newslint.run import outcomes as outcomes_module
from newslint.run.runner import Job, run

ALONE = "<p>Fighters reached Deir al-Zour on Monday, a local commander said.</p>\n"
MAJORITY = "<p>Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"


@pytest.fixture
def archive(tmp_path, monkeypatch) -> Path:
    """Every bundled fixture, a set of articles where one spells a place unlike the others, a bad file."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "archive"
    shutil.copytree(FIXTURES, folder)
    for name, text in (("x1.html", MAJORITY), ("x2.html", MAJORITY), ("x3.html", ALONE)):
        (folder / name).write_text(text)
    (folder / "zz-broken.html").write_bytes(b"\x00\x01" * 8)
    return folder


def _snapshot(outcomes) -> list[tuple[str, str | None, list]]:
    return [(o.result.path, o.result.error, o.result.findings) for o in outcomes]


@pytest.mark.parametrize("jobs", [1, 2])
def test_stored_outcomes_read_back_as_the_held_ones(archive, monkeypatch, jobs):
    held = _snapshot(run([str(archive)], Job(), jobs))
    monkeypatch.setattr(outcomes_module, "HELD", 2)
    outcomes = run([str(archive)], Job(), jobs)
    assert outcomes._stored and len(outcomes._held) == 2  # most of the run went to disk
    assert _snapshot(outcomes) == held
    assert _snapshot(outcomes) == held  # a second read gives the same
    assert outcomes[-1].result.error and outcomes[len(outcomes) - 1].result.path.endswith("zz-broken.html")
    across = [o.result for o in outcomes if o.result.path.endswith("x3.html")]
    assert [f.code for f in across[0].findings] == ["NL204"]  # settled across held and stored files
    assert [f.code for f in outcomes[-4].result.findings] == []  # x1.html agrees with the set


def test_reports_and_exit_codes_do_not_change_when_outcomes_are_stored(archive, monkeypatch, capsys):
    def cli(*args: str) -> tuple[int, str, str]:
        code = main(["check", "--jobs", "1", "--no-cache", *args, "archive"])
        out = capsys.readouterr()
        return code, out.out, out.err

    formats = [("--format", name) for name in ("text", "json", "jsonl", "sarif", "github")]
    before = [cli(*flags) for flags in formats]
    assert before[0][0] == 2 and "NL204" in before[0][1]  # the broken file makes it exit 2
    monkeypatch.setattr(outcomes_module, "HELD", 1)
    assert [cli(*flags) for flags in formats] == before


def test_a_baseline_hides_the_same_findings_held_or_stored(archive, monkeypatch, capsys):
    (archive / "zz-broken.html").unlink()
    monkeypatch.setattr(outcomes_module, "HELD", 3)
    assert main(["check", "--jobs", "1", "--no-cache", "--write-baseline", "base.json", "archive"]) == 1
    (archive / "x4.html").write_text(ALONE.replace("Monday", "Tuesday"))
    capsys.readouterr()
    assert main(["check", "--jobs", "1", "--no-cache", "--baseline", "base.json", "archive"]) == 1
    shown = capsys.readouterr().out
    assert "x4.html" in shown and "x3.html" not in shown
    assert shown.count("NL") == 1  # only the new article's NL204, as it is also settled across files


@pytest.mark.parametrize(
    ("mode", "shows"),
    [
        ("--diff", "+++ "),
        ("--fix", "Fixed "),
        ("--format=json", '"summary"'),
        ("--format=sarif", '"results"'),
        ("--format=markdown", "| NL"),
        ("--format=html", "</main>"),
        ("--format=junit", "<testsuites"),
    ],
)
def test_diff_fix_and_reports_read_each_stored_outcome_once(archive, monkeypatch, capsys, mode, shows):
    shutil.copytree(archive, "pristine")  # --fix changes the files: the second run starts from the same ones

    def cli() -> tuple[int, str, str]:
        code = main(["check", "--jobs", "1", "--no-cache", mode, "archive"])
        out = capsys.readouterr()
        return code, out.out, out.err

    held = cli()
    assert held[0] == 2 and shows in held[1] + held[2]
    shutil.rmtree(archive)
    shutil.copytree("pristine", archive)
    reads: dict[int, int] = {}
    read = outcomes_module.Outcomes.__getitem__

    def counted(self, index):
        outcome = read(self, index)
        reads[index % len(self)] = reads.get(index % len(self), 0) + 1
        return outcome

    monkeypatch.setattr(outcomes_module, "HELD", 1)
    monkeypatch.setattr(outcomes_module.Outcomes, "__getitem__", counted)
    assert cli() == held
    assert len(reads) > 20 and set(reads.values()) == {1}
