"""The pure core: HTML text and a configuration in, findings out.

``lint_html`` and ``lint_path`` read nothing but their arguments (and, for ``lint_path``, the
file and its configuration), write nothing, and return plain picklable data, so an archive
job on any engine can map them over files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from newslint.checks.rule import Candidate, Finding, Rule, Suggestion
from newslint.config.options import Config, ConfigError, Severity, find_config, load_config
from newslint.config.packs import PackError
from newslint.document.model import Document
from newslint.document.reading import InputError, Source, read_source
from newslint.document.tree import Kind, text_of
from newslint.lib.settings import Settings, settings_for
from newslint.run.selection import Selection, SelectionError, selection_for
from newslint.run.suppression import Suppressions

_EXCERPT_CHARS = 120


@dataclass(slots=True)
class FileResult:
    """The outcome for one file: its findings, or the one-line reason it could not be linted."""

    path: str
    kind: Kind | None = None
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    # Findings that only a look across many files can confirm (NL204, NL505); see newslint.run.across.
    candidates: list[Candidate] = field(default_factory=list)
    # Per-file numbers a person compares across articles (readability scores), by name.
    metrics: dict[str, float] = field(default_factory=dict)
    # The story's headline as read, when the rules needed the story's regions (reports list files by it).
    headline: str | None = None


def lint_html(text: str, config: Config | None = None, path: str = "<string>") -> list[Finding]:
    """Lint one article's HTML text; raises :class:`InputError` only for a page the parser cannot read
    whole (past the limits in :mod:`newslint.document.limits` and :mod:`newslint.document.tree`)."""
    settings = prepare(config or Config())
    return lint_document(Document(text, path, settings.config.kind, settings.boilerplate), settings)


def prepare(config: Config) -> Settings:
    """The settings of a configuration, once its rule selection (SelectionError) and packs (PackError) are checked."""
    selection_for(config)
    return settings_for(config)


def lint_document(doc: Document, settings: Settings) -> list[Finding]:
    """Run the selected rules on a document, then suppress, re-grade and locate the findings."""
    selection = selection_for(settings.config)
    return _lint(doc, settings, selection, selection.rules_for(doc.path), across=False)[0]


def lint_file(doc: Document, settings: Settings) -> FileResult:
    """The result for one file of a run: its findings and its candidates for findings across files."""
    selection = selection_for(settings.config)
    rules = selection.rules_for(doc.path)
    findings, candidates = _lint(doc, settings, selection, rules, across=True)
    metrics = _metrics(doc, settings, rules)
    return FileResult(doc.path, doc.kind, None, findings, candidates, metrics, _headline(doc))


_HEADLINE_CHARS = 200


def _headline(doc: Document) -> str | None:
    """The headline, if a rule had the regions recognised: a report's label is not worth a pass of its own."""
    regions = doc.__dict__.get("regions")  # Document.regions is a cached_property: present once computed
    if regions is None or regions.headline is None:
        return None
    text = " ".join(text_of(regions.headline).split())
    return (text if len(text) <= _HEADLINE_CHARS else text[: _HEADLINE_CHARS - 1] + "…") or None


def _metrics(doc: Document, settings: Settings, rules: list[Rule]) -> dict[str, float]:
    """What the selected rules that measure contribute; a failure there is already a finding of ``check``."""
    metrics: dict[str, float] = {}
    for rule in rules:
        if rule.measures and not (rule.page_only and doc.kind != "page"):
            try:
                metrics.update(rule.metrics(doc, settings))
            except Exception:
                continue
    return metrics


def _lint(
    doc: Document, settings: Settings, selection: Selection, rules: list[Rule], across: bool
) -> tuple[list[Finding], list[Candidate]]:
    """The findings of the file's rules and (``across``) the candidates of those across files, located."""
    findings: list[Finding] = []
    candidates: list[Candidate] = []
    for rule in sorted(rules, key=lambda r: r.across_files):  # the rules across files last
        if (rule.page_only and doc.kind != "page") or (rule.across_files and not across):
            continue
        try:
            if rule.across_files:
                candidates.extend(rule.candidates(doc, settings))
            else:
                findings.extend(rule.check(doc, settings))
        except Exception as exc:  # a broken rule is reported, never fatal
            findings.append(crash(rule, exc))
    if not findings and not candidates:
        return findings, candidates
    shown = _shown(doc, selection.severity)
    findings = fold(sorted(filter(shown, findings), key=_order), selection.one_per_page)
    return findings, sorted((c for c in candidates if shown(c.finding)), key=lambda c: _order(c.finding))


