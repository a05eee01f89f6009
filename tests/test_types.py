"""The package type-checks: mypy, with the configuration in pyproject.toml (strict), finds no error."""

from __future__ import annotations

import subprocess
import sys
from importlib.util import find_spec

import pytest
from conftest import ROOT


@pytest.mark.skipif(find_spec("mypy") is None, reason="mypy is not installed (pip install -e '.[test]')")
def test_mypy_passes(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
