"""newslint on the W3C ACT Rules' own test cases (../shared/act-rules), scored by benchmarks/act_conformance.py:
every case a static reading decides agrees, the others are listed with reasons their descriptions bear
out, and docs/act-conformance.md is current."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest
from conftest import ROOT, SHARED

from newslint.checks import load_rules
from newslint.output.explain import rules_json

_SPEC = importlib.util.spec_from_file_location("act_conformance", ROOT / "benchmarks" / "act_conformance.py")
bench = sys.modules[_SPEC.name] = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)

ACT = SHARED / "act-rules"


@pytest.fixture(scope="module")
def data() -> dict:
    if not (ACT / "cases.json").is_file():
        pytest.skip("the ACT Rules test cases (../shared/act-rules) are not present")
    return bench.load(ACT)


@pytest.fixture(scope="module")
def results(data: dict) -> list:
    return bench.evaluate(ACT)


def test_every_case_a_static_reading_decides_agrees(results):
    wrong = [f"{r.file} [{r.outcome}] found {[c for c, _ in r.found]}" for r in results if r.decidable and not r.agrees]
    assert not wrong, "\n".join(wrong)
    assert sum(r.decidable for r in results) >= 400


def test_at_least_30_act_rules_agree_on_every_decidable_case(results):
    assert len(bench.fully_agreeing(results)) >= 30


def test_every_undecidable_case_is_a_claimed_case_whose_description_says_why(data):
    cases = {c["file"]: c for c in data["cases"]}
    listed = bench.undecidable()
    claimed = bench.claims()
    for file, entry in listed["cases"].items():
        case = cases[file]
        scopes = set(claimed.get(case["actid"], {}).values())
        assert scopes, f"{file}: no newslint rule claims {case['actid']}"
        assert entry["needs"] in listed["needs"], file
        assert " ".join(entry["quote"].split()) in " ".join(case["description"].split()), file
        if entry["needs"] == "beyond":
            assert case["outcome"] == "failed" and "partial" in scopes, file
        if entry["needs"] == "wider":
            assert case["outcome"] != "failed" and "partial" in scopes, file


def test_act_rules_left_to_a_browser_are_real_and_unclaimed(data):
    listed = bench.undecidable()
    known = {rule["actid"] for rule in data["rules"]}
    for actid, entry in listed["rules"].items():
        assert actid in known and actid not in bench.claims(), actid
        assert entry["needs"] in listed["needs"] and entry["reason"], actid


def test_the_rules_claim_every_mapping_of_the_case_list(data):
    """cases.json maps ACT rules to newslint codes; each of those claims is in the rules' metadata."""
    claimed = bench.claims()
    for rule in data["rules"]:
        for code in rule["codes"]:
            assert claimed.get(rule["actid"], {}).get(code) == rule["scope"], (rule["actid"], code)


def test_the_rule_listing_shows_each_rules_act_claims():
    listing = {r["code"]: r for r in json.loads(rules_json(load_rules()))}
    assert listing["NL142"]["refs"]["act"] == {"cae760": "same"}
    assert all("act" in r["refs"] for code, r in listing.items() if code.startswith("NL1"))


def test_the_conformance_page_is_current(results):
    expected = bench.markdown(ACT, results)
    current = bench.DOC.read_text(encoding="utf-8") if bench.DOC.is_file() else ""
    assert current == expected, f"{bench.DOC.relative_to(ROOT)} is stale: run {bench.COMMAND}"
