"""The GitHub Action: action.yml wires its inputs to ``python -m newslint.cli.action``, which is run here
against a simulated pull request (a temporary git repository and an event payload)."""

from __future__ import annotations

import json
import os
import subprocess
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
    assert stdout.splitlines()[-1] == "newslint: 1 finding in 2 files (the HTML files this change touches)."
    summary = Path(env["GITHUB_STEP_SUMMARY"]).read_text()
    assert summary.startswith("## newslint\n\n1 finding (1 warning) in 2 files.")
    assert "| changed.html | 2:17 | NL201 inconsistent-transliteration | warning |" in summary
    assert _outputs(env) == {"sarif-file": "out/newslint.sarif", "findings": "1", "files": "2"}
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


def test_only_changed_false_lints_everything_under_paths(pull_request, capsys):
    _, env, _ = pull_request
    main({**env, "INPUT_ONLY_CHANGED": "false", "INPUT_PATHS": "."})
    out = capsys.readouterr().out
    assert "file=changed.html," in out and "file=untouched-faulty.html," in out
    assert out.splitlines()[-1].startswith("newslint: 2 findings in 3 files (every HTML file under .)")


def test_paths_narrow_the_changed_files(pull_request, capsys):
    _, env, _ = pull_request
    assert main({**env, "INPUT_PATHS": "news"}) == 0
    assert capsys.readouterr().out == "newslint: 0 findings in 1 file (the HTML files this change touches).\n"
    assert "No findings in 1 file." in Path(env["GITHUB_STEP_SUMMARY"]).read_text()


def test_a_push_event_uses_before_and_after(pull_request, tmp_path, capsys):
    _, env, (base, head) = pull_request
    push = tmp_path / "push.json"
    push.write_text(json.dumps({"before": base, "after": head}))
    assert main({**env, "GITHUB_EVENT_PATH": str(push)}) == 1
    assert "files (the HTML files this change touches)" in capsys.readouterr().out


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
    assert _outputs(env) == {"findings": "0", "files": "0"}


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        ("INPUT_FAIL_ON", "sometimes", "fail_on"),
        ("INPUT_FORMAT", "xml", "format"),
        ("INPUT_ONLY_CHANGED", "maybe", "only_changed"),
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
    assert {"paths", "config", "fail-on", "format", "only-changed"} <= set(action["inputs"])
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
