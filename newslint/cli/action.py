"""What the GitHub Action (``action.yml``) runs: ``python -m newslint.cli.action``.

It lints the HTML files a pull request (or push) changes, or every file under ``paths``. With
``scope: lines`` (the default) only the findings on the lines the change adds or modifies count:
they are annotated and decide the exit code, and the findings elsewhere in those files are listed
in the job summary as already there. ``scope: files`` counts every finding in the changed files,
``scope: all`` lints every file under ``paths``. It prints one workflow annotation per finding that
counts, appends Markdown tables to the job summary, and writes SARIF (every finding of the linted
files: code scanning tells new alerts from old ones itself) for ``github/codeql-action/upload-sarif``
when asked. Inputs arrive as ``INPUT_*`` environment variables (set by ``action.yml``); the event
is read from ``GITHUB_EVENT_PATH``. Exit codes are those of ``newslint check``.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from newslint.checks.rule import Finding
from newslint.run.engine import FileResult, fold
from newslint.run.runner import HTML_SUFFIXES, Job, Overrides, resolve_config
from newslint.run.selection import selection_for

_ZERO_SHA = "0" * 40
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
_SUMMARY_ROWS = 200  # the job summary holds at most 1 MiB; the SARIF and the annotations have the rest


class Inputs(BaseModel):
    """The action's inputs (see action.yml), as ``INPUT_<NAME>`` variables (``INPUT_FAIL_ON`` for fail-on)."""

    model_config = ConfigDict(extra="ignore")

    paths: list[str] = ["."]
    config: Path | None = None
    fail_on: Literal["error", "warning", "info", "never"] | None = None
    format: list[Literal["github", "sarif"]] = ["github"]
    sarif_file: Path = Path("newslint.sarif")
    scope: Literal["lines", "files", "all"] = "lines"
    only_changed: bool | None = None  # before scope: false is scope: all

    @property
    def reach(self) -> Literal["lines", "files", "all"]:
        return "all" if self.only_changed is False else self.scope

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


class Changes(NamedTuple):
    """What a change did to the HTML files under ``paths``, as they are in the working tree."""

    lines: dict[str, frozenset[int]]  # each added, copied, modified or renamed file: the lines it adds or modifies
    note: str | None  # a warning to print, when the checkout is not what the event describes


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, errors="replace", check=False)
    except OSError as exc:
        raise OSError(f"git is not available: {exc}") from None
    if done.returncode != 0:
        raise OSError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"git exit {done.returncode}")
    return done.stdout


def changes(base: str, head: str, paths: list[str]) -> Changes:
    """The HTML files the change from base to head touches under paths (relative to here), each with the
    lines of its working-tree copy that the change adds or modifies.

    The diff runs from the merge base of ``base`` and the checkout (HEAD) to the working tree, so its
    lines are those of the files linted: on a pull request's merge commit, exactly the pull request's
    changes. Raises OSError when git cannot tell (not a repository, or the base commit was not fetched).
    """
    since = _git("merge-base", base, "HEAD").strip()
    spec = ["--relative", "--diff-filter=ACMR", "-M", "--no-ext-diff", "--no-textconv", since, "--", *paths]
    names = [p for p in _git("diff", "--name-only", "-z", *spec).split("\0") if p]
    sections = re.split(r"^diff --git ", _git("diff", "--unified=0", "--no-color", *spec), flags=re.MULTILINE)[1:]
    if len(sections) != len(names):
        raise OSError(f"git diff named {len(names)} files but showed {len(sections)}")
    lines = {
        name: _added(section)
        for name, section in zip(names, sections, strict=True)
        if name.lower().endswith(HTML_SUFFIXES)
    }
    note = None
    try:
        _git("merge-base", "--is-ancestor", head, "HEAD")
    except OSError:
        note = f"the checkout does not contain the change's head commit {head[:12]}; its lines may not be the change's"
    return Changes(dict(sorted(lines.items())), note)


def _added(section: str) -> frozenset[int]:
    """The new side's lines in a file's hunks (``@@ -a,b +c,d @@``: d lines from c; no d is one line)."""
    return frozenset(n for c, d in _HUNK.findall(section) for n in range(int(c), int(c) + int(d or 1)))


def _output(env: Mapping[str, str], **values: object) -> None:
    target = env.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.writelines(f"{key.replace('_', '-')}={value}\n" for key, value in values.items())


def _check_config(inputs: Inputs) -> None:
    """Raise ConfigError, every problem at once, for a broken config (``config``, else the one found from here)."""
    from newslint.config.options import ConfigError, find_config, load_config, table_name
    from newslint.run.selection import config_problems

    found = inputs.config or find_config(Path.cwd())
    if found is not None and (problems := config_problems(load_config(found))):
        raise ConfigError(found, problems, table_name(found))


