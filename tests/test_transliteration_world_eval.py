"""The shape of the world transliteration set (tests/data/transliteration-world.yaml) and how it is scored.

The set measures the rules; its scores are printed by benchmarks/transliteration_world_eval.py and
deliberately not asserted here.
"""

import importlib.util
import re
import sys
from collections import Counter

import pytest
from conftest import ROOT

from newslint.checks.rule import Finding, Suggestion

_spec = importlib.util.spec_from_file_location(
    "transliteration_world_eval", ROOT / "benchmarks" / "transliteration_world_eval.py"
)
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench
_spec.loader.exec_module(bench)

ARTICLES = bench.load_articles()
PAIRS = [(article, pair) for article in ARTICLES for pair in article["pairs"]]
KINDS = {"romanisation", "apostrophe", "vowel", "article", "renaming", "exonym"}
ENTITY_KINDS = {"place", "person", "group"}
WANTED = ["apostrophe", "vowel", "article", "ou/u", "ee/i", "q/k", "dh/d", "kh/h", "ah/a", "double", "y/i", "j/dj/zh"]
VARIATIONS = {*WANTED, "oo/u", "gh/g", "w/v", "other"}


def test_the_set_is_large_and_spread_over_the_world():
    assert len(ARTICLES) >= 160
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)
    regions = Counter(a["region"] for a in ARTICLES)
    assert len(regions) >= 12 and min(regions.values()) >= 6, regions
    for article in ARTICLES:
        assert 2 <= len(re.findall(r"<p>", article["html"])) <= 4, article["id"]


def test_it_has_enough_pairs_of_each_entity_and_enough_traps():
    by_entity = Counter(pair["entity_kind"] for _, pair in PAIRS)
    assert by_entity["place"] >= 60 and by_entity["person"] >= 40 and by_entity["group"] >= 25, by_entity
    assert sum(len(a["traps"]) for a in ARTICLES) >= 80
    trap_only = sum(not a["pairs"] for a in ARTICLES)
    assert 0.2 <= trap_only / len(ARTICLES) <= 0.3  # about a quarter
    assert all(a["pairs"] or a["traps"] for a in ARTICLES)


def test_the_wanted_kinds_of_variation_are_each_covered():
    variations = Counter(v for _, pair in PAIRS for v in pair["variation"])
    assert {v: variations[v] for v in WANTED if variations[v] < 4} == {}
    assert set(variations) <= VARIATIONS
    assert {pair["kind"] for _, pair in PAIRS} == KINDS


@pytest.mark.parametrize(("article", "pair"), PAIRS, ids=[f"{a['id']}:{p['entity']}" for a, p in PAIRS])
def test_every_pair_is_labelled_as_the_article_reads(article, pair):
    assert pair["entity"] and pair["entity_kind"] in ENTITY_KINDS and pair["kind"] in KINDS
    assert pair["variation"] and set(pair["variation"]) <= VARIATIONS
    assert pair["source"].strip() not in ("", "-")
    found = bench.occurrences(article)
    majority, minorities = pair["majority"], pair["minority"]
    assert minorities, "a pair needs a minority spelling"
    assert len({majority["text"], *(m["text"] for m in minorities)}) == len(minorities) + 1
    assert len(found[majority["text"]]) == majority["count"]
    for minority in minorities:
        assert len(found[minority["text"]]) == minority["count"] >= 1, minority
        assert majority["count"] > minority["count"], "the majority spelling must be used more often"


@pytest.mark.parametrize("article", [a for a in ARTICLES if a["traps"]], ids=lambda a: a["id"])
def test_every_trap_occurs_and_is_no_pair(article):
    found = bench.occurrences(article)
    spelled = {s for pair in article["pairs"] for s in bench.spellings(pair)}
    for trap in article["traps"]:
        assert trap["note"] and trap["names"]
        for name in trap["names"]:
            assert found[name], name
            assert name not in spelled, name


def test_an_occurrence_inside_a_longer_labelled_name_is_the_longer_names():
    article = {
        "html": "<p>Rain hit Mumbai. The Bombay High Court shut, Mumbai flooded and Bombay's drains failed.</p>",
        "pairs": [{"majority": {"text": "Mumbai"}, "minority": [{"text": "Bombay"}]}],
        "traps": [{"names": ["Bombay High Court"]}],
    }
    found = bench.occurrences(article)
    assert len(found["Mumbai"]) == 2 and len(found["Bombay"]) == 1 and len(found["Bombay High Court"]) == 1


class _Listing:
    def __init__(self, *listed: tuple[str, str]) -> None:
        self.pairs = set(listed)

    def listed(self, majority: str, minority: str) -> bool:
        return (majority, minority) in self.pairs


def _finding(code: str, html: str, text: str, replacement: str, nth: int = 0) -> Finding:
    start = [m.start() for m in re.finditer(re.escape(text), html)][nth]
    return Finding(
        code, "", "transliteration", "info", "", start, start + len(text), Suggestion("", replacement), excerpt=text
    )


_ARTICLE = {
    "id": "scored",
    "region": "Test",
    "html": "<p>Tal Hamis fell. Tal Hamis burned. Tel Hamees wept, Tel Hamees slept.</p>"
    "<p>Kyiv, Kyiv, Kiev. Aden, Eden.</p>",
    "pairs": [
        {
            "entity_kind": "place",
            "kind": "vowel",
            "variation": ["vowel"],
            "majority": {"text": "Tal Hamis", "count": 2},
            "minority": [{"text": "Tel Hamees", "count": 2}],
        },
        {
            "entity_kind": "place",
            "kind": "romanisation",
            "variation": ["other"],
            "majority": {"text": "Kyiv", "count": 2},
            "minority": [{"text": "Kiev", "count": 1}],
        },
    ],
    "traps": [{"names": ["Aden", "Eden"], "note": "two names"}],
}


def test_an_unlisted_spelling_is_recalled_by_one_suggestion_and_a_listed_one_by_a_fix_at_each_use():
    html = _ARTICLE["html"]
    findings = [
        _finding("NL203", html, "Tel Hamees", "Tal Hamis"),
        _finding("NL203", html, "Tel Hamees", "Tal Hamis", nth=1),  # a second suggestion for one spelling
        _finding("NL201", html, "Kiev", "Kyiv"),
        _finding("NL203", html, "Eden", "Aden"),
    ]
    result = bench.Result()
    bench.score_article(_ARTICLE, findings, _Listing(("Kyiv", "Kiev")), result)
    assert result.tally("unlisted", "all", "all").recalled == 1 and result.tally("listed", "all", "all").recalled == 1
    assert (result.true, result.false, result.trap_findings) == (2, 2, 1)
    assert result.misses == [] and result.wrong_fixes == []


def test_a_listed_spelling_is_missed_by_a_suggestion_and_a_wrong_fix_is_noted():
    html = _ARTICLE["html"]
    findings = [_finding("NL203", html, "Kiev", "Kyiv"), _finding("NL203", html, "Tel Hamees", "Tal Hamees")]
    result = bench.Result()
    bench.score_article(_ARTICLE, findings, _Listing(("Kyiv", "Kiev")), result)
    assert result.tally("listed", "all", "all").recalled == 0
    assert result.misses == ["missed scored: 'Kiev' for 'Kyiv' (listed, romanisation)"]
    assert result.wrong_fixes and (result.true, result.false) == (1, 1)
