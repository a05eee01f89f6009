"""Archive audits on a Dask cluster (``pip install 'newslint[dask]'``).

The workers run the same per-file core as a local run, in batches, on paths they can read
(a shared file system or the same mounted archive); the client gathers the results in the
order the files were collected and settles the findings across files, so the report is the
one a local run gives.
"""

from __future__ import annotations

from typing import Any

from newslint.run.outcomes import Outcomes, Packed
from newslint.run.runner import Job, collect, gather, run_packed

BATCH = 64  # files per task: large enough to hide the scheduler's per-task cost
CONNECT_TIMEOUT = "10s"


class ClusterError(Exception):
    """The scheduler cannot be reached or Dask is not installed."""


def _run_batch(paths: list[str], job: Job) -> list[Packed | None]:
    return [run_packed(path, job) for path in paths]


def run_on_dask(paths: list[str], job: Job, scheduler: Any, batch: int = BATCH) -> Outcomes:
    """Lint every path on a Dask cluster: ``scheduler`` is an address or a ``distributed.Client``.

    Only checks run there; fixes write files and stay local.
    """
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'newslint[dask]'") from None
    if job.mode != "check":
        raise ClusterError("--dask only checks; run --fix or --diff locally")
    found = list(collect(paths, any_file=job.overrides.kind is not None))
    todo = [path for path, error in found if error is None]
    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT) if own else scheduler
    except (OSError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        batches = [todo[i : i + batch] for i in range(0, len(todo), batch)]
        futures = client.map(_run_batch, batches, job=job, pure=False)
        # Batch by batch, in order, as compressed bytes: the client's memory stays flat.
        outcomes = gather(found, (packed for future in futures for packed in future.result()), None)
    finally:
        if own:
            client.close()
    outcomes.settle()
    return outcomes
