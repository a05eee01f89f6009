"""The labelled attribution set meets the bar, scored by the code of benchmarks/attribution_eval.py."""

import importlib.util
import sys
from collections import Counter

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("attribution_eval", ROOT / "benchmarks" / "attribution_eval.py")
bench = sys.modules[_SPEC.name] = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


def test_the_labelled_set_is_large_and_covers_every_kind_of_case():
    cases = bench.load_cases()
    assert len({c["id"] for c in cases}) == len(cases)
    kinds = Counter(c["kind"] for c in cases)
    assert {"attributed", "unattributed", "vague", "passive", "carried", "not-claims"} <= set(kinds)
    assert sum(bench.count_sentences(c["html"]) for c in cases) >= 200


def test_precision_and_recall_meet_the_bar():
    result = bench.evaluate(bench.load_cases())
    assert result.precision >= 0.90, result.disagreements
    assert result.recall >= 0.85, result.disagreements


def test_the_scoring_counts_a_wrong_code_as_both_errors():
    case = {
        "id": "x",
        "kind": "mixed",
        "html": "<p>About 1,200 residents live in the camp.</p>",
        "expect": [{"code": "NL303", "text": "1,200 residents"}],
    }
    result = bench.evaluate([case])
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
