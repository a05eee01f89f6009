"""The results cache: a second run over unchanged files does not lint them again, and any
change to the file, the configuration or a project pack does."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from conftest import FIXTURES, page

from newslint import store
from newslint.cli.main import main
from newslint.run import runner
from newslint.run.engine import FileResult

FAULTY = page('<h1>Curfew lifted in Tal Afar</h1>\n<p>Families returned on Sunday.</p>\n<img src="bridge.jpg">')
CLEAN = page('<h1>Curfew lifted in Tal Afar</h1>\n<p>Families returned on Sunday.</p>\n<img src="b.jpg" alt="Bridge">')


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """A private cache, and the list of files the linter really read."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    linted: list[str] = []
    for name in ("lint_path", "lint_path_with_source"):
        monkeypatch.setattr(runner, name, _counting(getattr(runner, name), linted))
    return linted


def _counting(real, linted: list[str]):
    def counting(path, config=None):
        linted.append(Path(path).name)
        return real(path, config)

    return counting


def check(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    main(["check", "--format", "json", "--jobs", "1", "--exit-zero", *args])
    return json.loads(capsys.readouterr().out)["files"]


def test_a_second_run_over_unchanged_files_reads_the_stored_results(tmp_path, counted, capsys):
    (tmp_path / "a.html").write_text(FAULTY)
    (tmp_path / "b.html").write_text(CLEAN)
    first = check(capsys, str(tmp_path / "a.html"), str(tmp_path / "b.html"))
    assert sorted(counted) == ["a.html", "b.html"]
    second = check(capsys, str(tmp_path / "a.html"), str(tmp_path / "b.html"))
    assert sorted(counted) == ["a.html", "b.html"], "nothing was linted again"
    assert second == first
    assert [f["code"] for f in first[0]["findings"]] == ["NL140"]


def test_a_changed_file_is_linted_again(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    assert [f["code"] for f in check(capsys, str(article))[0]["findings"]] == ["NL140"]
    article.write_text(CLEAN)
    assert check(capsys, str(article))[0]["findings"] == []
    assert counted == ["a.html", "a.html"]


def test_another_selection_or_no_cache_lints_again(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    check(capsys, str(article))
    assert check(capsys, "--select", "NL2", str(article))[0]["findings"] == []
    check(capsys, "--no-cache", str(article))
    assert counted == ["a.html"] * 3


def test_a_changed_project_pack_is_a_miss(tmp_path, counted, capsys):
    pack = tmp_path / "house.yaml"
    source = (FIXTURES.parent / "rules" / "packs" / "syria-iraq.yaml").read_text()
    pack.write_text(source)
    (tmp_path / "newslint.toml").write_text('house-style = "house.yaml"\n')
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    check(capsys, str(article))
    check(capsys, str(article))
    assert counted == ["a.html"]
    pack.write_text(source + "\n")
    stat = pack.stat()
    os.utime(pack, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    check(capsys, str(article))
    assert counted == ["a.html", "a.html"]


def test_a_damaged_cache_entry_is_recomputed(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    first = check(capsys, str(article))
    for entry in (tmp_path / "cache").iterdir():
        if entry.name.startswith("result-"):
            entry.write_bytes(b"not a pickle")
    assert check(capsys, str(article)) == first
    assert counted == ["a.html", "a.html"]


def test_after_fix_the_stored_result_is_not_reused(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(page("<h1>Curfew lifted</h1>\n<p>Families returned.</p>", lang=' lang="en_GB"'))
    assert [f["code"] for f in check(capsys, str(article))[0]["findings"]] == ["NL102"]
    main(["check", "--fix", "--jobs", "1", "--exit-zero", "--quiet", str(article)])
    capsys.readouterr()
    assert 'lang="en-GB"' in article.read_text()
    assert check(capsys, str(article))[0]["findings"] == []


def test_the_code_fingerprint_covers_every_module_and_shipped_pack():
    from newslint.run.results_cache import _code_fingerprint

    listed = {line.split(":")[0] for line in _code_fingerprint().decode().splitlines()}
    assert {"checks/structure/placeholders.py", "document/model.py", "run/engine.py"} <= listed
    assert "syria-iraq.yaml" in listed or "rules/packs/syria-iraq.yaml" in listed


class _Opens:
    """Unpickling this opens (and so creates) a file: what a planted pickle could do with any call."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def _entries(tmp_path: Path) -> list[Path]:
    return [e for e in (tmp_path / "cache").iterdir() if e.name.startswith("result-")]


def test_a_planted_pickle_is_never_unpickled_and_is_a_miss(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    first = check(capsys, str(article))
    ran = tmp_path / "ran"
    for entry in _entries(tmp_path):
        entry.write_bytes(pickle.dumps(_Opens(ran)))
    assert check(capsys, str(article)) == first
    assert not ran.exists(), "the planted pickle ran"
    assert counted == ["a.html", "a.html"]


def test_a_forged_all_clear_is_not_believed(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    first = check(capsys, str(article))
    assert [f["code"] for f in first[0]["findings"]] == ["NL140"]
    for entry in _entries(tmp_path):
        entry.write_bytes(pickle.dumps(FileResult(str(article), "page")))
    assert check(capsys, str(article)) == first


def test_a_genuine_entry_moved_under_another_files_name_is_a_miss(tmp_path, counted, capsys):
    faulty, clean = tmp_path / "a.html", tmp_path / "b.html"
    faulty.write_text(FAULTY)
    check(capsys, str(faulty))
    (faulty_entry,) = _entries(tmp_path)
    clean.write_text(CLEAN)
    check(capsys, str(clean))
    (clean_entry,) = set(_entries(tmp_path)) - {faulty_entry}
    faulty_entry.write_bytes(clean_entry.read_bytes())  # a stored "All clear", under the faulty page's name
    assert [f["code"] for f in check(capsys, str(faulty))[0]["findings"]] == ["NL140"]
    assert counted == ["a.html", "b.html", "a.html"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_planted_as_an_entry_does_not_block(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    first = check(capsys, str(article))
    for entry in _entries(tmp_path):
        entry.unlink()
        os.mkfifo(entry)
    assert check(capsys, str(article)) == first


def test_the_key_is_kept_outside_the_cache_folder_readable_by_its_owner_alone(tmp_path, counted, capsys):
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    check(capsys, str(article))
    key = store.key_file()
    assert key.is_file() and not key.resolve().is_relative_to((tmp_path / "cache").resolve())
    if hasattr(os, "getuid"):
        assert key.stat().st_mode & 0o777 == 0o600


def test_a_key_inside_the_cache_folder_is_not_trusted(tmp_path, monkeypatch, counted, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "cache" / "state"))
    article = tmp_path / "a.html"
    article.write_text(FAULTY)
    check(capsys, str(article))
    check(capsys, str(article))
    assert counted == ["a.html", "a.html"], "whoever can write the cache could write its key"
