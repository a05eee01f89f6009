"""The GitHub Action: action.yml wires its inputs to ``python -m newslint.cli.action``, which is run here
against a simulated pull request (a temporary git repository and an event payload)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import textwrap
from pathlib import Path

import pytest
import yaml

from newslint.cli.action import Inputs, main

ROOT = Path(__file__).resolve().parents[1]
FAULTY = (
    "<p>BEIRUT (AP) — Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years, residents told AP.</p>\n"
)
CLEAN = FAULTY.replace("Deir al-Zour", "Deir ez-Zor")
ANNOTATION = (
    "::warning file=changed.html,line=2,endLine=2,col=17,endColumn=29,title=NL201::"
    "'Deir al-Zour' spells the same place as 'Deir ez-Zor' (line 1)."
)


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org"}
    env |= {"GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org"}
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, check=True).stdout.strip()


@pytest.fixture
def pull_request(tmp_path, monkeypatch):
    """A repository whose pull request changes one article, adds one, deletes one and leaves one faulty one alone."""
    repo = tmp_path / "site"
    (repo / "news").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "changed.html").write_text(CLEAN)
    (repo / "untouched-faulty.html").write_text(FAULTY)
    (repo / "deleted.html").write_text(FAULTY)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    base = _git(repo, "rev-parse", "HEAD")
    (repo / "changed.html").write_text(FAULTY)
    (repo / "news" / "added.htm").write_text(CLEAN)
    (repo / "notes.md").write_text("Not an article.\n")
    (repo / "deleted.html").unlink()
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "head")
    head = _git(repo, "rev-parse", "HEAD")
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps({"action": "synchronize", "pull_request": {"base": {"sha": base}, "head": {"sha": head}}})
    )
    monkeypatch.chdir(repo)
    env = {
        "GITHUB_EVENT_PATH": str(event),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "GITHUB_OUTPUT": str(tmp_path / "output.txt"),
    }
    return repo, env, (base, head)


def _outputs(env: dict[str, str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in Path(env["GITHUB_OUTPUT"]).read_text().splitlines())


def test_a_pull_request_gets_annotations_a_summary_and_sarif_for_its_changed_articles(pull_request, capsys):
    repo, env, _ = pull_request
    code = main({**env, "INPUT_FORMAT": "github,sarif", "INPUT_SARIF_FILE": "out/newslint.sarif"})
    stdout = capsys.readouterr().out
    assert code == 1
    assert ANNOTATION in stdout.splitlines()[0]
    assert "untouched-faulty.html" not in stdout and "deleted.html" not in stdout
    assert stdout.splitlines()[-1] == "newslint: 1 finding in 2 files (the lines this change touches); 0 already there."
    summary = Path(env["GITHUB_STEP_SUMMARY"]).read_text()
    assert summary.startswith("## newslint: the lines this change touches\n\n1 finding (1 warning) in 2 files.")
    assert "| changed.html | 2:17 | NL201 inconsistent-transliteration | warning |" in summary
    assert "Already there" not in summary
    assert _outputs(env) == {"sarif-file": "out/newslint.sarif", "findings": "1", "already-there": "0", "files": "2"}
    sarif = json.loads((repo / "out" / "newslint.sarif").read_text())
    [result] = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert (result["ruleId"], location["artifactLocation"]["uri"], location["region"]["startLine"]) == (
        "NL201",
        "changed.html",
        2,
    )


def test_fail_on_decides_the_exit_code(pull_request, capsys):
    _, env, _ = pull_request
    assert main({**env, "INPUT_FAIL_ON": "error"}) == 0
    assert main({**env, "INPUT_FAIL_ON": "never"}) == 0
    assert main({**env, "INPUT_FAIL_ON": "info"}) == 1
    assert not Path("newslint.sarif").exists()  # sarif only when asked


def test_without_the_fail_on_input_each_file_meets_its_own_configs(pull_request, capsys):
    repo, env, _ = pull_request
    (repo / "newslint.toml").write_text('fail-on = "error"\n')
    (repo / "news" / "newslint.toml").write_text('fail-on = "warning"\n')
    assert main(env) == 0  # changed.html's warning is under its config's fail-on
    faulty = "<p>Aid reached Deir ez-Zor on Friday.</p>\n<p>Roads out of Deir al-Zour reopened, officials said.</p>\n"
    (repo / "news" / "added.htm").write_text(faulty)  # a change in the working tree is a change too
    assert main(env) == 1  # news/added.htm's warning meets the stricter config beside it
    assert main({**env, "INPUT_PATHS": "."}) == main({**env, "INPUT_PATHS": "news"}) == 1
    assert main({**env, "INPUT_FAIL_ON": "error"}) == 0  # the input judges every file alike
    assert main({**env, "INPUT_CONFIG": "newslint.toml"}) == 0  # and so does one config for all
    capsys.readouterr()


@pytest.mark.parametrize("variable", [("INPUT_SCOPE", "all"), ("INPUT_ONLY_CHANGED", "false")])
def test_scope_all_lints_everything_under_paths(pull_request, capsys, variable):
    _, env, _ = pull_request
    main({**env, variable[0]: variable[1], "INPUT_PATHS": "."})
    out = capsys.readouterr().out
    assert "file=changed.html," in out and "file=untouched-faulty.html," in out
    assert out.splitlines()[-1] == "newslint: 2 findings in 3 files (every HTML file under .)."


def test_paths_narrow_the_changed_files(pull_request, capsys):
    _, env, _ = pull_request
    assert main({**env, "INPUT_PATHS": "news"}) == 0
    assert (
        capsys.readouterr().out == "newslint: 0 findings in 1 file (the lines this change touches); 0 already there.\n"
    )
    assert "No findings in 1 file." in Path(env["GITHUB_STEP_SUMMARY"]).read_text()


def test_a_push_event_uses_before_and_after(pull_request, tmp_path, capsys):
    _, env, (base, head) = pull_request
    push = tmp_path / "push.json"
    push.write_text(json.dumps({"before": base, "after": head}))
    assert main({**env, "GITHUB_EVENT_PATH": str(push)}) == 1
    assert "files (the lines this change touches)" in capsys.readouterr().out


def test_a_missing_base_commit_falls_back_to_every_file_with_a_warning(pull_request, tmp_path, capsys):
    _, env, (_, head) = pull_request
    shallow = tmp_path / "shallow.json"
    shallow.write_text(json.dumps({"pull_request": {"base": {"sha": "1" * 40}, "head": {"sha": head}}}))
    assert main({**env, "GITHUB_EVENT_PATH": str(shallow)}) == 1
    out = capsys.readouterr().out
    assert out.startswith("::warning title=newslint::cannot list the changed files")
    assert "fetch-depth: 0" in out
    assert "file=untouched-faulty.html," in out


def test_no_html_changed_is_a_clean_run_with_a_summary(pull_request, tmp_path, capsys):
    repo, env, (_, head) = pull_request
    (repo / "notes.md").write_text("Still not an article.\n")
    _git(repo, "commit", "-q", "-am", "notes")
    event = tmp_path / "notes.json"
    event.write_text(
        json.dumps({"pull_request": {"base": {"sha": head}, "head": {"sha": _git(repo, "rev-parse", "HEAD")}}})
    )
    assert main({**env, "GITHUB_EVENT_PATH": str(event)}) == 0
    assert "No files to lint" in Path(env["GITHUB_STEP_SUMMARY"]).read_text()
    assert _outputs(env) == {"findings": "0", "already-there": "0", "files": "0"}


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        ("INPUT_FAIL_ON", "sometimes", "fail_on"),
        ("INPUT_FORMAT", "xml", "format"),
        ("INPUT_ONLY_CHANGED", "maybe", "only_changed"),
        ("INPUT_SCOPE", "hunks", "scope"),
    ],
)
def test_a_bad_input_is_one_error_annotation(pull_request, capsys, variable, value, problem):
    _, env, _ = pull_request
    assert main({**env, variable: value}) == 2
    out = capsys.readouterr().out
    assert out.startswith("::error title=newslint::bad input: ") and problem in out
    assert len(out.splitlines()) == 1


def test_a_missing_config_file_is_an_error(pull_request, capsys):
    _, env, _ = pull_request
    assert main({**env, "INPUT_CONFIG": "newslint.toml"}) == 2
    assert capsys.readouterr().out == "::error title=newslint::config newslint.toml: no such file\n"


def test_action_yml_passes_every_input_to_the_script():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert {"paths", "config", "fail-on", "format", "scope", "only-changed"} <= set(action["inputs"])
    assert action["inputs"]["scope"]["default"] == "lines"
    [lint] = [step for step in action["runs"]["steps"] if step.get("id") == "lint"]
    assert lint["run"].endswith(" -m newslint.cli.action")
    for name in action["inputs"]:
        if name == "python-version":
            continue
        variable = f"INPUT_{name.upper().replace('-', '_')}"
        assert lint["env"][variable] == f"${{{{ inputs.{name} }}}}"
        assert name.replace("-", "_") in Inputs.model_fields
    for name, output in action["outputs"].items():
        assert output["value"] == f"${{{{ steps.lint.outputs.{name} }}}}"


OLD_ARTICLE = (ROOT / "fixtures" / "page-accessibility-faults.html").read_text()  # 7 findings, line 2 names them
OLD_LINES = [11, 14, 22, 33, 39, 41, 50]
NEW_PHOTO = '<img src="/media/2026/checkpoint.jpg" width="960" height="540">'


def _edit(text: str, line: int, old: str, new: str) -> str:
    lines = text.split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    return "\n".join(lines)


def _story_change(tmp_path: Path, monkeypatch, after: str) -> tuple[Path, dict[str, str]]:
    """A repository holding the old article, and a pull request that changes it to ``after``."""
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    (repo / "story.html").write_text(OLD_ARTICLE)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "the old article")
    base = _git(repo, "rev-parse", "HEAD")
    (repo / "story.html").write_text(after)
    _git(repo, "commit", "-q", "-am", "an edit")
    event = tmp_path / "event.json"
    head = _git(repo, "rev-parse", "HEAD")
    event.write_text(json.dumps({"pull_request": {"base": {"sha": base}, "head": {"sha": head}}}))
    monkeypatch.chdir(repo)
    env = {
        "GITHUB_EVENT_PATH": str(event),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "GITHUB_OUTPUT": str(tmp_path / "output.txt"),
    }
    return repo, env


def _annotations(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("::")]


def test_a_one_line_edit_to_an_old_article_annotates_and_fails_only_on_that_line(tmp_path, monkeypatch, capsys):
    after = _edit(OLD_ARTICLE, 37, "curfew.</p>", f"curfew.</p> {NEW_PHOTO}")  # a second photo without alt
    repo, env = _story_change(tmp_path, monkeypatch, after)
    assert main({**env, "INPUT_FORMAT": "github,sarif"}) == 1
    out = capsys.readouterr().out
    [annotation] = _annotations(out)
    assert annotation.startswith("::error file=story.html,line=37,endLine=37,col=")
    assert ",title=NL140::<img> has no alt attribute. Add" in annotation  # alone: not folded with the old photo
    assert out.splitlines()[-1] == "newslint: 1 finding in 1 file (the lines this change touches); 7 already there."
    assert _outputs(env) == {"sarif-file": "newslint.sarif", "findings": "1", "already-there": "7", "files": "1"}
    summary = Path(env["GITHUB_STEP_SUMMARY"]).read_text()
    changed, old = summary.split("\n## Already there\n")
    assert "1 finding (1 error) in 1 file." in changed and "| story.html | 37:" in changed
    assert "7 findings on lines this change does not touch were already there" in changed
    assert [int(row.split(" | ")[1].split(":")[0]) for row in old.splitlines() if row.startswith("| story.html")] == (
        OLD_LINES
    )
    # The SARIF holds every finding of the file, folded as the command line folds them, for code scanning.
    [run] = json.loads((repo / "newslint.sarif").read_text())["runs"]
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in run["results"]]
    assert lines == OLD_LINES
    [photo] = [r for r in run["results"] if r["ruleId"] == "NL140"]
    assert "1 more NL140 on this page: line 37" in photo["message"]["text"]


@pytest.mark.parametrize(
    "after",
    [
        _edit(OLD_ARTICLE, 31, "by phone", "by telephone"),
        _edit(OLD_ARTICLE, 43, "ahead of the winter", "before winter"),
        OLD_ARTICLE.replace(
            "        <p>The district has been cut off", "        <p hidden>The district has been cut off"
        ),
        "\n".join(line for n, line in enumerate(OLD_ARTICLE.split("\n"), 1) if n != 42),  # a line deleted
    ],
)
def test_a_clean_edit_to_an_old_article_passes_and_lists_its_findings_as_already_there(
    tmp_path, monkeypatch, capsys, after
):
    _, env = _story_change(tmp_path, monkeypatch, after)
    assert main(env) == 0
    out = capsys.readouterr().out
    assert _annotations(out) == []
    assert out.splitlines()[-1] == "newslint: 0 findings in 1 file (the lines this change touches); 7 already there."
    summary = Path(env["GITHUB_STEP_SUMMARY"]).read_text()
    assert summary.startswith("## newslint: the lines this change touches\n\nNo findings in 1 file.\n")
    assert "\n## Already there\n\n7 findings (5 errors, 2 warnings) in 1 file.\n" in summary


def test_scope_files_counts_every_finding_of_a_changed_file(tmp_path, monkeypatch, capsys):
    _, env = _story_change(tmp_path, monkeypatch, _edit(OLD_ARTICLE, 31, "by phone", "by telephone"))
    assert main({**env, "INPUT_SCOPE": "files"}) == 1
    out = capsys.readouterr().out
    assert [int(a.split(",line=")[1].split(",")[0]) for a in _annotations(out)] == OLD_LINES
    assert out.splitlines()[-1] == "newslint: 7 findings in 1 file (the HTML files this change touches)."
    assert "Already there" not in Path(env["GITHUB_STEP_SUMMARY"]).read_text()


def test_on_a_merge_commit_the_lines_are_the_pull_requests_as_merged(tmp_path, monkeypatch, capsys):
    """actions/checkout checks out the pull request merged into its base: the base branch moved on
    (three lines, one faulty, added above), so the pull request's line 37 is line 40 there."""
    repo, env = _story_change(tmp_path, monkeypatch, _edit(OLD_ARTICLE, 37, "curfew.</p>", f"curfew.</p> {NEW_PHOTO}"))
    event = json.loads(Path(env["GITHUB_EVENT_PATH"]).read_text())
    head = event["pull_request"]["head"]["sha"]
    _git(repo, "checkout", "-q", "-b", "later", event["pull_request"]["base"]["sha"])
    moved = _edit(OLD_ARTICLE, 9, "<header>", '<header>\n<p class="promo">Subscribe</p>\n<img src="/promo.png">\n')
    (repo / "story.html").write_text(moved)
    _git(repo, "commit", "-q", "-am", "the base branch moves on")
    event["pull_request"]["base"]["sha"] = _git(repo, "rev-parse", "HEAD")
    Path(env["GITHUB_EVENT_PATH"]).write_text(json.dumps(event))
    _git(repo, "checkout", "-q", "--detach")
    _git(repo, "merge", "-q", "--no-ff", "-m", "merge", head)
    assert (repo / "story.html").read_text().split("\n")[39].endswith(NEW_PHOTO)
    assert main(env) == 1
    out = capsys.readouterr().out
    [annotation] = _annotations(out)
    assert annotation.startswith("::error file=story.html,line=40,")
    assert out.splitlines()[-1].endswith("; 7 already there.")
    old = Path(env["GITHUB_STEP_SUMMARY"]).read_text().split("\n## Already there\n")[1]
    assert "| story.html | 11:" in old and "(1 more NL140 on this page: line 36)" in old  # the base branch's photo