def _shown(doc: Document, severity: dict[str, Severity]) -> Callable[[Finding], bool]:
    """Whether a finding is shown (no comment suppresses it), locating and re-grading it on the way."""
    suppressions = Suppressions(doc)

    def shown(f: Finding) -> bool:
        f.line, f.column = doc.position(f.start)
        if suppressions and f.code != "NL901" and suppressions.hides(f, f.line):
            return False
        f.end_line, f.end_column = doc.position(max(f.end, f.start))
        f.severity = severity.get(f.code, f.severity)
        excerpt = doc.text[f.start : f.end]
        f.excerpt = excerpt if len(excerpt) <= _EXCERPT_CHARS else excerpt[: _EXCERPT_CHARS - 1] + "…"
        return True

    return shown


_LISTED_LINES = 5


def fold(findings: list[Finding], folding: frozenset[str]) -> list[Finding]:
    """One finding per page for the rules whose repeats share one cause: the first, naming the others' lines.

    The findings given are left as they are: a folded finding is a new one."""
    if not folding:
        return findings
    first: dict[str, int] = {}
    others: dict[str, list[int]] = {}
    kept = []
    for f in findings:
        if f.code not in folding or f.suggestion.replacement is not None:
            kept.append(f)
        elif f.code in first:
            others[f.code].append(f.line)
        else:
            first[f.code] = len(kept)
            others[f.code] = []
            kept.append(f)
    for code, lines in others.items():
        if lines:
            distinct = list(dict.fromkeys(lines))  # several on one line (minified markup) name it once
            shown = ", ".join(map(str, distinct[:_LISTED_LINES]))
            rest = f" and {len(distinct) - _LISTED_LINES} more" if len(distinct) > _LISTED_LINES else ""
            noun = "line" if len(distinct) == 1 else "lines"
            f = kept[first[code]]
            kept[first[code]] = replace(
                f, message=f"{f.message} ({len(lines)} more {code} on this page: {noun} {shown}{rest})"
            )
    return kept


def _order(f: Finding) -> tuple[int, str, int]:
    return f.start, f.code, f.end


def crash(rule: Rule, exc: Exception) -> Finding:
    """The finding that reports a rule that raised (NL901), at the start of the file."""
    crashed = Rule.registry["NL901"]
    detail = " ".join(str(exc).split())[:200]
    return Finding(
        code=crashed.code,
        name=crashed.name,
        category=crashed.category(),
        severity=crashed.severity,
        message=f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {detail}",
        start=0,
        end=0,
        suggestion=Suggestion(f"Report this to the newslint maintainers; meanwhile --ignore {rule.code}"),
    )


def config_for(path: Path) -> Config:
    """The configuration that governs a file: the nearest config file above it, or the defaults."""
    found = find_config(path.parent)
    return load_config(found) if found else Config()


def lint_path(path: str | Path, config: Config | None = None) -> FileResult:
    """Lint one file. Unreadable input and bad configuration become the result's ``error``."""
    result, _ = lint_path_with_source(path, config)
    return result


def lint_path_with_source(path: str | Path, config: Config | None = None) -> tuple[FileResult, Source | None]:
    """Like :func:`lint_path`, also returning the decoded source (for fixes)."""
    name = str(path)
    try:
        config = config or config_for(Path(path))
        settings = prepare(config)
        source = read_source(Path(path))
        doc = Document(source.text, name, config.kind, settings.boilerplate)
        return lint_file(doc, settings), source
    except (InputError, ConfigError, PackError, SelectionError) as exc:
        return FileResult(name, None, str(exc)), None