def main(env: Mapping[str, str] | None = None) -> int:
    from newslint.cli.main import EXIT_ERROR, Verdict
    from newslint.config.options import ConfigError
    from newslint.output import github, sarif
    from newslint.run.runner import run

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
        _check_config(inputs)
    except ConfigError as exc:
        for line in exc.lines():
            print(f"::error title=newslint::{line}")
        return EXIT_ERROR

    targets: list[str] = inputs.paths
    scope = "every HTML file under " + " ".join(inputs.paths)
    changed: dict[str, frozenset[int]] | None = None
    span = read_event(env.get("GITHUB_EVENT_PATH")).range() if inputs.reach != "all" else None
    if span is not None:
        try:
            found = changes(*span, inputs.paths)
        except OSError as exc:
            print(
                f"::warning title=newslint::cannot list the changed files ({exc}); linting {scope} instead."
                " Check out with fetch-depth: 0 so the base commit is there."
            )
        else:
            if found.note:
                print(f"::warning title=newslint::{found.note}")
            targets = list(found.lines)
            scope = "the HTML files this change touches"
            if inputs.reach == "lines":
                changed, scope = found.lines, "the lines this change touches"
    job = Job(inputs.config)
    already: list[FileResult] = []
    if changed is None:
        outcomes = list(run(targets, job)) if targets else []
        results = counted = [o.result for o in outcomes]
    else:  # every repeat on its own line, folded again on each side of the split
        outcomes = list(run(targets, replace(job, overrides=Overrides(group=False))))
        results, counted, already = split([o.result for o in outcomes], changed, job)

    if "github" in inputs.format:
        github.render(counted, sys.stdout)
    if "sarif" in inputs.format:
        try:
            inputs.sarif_file.parent.mkdir(parents=True, exist_ok=True)
            with inputs.sarif_file.open("w", encoding="utf-8") as out:
                sarif.render(results, out)
        except OSError as exc:
            print(f"::error title=newslint::cannot write {inputs.sarif_file}: {exc.strerror or exc}")
            return EXIT_ERROR
        _output(env, sarif_file=inputs.sarif_file)
    findings = sum(len(r.findings) for r in counted)
    old = sum(len(r.findings) for r in already)
    summary_file = env.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with open(summary_file, "a", encoding="utf-8") as out:
            out.write(_summary(results, counted, already, scope, lines=changed is not None))
    _output(env, findings=findings, already_there=old, files=len(results))
    tail = f"; {old} already there" if changed is not None else ""
    print(f"newslint: {_plural(findings, 'finding')} in {_plural(len(results), 'file')} ({scope}){tail}.")
    verdict = Verdict()  # without the fail-on input, each file's findings that count meet its own config's fail-on
    for outcome, result in zip(outcomes, counted, strict=True):
        verdict.note(result, outcome.fail_on)
    never = inputs.fail_on == "never"
    return verdict.exit_code(None if never else inputs.fail_on, never)


def split(
    results: list[FileResult], changed: dict[str, frozenset[int]], job: Job
) -> tuple[list[FileResult], list[FileResult], list[FileResult]]:
    """Results linted without folding, three times folded as the config says: whole, with only the findings
    on the changed lines, and with only the others (already there)."""
    whole, counted, already = [], [], []
    for r in results:
        folding = frozenset() if r.error else selection_for(resolve_config(Path(r.path), job)).one_per_page
        lines = changed.get(r.path, frozenset())
        on = [f for f in r.findings if touches(f, lines)]
        off = [f for f in r.findings if not touches(f, lines)]
        whole.append(replace(r, findings=fold(r.findings, folding)))
        counted.append(replace(r, findings=fold(on, folding)))
        already.append(replace(r, error=None, findings=fold(off, folding)))
    return whole, counted, already


def touches(f: Finding, lines: frozenset[int]) -> bool:
    """Whether any line of the finding is one of the lines."""
    return any(n in lines for n in range(f.line, max(f.line, f.end_line) + 1))


def _summary(
    results: list[FileResult], counted: list[FileResult], already: list[FileResult], scope: str, lines: bool
) -> str:
    """The job summary: the findings that count, then (by lines) those that were already there."""
    from newslint.output import markdown

    if not results:
        return f"## newslint\n\nNo files to lint: nothing in {scope}.\n"
    if not lines:
        return markdown.report(results, limit=_SUMMARY_ROWS)
    out = markdown.report(counted, limit=_SUMMARY_ROWS, title="newslint: the lines this change touches")
    old = sum(len(r.findings) for r in already)
    if old:
        out += (
            f"\n{_plural(old, 'finding')} on lines this change does not touch {'was' if old == 1 else 'were'}"
            " already there: listed below, they do not fail the check.\n\n"
        )
        out += markdown.report([r for r in already if r.findings], limit=_SUMMARY_ROWS, title="Already there")
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


if __name__ == "__main__":
    sys.exit(main())