def test_a_checkout_without_the_head_commit_is_said(tmp_path, monkeypatch, capsys):
    repo, env = _story_change(tmp_path, monkeypatch, _edit(OLD_ARTICLE, 31, "by phone", "by telephone"))
    _git(repo, "checkout", "-q", "HEAD~1")  # the base, as pull_request_target checks out
    assert main(env) == 0
    assert "::warning title=newslint::the checkout does not contain the change's head commit" in capsys.readouterr().out


def _workflow_snippets() -> list[tuple[str, dict]]:
    """Every YAML block of the README and the Action's page that uses the action, parsed."""
    found = []
    for doc in ("README.md", "docs/github-action.md"):
        for block in re.findall(r"^( *)```yaml\n(.*?)^\1```", (ROOT / doc).read_text(), re.MULTILINE | re.DOTALL):
            if "newslint/newslint@" in block[1] or "/newslint@" in block[1]:
                found.append((doc, yaml.safe_load(textwrap.dedent(block[1]))))
    return found


def test_the_documented_workflows_are_complete_and_keep_the_sarif_when_the_check_fails():
    inputs = yaml.safe_load((ROOT / "action.yml").read_text())["inputs"]
    snippets = _workflow_snippets()
    assert [doc for doc, _ in snippets] == ["README.md", "docs/github-action.md"]
    for doc, workflow in snippets:
        assert isinstance(workflow, dict) and "jobs" in workflow, f"{doc}: not a whole workflow"
        assert "pull_request" in workflow.get("on", workflow.get(True)), doc  # YAML 1.1 reads the key on as true
        assert workflow["permissions"]["security-events"] == "write", doc
        [job] = workflow["jobs"].values()
        steps = job["steps"]
        uses = [step.get("uses", "") for step in steps]
        checkout = next(i for i, u in enumerate(uses) if u.startswith("actions/checkout@"))
        lint = next(i for i, u in enumerate(uses) if u.startswith("newslint/newslint@"))
        upload = next(i for i, u in enumerate(uses) if u.startswith("github/codeql-action/upload-sarif@"))
        assert checkout < lint < upload, doc
        assert steps[checkout]["with"]["fetch-depth"] == 0, f"{doc}: a shallow checkout has no base commit"
        given = steps[lint].get("with", {})
        assert set(given) <= set(inputs), f"{doc}: {set(given) - set(inputs)} are not inputs of action.yml"
        assert "sarif" in given["format"] and "continue-on-error" not in steps[lint]
        sarif_file = given.get("sarif-file", inputs["sarif-file"]["default"])
        # the newslint step fails on findings: the upload runs anyway, when there is a file to upload
        assert "always()" in steps[upload]["if"] and sarif_file in steps[upload]["if"], doc
        assert steps[upload]["with"]["sarif_file"] == sarif_file, doc
    assert snippets[0][1] == snippets[1][1]  # one workflow, shown twice
