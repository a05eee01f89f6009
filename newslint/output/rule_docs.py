"""The rules' documentation, generated: ``python -m newslint.output.rule_docs`` writes it all.

- ``docs/rules/<CODE>.md``: a page per rule (internal ones aside), what ``newslint rule CODE`` prints;
- ``docs/rules/README.md``: every rule by family;
- the rule tables between ``<!-- rules-table:begin -->`` and ``<!-- rules-table:end -->`` in README.md
  and docs/<family>.md (the prose around them is written by hand).

tests/test_rule_docs.py regenerates every file in memory and fails when one differs from the checkout.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from newslint.checks import load_rules
from newslint.checks.rule import CATEGORIES, Rule
from newslint.config.specs import load_spec
from newslint.output.explain import cell, explain, fix_kind, maps_to, precision_cell, prose

ROOT = Path(__file__).resolve().parents[2]  # the checkout
PAGES = Path("docs/rules")
COMMAND = "python -m newslint.output.rule_docs"
BEGIN, END = "<!-- rules-table:begin -->", "<!-- rules-table:end -->"
_PAGE = re.compile(r"NL\d{3}\.md")


def _summary(rule: type[Rule], pages: str) -> str:
    return cell(prose(rule.summary))


def _severity(rule: type[Rule], pages: str) -> str:
    return rule.severity


# A table's cell by its column's header, given the rule and the path from the file to the rule pages.
_CELLS: dict[str, Callable[[type[Rule], str], str]] = {
    "code": lambda r, pages: r.code if r.internal else f"[{r.code}]({pages}{r.code}.md)",
    "name": lambda r, pages: f"`{r.name}`",
    "category": lambda r, pages: r.category(),
    "severity": _severity,
    "default": _severity,
    "summary": _summary,
    "what it finds": _summary,
    "fires when": _summary,
    "what": _summary,
    "maps to": lambda r, pages: ", ".join(maps_to(r)),
    "on": lambda r, pages: "on" if r.enabled_by_default else "off",
    "precision": lambda r, pages: precision_cell(r),
    "`--fix`": lambda r, pages: {"safe": "safe", "unsafe": "suggested"}.get(fix_kind(r, load_spec(r.code)), ""),
}
# The generated tables: the file, the family it lists (None: every rule), the path from the file to the
# rule pages, and its columns.
_TABLES: list[tuple[Path, str | None, str, list[str]]] = [
    (
        Path("README.md"),
        None,
        "docs/rules/",
        ["code", "name", "category", "severity", "on", "precision", "what it finds", "maps to"],
    ),
    (Path("docs/attribution.md"), "attribution", "rules/", ["code", "name", "default", "on", "precision", "what"]),
    (
        Path("docs/readability.md"),
        "readability",
        "rules/",
        ["code", "name", "severity", "on", "precision", "fires when"],
    ),
    (
        Path("docs/structure.md"),
        "structure",
        "rules/",
        ["code", "name", "severity", "on", "precision", "fires when", "`--fix`"],
    ),
]


class MarkersMissing(Exception):
    """A file that should hold a generated table has no rules-table markers."""


def generated(root: Path = ROOT) -> dict[Path, str]:
    """Every generated file by its path in the checkout, with its content; the tables are spliced into
    the files as they are under ``root``."""
    rules = load_rules()
    files = {PAGES / f"{r.code}.md": explain(r) for r in rules if not r.internal}
    files[PAGES / "README.md"] = index(rules)
    for path, family, pages, columns in _TABLES:
        listed = [r for r in rules if family is None or r.category() == family]
        files[path] = splice((root / path).read_text(encoding="utf-8"), table(listed, pages, columns), path)
    return files


def orphans(root: Path = ROOT) -> list[Path]:
    """Rule pages in the checkout that no rule has (a rule removed or renumbered)."""
    made = {PAGES / f"{r.code}.md" for r in load_rules() if not r.internal}
    found = (PAGES / p.name for p in sorted((root / PAGES).glob("NL*.md")) if _PAGE.fullmatch(p.name))
    return [p for p in found if p not in made]


def write(root: Path = ROOT) -> list[Path]:
    """Write every generated file that differs from the checkout, delete orphan pages; what changed."""
    changed = []
    (root / PAGES).mkdir(parents=True, exist_ok=True)
    for path, text in generated(root).items():
        target = root / path
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed.append(path)
    for path in orphans(root):
        (root / path).unlink()
        changed.append(path)
    return changed


def table(rules: list[type[Rule]], pages: str, columns: list[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for r in rules:
        lines.append("| " + " | ".join(_CELLS[column](r, pages) for column in columns) + " |")
    return "\n".join(lines) + "\n"


def splice(text: str, generated_table: str, path: Path) -> str:
    """``text`` with the part between the rules-table markers replaced by the table."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise MarkersMissing(f"{path}: no '{BEGIN}' ... '{END}' lines around its rule table")
    return f"{text[: start + len(BEGIN)]}\n\n{generated_table}\n{text[end:]}"


def index(rules: list[type[Rule]]) -> str:
    out = [
        "# Rules",
        "",
        "Every rule of newslint by family, each with its page: what it finds and why it matters, where",
        "it fires and where it stays silent (the cases of its spec, `rules/<family>/<CODE>.yaml`, which",
        "the test suite runs), how to fix it and what it maps to. `newslint rule CODE` prints the same",
        f"page. These files are generated from the rules and their specs: `{COMMAND}`.",
        "",
    ]
    columns = ["code", "name", "severity", "summary"]
    for digit, family in CATEGORIES.items():
        listed = [r for r in rules if r.category() == family]
        if not listed:
            continue
        out += [f"## {family.capitalize()} (NL{digit}xx)", ""]
        if all(r.internal for r in listed):
            out += ["These are reported by newslint itself and never run as checks; they have no page.", ""]
        out += [table(listed, "", columns)]
    return "\n".join(out).rstrip("\n") + "\n"


def main() -> int:
    for path in write():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
