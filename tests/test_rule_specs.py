"""Every rule's spec (``rules/<family>/<CODE>.yaml``) holds and passes its cases: where the rule fires,
what it finds and what ``--fix`` writes; where it stays silent."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from newslint.checks import load_rules
from newslint.config.options import Config
from newslint.config.specs import Case, RuleSpec, load_spec, spec_paths
from newslint.document.model import Document
from newslint.lib.settings import settings_for
from newslint.run.across import settle
from newslint.run.engine import lint_file, lint_html
from newslint.run.fix import apply_fixes

RULES = {r.code: r for r in load_rules() if not r.internal}
CASES = [
    pytest.param(code, case, firing, id=f"{code}-{'fires' if firing else 'silent'}-{i}")
    for code in sorted(spec_paths())
    for firing, cases in ((True, "fires"), (False, "silent"))
    for i, case in enumerate(getattr(load_spec(code), cases))
]


def _config(code: str, case: Case) -> Config:
    # every element the rule finds, as the spec lists them (a run groups a page's repeats into one)
    return TypeAdapter(Config).validate_python({"group": False, **case.config, "select": [code], "kind": case.kind})


def _findings(code: str, case: Case):
    """The rule's findings on the case's article, or on every article of its run, in order."""
    config = _config(code, case)
    if isinstance(case.html, str):
        return [f for f in lint_html(case.html, config) if f.code == code]
    settings = settings_for(config)
    results = [
        lint_file(Document(html, f"article-{i}.html", config.kind, settings.boilerplate), settings)
        for i, html in enumerate(case.html)
    ]
    settle(results)
    return [f for result in results for f in result.findings if f.code == code]


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_a_spec_with_both_sides(code):
    spec = load_spec(code)
    assert spec is not None, f"rules/{RULES[code].category()}/{code}.yaml is missing"
    assert isinstance(spec, RuleSpec) and spec.name == RULES[code].name
    assert spec_paths()[code].parent.name == RULES[code].category()
    assert spec.fires and spec.silent, f"{code}: needs a case where it fires and one where it is silent"
    if RULES[code].fixable:
        assert any(c.fixed is not None for c in spec.fires), f"{code}: a fixable rule shows its fix"


def test_every_spec_is_a_rule():
    assert set(spec_paths()) <= set(RULES)


@pytest.mark.parametrize(("code", "case", "firing"), CASES)
def test_case(code, case, firing):
    findings = _findings(code, case)
    if not firing:
        assert findings == [], f"{code} fired on a silent case ({case.note}): {[f.excerpt for f in findings]}"
        return
    assert [f.excerpt for f in findings] == case.finds, case.note
    if case.fixed is not None:
        assert isinstance(case.html, str), "fixes are shown on one article"
        assert apply_fixes(case.html, findings)[0] == case.fixed
    if case.fixed_unsafe is not None:
        assert apply_fixes(case.html, findings, unsafe=True)[0] == case.fixed_unsafe


MIN_JUDGED = 4  # fewer verdicts than this say too little to turn a rule off


@pytest.mark.parametrize("code", sorted(RULES))
def test_a_rule_is_on_by_default_exactly_when_its_measured_precision_is_at_least_0_7(code):
    """The verdicts of both halves of news-dev count together: each half alone is a small sample."""
    spec = load_spec(code)
    judged = sum(p.judged for p in spec.precision) if spec else 0
    real = sum(p.real for p in spec.precision) if spec else 0
    if not judged:
        assert RULES[code].enabled_by_default, f"{code} is off by default without a measured precision"
    elif judged >= MIN_JUDGED:
        assert RULES[code].enabled_by_default == (real / judged >= 0.7), (code, real, judged)
    elif not RULES[code].enabled_by_default:
        assert real / judged < 0.7, (code, real, judged)
