"""Files, names, baselines and configs a run does not expect: one line naming the file and the reason, exit 2,
and every other file still linted and reported."""

import errno
import json
import os
import subprocess
from pathlib import Path

import pytest
from test_cli import newslint

from newslint.cli.main import main
from newslint.run import atomic_write

STORY = "<p>The siege of Deir\vez-Zor had lasted three years.</p>\n"  # NL513: on by default, fixable
REPORTS = ["text", "json", "jsonl", "junit", "html", "sarif", "github", "markdown"]


def _no_traceback(run: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in run.stderr and "Error:" not in run.stderr, run.stderr


def test_a_symlink_loop_in_a_folder_is_a_one_line_error(tmp_path):
    (tmp_path / "story.html").write_text(STORY)
    (tmp_path / "a.html").symlink_to("b.html")
    (tmp_path / "b.html").symlink_to("a.html")
    (tmp_path / "self").symlink_to(".")
    run = newslint("check", "--format", "json", ".", cwd=tmp_path)
    _no_traceback(run)
    assert run.returncode == 2
    assert run.stderr.splitlines() == ["a.html: error: a symlink loop", "b.html: error: a symlink loop"]
    report = json.loads(run.stdout)
    assert [(f["path"], bool(f["findings"])) for f in report["files"]] == [
        ("a.html", False),
        ("b.html", False),
        ("story.html", True),
    ]
    named = newslint("check", "a.html", cwd=tmp_path)
    assert (named.returncode, named.stdout.splitlines()[0]) == (2, "a.html: error: a symlink loop")


@pytest.mark.parametrize("fmt", REPORTS)
def test_a_file_name_that_is_not_utf8_is_a_one_line_error_in_every_report(tmp_path, fmt):
    folder = os.fsencode(tmp_path / "archive")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.html"), "w") as f:
        f.write(STORY)
    (tmp_path / "archive" / "story.html").write_text(STORY)
    run = newslint("check", "--format", fmt, "archive", cwd=tmp_path)
    _no_traceback(run)
    assert run.returncode == 2
    error = "archive/caf\\xe9.html: error: its name is not valid UTF-8: no report can name it (rename the file)"
    assert error in (run.stdout if fmt == "text" else run.stderr).splitlines()
    assert "story.html" in run.stdout
    if fmt == "json":
        paths = [(f["path"], f["error"] is None) for f in json.loads(run.stdout)["files"]]
        assert paths == [("archive/caf\\xe9.html", False), ("archive/story.html", True)]


def test_a_named_path_that_is_not_utf8_is_shown_escaped_with_its_own_error(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "w") as f:
        f.write(STORY)
    (tmp_path / "story.html").write_text(STORY)
    names = [os.fsdecode(b"caf\xe9.txt"), os.fsdecode(b"gone\xe9.html"), "story.html"]
    run = newslint("check", "--format", "json", *names, cwd=tmp_path)
    _no_traceback(run)
    assert run.returncode == 2
    files = [(f["path"], f["error"]) for f in json.loads(run.stdout)["files"]]
    assert files[0][0] == "caf\\xe9.txt" and files[0][1].startswith("not an HTML file")
    assert files[1:] == [("gone\\xe9.html", "no such file or directory"), ("story.html", None)]


def _baseline_run(tmp_path: Path, baseline: str) -> subprocess.CompletedProcess:
    (tmp_path / "story.html").write_text(STORY)
    (tmp_path / "baseline.json").write_text(baseline)
    run = newslint("check", "--baseline", "baseline.json", "story.html", cwd=tmp_path)
    _no_traceback(run)
    return run


ENTRY = '{"version": 1, "findings": [{"path": "story.html", "code": "NL513", "excerpt": "", "count": COUNT}]}'


@pytest.mark.parametrize(
    ("baseline", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"version": 1, "findings": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"version": 1e400, "findings": []}', "1e400 is not a count"),
        (ENTRY.replace("COUNT", "1e400"), "1e400 is not a count"),
        (ENTRY.replace("COUNT", "-1"), "not path, code and excerpt with a count"),
        (ENTRY.replace("COUNT", "NaN"), "NaN is not a count"),
    ],
)
def test_a_hostile_baseline_is_a_one_line_error(tmp_path, baseline, reason):
    run = _baseline_run(tmp_path, baseline)
    assert run.returncode == 2
    assert run.stderr.startswith("newslint: error: baseline.json: not a newslint baseline (") and reason in run.stderr
    assert len(run.stderr.splitlines()) == 1


