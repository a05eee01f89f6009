"""Rule documentation from rule metadata: ``newslint rule CODE`` and ``newslint rules``."""

from __future__ import annotations

import inspect
import json

from newslint.checks.rule import Rule


def explain(rule: type[Rule]) -> str:
    refs = [f"WCAG {rule.wcag}"] if rule.wcag else []
    if rule.axe:
        refs.append(f"axe-core {rule.axe}")
    lines = [
        f"{rule.code} {rule.name}",
        "",
        f"  {rule.summary}.",
        "",
        f"  category: {rule.category()}    default severity: {rule.severity}"
        f"    applies to: {'pages only' if rule.page_only else 'pages and fragments'}"
        f"    fix: {'safe, applied by --fix' if rule.fixable else 'suggested'}",
    ]
    if refs:
        lines.append(f"  maps to: {', '.join(refs)}")
    lines += ["", inspect.cleandoc(rule.__doc__ or ""), ""]
    return "\n".join(lines)


def rules_table(rules: list[type[Rule]]) -> str:
    rows = [f"{r.code}  {r.name:<32} {r.category():<16} {r.severity:<8} {r.summary}" for r in rules]
    header = f"{'code':<6} {'name':<32} {'category':<16} {'severity':<8} summary"
    return "\n".join([header, *rows]) + "\n"


def rules_markdown(rules: list[type[Rule]]) -> str:
    rows = ["| code | name | category | severity | what it finds | maps to |", "|---|---|---|---|---|---|"]
    for r in rules:
        refs = ", ".join(x for x in (f"WCAG {r.wcag}" if r.wcag else "", f"axe `{r.axe}`" if r.axe else "") if x)
        summary = r.summary.replace("<", "&lt;").replace(">", "&gt;")
        rows.append(f"| {r.code} | `{r.name}` | {r.category()} | {r.severity} | {summary} | {refs} |")
    return "\n".join(rows) + "\n"


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
        }
        for r in rules
    ]
    return json.dumps(data, indent=2) + "\n"
