from conftest import codes, lint, page

HEADLINE = "<h1>Strike hits fuel depot outside Raqqa</h1>\n<p>Smoke rose over the depot on Monday, residents said.</p>"
ITEM = '<a href="/news/strike-hits-depot">Strike hits fuel depot outside Raqqa</a>'


def banner_page(banner: str) -> str:
    return page(HEADLINE).replace("<main>", f"{banner}\n<main>")


def test_a_banner_h1_beside_the_headline_fires():
    (f,) = lint(banner_page(f'<div class="breaking-news"><h1>Breaking News</h1>{ITEM}</div>'), "NL113")
    assert (f.excerpt, f.severity, f.wcag) == ("<h1>", "warning", "1.3.1")
    assert f.message == (
        'The "Breaking News" banner is a level-one heading, '
        "competing with the headline 'Strike hits fuel depot outside Raqqa'"
    )
    assert "<p> or <strong>" in f.suggestion.message


def test_a_banner_that_is_the_only_h1_fires_and_says_so():
    html = page('<h1 class="breaking">Breaking</h1>\n<h2>Strike hits fuel depot</h2><p>Smoke rose.</p>')
    (f,) = lint(html, "NL113")
    assert "the page's only level-one heading" in f.message
    assert "make the story's headline the <h1>" in f.suggestion.message


def test_banner_headings_below_level_one_and_live_headlines_are_silent():
    assert codes(lint(banner_page(f'<div class="breaking-news"><h2>Breaking News</h2>{ITEM}</div>'), "NL113")) == []
    assert codes(lint(page("<h1>Live: strike hits fuel depot outside Raqqa</h1>"), "NL113")) == []
    hidden = f'<div class="breaking-news" hidden><h1>Breaking News</h1>{ITEM}</div>'
    assert codes(lint(banner_page(hidden), "NL113")) == []


def test_an_unannounced_ticker_fires_on_its_container():
    html = banner_page(
        f'<div class="ticker-wrap">\n<div class="label"><strong>BREAKING</strong></div>\n<ul><li>{ITEM}</li></ul></div>'
    )
    (f,) = lint(html, "NL114")
    assert (f.excerpt, f.severity, f.wcag, f.axe) == ('<div class="ticker-wrap">', "info", "4.1.3", None)
    assert f.message == 'The "BREAKING" banner is not a live region and not in a labelled region'
    assert '<div role="region" aria-label="Breaking">' in f.suggestion.message
    named = banner_page(f'<div class="breaking-news"><span>Breaking news</span> {ITEM}</div>')
    assert codes(lint(named, "NL114")) == ["NL114"]


def test_live_regions_and_labelled_regions_are_announced():
    for attrs in ('role="status"', 'aria-live="polite"', 'role="marquee"'):
        html = banner_page(f'<div class="breaking-news" {attrs}><span>Breaking news</span> {ITEM}</div>')
        assert codes(lint(html, "NL114")) == [], attrs
    inner = banner_page(
        f'<div class="breaking-news"><span>Breaking</span><ul aria-live="polite"><li>{ITEM}</li></ul></div>'
    )
    assert codes(lint(inner, "NL114")) == []
    region = banner_page(
        f'<section aria-label="Breaking news"><div class="breaking-news"><b>Breaking</b> {ITEM}</div></section>'
    )
    assert codes(lint(region, "NL114")) == []


def test_static_labels_live_badges_and_menus_are_not_banners_to_announce():
    assert codes(lint(banner_page('<p class="banner">Breaking News</p>'), "NL114")) == []
    badge = banner_page(f'<ul><li><span class="label live">Live</span> {ITEM}</li></ul>')
    assert codes(lint(badge, "NL114")) == []
    menu = banner_page(f'<div class="dropdown-menu"><h3>Breaking</h3>{ITEM}</div>')
    assert codes(lint(menu, "NL114,NL113")) == []
    modal = banner_page(f'<div class="modal-content"><div class="btn breaking">Breaking</div>{ITEM}</div>')
    assert codes(lint(modal, "NL114")) == []
