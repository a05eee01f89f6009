"""Rule documentation: a rule's page and the listings of ``newslint rules``.

The page is built from the rule's metadata, its docstring (what it does, **Why**, **Fix**,
**References**) and its spec (``rules/<family>/<CODE>.yaml``: the cases where it fires and where it
stays silent, the precision measured on real pages). ``newslint rule CODE`` prints it, SARIF carries
it as the rule's help, and ``docs/rules/CODE.md`` is it (written by :mod:`newslint.output.rule_docs`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from newslint.checks.rule import Rule
from newslint.config.specs import Case, FiringCase, Precision, RuleSpec, load_spec
from newslint.output._docs import act_url, axe_url, sections, sentence, wcag_url

_FIXES = {
    "safe": "safe, applied by `--fix`",
    "mixed": "safe where the finding says so, applied by `--fix`; the others only by `--fix --unsafe-fixes`",
    "unsafe": "suggested, not applied by `--fix`; `--fix --unsafe-fixes` applies it",
    "suggested": "suggested, not applied",
}
# What a Markdown viewer would read as markup, not show: HTML tags and character references.
_MARKUP = re.compile(r"</?[A-Za-z][^<>\n]*>|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);(?:[\w#]+;)?")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def explain(rule: type[Rule]) -> str:
    """The rule's page as Markdown."""
    spec = load_spec(rule.code)
    docs = sections(rule)
    rows = [
        ("category", rule.category()),
        ("default severity", rule.severity),
        ("on by default", on_by_default(rule)),
        ("applies to", "pages only" if rule.page_only else "pages and fragments"),
        ("fix", _FIXES[fix_kind(rule, spec)]),
    ]
    if refs := maps_to(rule):
        rows.append(("maps to", ", ".join(refs)))
    rows.append(("measured precision", precision(spec)))
    out = [f"# {rule.code} {rule.name}", "", prose(sentence(rule.summary)), "", "| | |", "|---|---|"]
    out += [f"| {name} | {cell(value)} |" for name, value in rows]
    out += ["", *_section("What it does", docs[""] or sentence(rule.summary))]
    out += _section("Why it matters", docs.get("Why", ""))
    if spec is not None:
        out += _examples(spec)
    out += _section("How to fix", docs.get("Fix", ""))
    out += _references(rule, docs.get("References", ""))
    return "\n".join(out).rstrip("\n") + "\n"


def on_by_default(rule: type[Rule]) -> str:
    """Whether a run with no selection uses the rule, and why not."""
    if rule.enabled_by_default:
        return "yes"
    return "no: its measured precision is under 0.7; select it (`extend-select`) to use it"


def fix_kind(rule: type[Rule], spec: RuleSpec | None) -> str:
    """``safe`` (``--fix`` applies it), ``unsafe`` (only ``--unsafe-fixes`` does, as the spec shows),
    ``mixed`` (some findings are safe, the spec shows others that are not) or ``suggested`` (the
    finding says what to do)."""
    unsafe = spec is not None and any(c.fixed_unsafe not in (None, c.fixed, c.html) for c in spec.fires)
    if rule.fixable:
        return "mixed" if unsafe else "safe"
    return "unsafe" if unsafe else "suggested"


def maps_to(rule: type[Rule]) -> list[str]:
    """The WCAG success criterion and the axe-core rule, each linked to its page."""
    refs = []
    if rule.wcag:
        url = wcag_url(rule.wcag)
        refs.append(f"[WCAG {rule.wcag}]({url})" if url else f"WCAG {rule.wcag}")
    if rule.axe:
        refs.append(f"axe-core [`{rule.axe}`]({axe_url(rule.axe)})")
    refs += [f"ACT [{act_id}]({act_url(act_id)}) ({scope})" for act_id, scope in rule.act]
    return refs


def precision(spec: RuleSpec | None) -> str:
    if spec is None or not spec.precision:
        return "not measured yet"
    return "; ".join(_measured(p) for p in spec.precision)


def _measured(p: Precision) -> str:
    where = f"{p.half} half of news-dev"
    if not p.judged:
        return f"no findings to judge ({where})"
    return f"{p.value:.2f}: {p.real} of {p.judged} findings judged real ({where})"


def _section(title: str, body: str) -> list[str]:
    return [f"## {title}", "", prose(_capital(body)), ""] if body else []


def _examples(spec: RuleSpec) -> list[str]:
    out = ["## Examples", "", "### Where it fires", ""]
    for firing in spec.fires:
        out += _case(firing)
    if spec.silent:
        out += ["### Where it stays silent", ""]
        for silent in spec.silent:
            out += _case(silent)
    return out


