"""``--format html``: one self-contained report for editors, itself accessible.

The plain tests parse the page; the browser tests open it in headless Chromium, take a
screenshot, walk it with the keyboard and run axe-core on it. The set-up installs Chromium and
axe-core with ``../shared/tools/axe-oracle/install.sh`` when they are missing, and skips where it cannot.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import FIXTURES, SHARED, TEST_CACHE
from lxml import html as lxml_html

from newslint.checks.rule import severity_rank
from newslint.output import html as report
from newslint.output._docs import sentence
from newslint.run.engine import FileResult
from newslint.run.runner import Job, Overrides, run

STORY = (
    "<!DOCTYPE html>\n<html>\n<head><title>Drones hit Deir ez-Zor</title></head>\n<body>\n<main>\n"
    "<h1>Drones hit Deir ez-Zor</h1>\n"
    "<p>BEIRUT (AP) — Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years, residents told AP &amp; AFP.</p>\n"
    "<p>About 60 percent of the city is held by the army.</p>\n"
    "</main>\n</body>\n</html>\n"
)
METRICS = {"flesch_reading_ease": 51.5873, "flesch_kincaid_grade": 9.26, "words": 300.0, "sentences": 17}
REPEATS = (  # three findings of NL201 with one message, two of NL301 with two
    "<p>Fighters reached Deir ez-Zor on Monday, a local commander said. Deir ez-Zor was quiet, and roads out of"
    " Deir ez-Zor and into Deir ez-Zor stayed shut, he said.</p>\n"
    "<p>The siege of Deir al-Zour had lasted three years.</p>\n"
    "<p>About 60 percent of Deir al-Zour is held by the army.</p>\n"
    "<p>Prices in Deir al-Zour rose 40 percent in a month.</p>\n"
)
AXE_ORACLE = SHARED / "tools" / "axe-oracle" / "axe-oracle"
AXE_HOME = os.environ.get("AXE_ORACLE_HOME") or str(TEST_CACHE / "axe-node")


@pytest.fixture
def results(tmp_path, monkeypatch) -> list[FileResult]:
    monkeypatch.chdir(tmp_path)
    Path("story.html").write_text(STORY)
    Path("clean.html").write_text("<p>Fighters reached Deir ez-Zor on Monday, a local commander said.</p>\n")
    Path("broken.html").write_bytes(b"\x00" * 8)
    shutil.copy(FIXTURES / "page-accessibility-faults.html", "faults.html")
    Path("repeats.html").write_text(REPEATS)
    files = ["story.html", "clean.html", "broken.html", "faults.html", "repeats.html"]
    out = [o.result for o in run(files, Job(overrides=Overrides(extend_select=("NL3",))))]
    out[0].metrics = dict(METRICS)
    out[1].metrics = {}
    return out


def _render(results: list[FileResult]) -> str:
    out = io.StringIO()
    report.render(results, out)
    return out.getvalue()


def _tree(text: str):
    return lxml_html.document_fromstring(text)


def _css(root, tag: str, cls: str | None = None) -> list:
    """Descendants with that tag (and class)."""
    test = f"[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]" if cls else ""
    return root.xpath(f".//{tag}{test}")


def _cards(tree) -> list[str]:
    return [" ".join(li.text_content().split()) for li in _css(tree, "li", "finding")]


def test_the_report_shows_every_finding_with_its_message_suggestion_and_why(results):
    tree = _tree(_render(results))
    assert {f.code for f in results[0].findings} >= {"NL101", "NL201"}
    cards = _cards(tree)
    assert len(cards) == sum(len({f.code for f in r.findings}) for r in results)  # one card per rule and file
    for r in results:
        for f in r.findings:
            shown = [c for c in cards if sentence(f.message) in c and f.suggestion.message in c]
            assert shown, f.message
            assert all(f"{f.code} {f.name}" in c and f"Why {f.code} matters" in c for c in shown)
    assert "binary file" in tree.get_element_by_id("file-2").text_content()
    (lang,) = [c for c in cards if "NL101" in c]
    (spelling,) = [c for c in cards if "NL201" in c and "Deir al-Zour" in c and "findings" not in c]
    assert "newslint check --fix --unsafe-fixes applies it" in lang and "This fix is safe" not in lang
    assert "This fix is safe: newslint check --fix applies it" in spelling


def test_one_rules_findings_in_one_file_are_one_card_with_a_count(results):
    tree = _tree(_render(results))
    section = tree.get_element_by_id("file-4")
    cards = {li.get("data-rule"): li for li in _css(section, "li", "finding")}
    assert sorted(cards) == ["NL201", "NL301"]
    spelling, figures = cards["NL201"], cards["NL301"]
    assert [spelling.get(k) for k in ("data-count", "data-severity", "data-family")] == [
        "3",
        "warning",
        "transliteration",
    ]
    assert " ".join(_css(spelling, "span", "count")[0].text_content().split()) == "3 findings"
    # one message for all three: said once, then where each one is
    places = spelling.xpath(".//ol[@class='places']/li")
    assert [" ".join(p.text_content().split()) for p in places] == [
        "line 2, column 17 (in the story)",
        "line 3, column 24 (in the story)",
        "line 4, column 14 (in the story)",
    ]
    assert spelling.text_content().count("spells the same place as") == 1
    assert spelling.text_content().count("Suggestion:") == 1
    # two messages: each place says its own
    assert [p.text_content().split(": ", 1)[1] for p in figures.xpath(".//ol[@class='places']/li")] == [
        "'60 percent' is stated without a source.",
        "'40 percent' is stated without a source.",
    ]
    for place in places:  # each place is the target of its highlight in the source, and links back to it
        badge = tree.get_element_by_id(place.xpath(".//a")[0].get("href")[1:])
        assert badge.get("href") == "#" + place.get("id") and badge.text == "NL201"


def test_files_are_listed_by_headline_with_the_path_beside_it(results):
    tree = _tree(_render(results))
    entries = tree.xpath("//nav//ol[@class='files']/li")
    assert len(entries) == len(results)
    story, clean = entries[0], entries[1]
    assert story.xpath("./a")[0].text_content() == "Drones hit Deir ez-Zor"
    assert _css(story, "span", "path")[0].text_content() == "story.html"
    assert tree.get_element_by_id("file-0-h").text_content() == "Drones hit Deir ez-Zor"
    assert clean.xpath("./a")[0].text_content() == "clean.html" and not _css(clean, "span", "path")  # no headline
    assert tree.get_element_by_id("file-1-h").text_content() == "clean.html"
    assert results[3].headline == "Aid convoy reaches besieged district of Hasakah after two-week wait"
    assert entries[3].xpath("./a")[0].text_content() == results[3].headline


def test_each_story_opens_with_counts_per_family_its_grade_and_three_findings_to_fix_first(results):
    tree = _tree(_render(results))
    [glance] = _css(tree.get_element_by_id("file-0"), "div", "glance")
    counts = [li.text_content() for li in glance.xpath("./ul/li")]
    by_family = Counter(f.category for f in results[0].findings)
    assert counts == [*(f"{cat}: {n}" for cat, n in by_family.items()), "reading grade 9.3 (Flesch-Kincaid), 300 words"]
    first = glance.xpath("./ol[@class='first']/li")
    assert len(first) == 3
    ranked = sorted(results[0].findings, key=lambda f: -severity_rank(f.severity))
    for li, f in zip(first, ranked, strict=False):
        assert f.severity in li.text_content()
    for li in first:  # each leads to its card
        card = tree.get_element_by_id(li.xpath("./a")[0].get("href")[1:])
        assert "finding" in card.get("class") and card.get("data-rule") in li.text_content()
    [glance] = _css(tree.get_element_by_id("file-4"), "div", "glance")
    assert " ".join(glance.xpath("./ol/li")[0].text_content().split()).startswith(
        "NL201 inconsistent-transliteration (warning, 3 findings): 'Deir al-Zour' spells"
    )  # of two rules with warnings, the one found most often


def test_the_filters_offer_each_severity_family_and_rule_found(results):
    tree = _tree(_render(results))
    [form] = tree.xpath("//header/form")
    assert form.get("hidden") is not None  # the script shows it: without scripts it would do nothing
    findings = [f for r in results for f in r.findings]
    boxes = {(i.get("name"), i.get("value")): i for i in form.xpath(".//input[@type='checkbox']")}
    assert set(boxes) == {("severity", f.severity) for f in findings} | {("family", f.category) for f in findings}
    assert all(i.get("checked") is not None for i in boxes.values())
    label = boxes["severity", "error"].getparent().text_content()
    assert label == f"error ({sum(f.severity == 'error' for f in findings)})"
    [select] = form.xpath(".//select")
    assert tree.xpath(f"//label[@for='{select.get('id')}']")[0].text_content() == "Rule"
    options = [(o.get("value"), o.text_content()) for o in select.xpath("./option")]
    assert options[0] == ("", f"every rule ({len({f.code for f in findings})})")
    assert ("NL201", f"NL201 inconsistent-transliteration ({sum(f.code == 'NL201' for f in findings)})") in options
    assert [v for v, _ in options[1:]] == sorted({f.code for f in findings})


def test_findings_are_grouped_by_category_and_highlighted_where_they_are(results):
    tree = _tree(_render(results))
    story = tree.get_element_by_id("file-0")
    groups = [h.text_content() for h in _css(story, "h4")]
    assert groups[0].startswith("Accessibility (")
    assert any(g.startswith("Transliteration (") for g in groups)
    assert groups == sorted(groups, key=lambda g: ["Acc", "Tra", "Att", "Rea", "Str"].index(g[:3]))
    misspelt = next(f for f in results[0].findings if f.code == "NL201")
    marks = [m.text_content() for m in _css(story, "table", "source")[0].xpath(".//mark")]
    assert "Deir al-Zour" in marks
    row = next(tr for tr in _css(story, "table", "source")[0].xpath(".//tr") if tr.findtext("th") == str(misspelt.line))
    assert "Deir al-Zour" in row.text_content() and "AP &amp; AFP" in row.text_content()
    badge = next(a for a in _css(row, "a", "badge") if a.text == "NL201")
    target = tree.get_element_by_id(badge.get("href")[1:])
    assert "Deir al-Zour" in target.text_content()
    back = target.xpath(".//a")[0].get("href")[1:]  # the finding links back to its place in the source
    assert tree.get_element_by_id(back) is badge


def test_the_story_is_shown_as_text_with_the_findings_on_its_words(results):
    tree = _tree(_render(results))
    story = tree.get_element_by_id("file-0")
    [view] = _css(story, "div", "story")
    paragraphs = [" ".join(p.text_content().split()) for p in view.xpath("./p")]
    assert paragraphs[0] == "Drones hit Deir ez-Zor"  # the headline, then the story's text
    assert view.xpath("./p")[0].get("class") == "headline"
    siege = next(p for p in paragraphs if p.startswith("The siege of NL201"))
    assert "go to the finding Deir al-Zour had lasted three years" in siege
    assert "AP & AFP" in " ".join(paragraphs) and "<p>" not in view.text_content()  # text, not markup
    marks = {m.text_content(): m for m in view.xpath(".//mark")}
    assert {"Deir al-Zour", "60 percent"} <= set(marks)
    no_lang = next(f for f in results[0].findings if f.code == "NL101")  # about the <html> tag: not in the text
    assert no_lang.excerpt not in view.text_content()
    for badge in _css(view, "a", "badge"):  # each mark leads to its finding, and the finding back to it
        finding = tree.get_element_by_id(badge.get("href")[1:])
        back = [a for a in finding.xpath(".//a") if a.text == "in the story"]
        assert back and tree.get_element_by_id(back[0].get("href")[1:]) is badge
    nl101 = next(li for li in _css(story, "li", "finding") if "NL101" in li.text_content())
    assert "in the story" not in nl101.text_content()


def test_findings_land_on_the_right_words_across_entities_and_inline_tags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("names.html").write_text(
        "<p>Fighters entered Deir ez-Zor on Monday, a commander said.</p>\n"
        "<p>In <b>Deir</b>&nbsp;al-Zour, families fled, and the <i>Deir al-Zour</i> road was cut, he said.</p>\n"
        "<p>Caf&eacute; owners in Deir&#160;ez-Zor reopened on Tuesday, residents said.</p>\n"
    )
    [result] = [o.result for o in run(["names.html"], Job(overrides=Overrides(select=("NL201",))))]
    assert [f.code for f in result.findings] == ["NL201", "NL201"]
    view = _css(_tree(_render([result])), "div", "story")[0]
    assert [m.text_content() for m in view.xpath(".//mark")] == ["Deir\xa0al-Zour", "Deir al-Zour"]
    assert "Café owners in Deir\xa0ez-Zor" in view.text_content()


def test_readability_numbers_are_a_table_per_file_and_absent_when_empty(results):
    tree = _tree(_render(results))
    [table] = tree.get_element_by_id("file-0").xpath(".//h3[.='Readability']/following-sibling::table[1]")
    rows = {tr.findtext("th"): tr.findtext("td") for tr in table.xpath("./tbody/tr")}
    assert rows == {"flesch reading ease": "51.59", "flesch kincaid grade": "9.26", "words": "300", "sentences": "17"}
    assert not tree.get_element_by_id("file-1").xpath(".//h3[.='Readability']")


def test_the_page_is_self_contained_and_well_formed(results):
    text = _render(results)
    tree = _tree(text)
    assert tree.get("lang") == "en"
    assert tree.findtext(".//title").startswith("newslint report: ")
    assert not tree.xpath("//link | //img | //iframe | //object | //embed | //*[@src]")
    [script] = tree.xpath("//script")  # the filters' own, inside the page
    assert not re.search(r"url\(|@import", tree.findtext(".//style"))
    assert not re.search(r"fetch|XMLHttpRequest|import|src|https?:", script.text)
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids))
    for href in tree.xpath("//a/@href"):
        assert href.startswith(("#", "https://")), href
        if href.startswith("#"):
            assert href[1:] in ids, href
    for a in tree.iter("a"):
        assert a.text_content().strip()
    levels = [int(h.tag[1]) for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in pairwise(levels))
    skip = tree.xpath("//body/*[1]")[0]
    assert (skip.tag, skip.get("href")) == ("a", "#main")
    assert [e.tag for e in tree.xpath("//body/*")] == ["a", "header", "nav", "main", "footer", "script"]


def test_a_long_file_shows_only_the_lines_around_its_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    filler = "".join(f"<p>Paragraph {n} was filed from Kyiv, the agency said.</p>\n" for n in range(200))
    Path("long.html").write_text(filler + "<p>The siege of Deir al-Zour and Deir ez-Zor.</p>\n" + filler)
    [result] = [o.result for o in run(["long.html"], Job(overrides=Overrides(select=("NL201",))))]
    tree = _tree(_render([result]))
    rows = tree.xpath("//table[@class='source']/tbody/tr")
    assert len(rows) < 12
    assert [r.text_content() for r in rows if "gap" in (r.get("class") or "")] == [
        "198 lines not shown",
        "198 lines not shown",
    ]


def test_the_command_line_writes_the_report(tmp_path):
    from test_cli import newslint

    (tmp_path / "story.html").write_text(STORY)
    done = newslint("check", "story.html", "--format", "html", "--output", "report.html", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr == ""
    assert "Deir al-Zour" in (tmp_path / "report.html").read_text()


# Walks the report with the keyboard: the first Tab reaches the skip link (on screen), Enter moves
# to the findings, and every element Tab reaches afterwards draws a visible focus outline.
_KEYBOARD = """
const { createRequire } = require('node:module');
const req = createRequire(process.env.AXE_HOME + '/package.json');
const puppeteer = req('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--user-data-dir=' + process.env.PROFILE] });
  const page = await browser.newPage();
  await page.goto('file://' + process.env.REPORT);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
    return { tag: e.tagName, id: e.id, cls: e.className, text: e.textContent.trim().slice(0, 40),
             outline: s.outlineStyle + ' ' + s.outlineWidth, left: r.left, hash: location.hash };
  });
  const out = [];
  await page.keyboard.press('Tab'); out.push(await focused());
  await page.keyboard.press('Enter'); out.push(await focused());
  for (let i = 0; i < 12; i++) { await page.keyboard.press('Tab'); out.push(await focused()); }
  console.log(JSON.stringify(out));
  await browser.close();
})();
"""


# Opens the report with its script at 1400 and 400 px wide (a screenshot of each), then, at 400 px,
# works the filters with the keyboard alone and records after each step what is shown; last, runs
# axe-core on the page as filtered.
_FILTERS = """
const { createRequire } = require('node:module');
const fs = require('node:fs');
const req = createRequire(process.env.AXE_HOME + '/package.json');
const puppeteer = req('puppeteer-core');
const axeSource = fs.readFileSync(req.resolve('axe-core/axe.min.js'), 'utf8');
(async () => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--user-data-dir=' + process.env.PROFILE] });
  const page = await browser.newPage();
  const state = () => page.evaluate(() => {
    const shown = (e) => !e.closest('[hidden]');
    const overflow = () => {  // with every article laid out, not only those on screen
      const files = [...document.querySelectorAll('section.file')];
      files.forEach((f) => { f.style.contentVisibility = 'visible'; });
      const wider = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      files.forEach((f) => { f.style.contentVisibility = ''; });
      return wider;
    };
    const e = document.activeElement, s = getComputedStyle(e);
    return {
      focus: e.tagName + (e.name ? ' ' + e.name + '=' + e.value : ''), checked: e.checked,
      outline: s.outlineStyle + ' ' + s.outlineWidth, form: shown(document.getElementById('filters')),
      cards: [...document.querySelectorAll('li.finding')].filter(shown).map((c) => c.id),
      files: [...document.querySelectorAll('section.file')].filter(shown).map((f) => f.id),
      entries: [...document.querySelectorAll('nav [data-file]')].filter(shown).map((li) => li.dataset.file),
      badges: [...document.querySelectorAll('main a.badge')].filter((a) => a.offsetParent !== null).length,
      status: document.getElementById('shown').textContent,
      overflow: overflow(),
    };
  });
  const out = { widths: {}, steps: [] };
  for (const width of [1400, 400]) {
    await page.setViewport({ width, height: 1000 });
    await page.goto('file://' + process.env.REPORT);
    out.widths[width] = await state();
    await page.screenshot({ path: process.env.SHOTS + '/report-' + width + '.png' });
  }
  await page.keyboard.press('Tab');  // the skip link
  await page.keyboard.press('Tab');  // the first filter
  out.steps.push(await state());
  await page.keyboard.press('Space');
  out.steps.push(await state());
  await page.keyboard.press('Space');
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.tagName)) !== 'SELECT'; i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('ArrowDown');
  out.steps.push(await state());
  await page.screenshot({ path: process.env.SHOTS + '/report-400-one-rule.png', fullPage: true });
  await page.evaluate(axeSource);
  const found = await page.evaluate(() => window.axe.run(document));
  out.axe = found.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  console.log(JSON.stringify(out));
  await browser.close();
})();
"""


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _axe_ready() -> bool:
    return shutil.which("node") is not None and Path(AXE_HOME, "node_modules", "puppeteer-core").is_dir()


@pytest.fixture(scope="session")
def chromium() -> str:
    """Chromium, installed with axe-core by the oracle's install script when missing (as CI does).

    Set NEWSLINT_TEST_NO_INSTALL=1 to skip the browser tests instead of installing.
    """
    installer = AXE_ORACLE.with_name("install.sh")
    if (
        (_chromium() is None or not _axe_ready())
        and installer.is_file()
        and not os.environ.get("NEWSLINT_TEST_NO_INSTALL")
    ):
        done = subprocess.run(
            [str(installer)],
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "AXE_ORACLE_HOME": AXE_HOME},
        )
        if done.returncode != 0:
            pytest.skip(f"could not install Chromium and axe-core: {(done.stderr.strip() or '?').splitlines()[-1]}")
    found = _chromium()
    if found is None:
        pytest.skip("Chromium is not installed (which chromium chromium-browser)")
    return found


@pytest.fixture
def browser(chromium: str) -> str:
    """Chromium with node, puppeteer-core and axe-core beside it."""
    if not _axe_ready():
        pytest.skip(f"node with puppeteer-core and axe-core is not installed (looked in {AXE_HOME})")
    return chromium


@pytest.fixture
def written(results, tmp_path) -> Path:
    path = tmp_path / "report.html"
    path.write_text(_render(results), encoding="utf-8")
    return path


def test_chromium_renders_the_findings_and_takes_a_screenshot(written, results, tmp_path, chromium):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", written.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    tree = _tree(dom)
    assert len(_css(tree, "li", "finding")) == sum(len({f.code for f in r.findings}) for r in results)
    assert "Deir al-Zour" in [m.text_content() for m in tree.xpath("//mark")]
    shot = tmp_path / "report.png"
    subprocess.run(
        [chromium, *flags, f"--screenshot={shot}", "--window-size=1200,1600", written.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_axe_core_finds_no_violation_in_the_report(written, browser):
    if not AXE_ORACLE.is_file():
        pytest.skip(f"the axe oracle is not at {AXE_ORACLE}")
    env = {**os.environ, "AXE_ORACLE_HOME": AXE_HOME, "CHROMIUM": browser}
    done = subprocess.run([str(AXE_ORACLE), str(written)], capture_output=True, text=True, env=env, timeout=300)
    verdict = json.loads(done.stdout.splitlines()[0])
    assert verdict["error"] is None
    assert verdict["violations"] == []
    assert {"html-has-lang", "document-title", "bypass", "region", "heading-order", "link-name"} <= set(
        verdict["passes"]
    )
    assert "color-contrast" in verdict["passes"]


def test_the_report_is_read_with_the_keyboard_and_focus_is_visible(written, tmp_path, browser):
    script = tmp_path / "keyboard.js"
    script.write_text(_KEYBOARD)
    env = {**os.environ, "AXE_HOME": AXE_HOME, "CHROMIUM": browser, "REPORT": str(written)}
    env["PROFILE"] = str(tmp_path / "profile")
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    skip, main, *rest = json.loads(done.stdout)
    assert (skip["tag"], skip["cls"], skip["text"]) == ("A", "skip", "Skip to the findings")
    assert skip["left"] >= 0 and skip["outline"] != "none 0px"
    assert (main["tag"], main["id"], main["hash"]) == ("MAIN", "main", "#main")
    assert rest[0]["text"] != "Skip to the findings"  # Tab goes on from the findings, not from the top
    for element in rest:
        assert element["tag"] in {"A", "SUMMARY"}
        assert element["outline"].startswith("solid 3px"), element


def test_the_filters_work_with_the_keyboard_and_nothing_scrolls_sideways_at_400_px(written, results, tmp_path, browser):
    script = tmp_path / "filters.js"
    script.write_text(_FILTERS)
    env = {**os.environ, "AXE_HOME": AXE_HOME, "CHROMIUM": browser, "REPORT": str(written), "SHOTS": str(tmp_path)}
    env["PROFILE"] = str(tmp_path / "profile")
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    tree = _tree(written.read_text())
    cards = {li.get("id"): li for li in _css(tree, "li", "finding")}
    total = sum(len(r.findings) for r in results)
    for width, seen in out["widths"].items():  # the script shows the filters; the page fits the window
        assert seen["form"] and seen["overflow"] <= 0, width
        assert seen["cards"] == list(cards) and len(seen["files"]) == len(results)
        assert seen["status"] == f"Showing every finding: {total} findings in {len(results)} files."
    for shot in ("report-1400.png", "report-400.png", "report-400-one-rule.png"):
        assert (tmp_path / shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    focused, unticked, one_rule = out["steps"]
    assert (focused["focus"], focused["checked"]) == ("INPUT severity=error", True)
    assert focused["outline"].startswith("solid 3px")
    # Space unticks errors: their cards go, and the files that had only errors with them
    assert not unticked["checked"]
    kept = [c for c, li in cards.items() if li.get("data-severity") != "error"]
    assert unticked["cards"] == kept
    with_kept = {c.split("-")[1] for c in kept}
    assert unticked["files"] == unticked["entries"] == [f"file-{i}" for i in sorted(with_kept, key=int)]
    shown = sum(int(cards[c].get("data-count")) for c in kept)
    assert unticked["status"] == f"Showing {shown} of {total} findings, in {len(with_kept)} files."
    assert 0 < unticked["badges"] < focused["badges"]
    # down the rule menu: the first rule only
    first = min(f.code for r in results for f in r.findings)
    assert one_rule["focus"] == f"SELECT rule={first}" and one_rule["outline"].startswith("solid 3px")
    assert one_rule["cards"] and all(cards[c].get("data-rule") == first for c in one_rule["cards"])
    assert len(one_rule["cards"]) == sum(any(f.code == first for f in r.findings) for r in results)
    for step in out["steps"]:
        assert step["overflow"] <= 0
    assert out["axe"] == []


@pytest.mark.parametrize(
    ("ends", "final"),
    [("\n", "\n"), ("\r\n", "\r\n"), ("\r", "\r"), ("\n", ""), ("\r\n", ""), ("mixed", "\n")],
)
def test_the_source_is_numbered_as_the_engine_numbers_its_lines(tmp_path, monkeypatch, ends, final):
    monkeypatch.chdir(tmp_path)
    lines = [
        "<p>Fighters entered Deir ez-Zor on Monday, a commander said.</p>",
        "<p>The Deir ez-Zor road was cut, residents said.</p>",
        "<p>In Deir al-Zour, families fled, he said.</p>",
        "<p>Aid reached Deir ez-Zor late on Tuesday, the agency said.</p>",
    ]
    breaks = ["\r\n", "\r", "\n"] if ends == "mixed" else [ends] * 3
    Path("ends.html").write_bytes(
        ("".join(a + b for a, b in zip(lines, breaks, strict=False)) + lines[-1] + final).encode()
    )
    [result] = [o.result for o in run(["ends.html"], Job(overrides=Overrides(select=("NL201",))))]
    [finding] = result.findings
    assert finding.line == 3
    rows = _tree(_render([result])).xpath("//table[@class='source']/tbody/tr")
    assert [r.findtext("th") for r in rows] == ["1", "2", "3", "4"]
    assert [m.text_content() for m in rows[2].xpath(".//mark")] == ["Deir al-Zour"]
    assert " ".join(rows[3].findtext("td").split()) == lines[3]
