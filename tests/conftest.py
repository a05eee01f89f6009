"""Shared helpers: lint inline HTML, find the bundled fixtures, the shared corpus and the test cache."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from newslint.checks.rule import Finding
from newslint.config.options import Config
from newslint.run.engine import lint_html

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def _cache_home() -> Path:
    """The user's cache folder: $XDG_CACHE_HOME when it is an absolute path (as the XDG spec says), else ~/.cache."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"


# What the set-up installs for the browser tests (axe-core with puppeteer-core) goes here.
TEST_CACHE = _cache_home() / "newslint-tests"


def lint(html: str, select: str | None = None, **options: object) -> list[Finding]:
    """Findings for an inline article, optionally restricted to some codes."""
    config = Config(select=tuple(select.split(",")) if select else None)
    if options:
        config = dataclasses.replace(config, **options)
    return lint_html(html, config)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def page(body: str, *, lang: str = ' lang="en"', title: str = "A story") -> str:
    """A whole page around some body markup."""
    return (
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n'
        f"<body>\n<main>\n<article>\n{body}\n</article>\n</main>\n</body>\n</html>\n"
    )


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Runs under test (and the commands they start) keep their cache, and its key, out of the user's."""
    os.environ["NEWSLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("state"))


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    return CORPUS