def _case(case: Case) -> list[str]:
    head = prose(case.note.rstrip(". "))
    if case.kind != "auto":
        head += f" (read as a {case.kind})"
    if case.config:
        head += ", with this in newslint.toml"
    out = [f"{head}:", "", *(fence(toml(case.config), "toml") if case.config else [])]
    articles = [case.html] if isinstance(case.html, str) else case.html
    for i, html in enumerate(articles, 1):
        if len(articles) > 1:
            out += [f"Article {i} of {len(articles)} in one run:", ""]
        out += fence(html, "html")
    if isinstance(case, FiringCase):
        out += [f"finds: {', '.join(code(text) for text in case.finds)}", ""]
        for command, fixed in (("`--fix`", case.fixed), ("`--fix --unsafe-fixes`", case.fixed_unsafe)):
            if fixed == case.html:
                out += [f"{command} leaves it as it is.", ""]
            elif fixed is not None:
                out += [f"After {command}:", "", *fence(fixed, "html")]
    return out


def _references(rule: type[Rule], written: str) -> list[str]:
    links = []
    if rule.wcag and (url := wcag_url(rule.wcag)):
        links.append(f"- [Understanding WCAG 2.2: success criterion {rule.wcag}]({url})")
    if rule.axe:
        links.append(f"- [axe-core rule `{rule.axe}`]({axe_url(rule.axe)})")
    for act_id, scope in rule.act:
        claim = "the same check" if scope == "same" else "a part of it"
        links.append(f"- [W3C ACT rule {act_id}]({act_url(act_id)}): newslint claims {claim}")
    if not written and not links:
        return []
    out = ["## References", ""]
    if written:
        out += [prose(_capital(written)), ""]
    return out + ([*links, ""] if links else [])


def prose(text: str) -> str:
    """Markdown prose with bare HTML tags and character references shown as code, as they are written."""
    out, pos = [], 0
    for m in _CODE_SPAN.finditer(text):
        out += [_MARKUP.sub(_as_code, text[pos : m.start()]), m.group()]
        pos = m.end()
    return "".join([*out, _MARKUP.sub(_as_code, text[pos:])])


def _as_code(m: re.Match[str]) -> str:
    return f"`{m.group()}`"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def cell(text: str) -> str:
    """Text inside a Markdown table cell."""
    return text.replace("|", "\\|")


def code(text: str) -> str:
    """An inline code span that holds ``text`` as it is, backticks and outer spaces included."""
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence(text: str, language: str) -> list[str]:
    """A fenced code block (its lines, then a blank line) that holds ``text`` as it is."""
    ticks = "`" * max(3, max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return [f"{ticks}{language}", text.rstrip("\n"), ticks, ""]


def toml(config: dict[str, Any]) -> str:
    """Config keys as a newslint.toml writes them (nested tables inline)."""
    return "\n".join(f"{_key(k)} = {_value(v)}" for k, v in config.items())


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def precision_cell(rule: type[Rule]) -> str:
    spec = load_spec(rule.code)
    if spec is None or not spec.precision:
        return "-"
    return " ".join(f"{p.value:.2f}" for p in spec.precision if p.judged) or "-"


def rules_table(rules: list[type[Rule]]) -> str:
    rows = [
        f"{r.code}  {r.name:<32} {r.category():<16} {r.severity:<8} {'on' if r.enabled_by_default else 'off':<4}"
        f" {precision_cell(r):<9} {r.summary}"
        for r in rules
    ]
    header = f"{'code':<6} {'name':<32} {'category':<16} {'severity':<8} {'on':<4} {'precision':<9} summary"
    return "\n".join([header, *rows]) + "\n"


def rules_markdown(rules: list[type[Rule]]) -> str:
    rows = [
        "| code | name | category | severity | on | precision | what it finds | maps to |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rules:
        refs = ", ".join(x for x in (f"WCAG {r.wcag}" if r.wcag else "", f"axe `{r.axe}`" if r.axe else "") if x)
        summary = r.summary.replace("<", "&lt;").replace(">", "&gt;")
        on = "on" if r.enabled_by_default else "off"
        cells = [r.code, f"`{r.name}`", r.category(), r.severity, on, precision_cell(r), summary, refs]
        rows.append(f"| {' | '.join(cells)} |")
    return "\n".join(rows) + "\n"


def _spec_precision(rule: type[Rule]) -> list[Precision]:
    spec = load_spec(rule.code)
    return list(spec.precision) if spec is not None else []


def rules_json(rules: list[type[Rule]]) -> str:
    data = [
        {
            "code": r.code,
            "name": r.name,
            "category": r.category(),
            "severity": r.severity,
            "summary": r.summary,
            "page_only": r.page_only,
            "fixable": r.fixable,
            "wcag": r.wcag,
            "axe": r.axe,
            "refs": {"wcag": r.wcag, "axe": r.axe, "act": dict(r.act)},
            "enabled_by_default": r.enabled_by_default,
            "precision": [p.model_dump() | {"value": round(p.value, 3)} for p in _spec_precision(r)],
        }
        for r in rules
    ]
    return json.dumps(data, indent=2) + "\n"
