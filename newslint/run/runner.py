"""Running the core over many files: collecting paths, parallel workers, fixes, stdin."""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newslint.config.options import Config, ConfigError, find_config, load_config, table_name
from newslint.config.packs import PackError
from newslint.document.model import Document
from newslint.document.reading import InputError, decode
from newslint.run.engine import FileResult, lint_file, lint_path, lint_path_with_source, prepare
from newslint.run.fix import apply_fixes, unified_diff, write_fixed
from newslint.run.outcomes import Outcome, Outcomes, Packed, pack
from newslint.run.selection import SelectionError, config_problems, selection_for

HTML_SUFFIXES = (".html", ".htm")  # the files searched for in folders
NAMED_SUFFIXES = (*HTML_SUFFIXES, ".xhtml")  # and those named one by one (what pre-commit calls html)
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})
_PARALLEL_FROM = 8  # fewer files than this are linted in-process: workers cost more than they save


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the command line sets over every file's configuration (None: the configuration's own)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    kind: Literal["auto", "page", "fragment"] | None = None
    group: bool | None = None

    def over(self, config: Config) -> Config:
        """The configuration with these set over it; ``ignore`` and ``extend_select`` add to its own lists."""
        if self == Overrides():
            return config
        return dataclasses.replace(
            config,
            select=config.select if self.select is None else self.select,
            ignore=(*config.ignore, *(self.ignore or ())),
            extend_select=(*config.extend_select, *(self.extend_select or ())),
            kind=config.kind if self.kind is None else self.kind,
            group=config.group if self.group is None else self.group,
        )


@dataclass(frozen=True, slots=True)
class Job:
    """What every file of a run shares: the explicit config, the CLI's overrides, the fix mode."""

    config_file: Path | None = None
    overrides: Overrides = Overrides()
    mode: str = "check"  # check | fix | diff
    cache: bool = False  # reuse the stored results of unchanged files (check mode only)
    unsafe_fixes: bool = False  # fix and diff modes also apply replacements that may change meaning


