"""``--format html``: one self-contained page for editors.

Files are listed by headline, the path beside it. Each article opens with a summary (findings
per family, the reading grade, the three findings to fix first), then its findings by family, one
card per rule (its findings in the file, counted), each with the rule's explanation and the
suggestion; the readability numbers; the story as newslint read it (headline and text, without the
page around it); and the article's source, with every finding highlighted where it is. Findings and
highlights link to each other, so the report is read with the keyboard alone. Filters by severity,
family and rule are plain form controls run by a short script inside the page; without scripts
they stay hidden and everything is shown. No external script, stylesheet, font or image: the file
works offline and can be mailed or attached to a ticket.
"""

from __future__ import annotations

import bisect
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from html import escape
from itertools import accumulate, groupby, pairwise
from pathlib import Path
from typing import IO

from newslint.checks.rule import CATEGORIES, SEVERITIES, Finding, Rule, severity_rank
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
_FIX_FIRST = 3  # findings named in each article's summary
_CODE_SPAN = re.compile(r"``(.+?)``|`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ORDER = {cat: n for n, cat in enumerate(CATEGORIES.values())}
_WORST_FIRST = tuple(reversed(SEVERITIES))

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
  background: #fff; overflow-wrap: break-word; }
header, main, footer, nav { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; border-bottom: 1px solid #c4c4c4; }
h1 { font-size: 1.75rem; margin: .5rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-top: 2px solid #1b1b1b; padding-top: .75rem;
  overflow-wrap: anywhere; }
header h2 { font-size: 1.1rem; border: 0; margin: 1rem 0 .25rem; padding: 0; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: #1a4fa0; }
a:focus-visible, summary:focus-visible, [tabindex]:focus-visible, input:focus-visible, select:focus-visible {
  outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.skip { position: absolute; left: -10000px; top: .5rem; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 1; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: #4a4a4a; }
.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: flex-start; margin: 0 0 1rem; }
.filters fieldset { border: 1px solid #c4c4c4; border-radius: .25rem; margin: 0; padding: .25rem .75rem .5rem;
  min-width: 0; max-width: 100%; }
.filters legend { font-weight: 600; padding: 0 .25rem; }
.filters label { display: inline-block; margin-right: 1rem; white-space: nowrap; }
.filters input { width: 1.1rem; height: 1.1rem; margin: 0 .35rem 0 0; vertical-align: -.15rem; }
.filters select { font: inherit; max-width: 100%; padding: .15rem; }
.filters .rule label { display: block; font-weight: 600; }
.filters .rule { max-width: 100%; }
.filters p { margin: 0; }
#shown { flex-basis: 100%; }
.files { padding-left: 1.5rem; }
.files li { overflow-wrap: anywhere; margin: .2rem 0; }
.path { font: .85rem/1.4 ui-monospace, Menlo, Consolas, monospace; color: #4a4a4a; overflow-wrap: anywhere; }
.glance { background: #f2f5fa; border-radius: .25rem; padding: .25rem 1rem .5rem; }
.glance h3 { margin-top: .75rem; font-size: 1rem; }
.glance ol { margin: .25rem 0; padding-left: 1.5rem; }
.finding { border-left: 4px solid #8a4b00; padding: .25rem 0 .25rem .75rem; margin: .75rem 0; }
.finding.sev-error { border-left-color: #a50e0e; }
.finding.sev-info { border-left-color: #1a4fa0; }
.finding p { margin: .2rem 0; }
.findings { list-style: none; padding: 0; }
.places { margin: .2rem 0; padding-left: 1.5rem; }
.count { font-weight: 600; }
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
section.file { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid #c4c4c4; }
@media (max-width: 30rem) { header, main, footer, nav { padding: 0 .75rem; } table.source th { width: 2.5rem; } }
"""

# The filters: a card shows when its severity and family are ticked and the rule is the one chosen
# (or every rule); an article, its entry in the list of files and a family's heading show while
# one of their cards does; a highlight's badge while its card does.
_SCRIPT = """
(() => {
  const form = document.getElementById('filters');
  if (!form) return;
  const cards = [...document.querySelectorAll('li.finding')];
  const files = [...document.querySelectorAll('section.file')];
  const lists = [...document.querySelectorAll('ol.findings')];
  const links = [...document.querySelectorAll('main a.badge[href], .first a[href]')];
  const entries = new Map([...document.querySelectorAll('nav [data-file]')].map((li) => [li.dataset.file, li]));
  const total = cards.reduce((n, c) => n + Number(c.dataset.count), 0);
  const plural = (n, w) => n + ' ' + w + (n === 1 ? '' : 's');
  const ticked = (name) => new Set([...form.querySelectorAll('input[name=' + name + ']:checked')].map((i) => i.value));
  const apply = () => {
    const severity = ticked('severity'), family = ticked('family'), rule = form.elements.rule.value;
    const all = !rule && form.querySelectorAll('input:not(:checked)').length === 0;
    let shown = 0;
    for (const card of cards) {
      card.hidden = !(severity.has(card.dataset.severity) && family.has(card.dataset.family)
                      && (!rule || card.dataset.rule === rule));
      if (!card.hidden) shown += Number(card.dataset.count);
    }
    for (const list of lists) {
      const none = !list.querySelector('li.finding:not([hidden])');
      list.hidden = none;
      list.previousElementSibling.hidden = none;
    }
    let showing = 0;
    for (const file of files) {
      file.hidden = !all && !file.querySelector('li.finding:not([hidden])');
      entries.get(file.id).hidden = file.hidden;
      if (!file.hidden) showing += 1;
    }
    for (const a of links) {
      const target = document.getElementById(a.getAttribute('href').slice(1));
      const card = target && target.closest('li.finding');
      if (card) (a.closest('.first li') || a).hidden = card.hidden;
    }
    document.getElementById('shown').textContent = all
      ? 'Showing every finding: ' + plural(total, 'finding') + ' in ' + plural(files.length, 'file') + '.'
      : 'Showing ' + shown + ' of ' + plural(total, 'finding') + ', in ' + plural(showing, 'file') + '.';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
})();
"""


@dataclass(slots=True)
class _Mark:
    anchor: str
    target: str
    finding: Finding
    start: int
    end: int
    story: str | None = None  # its anchor in the story's text, where it is on the text


@dataclass(slots=True)
class _Card:
    """One rule's findings in one file."""

    anchor: str
    marks: list[_Mark] = field(default_factory=list)

    @property
    def first(self) -> Finding:
        return self.marks[0].finding

    @property
    def severity(self) -> str:
        return max((m.finding.severity for m in self.marks), key=severity_rank)


def render(results: Sequence[FileResult], stream: IO[str], *, color: bool = False) -> None:
    """One pass over the results: each article's section is spooled to a temporary file (memory stays
    flat on an archive) until the counts, the filters and the list of files that head the page are known."""
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as sections,
        tempfile.TemporaryFile("w+", encoding="utf-8") as files,
    ):
        counts = Counts()
        rules: Counter[tuple[str, str]] = Counter()
        for i, r in enumerate(results):
            counts.add(r)
            rules.update((f.code, f.name) for f in r.findings)
            article = _Article.read(i, r)
            files.write(article.entry())
            sections.writelines(article.section())
        stream.writelines(_head(counts, rules))
        files.seek(0)
        shutil.copyfileobj(files, stream)
        stream.write('</ol>\n</nav>\n<main id="main" tabindex="-1">\n')
        sections.seek(0)
        shutil.copyfileobj(sections, stream)
    stream.write(f'</main>\n<footer>\n<p class="muted">Written by newslint {escape(__version__)}.</p>\n</footer>\n')
    stream.write(f"<script>{_SCRIPT}</script>\n</body>\n</html>\n")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _prose(text: str) -> str:
    """Docstring prose as HTML: escaped, with its ``code`` and **bold** kept."""
    out = escape(text, quote=False)
    out = _CODE_SPAN.sub(lambda m: f"<code>{m.group(1) or m.group(2)}</code>", out)
    return _BOLD.sub(r"<strong>\1</strong>", out)


def _levels(findings: list[Finding]) -> str:
    counts: Counter[str] = Counter(f.severity for f in findings)
    return ", ".join(f"{counts[s]} info" if s == "info" else _plural(counts[s], s) for s in _WORST_FIRST if counts[s])


def _head(counts: Counts, rules: Counter[tuple[str, str]]) -> Iterator[str]:
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
        yield from _filters(counts, rules)
    yield "</header>\n"
    yield '<nav aria-labelledby="files-heading">\n<h2 id="files-heading">Files</h2>\n<ol class="files">\n'


def _filters(counts: Counts, rules: Counter[tuple[str, str]]) -> Iterator[str]:
    """The filter form, hidden until the page's script shows it (it does nothing without)."""
    yield '<form id="filters" class="filters" hidden aria-labelledby="filters-h">\n'
    yield '<h2 id="filters-h" class="vh">Filter the findings</h2>\n'
    yield "<fieldset><legend>Severity</legend>\n"
    for sev in _WORST_FIRST:
        if counts.by_severity[sev]:
            yield (
                f'<label><input type="checkbox" name="severity" value="{sev}" checked>'
                f"{sev} ({counts.by_severity[sev]})</label>\n"
            )
    yield "</fieldset>\n<fieldset><legend>Family</legend>\n"
    for cat in CATEGORIES.values():
        if counts.by_category[cat]:
            yield (
                f'<label><input type="checkbox" name="family" value="{cat}" checked>'
                f"{cat} ({counts.by_category[cat]})</label>\n"
            )
    yield '</fieldset>\n<p class="rule"><label for="rule">Rule</label>\n<select id="rule" name="rule">\n'
    yield f'<option value="">every rule ({len(rules)})</option>\n'
    for (code, name), n in sorted(rules.items()):
        yield f'<option value="{code}">{code} {escape(name)} ({n})</option>\n'
    yield '</select></p>\n<p id="shown" role="status"></p>\n</form>\n'


@dataclass(slots=True)
class _Article:
    """One file of the report: its findings as marks and cards, its source and story when it has findings."""

    i: int
    result: FileResult
    headline: str | None = None
    marks: list[_Mark] = field(default_factory=list)
    cards: list[_Card] = field(default_factory=list)
    source: str | None = None
    story: list[StoryBlock] = field(default_factory=list)

    @classmethod
    def read(cls, i: int, result: FileResult) -> _Article:
        article = cls(i, result, result.headline)
        if result.error or not result.findings:
            return article
        article.marks = [_Mark(f"at-{i}-{k}", f"f-{i}-{k}", f, f.start, f.end) for k, f in enumerate(result.findings)]
        by_rule: dict[str, _Card] = {}
        for m in article.marks:
            code = m.finding.code
            if code not in by_rule:
                by_rule[code] = _Card(f"c-{i}-{len(by_rule)}")
            by_rule[code].marks.append(m)
        article.cards = sorted(by_rule.values(), key=lambda c: _ORDER.get(c.first.category, 99))
        article.source = _source(result.path)
        if article.source is not None:
            article.story = read_story(article.source, result.kind, result.findings)
            for block in article.story:
                for _, _, k in block.spans:
                    article.marks[k].story = f"st-{i}-{k}"
            if article.headline is None and article.story and article.story[0].role == "headline":
                article.headline = " ".join(article.story[0].text.split()) or None
        return article

    def entry(self) -> str:
        """Its line in the list of files: the headline, the path beside it, what was found."""
        r, path = self.result, escape(self.result.path)
        state = f"could not be linted: {r.error}" if r.error else (_levels(r.findings) or "no findings")
        name = f'{escape(self.headline)}</a> <span class="path">{path}</span>' if self.headline else f"{path}</a>"
        return (
            f'<li data-file="file-{self.i}"><a href="#file-{self.i}">{name}'
            f' <span class="muted">({escape(state)})</span></li>\n'
        )

    def section(self) -> Iterator[str]:
        i, r = self.i, self.result
        yield f'<section id="file-{i}" class="file" aria-labelledby="file-{i}-h">\n'
        yield f'<h2 id="file-{i}-h">{escape(self.headline or r.path)}</h2>\n'
        if r.error:
            yield f'<p class="path">{escape(r.path)}</p>\n'
            yield f"<p>Could not be linted: {escape(r.error)}.</p>\n</section>\n"
            return
        kind = f"{r.kind}, " if r.kind else ""
        levels = f" ({_levels(r.findings)})" if r.findings else ""
        yield f'<p><span class="path">{escape(r.path)}</span><br>'
        yield f'<span class="muted">{escape(kind)}{_plural(len(r.findings), "finding")}{levels}.</span></p>\n'
        if not r.findings:
            yield from _metrics(i, r)
            yield "</section>\n"
            return
        yield from self._glance()
        yield "<h3>Findings</h3>\n"
        linked = self.source is not None
        for category, cards in groupby(self.cards, key=lambda c: c.first.category):
            group = list(cards)
            n = sum(len(c.marks) for c in group)
            yield f'<h4>{escape(category.capitalize())} ({n})</h4>\n<ol class="findings">\n'
            for card in group:
                yield _card(card, linked)
            yield "</ol>\n"
        yield from _metrics(i, r)
        if self.story:
            yield from _story(self.story, self.marks)
        yield "<h3>Where they are in the source</h3>\n"
        if self.source is None:
            yield "<p>The source could not be read again to show the findings in place.</p>\n</section>\n"
            return
        yield from _source_table(i, r.path, self.source, self.marks)
        yield "</section>\n"

    def _glance(self) -> Iterator[str]:
        """The article's summary: findings per family, the reading grade, the findings to fix first."""
        by_family = Counter(f.category for f in self.result.findings)
        yield '<div class="glance">\n<ul class="counts">'
        for cat in CATEGORIES.values():
            if by_family[cat]:
                yield f"<li>{cat}: {by_family[cat]}</li>"
        grade, words = self.result.metrics.get("flesch_kincaid_grade"), self.result.metrics.get("words")
        if grade is not None:
            length = f", {int(words)} words" if words else ""
            yield f"<li>reading grade {grade:.1f} (Flesch-Kincaid){length}</li>"
        yield '</ul>\n<h3>Fix these first</h3>\n<ol class="first">\n'
        first = sorted(
            self.cards, key=lambda c: (-severity_rank(c.severity), -len(c.marks), c.first.start, c.first.code)
        )
        for card in first[:_FIX_FIRST]:
            f = card.first
            more = f", {len(card.marks)} findings" if len(card.marks) > 1 else ""
            yield (
                f'<li><a href="#{card.anchor}"><code>{f.code}</code> {escape(f.name)}</a>'
                f" ({card.severity}{more}): {escape(sentence(f.message))}</li>\n"
            )
        yield "</ol>\n</div>\n"


def _card(card: _Card, linked: bool) -> str:
    """One rule's findings in one file: the rule, where each finding is, what it says and what to do."""
    f, n = card.first, len(card.marks)
    messages = {m.finding.message for m in card.marks}
    suggestions = {(m.finding.suggestion.message, _fix(m.finding)) for m in card.marks}
    count = f' <span class="count">{n} findings</span>' if n > 1 else ""
    out = [
        f'<li id="{card.anchor}" class="finding sev-{card.severity}" data-severity="{card.severity}"'
        f' data-family="{f.category}" data-rule="{f.code}" data-count="{n}">\n'
        f'<p><span class="badge sev-{card.severity}">{card.severity}</span> <code>{f.code}</code>'
        f" {escape(f.name)}{count}</p>\n"
    ]
    if n == 1:
        m = card.marks[0]
        out.append(f'<p id="{m.target}">{_where(m, linked)}: {escape(sentence(f.message))}</p>\n')
    else:
        if len(messages) == 1:
            out.append(f"<p>{escape(sentence(f.message))}</p>\n")
        out.append('<ol class="places">\n')
        for m in card.marks:
            said = f": {escape(sentence(m.finding.message))}" if len(messages) > 1 else ""
            own = f" {_suggestion(m.finding)}" if len(suggestions) > 1 else ""
            out.append(f'<li id="{m.target}">{_where(m, linked)}{said}{own}</li>\n')
        out.append("</ol>\n")
    if len(suggestions) == 1:
        out.append(f"<p>{_suggestion(f)}</p>\n")
    rule = rules_by_code().get(f.code)
    if rule is not None:
        out.append(_why(rule))  # type: ignore[arg-type]  # a class is hashable (python/mypy#11470)
    out.append("</li>\n")
    return "".join(out)


def _where(m: _Mark, linked: bool) -> str:
    f = m.finding
    where = f"line {f.line}, column {f.column}"
    where = f'<a href="#{m.anchor}">{where}</a>' if linked else where
    if m.story:
        where += f' (<a href="#{m.story}">in the story</a>)'
    return where


def _suggestion(f: Finding) -> str:
    return f"<strong>Suggestion:</strong> {escape(sentence(f.suggestion.message))}{_fix(f)}"


def _fix(f: Finding) -> str:
    if f.suggestion.applies_unsafely:
        return " It may change meaning: <code>newslint check --fix --unsafe-fixes</code> applies it; read the result."
    return " This fix is safe: <code>newslint check --fix</code> applies it." if f.suggestion.applies else ""


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
    starts = _line_starts(text)
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


def _line_starts(text: str) -> list[int]:
    """Where each line starts, lines ending at CR LF, CR or LF as the engine counts them (a line break at the
    end starts no line). A text with one kind of line break is split at it: twice as fast as a scan."""
    cr, lf = text.count("\r"), text.count("\n")
    one = "\n" if not cr else "\r" if not lf else "\r\n" if cr == lf == text.count("\r\n") else None
    if one is None:
        starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    else:
        starts = [0, *accumulate(len(line) + len(one) for line in text.split(one))]
        starts.pop()  # past the end of the text
    if len(starts) > 1 and starts[-1] == len(text):
        starts.pop()  # the text ends with a line break: no empty last line
    return starts


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
