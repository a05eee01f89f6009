"""--diff writes patches that apply: ``git apply`` turns each file into exactly what --fix writes,
on the fixtures and on files whose bytes make patches fragile (no final newline, CRLF, a BOM)."""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES
from test_cli import newslint

STORY = (
    "<p>Fighters reached Deir ez-Zor on Monday.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years.</p>\n"
    "<p>Deir ez-Zor province borders Iraq.</p>\n"
)
LAST_LINE_FIXED = "<p>Fighters reached Deir ez-Zor on Monday.</p>\n<p>The siege of Deir al-Zour ended.</p>"
CP1252 = (
    '<meta charset="windows-1252">\n<p>Caf\xe9s reopened in Deir ez-Zor on Monday.</p>\n'
    "<p>The siege of Deir al-Zour had lasted three years.</p>\n"
)

EDGE_FILES = {
    "no-final-newline.html": STORY.rstrip("\n").encode(),
    "fixed-on-the-last-line.html": LAST_LINE_FIXED.encode(),
    "crlf.html": STORY.replace("\n", "\r\n").encode(),
    "crlf-no-final-newline.html": LAST_LINE_FIXED.replace("\n", "\r\n").encode(),
    "bom.html": codecs.BOM_UTF8 + STORY.encode(),
    "bom-crlf-no-final-newline.html": codecs.BOM_UTF8 + LAST_LINE_FIXED.replace("\n", "\r\n").encode(),
    "form-feed-and-line-separator.html": STORY.replace("Monday.", "Monday.\x0c\u2028\x85").encode(),
    "lone-carriage-returns.html": STORY.replace("\n", "\r").encode(),
    "windows-1252.html": CP1252.encode("cp1252"),
    "with a space.html": STORY.encode(),
}


def _git_apply(patch: bytes, folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(folder.parent)}  # no repository around: plain files
    return subprocess.run(["git", "apply", "-"], input=patch, cwd=folder, capture_output=True, env=env, timeout=60)


def _diff_applies_as_fix_writes(folder: Path, tmp_path: Path, *flags: str) -> bytes:
    """The patch --diff prints for ``folder``, checked against what --fix writes; returns it."""
    patched, fixed = tmp_path / "patched", tmp_path / "fixed"
    shutil.copytree(folder, patched)
    shutil.copytree(folder, fixed)
    diff = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--diff", "--no-cache", "-q", *flags, "."],
        cwd=patched,
        capture_output=True,
        timeout=300,
    )
    assert diff.returncode in (0, 1), diff.stderr
    assert diff.stdout, "no fix to show"
    applied = _git_apply(diff.stdout, patched)
    assert applied.returncode == 0, applied.stderr.decode()
    newslint("check", "--fix", "--no-cache", "-q", *flags, ".", cwd=fixed)
    for path in sorted(fixed.rglob("*")):
        if path.is_file():
            rel = path.relative_to(fixed)
            assert (patched / rel).read_bytes() == path.read_bytes(), rel
    return diff.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("flags", [(), ("--unsafe-fixes",)])
def test_the_diff_of_the_fixtures_applies_and_equals_the_fix(tmp_path, flags):
    _diff_applies_as_fix_writes(FIXTURES, tmp_path, *flags)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_diff_of_fragile_files_applies_and_equals_the_fix(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, data in EDGE_FILES.items():
        (folder / name).write_bytes(data)
    patch = _diff_applies_as_fix_writes(folder, tmp_path)
    assert b"\n\\ No newline at end of file\n" in patch
    assert patch.count(b"+++ b/") == len(EDGE_FILES)
    assert "Cafés".encode("cp1252") in patch  # the file's own bytes, not a re-encoding


def test_a_fix_that_no_patch_can_show_is_an_error_naming_the_file(tmp_path):
    story = tmp_path / "utf16.html"
    story.write_bytes(codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    run = newslint("check", "--diff", "utf16.html", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == (
        "utf16.html: error: --diff cannot show a fix to a utf-16-le file as a text patch; --fix applies it\n"
    )
