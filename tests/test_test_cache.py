"""The test set-up keeps what it installs for the browser tests (axe-core with puppeteer-core) under
$XDG_CACHE_HOME/newslint-tests when it is set, else ~/.cache/newslint-tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
_SHOW = "import conftest, test_html_report; print(conftest.TEST_CACHE); print(test_html_report.AXE_HOME)"


def _folders(env: dict[str, str]) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "AXE_ORACLE_HOME")} | env
    done = subprocess.run([sys.executable, "-c", _SHOW], cwd=TESTS, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize(
    ("xdg", "base"),
    [("/srv/cache", Path("/srv/cache")), ("", Path.home() / ".cache"), ("relative/cache", Path.home() / ".cache")],
)
def test_the_browser_tests_install_under_the_xdg_cache_home(xdg, base):
    assert _folders({"XDG_CACHE_HOME": xdg}) == [
        str(base / "newslint-tests"),
        str(base / "newslint-tests" / "axe-node"),
    ]


def test_the_folder_is_named_in_one_place():
    naming = sorted(p.name for p in TESTS.glob("*.py") if "newslint-tests" in p.read_text(encoding="utf-8"))
    assert naming == ["conftest.py", "test_test_cache.py"]
