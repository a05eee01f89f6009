"""The pre-commit hook (.pre-commit-hooks.yaml) as a CMS repository uses it: a commit with a faulty
article is blocked and shows the finding; once the article is fixed, the commit goes through."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

FAULTY = (
    "<p>BEIRUT (AP) — Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years, residents told AP.</p>\n"
)
UNSTAGED = "<p>The siege of Deir al-Zour, which had not yet been staged, was over.</p>\n"


def _git(*args: str, cwd: Path, home: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org"}
    if home is not None:
        env["PRE_COMMIT_HOME"] = str(home)
    env |= {"GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def _hook_repo(tmp_path: Path) -> tuple[Path, str]:
    """This checkout as it is now (committed or not), as a git repository a hook can name with rev."""
    listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    if listed.returncode != 0:
        pytest.skip("the project is not a git checkout")
    copy = tmp_path / "newslint"
    for name in filter(None, listed.stdout.split("\0")):
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    _git("init", "-q", cwd=copy)
    _git("add", "-A", cwd=copy)
    _git("commit", "-q", "-m", "newslint", cwd=copy)
    return copy, _git("rev-parse", "HEAD", cwd=copy).stdout.strip()


def test_the_hook_definitions_are_what_pre_commit_expects():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"newslint", "newslint-fix"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types"] == ["html"]
        assert hook["entry"].startswith("newslint check")
    assert "--fix" in hooks["newslint-fix"]["entry"]
    assert "--fix" not in hooks["newslint"]["entry"]


@pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is not installed next to this Python")
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_commit_with_a_faulty_article_is_blocked_until_it_is_fixed(tmp_path):
    hook_repo, rev = _hook_repo(tmp_path)
    cms = tmp_path / "cms"
    cms.mkdir()
    _git("init", "-q", cwd=cms)
    config = {"repos": [{"repo": str(hook_repo), "rev": rev, "hooks": [{"id": "newslint"}]}]}
    (cms / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (cms / "notes.txt").write_text("Not an article: the hook leaves it alone.\n")
    (cms / "story.html").write_text(FAULTY)
    (cms / "draft.html").write_text(UNSTAGED)  # not staged: never linted
    home = tmp_path / "pre-commit-home"
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    installed = subprocess.run([str(PRE_COMMIT), "install"], cwd=cms, capture_output=True, text=True, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    _git("add", "story.html", "notes.txt", ".pre-commit-config.yaml", cwd=cms)

    blocked = _git("-c", "core.hooksPath=.git/hooks", "commit", "-m", "Deir ez-Zor story", cwd=cms, home=home)
    output = blocked.stdout + blocked.stderr
    if any(s in output for s in ("No matching distribution found", "Failed to establish a new connection")):
        pytest.skip(
            f"no package index here to install newslint's dependencies into the hook's environment: {output[-200:]}"
        )
    assert blocked.returncode != 0, output
    assert "newslint" in output and "Failed" in output
    assert "story.html:2:" in output and "NL201" in output
    assert "draft.html" not in output and "notes.txt" not in output
    assert _git("rev-parse", "--verify", "HEAD", cwd=cms).returncode != 0  # nothing was committed

    (cms / "story.html").write_text(FAULTY.replace("Deir al-Zour", "Deir ez-Zor"))
    _git("add", "story.html", cwd=cms)
    allowed = _git("-c", "core.hooksPath=.git/hooks", "commit", "-m", "Deir ez-Zor story", cwd=cms, home=home)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert "newslint" in allowed.stdout + allowed.stderr and "Passed" in allowed.stdout + allowed.stderr