def collect(paths: list[str], any_file: bool = False) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every file to lint: folders are searched for HTML files, sorted.

    A path named with nothing to lint is an error: a folder without HTML files, and a file whose
    name is not an HTML file's unless ``any_file`` (``--kind`` says how to read it). A file reached
    twice (named twice, or also inside a named folder) comes once, so no two workers lint, or fix,
    the same file. A file whose name is not UTF-8 is refused (no report format could name it), and
    every such name is shown with its undecodable bytes escaped.
    """
    for path, error in _found(paths, any_file):
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(path).decode("utf-8", "backslashreplace")
            yield shown, error or "its name is not valid UTF-8: no report can name it (rename the file)"
        else:
            yield path, error


def _found(paths: list[str], any_file: bool) -> Iterator[tuple[str, str | None]]:
    seen: set[str] = set()

    def first_time(path: str) -> bool:
        real = os.path.realpath(path)  # a symlink loop stays as it is, and reading it says so
        if real in seen:
            return False
        seen.add(real)
        return True

    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(HTML_SUFFIXES):
                        found = True
                        file = str(Path(root) / name)
                        if first_time(file):
                            yield file, None
            if not found:
                yield raw, f"no HTML files ({', '.join('*' + s for s in HTML_SUFFIXES)}) in this folder"
        elif not os.path.lexists(path):  # a symlink loop or a dangling link is there, and reading it says why
            yield raw, "no such file or directory"
        elif not any_file and not path.name.lower().endswith(NAMED_SUFFIXES):
            names = ", ".join("*" + s for s in NAMED_SUFFIXES)
            yield raw, f"not an HTML file ({names}); name --kind page or --kind fragment to lint it as HTML"
        elif first_time(raw):
            yield raw, None


def resolve_config(path: Path, job: Job) -> Config:
    """The file's config (the explicit one, else the nearest) with the command line's overrides."""
    file = job.config_file or find_config(path.parent)
    config = job.overrides.over(load_config(file) if file else Config())
    if file is not None:
        try:
            selection_for(config)
        except SelectionError:  # codes in the file that name no rule: say which file, every one of them
            raise ConfigError(file, config_problems(config), table_name(file)) from None
    return config


def excluded(path: str, config: Config) -> bool:
    if not config.exclude:
        return False
    try:
        rel = Path(os.path.realpath(path)).relative_to(config.root.resolve()).as_posix()
    except ValueError:
        rel = Path(path).as_posix()
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(Path(path).name, pat) for pat in config.exclude)


def run_one(path: str, job: Job) -> Outcome | None:
    """Lint (and fix) one file; None when the config excludes it."""
    try:
        config = resolve_config(Path(path), job)
    except (ConfigError, PackError, SelectionError) as exc:
        return Outcome(FileResult(path, error=str(exc)))
    if excluded(path, config):
        return None
    outcome = _lint_and_fix(path, job, config)
    outcome.fail_on = config.fail_on
    return outcome


def _lint_and_fix(path: str, job: Job, config: Config) -> Outcome:
    if job.mode == "check" and job.cache:
        return Outcome(_cached_lint(path, config))
    result, source = lint_path_with_source(path, config)
    if source is None or job.mode == "check":
        return Outcome(result)
    fixed_text, count = apply_fixes(source.text, result.findings, job.unsafe_fixes)
    if not count:
        return Outcome(result)
    try:
        if job.mode == "diff":
            return Outcome(result, unified_diff(path, source, fixed_text), count)
        write_fixed(Path(path), source, fixed_text)
    except InputError as exc:
        result.error = str(exc)
        return Outcome(result)
    settings = prepare(config)
    return Outcome(lint_file(Document(fixed_text, path, config.kind, settings.boilerplate), settings), fixed=count)


def _cached_lint(path: str, config: Config) -> FileResult:
    from newslint.run import results_cache

    key = results_cache.key_for(path, config)
    result = results_cache.get(key) if key else None
    if result is None:
        result = lint_path(path, config)
        if key:
            results_cache.put(key, result)
    return result


def run_stdin(job: Job) -> Outcome:
    name = "-"
    try:
        config = resolve_config(Path.cwd() / "stdin.html", job)
        settings = prepare(config)
        text = decode(sys.stdin.buffer.read()).text
        doc = Document(text, name, config.kind, settings.boilerplate)
    except (InputError, ConfigError, PackError, SelectionError) as exc:
        return Outcome(FileResult(name, error=str(exc)))
    return Outcome(lint_file(doc, settings), fail_on=config.fail_on)


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def workers_for(jobs: int | None, force: bool = False) -> int:
    """Worker processes for ``--jobs``: the usable cores by default, and never more unless forced
    (a worker per file of a large folder only fills the memory)."""
    cores = usable_cores()
    return max(1, jobs if force and jobs else min(jobs or cores, cores))


def run(
    paths: list[str],
    job: Job,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    force_jobs: bool = False,
) -> Outcomes:
    """Lint every path; results come back in the order the paths were collected.

    ``jobs`` is capped at the usable cores unless ``force_jobs``; ``progress(done, total)`` is
    called as files finish (for a progress bar).
    """
    found = list(collect(paths, any_file=job.overrides.kind is not None))
    todo = [path for path, error in found if error is None]
    workers = min(workers_for(jobs, force_jobs), len(todo))
    if workers > 1 and len(todo) >= _PARALLEL_FROM and "-" not in todo:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, min(32, len(todo) // (workers * 4)))
            outcomes = gather(found, pool.map(run_packed, todo, [job] * len(todo), chunksize=chunk), progress)
    else:
        outcomes = gather(found, (run_stdin(job) if p == "-" else run_one(p, job) for p in todo), progress)
    outcomes.settle()
    return outcomes


def run_packed(path: str, job: Job) -> Packed | None:
    """``run_one`` in a worker: the outcome comes back as bytes the main process may store unread."""
    outcome = run_one(path, job)
    return pack(outcome) if outcome is not None else None


def gather(
    found: list[tuple[str, str | None]],
    linted: Iterable[Outcome | Packed | None],
    progress: Callable[[int, int], None] | None,
) -> Outcomes:
    """The outcomes in collection order: files that could not be read, and the linted ones."""
    outcomes = Outcomes()
    done = iter(linted)
    total = sum(1 for _, error in found if error is None)
    n = 0
    for path, error in found:
        if error:
            outcomes.append(Outcome(FileResult(path, error=error)))
            continue
        outcome = next(done)
        if isinstance(outcome, Outcome):
            outcomes.append(outcome)
        elif outcome is not None:
            outcomes.append_packed(outcome)
        n += 1
        if progress:
            progress(n, total)
    return outcomes
