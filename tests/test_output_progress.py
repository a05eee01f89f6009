"""The progress bar: on a terminal, for runs over many files, on stderr; never otherwise."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.cli.progress import ProgressBar
from newslint.run.runner import Job, run

STORY = "<p>Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"


@pytest.fixture
def many(tmp_path) -> Path:
    for n in range(24):
        (tmp_path / f"story-{n:02}.html").write_text(STORY)
    return tmp_path


def test_the_bar_draws_in_place_and_erases_itself():
    out = io.StringIO()
    bar = ProgressBar(out, min_files=2)
    bar(1, 4)
    bar(4, 4)
    bar.close()
    assert out.getvalue() == (f"\r[{'#' * 7}{'-' * 23}] 1/4 files  25%\r[{'#' * 30}] 4/4 files 100%\r\x1b[K")


def test_short_runs_draw_nothing_and_redraws_are_throttled():
    out = io.StringIO()
    bar = ProgressBar(out)
    bar(1, 5)
    bar.close()
    assert out.getvalue() == ""
    bar = ProgressBar(out, min_files=2)
    for done in range(1, 100):
        bar(done, 100)
    assert out.getvalue().count("\r") == 1  # a hundred files in a blink: drawn once, not a hundred times


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_reports_each_finished_file(many, jobs):
    calls: list[tuple[int, int]] = []
    results = run([str(many)], Job(), jobs, lambda done, total: calls.append((done, total)))
    assert len(results) == 24
    assert calls == [(n, 24) for n in range(1, 25)]


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run newslint with stderr on a pseudo-terminal (stdout a pipe); returns (code, stdout, stderr)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        chunks.append(chunk)
    stdout = proc.stdout.read().decode() if proc.stdout else ""
    code = proc.wait(timeout=120)
    os.close(leader)
    return code, stdout, b"".join(chunks).decode()


def test_a_terminal_gets_a_bar_and_quiet_or_a_pipe_do_not(many):
    code, stdout, stderr = _on_a_terminal(["check", "--jobs", "1", "."], many)
    assert (code, stdout) == (0, "All clear: no findings in 24 files.\n")
    assert "] 24/24 files 100%" in stderr and stderr.endswith("\r\x1b[K")
    code, _, stderr = _on_a_terminal(["check", "--jobs", "1", "--quiet", "."], many)
    assert (code, stderr) == (0, "")
    piped = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--jobs", "1", "."], cwd=many, capture_output=True, text=True
    )
    assert (piped.returncode, piped.stderr) == (0, "")
