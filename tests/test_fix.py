"""--fix and --diff: only the fixed spans change, atomically, idempotently."""

import codecs
import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import newslint

from newslint.cli.main import main
from newslint.document.reading import InputError, decode
from newslint.run import atomic_write
from newslint.run.fix import write_fixed

STORY = (
    "<p>Fighters reached Deir ez-Zor on Monday.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years.</p>\n"
    "<p>Deir ez-Zor province borders Iraq.</p>\n"
)


def test_fix_replaces_only_the_span_and_is_idempotent(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    os.chmod(story, 0o640)
    run = newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert run.returncode == 0, run.stdout
    assert run.stdout == "All clear: no findings in 1 file.\n"
    assert run.stderr == "Fixed 1 finding.\n"
    assert story.read_text() == STORY.replace("Deir al-Zour", "Deir ez-Zor")
    assert stat.S_IMODE(story.stat().st_mode) == 0o640
    again = newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    assert story.read_text() == STORY.replace("Deir al-Zour", "Deir ez-Zor")
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]


def test_a_name_broken_across_lines_is_fixed_and_one_with_an_entity_is_left_alone(tmp_path):
    story = tmp_path / "story.html"
    original = (
        "<p>Fighters reached Deir ez-Zor on Monday.</p>\n"
        "<p>The siege of Deir\n  al-Zour had lasted three years, and Deir&#160;al-Zour was\nquiet.</p>\n"
        "<p>Deir ez-Zor province and Deir\nez-Zor city border Iraq.</p>\n"
    )
    story.write_text(original)
    run = newslint("check", "--fix", "story.html", cwd=tmp_path)
    fixed = original.replace("Deir\n  al-Zour", "Deir ez-Zor")
    assert story.read_text() == fixed
    assert run.stderr == "Fixed 1 finding.\n"
    assert "story.html:2:57: NL201" in run.stdout
    again = newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert again.stderr == "" and story.read_text() == fixed


def test_fix_keeps_crlf_bom_and_every_other_byte(tmp_path):
    story = tmp_path / "story.html"
    original = codecs.BOM_UTF8 + STORY.replace("\n", "\r\n").encode()
    story.write_bytes(original)
    newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert story.read_bytes() == original.replace(b"Deir al-Zour", b"Deir ez-Zor")


