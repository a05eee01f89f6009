"""The rules' documentation is generated (``python -m newslint.output.rule_docs``) and kept current:
a page per rule from its metadata, docstring and spec, the index of the pages, the rule tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newslint.checks import get_rule, load_rules
from newslint.config.specs import RuleSpec
from newslint.output import explain as explain_module
from newslint.output._docs import wcag_url
from newslint.output.explain import explain
from newslint.output.rule_docs import COMMAND, PAGES, ROOT, MarkersMissing, generated, splice, write

TABLED = ("README.md", "docs/attribution.md", "docs/readability.md", "docs/structure.md")


def test_every_generated_file_is_current():
    stale = [
        str(path)
        for path, text in generated().items()
        if not (ROOT / path).is_file() or (ROOT / path).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"stale: {', '.join(stale)}; run `{COMMAND}`"


def test_every_rule_has_a_page_and_every_page_a_rule():
    pages = {p.stem for p in (ROOT / PAGES).glob("*.md")} - {"README"}
    assert pages == {r.code for r in load_rules() if not r.internal}
    index = (ROOT / PAGES / "README.md").read_text(encoding="utf-8")
    for rule in load_rules():
        link = rule.code if rule.internal else f"[{rule.code}]({rule.code}.md)"
        assert f"| {link} | `{rule.name}` | {rule.severity} |" in index


def test_tables_list_their_family_with_links_to_the_pages():
    structure = (ROOT / "docs/structure.md").read_text(encoding="utf-8")
    assert (
        "| [NL510](rules/NL510.md) | `mojibake` | error | on | - | Text was decoded with the wrong character set"
        in structure
    )
    assert "NL301" not in structure.split("<!-- rules-table:end -->")[0]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| [NL101](docs/rules/NL101.md) | `missing-page-language` | accessibility | error |" in readme
    assert "| NL901 | `rule-crashed` | internal | error |" in readme


def test_every_wcag_criterion_a_rule_cites_links_to_its_understanding_page():
    assert all(wcag_url(r.wcag) for r in load_rules() if r.wcag)


def test_a_page_shows_the_spec_of_its_rule():
    page = (ROOT / PAGES / "NL520.md").read_text(encoding="utf-8")
    assert page.startswith("# NL520 placeholder\n\nAn editorial placeholder")
    assert "| fix | suggested, not applied |\n| measured precision | 0.00: 0 of 1 findings judged real" in page
    fires, silent = page.split("### Where it fires")[1].split("### Where it stays silent")
    assert "A mark left for a number still to come:\n\n```html\n<p>The death toll rose to TK" in fires
    assert "finds: `[[embed id=4412]]`" in fires
    assert 'with this in newslint.toml:\n\n```toml\nstructure = { placeholders = ["CHECKNAME"] }\n```' in fires
    assert "Roman numerals:\n\n```html\n<p>The XX century and Pope Pius XX.</p>\n```" in silent
    assert "finds:" not in silent
    assert page.index("## Why it matters") < page.index("## Examples") < page.index("## How to fix")


def _spec(code: str, **fields) -> RuleSpec:
    return RuleSpec.model_validate({"schema": 1, "code": code, "name": get_rule(code).name, **fields})


def test_a_page_without_a_spec_has_no_examples(monkeypatch):
    monkeypatch.setattr(explain_module, "load_spec", lambda code: None)
    page = explain(get_rule("NL201"))
    assert "## Examples" not in page and "| measured precision | not measured yet |" in page
    assert "## Why it matters" in page and "## How to fix" in page


def test_a_page_shows_fixes_runs_of_articles_and_measured_precision(monkeypatch):
    spec = _spec(
        "NL201",
        fires=[
            {
                "note": "Two spellings",
                "html": "<p>Deir ez-Zor.</p><p>Deir al-Zour.</p>",
                "finds": ["Deir al-Zour"],
                "fixed": "<p>Deir ez-Zor.</p><p>Deir ez-Zor.</p>",
            },
            {
                "note": "Inside an entity",
                "html": "<p>Deir&#160;al-Zour.</p>",
                "kind": "fragment",
                "finds": ["Deir&#160;al-Zour"],
                "fixed": "<p>Deir&#160;al-Zour.</p>",
                "fixed_unsafe": "<p>Deir ez-Zor.</p>",
            },
        ],
        silent=[{"note": "One run", "html": ["<p>Raqqa.</p>", "<p>Raqqa `x`.</p>"], "config": {"kind": "page"}}],
        precision=[{"half": "tuning", "judged": 35, "real": 34}, {"half": "validation", "judged": 0, "real": 0}],
    )
    monkeypatch.setattr(explain_module, "load_spec", lambda code: spec)
    page = explain(get_rule("NL201"))
    assert (
        "| measured precision | 0.97: 34 of 35 findings judged real (tuning half of news-dev); "
        "no findings to judge (validation half of news-dev) |"
    ) in page
    assert "finds: `Deir al-Zour`\n\nAfter `--fix`:\n\n```html\n<p>Deir ez-Zor.</p><p>Deir ez-Zor.</p>\n```" in page
    assert "Inside an entity (read as a fragment):" in page
    assert "`--fix` leaves it as it is.\n\nAfter `--fix --unsafe-fixes`:\n\n```html\n<p>Deir ez-Zor.</p>" in page
    assert 'One run, with this in newslint.toml:\n\n```toml\nkind = "page"\n```' in page
    assert "Article 2 of 2 in one run:\n\n```html\n<p>Raqqa `x`.</p>\n```" in page


def test_an_unsafe_fix_the_spec_shows_is_named(monkeypatch):
    case = {"note": "No space after the full stop", "html": "<p>a.B</p>", "finds": ["."], "fixed_unsafe": "<p>a. B</p>"}
    spec = _spec("NL544", fires=[case])
    monkeypatch.setattr(explain_module, "load_spec", lambda code: spec)
    page = explain(get_rule("NL544"))
    assert "| fix | suggested, not applied by `--fix`; `--fix --unsafe-fixes` applies it |" in page


def test_splicing_replaces_only_the_table():
    text = "# Title\n\nProse.\n\n<!-- rules-table:begin -->\n| old |\n<!-- rules-table:end -->\n\nMore prose.\n"
    assert splice(text, "| new |\n", Path("x.md")) == (
        "# Title\n\nProse.\n\n<!-- rules-table:begin -->\n\n| new |\n\n<!-- rules-table:end -->\n\nMore prose.\n"
    )
    with pytest.raises(MarkersMissing, match=r"x\.md: no '<!-- rules-table:begin -->'"):
        splice("# Title\n", "| new |\n", Path("x.md"))


def test_the_command_writes_what_is_stale_and_removes_pages_of_no_rule(tmp_path):
    for name in TABLED:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / PAGES).mkdir(parents=True)
    (tmp_path / PAGES / "NL999.md").write_text("# NL999 gone\n")
    (tmp_path / PAGES / "notes.md").write_text("Kept.\n")
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    (tmp_path / "README.md").write_text(readme.replace("`missing-page-language`", "`old-name`"), encoding="utf-8")
    changed = write(tmp_path)
    assert Path("README.md") in changed and Path("docs/structure.md") not in changed
    assert PAGES / "NL999.md" in changed and not (tmp_path / PAGES / "NL999.md").exists()
    assert (tmp_path / PAGES / "notes.md").exists()
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == (ROOT / "README.md").read_text(encoding="utf-8")
    assert (tmp_path / PAGES / "NL520.md").read_text(encoding="utf-8") == explain(get_rule("NL520"))
    assert write(tmp_path) == []
