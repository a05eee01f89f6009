"""The command line: arguments in, exit codes out. Everything else lives in the library."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, NoReturn

from newslint.output import FORMATS
from newslint.version import __version__

if TYPE_CHECKING:
    from newslint.run.engine import FileResult
    from newslint.run.outcomes import Outcome, Outcomes
    from newslint.run.runner import Job

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A mistake in the command line; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _codes(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newslint", description="A data-quality and accessibility linter for news articles.")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint files and folders (folders: *.html, *.htm; stdin with -)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    check.add_argument("--format", default="text", choices=FORMATS, help="report format")
    check.add_argument("--output", type=Path, metavar="FILE", help="write the report to FILE")
    check.add_argument("--select", type=_codes, metavar="CODES", help="only these codes, families or names")
    check.add_argument("--ignore", type=_codes, metavar="CODES", help="leave out these codes, families or names")
    check.add_argument("--extend-select", type=_codes, metavar="CODES", help="add to the selection")
    mode = check.add_mutually_exclusive_group()
    mode.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    mode.add_argument("--diff", action="store_true", help="print safe fixes as a unified diff; change nothing")
    check.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff, also apply suggested fixes that may change meaning (style rewrites, spellings)",
    )
    check.add_argument("--config", type=Path, metavar="FILE", help="use this config file instead of discovery")
    check.add_argument(
        "--jobs", type=int, metavar="N", help="parallel workers (default and most: the usable cores; see --force-jobs)"
    )
    check.add_argument("--force-jobs", action="store_true", help="let --jobs start more workers than there are cores")
    check.add_argument("--no-cache", action="store_true", help="lint every file again; ignore stored results")
    check.add_argument("--dask", metavar="ADDRESS", help="lint on the Dask cluster at ADDRESS (newslint[dask])")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), help="exit 1 at or above this severity")
    check.add_argument("--baseline", type=Path, metavar="FILE", help="hide the findings recorded in FILE")
    check.add_argument("--write-baseline", type=Path, metavar="FILE", help="record the findings in FILE")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    check.add_argument("--kind", choices=("auto", "page", "fragment"), help="treat files as pages or fragments")
    check.add_argument("--statistics", action="store_true", help="count each rule's findings instead of listing them")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no notes on stderr")

    rule = sub.add_parser("rule", help="explain a rule")
    rule.add_argument("code", metavar="CODE|NAME")

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--format", default="text", choices=("text", "json", "markdown"))

    parse = sub.add_parser("parse", help="show how an article was understood, as JSON")
    parse.add_argument("file", metavar="FILE")
    parse.add_argument("--kind", choices=("auto", "page", "fragment"), default=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "check":
            return _check(args)
        if args.command == "rule":
            return _rule(args.code)
        if args.command == "rules":
            return _rules(args.format)
        if args.command == "parse":
            return _parse(args.file, args.kind)
        build_parser().print_help()
        return EXIT_CLEAN
    except UsageError as exc:
        for line in str(exc).splitlines():  # one line per problem (a config file's, each of them)
            print(f"newslint: error: {line}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): nothing more to say
        return EXIT_CLEAN


def _check(args: argparse.Namespace) -> int:
    """``newslint check``: lint, apply a baseline, report, and exit as the findings call for."""
    _check_arguments(args)
    _check_config(args)
    outcomes = _run(args, _job(args))
    if args.write_baseline is not None or args.baseline is not None:
        _baseline(args, outcomes)
    tally = Tally(outcomes)
    _report(args, tally)
    verdict = tally.verdict()
    _notes(args, verdict)
    return verdict.exit_code(args.fail_on, args.exit_zero, bool(args.diff) and verdict.diff_pending)


def _check_arguments(args: argparse.Namespace) -> None:
    """Refuse options that cannot go together or out of range."""
    from newslint.run.runner import usable_cores

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    cores = usable_cores()
    if args.jobs is not None and args.jobs > cores and not (args.force_jobs or args.quiet):
        note = f"--jobs {args.jobs} is more than the {cores} usable cores; using {cores} (--force-jobs to use more)"
        print(f"newslint: {note}", file=sys.stderr)
    if args.statistics and (args.format != "text" or args.diff):
        raise UsageError("--statistics prints a table of counts; it goes with neither --format nor --diff")


def _check_config(args: argparse.Namespace) -> None:
    """Refuse selectors on the command line that name no rule, a missing ``--config``, and a broken
    config (``--config``, else the one found from here), every problem of it at once."""
    from newslint.config.options import ConfigError, find_config, load_config, table_name
    from newslint.run.selection import SelectionError, check_selectors, config_problems

    try:
        check_selectors([*(args.select or ()), *(args.ignore or ()), *(args.extend_select or ())])
        config_file = args.config
        if config_file is not None and not config_file.is_file():
            raise UsageError(f"--config {config_file}: no such file")
        # A broken config here is a usage error; each file still follows its own nearest config.
        found = config_file or find_config(Path.cwd())
        if found is not None and (problems := config_problems(load_config(found))):
            raise ConfigError(found, problems, table_name(found))
    except ConfigError as exc:
        raise UsageError("\n".join(exc.lines())) from None
    except SelectionError as exc:
        raise UsageError(str(exc)) from None


def _job(args: argparse.Namespace) -> Job:
    """What every file of the run shares: the command line's overrides (its --ignore and --extend-select
    add to each file's configuration's) and the fix mode."""
    from newslint.run.runner import Job, Overrides

    overrides = Overrides(args.select, args.ignore, args.extend_select, args.kind)
    mode = "fix" if args.fix else "diff" if args.diff else "check"
    if args.unsafe_fixes and mode == "check":
        raise UsageError("--unsafe-fixes goes with --fix or --diff")
    return Job(args.config, overrides, mode, cache=not args.no_cache, unsafe_fixes=args.unsafe_fixes)


def _run(args: argparse.Namespace, job: Job) -> Outcomes:
    """Lint the paths here (with a progress bar on a terminal) or on a Dask cluster."""
    from newslint.cli.progress import ProgressBar
    from newslint.run.runner import run

    bar = ProgressBar(sys.stderr) if not args.quiet and sys.stderr.isatty() else None
    try:
        if args.dask:
            from newslint.run.cluster import ClusterError, run_on_dask

            try:
                return run_on_dask(args.paths or ["."], job, args.dask)
            except ClusterError as exc:
                raise UsageError(str(exc)) from None
        return run(args.paths or ["."], job, args.jobs, bar, force_jobs=args.force_jobs)
    finally:
        if bar:
            bar.close()


def _report(args: argparse.Namespace, tally: Tally) -> None:
    """Write the report (or, with --diff, the diff) to --output or stdout."""
    from newslint.output import renderer

    if args.diff:
        _emit(args.output, lambda out: out.writelines(o.diff for o in tally.outcomes()), binary=True)
        return
    color = args.output is None and args.format == "text" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    render = renderer("statistics" if args.statistics else args.format)
    _emit(args.output, lambda out: render(tally, out, color=color))


def _notes(args: argparse.Namespace, verdict: Verdict) -> None:
    """On stderr: how many findings --fix applied, and the files that could not be linted where the
    report does not list them."""
    if args.fix and verdict.fixed and not args.quiet:
        print(f"Fixed {verdict.fixed} finding{'s' if verdict.fixed != 1 else ''}.", file=sys.stderr)
    if args.format != "text" or args.diff or args.statistics:
        for path, error in verdict.errors.items():
            print(f"{path}: error: {error}", file=sys.stderr)


def _baseline(args: argparse.Namespace, outcomes: Outcomes) -> None:
    from newslint.document.reading import InputError
    from newslint.run.baseline import baseline_filter, write_baseline

    if args.write_baseline is not None:
        try:
            count = write_baseline(args.write_baseline, (o.result for o in outcomes))
        except OSError as exc:  # the old baseline, if any, is left as it was
            raise UsageError(f"--write-baseline {args.write_baseline}: {exc.strerror or exc}") from None
        if not args.quiet:
            print(f"Recorded {count} finding{'s' if count != 1 else ''} in {args.write_baseline}.", file=sys.stderr)
    if args.baseline is not None:
        try:
            hide = baseline_filter(args.baseline)
        except InputError as exc:
            raise UsageError(str(exc)) from None

        def drop_recorded(_: int, result: FileResult) -> None:
            hide(result)

        outcomes.adjust(drop_recorded)


def _emit(output: Path | None, write: Callable[[IO[Any]], object], binary: bool = False) -> None:
    """Write the report to stdout or ``output``; ``binary``: bytes as they are (diffs of the files' own bytes)."""
    if output is None:
        if binary:
            sys.stdout.flush()
            write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            write(sys.stdout)
        return
    try:
        with output.open("wb") if binary else output.open("w", encoding="utf-8") as out:
            write(out)
    except OSError as exc:
        raise UsageError(f"--output {output}: {exc.strerror or exc}") from None


@dataclass
class Verdict:
    """What the exit code depends on: files that could not be linted, crashes, the worst finding.

    Without ``--fail-on`` each file's findings are judged against its own config's ``fail-on``.
    """

    errors: dict[str, str] = field(default_factory=dict)
    crashed: bool = False
    worst: int = -1  # the severity rank of the worst finding, -1 without findings
    failing: bool = False  # a file has a finding at or above its own config's fail-on
    fixed: int = 0  # findings --fix applied
    diff_pending: bool = False  # --diff printed a change

    @classmethod
    def of(cls, results: Iterable[FileResult]) -> Verdict:
        verdict = cls()
        for result in results:
            verdict.note(result)
        return verdict

    def note(self, result: FileResult, fail_on: str | None = None) -> None:
        from newslint.checks.rule import severity_rank

        if result.error:
            self.errors[result.path] = result.error
        worst = max((severity_rank(f.severity) for f in result.findings), default=-1)
        self.crashed = self.crashed or any(f.code == "NL901" for f in result.findings)
        self.worst = max(self.worst, worst)
        self.failing = self.failing or (fail_on is not None and worst >= severity_rank(fail_on))

    def exit_code(self, fail_on: str | None, exit_zero: bool, diff_pending: bool = False) -> int:
        """The exit code; ``fail_on`` (the command line's) judges every file alike, None leaves each to its config."""
        from newslint.checks.rule import severity_rank

        if self.errors or self.crashed:
            return EXIT_ERROR
        if exit_zero:
            return EXIT_CLEAN
        failing = self.failing if fail_on is None else self.worst >= severity_rank(fail_on)
        if diff_pending or failing:
            return EXIT_FINDINGS
        return EXIT_CLEAN


class Tally(Sequence["FileResult"]):
    """The results of a run as a report reads them, noting on the way what the exit code needs.

    A large run's results are read back from disk; the report's own pass serves the verdict too.
    """

    def __init__(self, outcomes: Outcomes) -> None:
        self._outcomes = outcomes
        self._verdict = Verdict()
        self._seen: set[int] = set()

    def __len__(self) -> int:
        return len(self._outcomes)

    def __getitem__(self, index: int) -> FileResult:  # type: ignore[override]  # no slices: reports read in order
        return self._read(index).result

    def __iter__(self) -> Iterator[FileResult]:
        return (self[i] for i in range(len(self)))

    def outcomes(self) -> Iterator[Outcome]:
        """Every outcome in order (with its fix and diff), noted for the verdict on the way."""
        return (self._read(i) for i in range(len(self)))

    def _read(self, index: int) -> Outcome:
        outcome = self._outcomes[index]
        index %= len(self)
        if index not in self._seen:
            self._seen.add(index)
            self._verdict.note(outcome.result, outcome.fail_on)
            self._verdict.fixed += outcome.fixed
            self._verdict.diff_pending = self._verdict.diff_pending or bool(outcome.diff)
        return outcome

    def verdict(self) -> Verdict:
        """The verdict over every outcome, reading those the report did not."""
        for i in range(len(self)):
            if i not in self._seen:
                self._read(i)
        return self._verdict


def _rule(code: str) -> int:
    from newslint.checks import get_rule
    from newslint.output.explain import explain

    rule = get_rule(code)
    if rule is None:
        raise UsageError(f"unknown rule {code!r} (see 'newslint rules')")
    page = explain(rule)
    if sys.stdout.isatty():  # rendered on a terminal; piped, the Markdown page as it is
        from newslint.output.terminal import render_markdown

        page = render_markdown(page, color="NO_COLOR" not in os.environ)
    sys.stdout.write(page)
    return EXIT_CLEAN


def _rules(fmt: str) -> int:
    from newslint.checks import load_rules
    from newslint.output.explain import rules_json, rules_markdown, rules_table

    render = {"json": rules_json, "markdown": rules_markdown, "text": rules_table}[fmt]
    sys.stdout.write(render(load_rules()))
    return EXIT_CLEAN


def _parse(file: str, kind: Literal["auto", "page", "fragment"] | None) -> int:
    from newslint.config.options import ConfigError
    from newslint.document.model import Document
    from newslint.document.reading import InputError, read_source
    from newslint.lib.settings import settings_for
    from newslint.output.parsed import parsed_article
    from newslint.run.engine import config_for

    path = Path(file)
    try:
        config = config_for(path)
        source = read_source(path)
    except (InputError, ConfigError) as exc:
        print(f"{file}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    settings = settings_for(config)
    try:
        doc = Document(source.text, file, kind or config.kind, settings.boilerplate)
        parsed = parsed_article(doc)
    except InputError as exc:  # a page past the parser's limits
        print(f"{file}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a newslint bug: say so in one line, as rule crashes do
        print(f"{file}: error: newslint could not read this article ({type(exc).__name__}: {exc})", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(parsed.model_dump_json(indent=2) + "\n")
    return EXIT_CLEAN