def test_diff_prints_the_fix_and_changes_nothing(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    run = newslint("check", "--diff", "story.html", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout.splitlines()[:2] == ["--- a/story.html", "+++ b/story.html"]
    assert "-<p>The siege of Deir al-Zour had lasted three years.</p>" in run.stdout
    assert "+<p>The siege of Deir ez-Zor had lasted three years.</p>" in run.stdout
    assert story.read_text() == STORY


def test_a_file_changed_since_it_was_read_is_not_written(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    source = decode(story.read_bytes())
    story.write_text(STORY + "<p>An editor added this meanwhile.</p>\n")
    with pytest.raises(InputError, match="the file changed while it was being linted"):
        write_fixed(story, source, source.text.replace("al-Zour", "ez-Zor"))
    assert story.read_text().endswith("meanwhile.</p>\n")


def test_a_file_named_twice_and_inside_a_named_folder_is_fixed_once(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    others = [tmp_path / f"other-{n}.html" for n in range(10)]  # enough files for parallel workers
    for other in others:
        other.write_text("<p>Nothing to fix.</p>\n")
    run = newslint("check", "--fix", "--jobs", "2", str(story), str(tmp_path), f"{tmp_path}/./story.html")
    assert "changed while it was being linted" not in run.stdout + run.stderr
    assert "Fixed 1 finding" in run.stdout + run.stderr
    assert story.read_text() == STORY.replace("al-Zour", "ez-Zor")
    assert newslint("check", "--format", "json", str(story), str(story)).stdout.count('"path"') == 1


def test_unsafe_suggestions_are_not_applied(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html>\n<html>\n<head><title>t</title></head>\n<body><p>Text.</p></body>\n</html>\n")
    before = page.read_bytes()
    run = newslint("check", "--fix", "--select", "NL101", "page.html", cwd=tmp_path)
    assert run.returncode == 1
    assert page.read_bytes() == before


RUN_ON = "<p>Crews restored power by the afternoon.The governor said no one was hurt.</p>\n"


def test_unsafe_fixes_are_applied_only_when_asked_for(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(RUN_ON)
    listed = newslint("check", "--select", "NL544", "story.html", cwd=tmp_path)
    assert "(fixable with --fix --unsafe-fixes)" in listed.stdout
    assert listed.stdout.rstrip().endswith("; 1 fixable with --fix --unsafe-fixes.")
    assert newslint("check", "--fix", "--select", "NL544", "story.html", cwd=tmp_path).returncode == 1
    assert story.read_text() == RUN_ON
    diff = newslint("check", "--diff", "--unsafe-fixes", "--select", "NL544", "story.html", cwd=tmp_path)
    assert "+<p>Crews restored power by the afternoon. The governor" in diff.stdout and story.read_text() == RUN_ON
    run = newslint("check", "--fix", "--unsafe-fixes", "--select", "NL544", "story.html", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert story.read_text() == RUN_ON.replace("afternoon.The", "afternoon. The")


def test_unsafe_fixes_without_fix_or_diff_is_a_usage_error(tmp_path):
    (tmp_path / "story.html").write_text(RUN_ON)
    run = newslint("check", "--unsafe-fixes", "story.html", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.strip() == "newslint: error: --unsafe-fixes goes with --fix or --diff"


def test_baseline_hides_recorded_findings_even_after_lines_move(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    run = newslint("check", "story.html", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert run.stderr == "Recorded 1 finding in baseline.json.\n"
    story.write_text("<p>A new first paragraph, with nothing wrong in it.</p>\n" + STORY)
    quiet = newslint("check", "story.html", "--baseline", "baseline.json", cwd=tmp_path)
    assert (quiet.returncode, quiet.stdout) == (0, "All clear: no findings in 1 file.\n")
    story.write_text(STORY + "<p>Deir al-Zour was quiet on Tuesday.</p>\n")
    new = newslint("check", "story.html", "--baseline", "baseline.json", cwd=tmp_path)
    assert new.returncode == 1
    assert new.stdout.startswith("story.html:4:4: NL201")


def test_a_broken_baseline_is_a_one_line_error(tmp_path):
    (tmp_path / "story.html").write_text(STORY)
    (tmp_path / "baseline.json").write_text("[1, 2]")
    run = newslint("check", "story.html", "--baseline", "baseline.json", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.startswith("newslint: error: baseline.json: not a newslint baseline")


# Identity, encodings and failures: what --fix writes is the file's own bytes with the spans changed, into
# the same file, or nothing at all.

FIXED = STORY.replace("al-Zour", "ez-Zor")


def test_a_charset_browsers_never_use_is_ignored_and_fix_keeps_the_markup(tmp_path):
    story = tmp_path / "story.html"
    original = '<html><head><meta charset="ibm037"></head><body>\n' + STORY + "</body></html>\n"
    story.write_text(original)
    run = newslint("check", "--fix", "--select", "NL2", "story.html", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert story.read_text() == original.replace("al-Zour", "ez-Zor")


def test_a_file_that_does_not_encode_back_to_its_bytes_is_not_fixed(tmp_path):
    story = tmp_path / "story.html"
    # Shift_JIS 0x87 0x90 reads as U+2252, which encodes back as 0x81 0xE0: a fix would change those bytes too.
    original = b'<meta charset="shift_jis">\n' + STORY.encode() + b"<p>\x87\x90</p>\n"
    story.write_bytes(original)
    run = newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert run.returncode == 2
    assert "story.html: error: not fixed: its cp932 text does not encode back to the same bytes" in run.stdout
    assert story.read_bytes() == original
    diff = newslint("check", "--diff", "story.html", cwd=tmp_path)
    assert (diff.returncode, diff.stdout) == (2, "") and "does not encode back" in diff.stderr


def test_a_fix_the_files_encoding_cannot_hold_is_not_written(tmp_path):
    story = tmp_path / "story.html"
    mojibake = "The mayor of Ba\u00c5\u0178ur and K\u00c3\u00b6ln said."  # 'ş' and 'ö' read as windows-1252
    original = f'<meta charset="iso-8859-1"><p>{mojibake}</p>\n'.encode("cp1252")
    story.write_bytes(original)
    run = newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert run.returncode == 2
    assert "story.html: error: not fixed: cp1252 cannot hold 'ş', which a fix writes" in run.stdout
    assert story.read_bytes() == original


def test_fix_writes_through_a_symlink_and_keeps_the_link(tmp_path):
    (tmp_path / "archive").mkdir()
    target = tmp_path / "archive" / "story.html"
    target.write_text(STORY)
    link = tmp_path / "story.html"
    link.symlink_to(Path("archive") / "story.html")
    run = newslint("check", "--fix", "story.html", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("archive") / "story.html")
    assert target.read_text() == FIXED
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["archive", "story.html", "story.html"]


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_fix_keeps_the_owner_and_group(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    os.chown(story, 4321, 8765)
    os.chmod(story, 0o664)
    assert newslint("check", "--fix", "story.html", cwd=tmp_path).returncode == 0
    st = story.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4321, 8765, 0o664)
    assert story.read_text() == FIXED


def test_a_read_only_file_is_refused_with_a_one_line_note(tmp_path):
    story = tmp_path / "story.html"
    other = tmp_path / "other.html"
    story.write_text(STORY)
    other.write_text(STORY)
    os.chmod(story, 0o444)
    run = newslint("check", "--fix", "story.html", "other.html", cwd=tmp_path)
    assert run.returncode == 2
    assert "story.html: error: not fixed: the file is read-only" in run.stdout.splitlines()
    assert story.read_text() == STORY and stat.S_IMODE(story.stat().st_mode) == 0o444
    assert other.read_text() == FIXED


def test_hard_links_all_see_the_fix(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    os.link(story, tmp_path / "copy.htm")
    inode = story.stat().st_ino
    assert newslint("check", "--fix", "story.html", cwd=tmp_path).returncode == 0
    assert story.stat().st_ino == inode and story.stat().st_nlink == 2
    assert (tmp_path / "copy.htm").read_text() == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.htm", "story.html"]


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up half way through the next file written (putting old bytes back still fits)."""
    written = atomic_write._write_all

    def fail_half_way(fd: int, data: bytes) -> None:
        monkeypatch.setattr(atomic_write, "_write_all", written)
        written(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write, "_write_all", fail_half_way)


@pytest.mark.parametrize("links", [1, 2])
def test_a_full_disk_leaves_the_file_as_it_was_and_the_run_goes_on(tmp_path, monkeypatch, capsys, links):
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(STORY)
    Path("other.html").write_text(UNFIXABLE)
    if links == 2:
        os.link("story.html", "copy.html")
    full_disk(monkeypatch)
    both = ["story.html", "other.html"]
    code = main(["check", "--fix", "--no-cache", "--extend-select", "NL3", "--format", "json", *both])
    out = capsys.readouterr()
    assert code == 2
    assert out.err.splitlines() == ["story.html: error: not fixed: No space left on device"]
    report = json.loads(out.out)
    assert [(f["path"], f["error"]) for f in report["files"]] == [
        ("story.html", "not fixed: No space left on device"),
        ("other.html", None),
    ]
    assert report["files"][1]["findings"]
    assert Path("story.html").read_text() == STORY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.html", "other.html", "story.html"][2 - links :]
    assert main(["check", "--fix", "--no-cache", "story.html"]) == 0 and Path("story.html").read_text() == FIXED


def test_a_folder_it_cannot_write_in_is_a_one_line_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(STORY)

    def refused(target: Path) -> tuple[int, Path]:  # what creating a file in a folder without write permission gives
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target.parent))

    monkeypatch.setattr(atomic_write, "_create_temp", refused)
    assert main(["check", "--fix", "--no-cache", "story.html"]) == 2
    assert "story.html: error: not fixed: Permission denied" in capsys.readouterr().out
    assert Path("story.html").read_text() == STORY


UNFIXABLE = "<p>About 60 percent of the city is held by the army.</p>\n"
CONTROLS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r", ""])
def test_a_diff_applies_with_git_apply_and_gives_what_fix_writes(tmp_path, ending):
    body = "".join(f"<p>Before {c} after Deir al-Zour.</p>{ending}" for c in CONTROLS)
    original = f"<html><head><title>T</title></head><body>{ending}{body}<p>last</p>".encode()
    for name in ("diffed", "fixed"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.html").write_bytes(original)
    command = [sys.executable, "-m", "newslint", "check", "--no-cache", "story.html"]
    diff = subprocess.run([*command, "--diff"], capture_output=True, cwd=tmp_path / "diffed")
    assert diff.returncode == 1 and diff.stdout.startswith(b"--- a/story.html\n+++ b/story.html\n")
    assert (tmp_path / "diffed" / "story.html").read_bytes() == original
    subprocess.run([*command, "--fix"], capture_output=True, cwd=tmp_path / "fixed")
    subprocess.run(["git", "apply", "-"], input=diff.stdout, cwd=tmp_path / "diffed", check=True)
    fixed = (tmp_path / "fixed" / "story.html").read_bytes()
    assert fixed != original and (tmp_path / "diffed" / "story.html").read_bytes() == fixed


@pytest.mark.parametrize("named", ["./story.html", "ABSOLUTE"])
def test_a_diff_names_the_file_as_git_does(tmp_path, named):
    story = tmp_path / "story.html"
    story.write_text(STORY)
    path = str(story) if named == "ABSOLUTE" else named
    diff = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--diff", path], capture_output=True, cwd=tmp_path
    ).stdout
    assert diff.startswith(b"--- a/story.html\n+++ b/story.html\n")
    subprocess.run(["git", "apply", "-"], input=diff, cwd=tmp_path, check=True)
    assert story.read_text() == FIXED