def test_a_well_formed_baseline_still_hides_what_it_recorded(tmp_path):
    recorded = '{"version": 1, "findings": [{"path": "story.html", "code": "NL513", "excerpt": "", "count": 1}]}'
    assert _baseline_run(tmp_path, recorded).returncode == 0


DEEP_TOML = "select = " + "[" * 100_000 + "]" * 100_000 + "\n"


def test_a_config_nested_too_deeply_is_a_one_line_error(tmp_path):
    (tmp_path / "deep.toml").write_text(DEEP_TOML)
    (tmp_path / "story.html").write_text(STORY)
    named = newslint("check", "--config", "deep.toml", "story.html", cwd=tmp_path)
    _no_traceback(named)
    assert named.returncode == 2
    assert named.stderr == "newslint: error: deep.toml: invalid TOML: arrays or tables nested too deeply\n"
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "newslint.toml").write_text("x = " + "{a = " * 100_000 + "}" * 100_000 + "\n")
    (tmp_path / "site" / "page.html").write_text(STORY)
    found = newslint("check", "site", "story.html", cwd=tmp_path)
    _no_traceback(found)
    assert found.returncode == 2
    lines = found.stdout.splitlines()
    assert lines[0].startswith("site/page.html: error: ") and lines[0].endswith("nested too deeply")
    assert lines[1].startswith("story.html:1:21: NL513")


@pytest.mark.parametrize("label", ["hex", "base64", "rot13", "zlib", "punycode", "ibm037"])
def test_a_python_codec_named_as_charset_is_ignored_as_browsers_do(tmp_path, label):
    (tmp_path / "story.html").write_text(f'<meta charset="{label}">\n{STORY}')
    run = newslint("check", "story.html", cwd=tmp_path)
    _no_traceback(run)
    assert run.returncode == 1 and run.stdout.startswith("story.html:2:21: NL513")


def test_a_full_disk_while_writing_the_baseline_keeps_the_old_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(STORY)
    assert main(["check", "--no-cache", "--write-baseline", "baseline.json", "story.html"]) == 1
    old = Path("baseline.json").read_bytes()
    Path("other.html").write_text(STORY)
    capsys.readouterr()
    written = atomic_write._write_all

    def fail_half_way(fd: int, data: bytes) -> None:
        written(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write, "_write_all", fail_half_way)
    assert main(["check", "--no-cache", "--write-baseline", "baseline.json", "story.html", "other.html"]) == 2
    err = capsys.readouterr().err
    assert err == "newslint: error: --write-baseline baseline.json: No space left on device\n"
    assert Path("baseline.json").read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json", "other.html", "story.html"]


def test_the_baseline_is_written_through_a_symlink_and_keeps_its_mode(tmp_path):
    (tmp_path / "story.html").write_text(STORY)
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "baseline.json").write_text("{}")
    os.chmod(tmp_path / "ci" / "baseline.json", 0o640)
    (tmp_path / "baseline.json").symlink_to(Path("ci") / "baseline.json")
    run = newslint("check", "--write-baseline", "baseline.json", "story.html", cwd=tmp_path)
    assert run.returncode == 1 and (tmp_path / "baseline.json").is_symlink()
    assert json.loads((tmp_path / "ci" / "baseline.json").read_text())["findings"][0]["code"] == "NL513"
    assert (tmp_path / "ci" / "baseline.json").stat().st_mode & 0o777 == 0o640


def test_fix_goes_on_past_a_file_it_cannot_write(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for name in ("a.html", "b.html", "c.html"):
        Path(name).write_text(STORY)
    create = atomic_write._create_temp

    def refuse_b(target: Path) -> tuple[int, Path]:
        if target.name == "b.html":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target.parent))
        return create(target)

    monkeypatch.setattr(atomic_write, "_create_temp", refuse_b)
    assert main(["check", "--fix", "--no-cache", "--format", "junit", "a.html", "b.html", "c.html"]) == 2
    out = capsys.readouterr()
    assert out.err.splitlines() == ["Fixed 2 findings.", "b.html: error: not fixed: Permission denied"]
    assert 'errors="1"' in out.out
    assert [Path(n).read_text() == STORY for n in ("a.html", "b.html", "c.html")] == [False, True, False]
