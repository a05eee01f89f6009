"""Archive audits on Dask: a two-worker LocalCluster gives the report a local run gives."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import FIXTURES

from newslint.cli.main import main

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    ) as cluster:
        yield cluster


def report(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    main(["check", "--format", "json", "--exit-zero", "--no-cache", "--quiet", *args])
    return json.loads(capsys.readouterr().out)


def test_a_dask_run_gives_the_local_report(cluster, tmp_path, capsys):
    archive = tmp_path / "archive"
    shutil.copytree(FIXTURES, archive)
    (archive / "broken.html").write_bytes(b"\x00\x01binary")
    local = report(capsys, "--jobs", "1", str(archive), str(tmp_path / "missing.html"))
    remote = report(capsys, "--dask", cluster.scheduler_address, str(archive), str(tmp_path / "missing.html"))
    assert remote == local
    assert sum(len(f["findings"]) for f in local["files"]) > 20
    assert any(f.get("error") for f in local["files"])


def test_an_unreachable_scheduler_is_one_line_and_exit_2(capsys, monkeypatch):
    monkeypatch.setattr("newslint.run.cluster.CONNECT_TIMEOUT", "1s")
    assert main(["check", "--dask", "tcp://127.0.0.1:9", str(FIXTURES / "page-clean.html")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Dask scheduler" in err


def test_fixes_are_refused_on_dask(cluster, capsys):
    assert main(["check", "--fix", "--dask", cluster.scheduler_address, str(FIXTURES)]) == 2
    assert "locally" in capsys.readouterr().err
