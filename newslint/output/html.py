"""``--format html``: one self-contained page for editors.

For each article: its findings grouped by category, each with the rule's explanation and the
suggestion, the readability numbers, the story as newslint read it (headline and text, without
the page around it) and the article's source, with every finding highlighted where it is.
Findings and highlights link to each other, so the report is read with the keyboard alone. No
script, no external stylesheet, font or image: the file works offline and can be mailed or
attached to a ticket.
"""

from __future__ import annotations

import bisect
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import IO

from newslint.checks.rule import CATEGORIES, Finding, Rule, severity_rank
from newslint.document.reading import InputError, read_source
from newslint.output._counts import Counts
from newslint.output._docs import help_uri, rules_by_code, sentence, why
from newslint.output._story import StoryBlock, read_story
from newslint.run.engine import FileResult
from newslint.version import __version__

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WHOLE_FILE_LINES = 80  # shorter sources are shown whole; longer ones around their findings
_CONTEXT_LINES = 2
_LONG_LINE = 400  # longer lines (minified pages) are shown only around their findings
_AROUND = 120  # characters shown either side of a finding on a long line
_MAX_MARK = 400  # characters of one finding shown on a long line
_CODE_SPAN = re.compile(r"``(.+?)``|`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
  background: #fff; }
header, main, footer, nav { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; border-bottom: 1px solid #c4c4c4; }
h1 { font-size: 1.75rem; margin: .5rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-top: 2px solid #1b1b1b; padding-top: .75rem;
  overflow-wrap: anywhere; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: #1a4fa0; }
a:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.skip { position: absolute; left: -10000px; top: .5rem; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 1; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: #4a4a4a; }
.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
.files { padding-left: 1.25rem; }
.files li { overflow-wrap: anywhere; }
.finding { border-left: 4px solid #8a4b00; padding: .25rem 0 .25rem .75rem; margin: .75rem 0; }
.finding.sev-error { border-left-color: #a50e0e; }
.finding.sev-info { border-left-color: #1a4fa0; }
.finding p { margin: .2rem 0; }
.findings { list-style: none; padding: 0; }
.badge { display: inline-block; font: 600 .8rem/1.4 ui-monospace, Menlo, Consolas, monospace; color: #fff;
  background: #8a4b00; border-radius: .25rem; padding: 0 .3rem; text-decoration: none; }
.badge.sev-error { background: #a50e0e; }
td .badge { margin-right: .2rem; }
.badge.sev-info { background: #1a4fa0; }
mark { color: #1b1b1b; background: #fff1c2; border-bottom: 2px solid #8a4b00; }
mark.sev-error { background: #fde2e2; border-bottom-color: #a50e0e; }
mark.sev-info { background: #dde9fb; border-bottom-color: #1a4fa0; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .2rem .6rem; border-bottom: 1px solid #dcdcdc; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.source { width: 100%; background: #f7f7f7; font: .875rem/1.5 ui-monospace, Menlo, Consolas, monospace; }
table.source th { color: #4a4a4a; font-weight: normal; text-align: right; width: 4rem; user-select: none; }
table.source td { white-space: pre-wrap; overflow-wrap: anywhere; }
table.source tr.gap td { color: #4a4a4a; font-style: italic; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; }
.story { max-width: 44rem; font: 1.05rem/1.6 Georgia, "Times New Roman", serif; }
.story p { margin: .6rem 0; }
.story .headline { font-size: 1.4rem; font-weight: 700; line-height: 1.3; }
.story .heading { font-weight: 700; }
.story .quote { margin-left: 1.5rem; font-style: italic; }
.story .list-item { margin-left: 1.5rem; }
details { margin: .25rem 0; }
summary { cursor: pointer; color: #1a4fa0; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid #c4c4c4; }
"""


@dataclass(slots=True)
class _Mark:
    anchor: str
    target: str
    finding: Finding
    start: int
    end: int
    story: str | None = None  # its anchor in the story's text, where it is on the text


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    """One pass over the results: each article's section is spooled to a temporary file (memory stays
    flat on an archive) until the counts and the list of files that head the page are known."""
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as sections,
        tempfile.TemporaryFile("w+", encoding="utf-8") as files,
    ):
        counts = Counts()
        for i, r in enumerate(results):
            counts.add(r)
            state = f"could not be linted: {r.error}" if r.error else (_levels(r.findings) or "no findings")
            files.write(
                f'<li><a href="#file-{i}">{escape(r.path)}</a> <span class="muted">({escape(state)})</span></li>\n'
            )
            sections.writelines(_file(i, r))
        stream.writelines(_head(counts))
        files.seek(0)
        shutil.copyfileobj(files, stream)
        stream.write('</ol>\n</nav>\n<main id="main" tabindex="-1">\n')
        sections.seek(0)
        shutil.copyfileobj(sections, stream)
    stream.write(f'</main>\n<footer>\n<p class="muted">Written by newslint {escape(__version__)}.</p>\n</footer>\n')
    stream.write("</body>\n</html>\n")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _prose(text: str) -> str:
    """Docstring prose as HTML: escaped, with its ``code`` and **bold** kept."""
    out = escape(text, quote=False)
    out = _CODE_SPAN.sub(lambda m: f"<code>{m.group(1) or m.group(2)}</code>", out)
    return _BOLD.sub(r"<strong>\1</strong>", out)


def _levels(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    return ", ".join(
        f"{counts[s]} info" if s == "info" else _plural(counts[s], s) for s in ("error", "warning", "info") if counts[s]
    )


def _head(counts: Counts) -> Iterator[str]:
    findings = counts.findings
    title = f"newslint report: {_plural(findings, 'finding')} in {_plural(counts.files, 'file')}"
    yield (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="newslint {escape(__version__)}">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#main">Skip to the findings</a>\n'
        "<header>\n<h1>newslint report</h1>\n"
    )
    summary = f"{_plural(findings, 'finding')} in {_plural(counts.files, 'file')}"
    if counts.errors:
        summary += f"; {_plural(counts.errors, 'file')} could not be linted"
    yield f"<p>{escape(summary)}.</p>\n"
    if findings:
        yield '<ul class="counts">'
        for sev, n in counts.by_severity.most_common():
            yield f'<li><span class="badge sev-{sev}">{sev}</span> {n}</li>'
        for cat in CATEGORIES.values():
            if counts.by_category[cat]:
                yield f"<li>{cat}: {counts.by_category[cat]}</li>"
        yield "</ul>\n"
    yield "</header>\n"
    yield '<nav aria-labelledby="files-heading">\n<h2 id="files-heading">Files</h2>\n<ol class="files">\n'


def _file(i: int, result: FileResult) -> Iterator[str]:
    yield f'<section id="file-{i}" aria-labelledby="file-{i}-h">\n<h2 id="file-{i}-h">{escape(result.path)}</h2>\n'
    if result.error:
        yield f"<p>Could not be linted: {escape(result.error)}.</p>\n</section>\n"
        return
    kind = f"{result.kind}, " if result.kind else ""
    yield f'<p class="muted">{escape(kind)}{escape(_plural(len(result.findings), "finding"))}'
    yield f"{' (' + _levels(result.findings) + ')' if result.findings else ''}.</p>\n"
    if not result.findings:
        yield from _metrics(i, result)
        yield "</section>\n"
        return
    marks = [_Mark(f"at-{i}-{k}", f"f-{i}-{k}", f, f.start, f.end) for k, f in enumerate(result.findings)]
    yield "<h3>Findings</h3>\n"
    order = {cat: n for n, cat in enumerate(CATEGORIES.values())}
    by_category: dict[str, list[_Mark]] = {}
    for m in sorted(marks, key=lambda m: order.get(m.finding.category, 99)):
        by_category.setdefault(m.finding.category, []).append(m)
    source = _source(result.path)
    story = read_story(source, result.kind, result.findings) if source is not None else []
    for block in story:
        for _, _, k in block.spans:
            marks[k].story = f"st-{i}-{k}"
    for category, group in by_category.items():
        yield f'<h4>{escape(category.capitalize())} ({len(group)})</h4>\n<ol class="findings">\n'
        for m in group:
            yield _finding(m, linked=source is not None)
        yield "</ol>\n"
    yield from _metrics(i, result)
    if story:
        yield from _story(story, marks)
    yield "<h3>Where they are in the source</h3>\n"
    if source is None:
        yield "<p>The source could not be read again to show the findings in place.</p>\n</section>\n"
        return
    yield from _source_table(i, result.path, source, marks)
    yield "</section>\n"


def _story(story: list[StoryBlock], marks: list[_Mark]) -> Iterator[str]:
    """The headline and the story's text as an editor reads them, findings marked where they are."""
    yield (
        '<h3>The story</h3>\n<p class="muted">As newslint read it: the headline and the story\'s text,'
        " without the page around it. Findings about markup are marked in the source below.</p>\n"
        '<div class="story">\n'
    )
    for block in story:
        placed = [
            replace(marks[k], anchor=marks[k].story or marks[k].anchor, start=start, end=end)
            for start, end, k in block.spans
        ]
        yield f'<p class="{block.role}">{_window(block.text, 0, len(block.text), placed)}</p>\n'
    yield "</div>\n"


def _metrics(i: int, result: FileResult) -> Iterator[str]:
    if not result.metrics:
        return
    yield "<h3>Readability</h3>\n"
    yield f'<table aria-describedby="file-{i}-h">\n<thead><tr><th scope="col">measure</th>'
    yield '<th scope="col">value</th></tr></thead>\n<tbody>\n'
    for name, value in result.metrics.items():
        shown = str(value) if isinstance(value, int) else f"{value:.2f}".rstrip("0").rstrip(".")
        yield f'<tr><th scope="row">{escape(name.replace("_", " "))}</th><td class="num">{escape(shown)}</td></tr>\n'
    yield "</tbody>\n</table>\n"


def _finding(m: _Mark, linked: bool) -> str:
    f = m.finding
    rule = rules_by_code().get(f.code)
    where = f"line {f.line}, column {f.column}"
    where = f'<a href="#{m.anchor}">{where}</a>' if linked else where
    if m.story:
        where += f' (<a href="#{m.story}">in the story</a>)'
    fix = " This fix is safe: <code>newslint check --fix</code> applies it." if f.suggestion.applies else ""
    if f.suggestion.applies_unsafely:
        fix = " It may change meaning: <code>newslint check --fix --unsafe-fixes</code> applies it; read the result."
    out = [
        f'<li id="{m.target}" class="finding sev-{f.severity}">\n',
        f'<p>{where} <span class="badge sev-{f.severity}">{f.severity}</span>'
        f" <code>{f.code}</code> {escape(f.name)}</p>\n",
        f"<p>{escape(sentence(f.message))}</p>\n",
        f"<p><strong>Suggestion:</strong> {escape(sentence(f.suggestion.message))}{fix}</p>\n",
    ]
    if rule is not None:
        out.append(_why(rule))  # type: ignore[arg-type]  # a class is hashable (python/mypy#11470)
    out.append("</li>\n")
    return "".join(out)


@cache
def _why(rule: type[Rule]) -> str:
    """A finding's "Why it matters", the same for every finding of the rule."""
    more = help_uri(rule)
    link = f' <a href="{escape(more)}">Read more about {rule.code}</a>.' if more else ""
    reason = why(rule)  # type: ignore[arg-type]  # a class is hashable (python/mypy#11470)
    return (
        f"<details><summary>Why {rule.code} matters</summary>\n"
        f"<p>{_prose(sentence(rule.summary))} {_prose(reason)}{link}</p>\n</details>\n"
    )


def _source(path: str) -> str | None:
    if path == "-":
        return None
    try:
        return read_source(Path(path)).text
    except InputError:
        return None


def _source_table(i: int, path: str, text: str, marks: list[_Mark]) -> Iterator[str]:
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    if len(starts) > 1 and starts[-1] == len(text):
        starts.pop()  # the text ends with a line break: no empty last line
    total = len(starts)
    for m in marks:  # the file may have changed since it was linted: keep every span inside it
        m.start = min(max(m.start, 0), len(text))
        m.end = min(max(m.end, m.start), len(text))
        n = bisect.bisect_right(starts, m.start) - 1
        line_end = len(text[starts[n] : starts[n + 1] if n + 1 < total else len(text)].rstrip("\r\n")) + starts[n]
        m.start = min(m.start, line_end)  # a span that starts on a line break is shown at the end of its line
    if total <= _WHOLE_FILE_LINES:
        shown = set(range(total))
    else:
        shown = set()
        for m in marks:
            first = bisect.bisect_right(starts, m.start) - 1
            last = min(bisect.bisect_right(starts, max(m.end - 1, m.start)) - 1, first + 5)
            shown.update(range(max(0, first - _CONTEXT_LINES), min(total, last + _CONTEXT_LINES + 1)))
    yield (
        f'<table class="source" aria-describedby="file-{i}-h">\n'
        f'<caption class="vh">Source of {escape(path)}, findings marked</caption>\n'
        '<thead class="vh"><tr><th scope="col">line</th><th scope="col">source</th></tr></thead>\n<tbody>\n'
    )
    previous = -1
    for n in sorted(shown):
        if n > previous + 1:
            yield f'<tr class="gap"><td colspan="2">{_plural(n - previous - 1, "line")} not shown</td></tr>\n'
        previous = n
        begin = starts[n]
        end = starts[n + 1] if n + 1 < total else len(text)
        while end > begin and text[end - 1] in "\r\n":
            end -= 1
        yield f'<tr><th scope="row">{n + 1}</th><td>{_line(text, begin, end, marks)}</td></tr>\n'
    if previous < total - 1:
        yield f'<tr class="gap"><td colspan="2">{_plural(total - previous - 1, "line")} not shown</td></tr>\n'
    yield "</tbody>\n</table>\n"


def _line(text: str, begin: int, end: int, marks: list[_Mark]) -> str:
    """One source line, escaped, with findings marked; a long line only around its findings."""
    here = [m for m in marks if m.start <= end and m.end >= begin and (m.start < end or m.start == m.end)]
    if end - begin <= _LONG_LINE:
        windows = [(begin, end)]
    elif here:
        windows = []
        for m in sorted(here, key=lambda m: m.start):
            lo, hi = max(begin, m.start - _AROUND), min(end, min(m.end, m.start + _MAX_MARK) + _AROUND)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
            else:
                windows.append((lo, hi))
    else:
        windows = [(begin, begin + _AROUND)]
    out = []
    for lo, hi in windows:
        if lo > begin:
            out.append('<span class="muted">…</span>')
        out.append(_window(text, lo, hi, here))
        if hi < end:
            out.append('<span class="muted">…</span>')
    return "".join(out)


def _window(text: str, lo: int, hi: int, marks: list[_Mark]) -> str:
    cuts = sorted({lo, hi, *(p for m in marks for p in (m.start, m.end) if lo < p < hi)})
    out: list[str] = []
    for a, b in pairwise(cuts):
        out.extend(_badge(m) for m in marks if m.start == a)
        covering = [m.finding for m in marks if m.start <= a < m.end]
        piece = escape(text[a:b], quote=False)
        if covering:
            worst = max(covering, key=lambda f: severity_rank(f.severity)).severity
            out.append(f'<mark class="sev-{worst}">{piece}</mark>')
        else:
            out.append(piece)
    out.extend(_badge(m) for m in marks if m.start == hi and m.start == m.end)
    return "".join(out)


def _badge(m: _Mark) -> str:
    f = m.finding
    return (
        f'<a id="{m.anchor}" class="badge sev-{f.severity}" href="#{m.target}">{f.code}'
        f'<span class="vh"> ({f.severity}, {escape(f.name)}): go to the finding </span></a>'
    )
