from conftest import page

from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import text_of

SKIP_NAV = """
<nav aria-label="Accessibility links"><h2>Accessibility links</h2>
<ul><li><a href="#main-content">Skip to main content</a></li><li><a href="#nav">Skip to navigation</a></li></ul></nav>
"""


def regions(html: str, kind: str = "auto"):
    return Document(html, kind=kind).regions


def prose(html: str, kind: str = "auto") -> list[str]:
    return [squash(b.prose) for b in regions(html, kind).blocks]


def test_fragment_blocks_are_the_story_and_the_banner_is_not():
    r = regions("<p>Breaking News</p>\n<p>Fighters advanced on Monday.</p>\n<h2>Siege</h2>\n<p>It went on.</p>")
    assert [squash(text_of(b)) for b in r.banners] == ["Breaking News"]
    assert [(b.role, squash(b.text)) for b in r.blocks] == [
        ("paragraph", "Fighters advanced on Monday."),
        ("heading", "Siege"),
        ("paragraph", "It went on."),
    ]
    assert [squash(b.text) for b in r.prose] == ["Fighters advanced on Monday.", "It went on."]


def test_breaking_used_as_a_word_in_prose_is_not_a_banner():
    r = regions("<p>Breaking news is hard work, the editor said.</p><p>Live</p>")
    assert [squash(text_of(b)) for b in r.banners] == ["Live"]
    assert prose("<p>Breaking news is hard work, the editor said.</p>") == [
        "Breaking news is hard work, the editor said."
    ]


def test_menu_entry_live_is_navigation_not_a_banner():
    r = regions('<nav><ul><li><a href="/live">Live</a></li></ul></nav><p>Story.</p>')
    assert r.banners == []


def test_skip_links_and_their_targets():
    html = page(SKIP_NAV + '<h1>Headline</h1><p id="main-content">Story text here.</p>')
    r = regions(html)
    assert [(s.text, s.href, s.target_exists) for s in r.skip_links] == [
        ("Skip to main content", "#main-content", True),
        ("Skip to navigation", "#nav", False),
    ]
    assert [squash(text_of(el)) for el in r.skip_labels] == ["Accessibility links"]


def test_skip_links_in_other_languages():
    html = (
        '<a href="#contenu">Aller au contenu principal</a><a href="#inhalt">Zum Inhalt springen</a><p id="inhalt">x</p>'
    )
    r = regions(html, "page")
    assert [(s.text, s.target_exists) for s in r.skip_links] == [
        ("Aller au contenu principal", False),
        ("Zum Inhalt springen", True),
    ]


def test_credit_line_as_its_own_paragraph():
    r = regions("<p>The ministry said so.</p>\n<p>With reporting by AP and AFP</p>")
    assert r.credit is not None and r.credit.text == "With reporting by AP and AFP" and not r.credit.inline
    assert prose("<p>The ministry said so.</p>\n<p>With reporting by AP and AFP</p>") == ["The ministry said so."]


def test_other_credit_forms():
    for line in (
        "Additional reporting by Jane Doe in Beirut",
        "Compiled by the world desk",
        "Reporting by Maya Gebeily; Editing by Alex Richardson",
        "Sarah El Deeb in Beirut contributed to this report.",
    ):
        r = regions(f"<p>The ministry said so.</p><p>{line}</p>")
        assert r.credit is not None and r.credit.text == line, line


def test_credit_run_into_the_last_paragraph():
    r = regions("<p>The ministry said so. With reporting by AP and AFP</p>")
    assert r.credit is not None and r.credit.inline
    assert r.credit.text == "With reporting by AP and AFP"
    assert [squash(b.prose) for b in r.blocks] == ["The ministry said so."]


def test_a_sentence_about_reporting_is_not_a_credit_line():
    r = regions("<p>The ministry said so.</p><p>Reporting by local journalists has been restricted since 2014.</p>")
    assert r.credit is not None  # matches the credit pattern: "Reporting by ..." opens a credit line
    r = regions("<p>The ministry said so.</p><p>Local reporting was restricted, the group said.</p>")
    assert r.credit is None


def test_dateline_is_not_prose():
    r = regions("<p>BEIRUT (AP) — Syrian troops advanced on Monday.</p><p>More.</p>")
    assert r.dateline is not None
    assert squash(r.dateline[0].text[: r.dateline[1]]) == "BEIRUT (AP) —"
    assert squash(r.blocks[0].prose) == "Syrian troops advanced on Monday."


def test_dateline_does_not_take_an_ordinary_opening():
    for opening in ("U.S.-backed fighters launched an offensive.", "IS militants retreated - slowly."):
        assert regions(f"<p>{opening}</p>").dateline is None


def test_byline_written_in_the_story():
    r = regions("<p>By Jane Doe</p><p>Troops advanced on Monday.</p>")
    assert r.byline is not None and squash(text_of(r.byline)) == "By Jane Doe"
    assert prose("<p>By Jane Doe</p><p>Troops advanced on Monday.</p>") == ["Troops advanced on Monday."]
    assert regions("<p>by the river, troops waited.</p>").byline is None


def test_headline_is_the_h1_and_not_prose():
    r = regions(page("<h1>Forces advance</h1><p>Troops advanced on Monday.</p><p>They said so.</p>"))
    assert r.headline is not None and squash(text_of(r.headline)) == "Forces advance"
    assert r.title == "A story"


def test_captions_and_pull_quotes_are_not_prose():
    html = (
        '<p>Troops advanced on Monday.</p><figure><img src="a.jpg" alt="Smoke rises">'
        "<figcaption>Smoke rises over the city.</figcaption></figure>"
        '<blockquote class="pullquote">We will stay.</blockquote><p>They said so.</p>'
    )
    r = regions(html)
    assert [squash(text_of(c)) for c in r.captions] == ["Smoke rises over the city."]
    assert prose(html) == ["Troops advanced on Monday.", "They said so."]


def test_related_links_block_is_not_prose():
    html = (
        "<p>Troops advanced on Monday.</p>"
        '<div><h3>Related stories</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></div>'
        "<p>They said so.</p>"
    )
    assert prose(html) == ["Troops advanced on Monday.", "They said so."]


def test_navigation_and_page_footer():
    html = page(
        '<nav aria-label="Sections"><a href="/world">World</a></nav><h1>H</h1><p>Story text here.</p>'
        "<footer>Article footer: filed Monday.</footer>"
    ).replace("</body>", "<footer>© The Ledger</footer></body>")
    r = regions(html)
    assert [el.get("aria-label") for el in r.navigation] == ["Sections"]
    assert [squash(text_of(el)) for el in r.footer] == ["© The Ledger"]
