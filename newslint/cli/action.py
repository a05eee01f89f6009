"""What the GitHub Action (``action.yml``) runs: ``python -m newslint.cli.action``.

It lints the HTML files a pull request (or push) changes, or every file under ``paths``, then
prints one workflow annotation per finding, appends a Markdown table to the job summary, and
writes SARIF for ``github/codeql-action/upload-sarif`` when asked. Inputs arrive as
``INPUT_*`` environment variables (set by ``action.yml``); the event is read from
``GITHUB_EVENT_PATH``. Exit codes are those of ``newslint check``.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from newslint.run.runner import HTML_SUFFIXES

_ZERO_SHA = "0" * 40
_SUMMARY_ROWS = 200  # the job summary holds at most 1 MiB; the SARIF and the annotations have the rest


class Inputs(BaseModel):
    """The action's inputs (see action.yml), as ``INPUT_<NAME>`` variables (``INPUT_FAIL_ON`` for fail-on)."""

    model_config = ConfigDict(extra="ignore")

    paths: list[str] = ["."]
    config: Path | None = None
    fail_on: Literal["error", "warning", "info", "never"] | None = None
    format: list[Literal["github", "sarif"]] = ["github"]
    sarif_file: Path = Path("newslint.sarif")
    only_changed: bool = True

    @field_validator("paths", "format", mode="before")
    @classmethod
    def _words(cls, value: object) -> object:
        if isinstance(value, str):
            return [w for w in shlex.split(value.replace(",", " ")) if w]
        return value

    @field_validator("config", "fail_on", mode="before")
    @classmethod
    def _empty(cls, value: object) -> object:
        return value or None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Inputs:
        fields = {name: env.get(f"INPUT_{name.upper()}", "").strip() for name in cls.model_fields}
        return cls.model_validate({name: value for name, value in fields.items() if value})


class _Ref(BaseModel):
    sha: str


class _PullRequest(BaseModel):
    base: _Ref
    head: _Ref


class Event(BaseModel):
    """The parts of a pull_request or push event that say what changed."""

    pull_request: _PullRequest | None = None
    before: str | None = None
    after: str | None = None

    def range(self) -> tuple[str, str] | None:
        if self.pull_request is not None:
            return self.pull_request.base.sha, self.pull_request.head.sha
        if self.before and self.after and self.before != _ZERO_SHA:
            return self.before, self.after
        return None


def read_event(path: str | None) -> Event:
    if not path:
        return Event()
    try:
        return Event.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        return Event()


def changed_files(base: str, head: str, paths: list[str]) -> list[str]:
    """HTML files added, copied, modified or renamed between base and head, under paths (relative to here).

    Raises OSError when git cannot tell (not a repository, or the base commit was not fetched).
    """
    errors = []
    for spec in ([f"{base}...{head}"], [base, head]):  # the pull request's own changes; else a plain diff
        cmd = ["git", "diff", "--name-only", "-z", "--relative", "--diff-filter=ACMR", *spec, "--", *paths]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise OSError(f"git is not available: {exc}") from None
        if done.returncode == 0:
            return sorted(p for p in done.stdout.split("\0") if p.lower().endswith(HTML_SUFFIXES))
        errors.append(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}")
    raise OSError(errors[-1])


def _output(env: Mapping[str, str], **values: object) -> None:
    target = env.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.writelines(f"{key.replace('_', '-')}={value}\n" for key, value in values.items())


def _fail_on(inputs: Inputs) -> str:
    from newslint.config.options import find_config, load_config

    if inputs.fail_on:
        return inputs.fail_on
    found = inputs.config or find_config(Path.cwd())
    return load_config(found).fail_on if found else "warning"


def main(env: Mapping[str, str] | None = None) -> int:
    from newslint.cli.main import EXIT_ERROR, UsageError, Verdict
    from newslint.config.options import ConfigError
    from newslint.output import github, markdown, sarif
    from newslint.run.runner import Job, run

    env = os.environ if env is None else env
    try:
        inputs = Inputs.from_env(env)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(f"::error title=newslint::bad input: {problems}")
        return EXIT_ERROR
    if inputs.config is not None and not inputs.config.is_file():
        print(f"::error title=newslint::config {inputs.config}: no such file")
        return EXIT_ERROR
    try:
        fail_on = _fail_on(inputs)
    except (ConfigError, UsageError) as exc:
        print(f"::error title=newslint::{exc}")
        return EXIT_ERROR

    targets = inputs.paths
    scope = "every HTML file under " + " ".join(inputs.paths)
    span = read_event(env.get("GITHUB_EVENT_PATH")).range() if inputs.only_changed else None
    if span is not None:
        try:
            targets = changed_files(*span, inputs.paths)
            scope = "the HTML files this change touches"
        except OSError as exc:
            print(
                f"::warning title=newslint::cannot list the changed files ({exc}); linting {scope} instead."
                " Check out with fetch-depth: 0 so the base commit is there."
            )
    results = [o.result for o in run(targets, Job(inputs.config))] if targets else []

    if "github" in inputs.format:
        github.render(results, sys.stdout)
    if "sarif" in inputs.format:
        try:
            inputs.sarif_file.parent.mkdir(parents=True, exist_ok=True)
            with inputs.sarif_file.open("w", encoding="utf-8") as out:
                sarif.render(results, out)
        except OSError as exc:
            print(f"::error title=newslint::cannot write {inputs.sarif_file}: {exc.strerror or exc}")
            return EXIT_ERROR
        _output(env, sarif_file=inputs.sarif_file)
    findings = sum(len(r.findings) for r in results)
    summary_file = env.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with open(summary_file, "a", encoding="utf-8") as out:
            if results:
                out.write(markdown.report(results, limit=_SUMMARY_ROWS))
            else:
                out.write(f"## newslint\n\nNo files to lint: nothing in {scope}.\n")
    _output(env, findings=findings, files=len(results))
    files = f"{len(results)} file{'s' if len(results) != 1 else ''}"
    print(f"newslint: {findings} finding{'s' if findings != 1 else ''} in {files} ({scope}).")
    never = fail_on == "never"
    return Verdict.of(results).exit_code("info" if never else fail_on, never)


if __name__ == "__main__":
    sys.exit(main())
