"""Page-level rules (language, title, headings, landmarks, bypass, region, skip links) never run on a fragment."""

from conftest import FIXTURES, lint

from newslint.checks import load_rules

PAGE_ONLY = {rule.code: rule.__module__ for rule in load_rules() if rule.page_only}
SKIP_LINKS = (
    '<a href="#nowhere">Skip to content</a>\n'
    '<a href="#story-body">Skip to main content</a>\n'
    "<h1>Aid convoy reaches Deir ez-Zor</h1>\n"
    '<div id="story-body"><p>DEIR EZ-ZOR, Syria — Forty trucks arrived, aid workers said.</p></div>\n'
)

# A menu link before the story, and what a page's <meta> elements ask of the browser.
MENU_FIRST = (
    '<meta name="viewport" content="width=device-width, user-scalable=no">\n'
    '<meta http-equiv="refresh" content="300">\n'
    '<a href="/world">World</a>\n<p>DEIR EZ-ZOR, Syria — Forty trucks arrived, aid workers said.</p>\n'
)


def test_every_page_only_family_would_fire_on_the_fragments_as_pages_and_does_not_as_fragments():
    fragments = [(FIXTURES / "fragment-page-level-faults.html").read_text(encoding="utf-8"), SKIP_LINKS, MENU_FIRST]
    as_pages = {f.code for html in fragments for f in lint(html, ",".join(PAGE_ONLY), kind="page")}
    assert {PAGE_ONLY[code] for code in as_pages} == set(PAGE_ONLY.values())
    assert {"NL101", "NL104", "NL107", "NL108", "NL110", "NL120", "NL127", "NL130", "NL131", "NL132"} <= as_pages
    for html in fragments:
        assert [f.code for f in lint(html, ",".join(PAGE_ONLY))] == []
