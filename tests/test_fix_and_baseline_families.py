"""--fix, --diff and baselines on one page with findings from every family, not only spelling."""

from __future__ import annotations

import json

from test_cli import newslint

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Drones hit Deir ez-Zor - Daily Dispatch</title></head>
<body>
<main>
<article>
<h1>Drones hit Deir ez-Zor</h1>
<p>BEIRUT (AP) — Fighters reached Deir ez-Zor on Monday, a local commander said.</p>
<p>The siege of Deir al-Zour had lasted three years, residents told AP &amp;amp; AFP.</p>
<p></p>
<p>About 60 percent of the city is held by the army.</p>
<img src="drone.jpg" alt="image of drone">
<p>With reporting by AP and AFP</p>
</article>
</main>
</body>
</html>
"""
FIXED = (
    PAGE.replace("Deir al-Zour", "Deir ez-Zor")
    .replace("&amp;amp;", "&amp;")
    .replace("<p></p>", "")
    .replace('alt="image of drone"', 'alt="drone"')
)


def _codes(run) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for f in json.loads(run.stdout)["files"][0]["findings"]]


def _with_attribution(folder):
    (folder / "newslint.toml").write_text('select = ["ALL"]\n')  # attribution and NL531 are off by default


def test_the_page_has_findings_of_four_families(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    _with_attribution(tmp_path)
    found = _codes(newslint("check", "page.html", "--format", "json", cwd=tmp_path))
    assert found == [("NL201", 9), ("NL512", 9), ("NL531", 10), ("NL301", 11), ("NL144", 12)]


def test_diff_then_fix_apply_the_safe_fixes_of_every_family_once(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    _with_attribution(tmp_path)
    diff = newslint("check", "--diff", "page.html", cwd=tmp_path)
    assert diff.returncode == 1 and page.read_text() == PAGE
    removed = [line for line in diff.stdout.splitlines() if line.startswith("-<")]
    added = [line for line in diff.stdout.splitlines() if line.startswith("+<")]
    assert len(removed) == 3 and len(added) == 2  # the empty paragraph goes, its line stays blank
    fixed = newslint("check", "--fix", "--format", "json", "page.html", cwd=tmp_path)
    assert fixed.stderr == "Fixed 4 findings.\n"
    assert page.read_text() == FIXED
    assert _codes(fixed) == [("NL301", 11)]  # a figure's source is for a reporter to find
    again = newslint("check", "--fix", "page.html", cwd=tmp_path)
    assert again.stderr == "" and page.read_text() == FIXED


def test_a_baseline_keeps_every_family_hidden_when_lines_move_and_shows_what_is_new(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    _with_attribution(tmp_path)
    recorded = newslint("check", "page.html", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert recorded.stderr == "Recorded 5 findings in baseline.json.\n"
    moved = PAGE.replace("<article>\n", "<article>\n<p>An editor's note, added later, the desk said.</p>\n\n")
    moved = moved.replace("<p>About 60", "  <p>About 60")  # re-indented too
    page.write_text(moved)
    assert _codes(newslint("check", "page.html", "--format", "json", cwd=tmp_path))[0] == ("NL201", 11)
    hidden = newslint("check", "page.html", "--baseline", "baseline.json", cwd=tmp_path)
    assert (hidden.returncode, hidden.stdout) == (0, "All clear: no findings in 1 file.\n")
    page.write_text(moved.replace("</article>", "<p>Nearly 40 percent fled, and Deir al-Zour emptied.</p>\n</article>"))
    new = newslint("check", "page.html", "--baseline", "baseline.json", "--format", "json", cwd=tmp_path)
    assert new.returncode == 1
    assert _codes(new) == [("NL301", 16), ("NL201", 16)]  # a second 'Deir al-Zour' is new: counts are kept
