import gc
import pickle
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from conftest import codes

from newslint.checks.rule import Candidate, Rule
from newslint.config.options import Config
from newslint.run.across import settle
from newslint.run.engine import lint_html, lint_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

ARTICLE = "<p>About 60 percent of the city is held by the army.</p>"


@pytest.fixture
def crashing_rule():
    class Crashes(Rule):
        """Raises on purpose."""

        code = "NL499"
        name = "crashes-on-purpose"
        summary = "Raises"

        def check(self, doc, settings):
            raise ZeroDivisionError("boom")
            yield

    try:
        yield Crashes
    finally:
        del Rule.registry["NL499"]


def test_a_crashing_rule_is_reported_and_the_others_still_run(crashing_rule):
    findings = lint_html(ARTICLE, Config(select=("NL3", "NL499")))
    assert codes(findings) == ["NL901", "NL301"]
    crash = findings[0]
    assert crash.message == "rule NL499 (crashes-on-purpose) crashed: ZeroDivisionError: boom"
    assert (crash.line, crash.column, crash.severity) == (1, 1, "error")


def test_findings_are_located_and_excerpted():
    (f,) = lint_html("<div>\n  <p>Troops hold about 60 percent of it.</p>\n</div>", Config(select=("NL3",)))
    assert (f.line, f.column, f.end_line, f.end_column) == (2, 24, 2, 34)
    assert f.excerpt == "60 percent"


def test_results_are_picklable_and_the_core_runs_in_worker_processes(tmp_path):
    story = tmp_path / "story.html"
    story.write_text(ARTICLE)
    local = lint_path(story, Config(select=("NL3",)))
    with ProcessPoolExecutor(max_workers=2) as pool:
        remote = pool.submit(lint_path, story, Config(select=("NL3",))).result()
    assert pickle.loads(pickle.dumps(local)) == local == remote
    assert codes(remote.findings) == ["NL301"]


def test_an_engine_that_maps_the_core_over_files_settles_findings_across_them_with_settle(tmp_path):
    spellings = {"a.html": "Deir ez-Zor", "b.html": "Deir ez-Zor", "c.html": "Deir al-Zour"}
    for name, place in spellings.items():
        (tmp_path / name).write_text(f"<p>Fighters reached {place} on Monday, a local commander said.</p>\n")
    with ProcessPoolExecutor(max_workers=2) as pool:  # any map will do: the core is a pure function
        results = list(pool.map(lint_path, sorted(tmp_path.iterdir())))
    assert [len(r.candidates) for r in results] == [1, 1, 1] and not any(r.findings for r in results)
    settle(results)
    assert [codes(r.findings) for r in results] == [[], [], ["NL204"]]
    assert "2 of 3 articles in this run write 'Deir ez-Zor'" in results[2].findings[0].message
    assert not any(r.candidates for r in results)


def test_lint_path_reports_unreadable_input_as_an_error(tmp_path):
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = lint_path(binary, Config())
    assert result.error == "binary file (contains NUL bytes), not HTML text"
    assert result.findings == []


def test_a_rule_across_files_that_crashes_is_reported_in_each_file_and_the_run_completes(tmp_path):
    class CrashesAcross(Rule):
        """Raises on purpose while leaving candidates."""

        code = "NL498"
        name = "crashes-across-files"
        summary = "Raises"
        across_files = True

        def candidates(self, doc, settings):
            raise ValueError("bad pack")
            yield

    from newslint.run.runner import Job, run

    for n in (1, 2):
        (tmp_path / f"{n}.html").write_text(ARTICLE)
    (tmp_path / "newslint.toml").write_text('select = ["NL3", "NL498"]\n')
    try:
        outcomes = run([str(tmp_path)], Job(), jobs=1)
    finally:
        del Rule.registry["NL498"]
    for outcome in outcomes:
        crash = [f for f in outcome.result.findings if f.code == "NL901"]
        assert [f.message for f in crash] == ["rule NL498 (crashes-across-files) crashed: ValueError: bad pack"]
        assert "NL301" in codes(outcome.result.findings)


def test_a_template_fault_repeated_on_a_page_is_one_finding_naming_the_others():
    links = "\n".join(f'<a href="/s{i}"><svg></svg></a>' for i in range(8))
    (f,) = [f for f in lint_html(links, Config(select=("NL150",))) if f.code == "NL150"]
    assert f.line == 1 and f.message.endswith("(7 more NL150 on this page: lines 2, 3, 4, 5, 6 and 2 more)")
    every = lint_html(links, Config(select=("NL150",), group=False))
    assert [f.line for f in every] == list(range(1, 9))
    minified = links.replace("\n", "", 6)  # seven links on the first line, one on the next
    (f,) = [f for f in lint_html(minified, Config(select=("NL150",))) if f.code == "NL150"]
    assert f.message.endswith("(7 more NL150 on this page: lines 1, 2)")


def test_findings_that_carry_a_fix_are_never_grouped():
    html = '<a href="/fb"><img src="fb.svg" alt="Facebook"> Facebook</a>\n' * 3
    fixes = [f for f in lint_html(html, Config(select=("NL141",))) if f.suggestion.replacement is not None]
    assert [f.line for f in fixes] == [1, 2, 3]


def test_a_rule_across_files_whose_settle_crashes_is_reported_in_the_files_it_left_candidates_in(tmp_path):
    class SettlesBadly(Rule):
        """Leaves a candidate at the first paragraph of each file, then raises while settling them."""

        code = "NL497"
        name = "settles-badly"
        summary = "Raises"
        across_files = True

        def candidates(self, doc, settings):
            for p in doc.tagged("p")[:1]:
                yield Candidate(self.finding(doc.start_tag_span(p), "", ""), "army", "army", "army", "thing")

        def settle(self, candidates):
            raise ValueError("no verdict")
            yield

    (tmp_path / "a.html").write_text(ARTICLE)
    (tmp_path / "b.html").write_text("<h2>No paragraph here</h2>")
    try:
        results = [lint_path(tmp_path / name, Config(select=("NL3", "NL497"))) for name in ("a.html", "b.html")]
        assert [len(r.candidates) for r in results] == [1, 0]
        settle(results)
    finally:
        del Rule.registry["NL497"]
    assert [codes(r.findings) for r in results] == [["NL901", "NL301"], []]
    crash = results[0].findings[0]
    assert crash.message == "rule NL497 (settles-badly) crashed: ValueError: no verdict"
    assert (crash.line, crash.column, crash.end_line, crash.end_column) == (1, 1, 1, 1)


def test_linting_pages_leaves_no_reference_cycles_for_the_collector():
    """A page's tree and everything read from it are freed as soon as its lint is done: cyclic garbage
    would wait for the collector, whose passes over a long run's heap cost more than some rules."""
    pages = sorted(FIXTURES.glob("*.html"))
    every = Config(select=("NL1", "NL2", "NL3", "NL4", "NL5", "NL9"))
    for page in pages:
        lint_path(page, every)  # packs, patterns and caches load once, outside the measure
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for page in pages:
            lint_path(page, every)
        gc.collect()
        garbage = Counter(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not garbage, garbage.most_common(5)
