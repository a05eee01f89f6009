"""--fix and --diff: only the fixed spans change, atomically, idempotently."""

import codecs
import os
import stat

import pytest
from test_cli import newslint

from newslint.document.reading import InputError, decode
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
