from conftest import codes, lint

HEAD = '<!DOCTYPE html>\n<html lang="en">\n<head><title>Aid convoy reaches Deir ez-Zor</title></head>\n<body>\n'
MENU = '<div class="menu"><a href="/world">World</a> <a href="/middle-east">Middle East</a></div>\n'
STORY = "<h1>Aid convoy reaches Deir ez-Zor</h1><p>DEIR EZ-ZOR, Syria — Forty trucks arrived, aid workers said.</p>"


def page(body: str) -> str:
    return HEAD + body + "\n</body>\n</html>\n"


def test_bypass_fires_on_a_page_of_links_without_main_heading_or_skip_link():
    html = page(MENU + '<div class="story"><p>DEIR EZ-ZOR, Syria — Forty trucks arrived.</p></div>')
    (f,) = lint(html, "NL130", group=False)
    assert (f.line, f.excerpt, f.axe, f.severity) == (4, "<body>", "bypass", "warning")
    assert f.message.startswith("The page has no main landmark, no heading and no link within the page")


def test_bypass_is_satisfied_by_any_one_of_axes_three_ways():
    text = "<p>DEIR EZ-ZOR, Syria — Forty trucks arrived.</p>"
    for way in (
        f"<main>{text}</main>",
        f'<div role="main">{text}</div>',
        f"<h3>Latest</h3>{text}",
        f'<div role="heading" aria-level="2">Latest</div>{text}',
        f'<a href="#story">Skip to story</a><div id="story">{text}</div>',
        f'<a href="#top">Back to top</a>{text}',
    ):
        assert codes(lint(page(MENU + way), "NL130", group=False)) == [], way


def test_bypass_ignores_hidden_headings_app_routes_dialogs_and_pages_without_links():
    text = "<p>DEIR EZ-ZOR, Syria — Forty trucks arrived.</p>"
    dialog = '<div role="dialog" aria-label="Cookies"><p>We use cookies.</p></div>'
    assert codes(lint(page(MENU + dialog + text), "NL130", group=False)) == ["NL130"]  # unlike landmark-one-main
    assert codes(lint(page(MENU + f"<h2 hidden>Latest</h2>{text}"), "NL130", group=False)) == ["NL130"]
    assert codes(
        lint(page(MENU + f'<a href="#/live">Live</a><a href="#!menu">Menu</a>{text}'), "NL130", group=False)
    ) == ["NL130"]
    assert codes(lint(page(f"<div>{text}</div>"), "NL130", group=False)) == []
    assert codes(lint(MENU + text, "NL130", group=False)) == []  # a CMS body fragment


def test_region_reports_the_outermost_block_outside_the_landmarks_once():
    html = page(
        '<header><a href="/">The Levant Ledger</a></header>\n'
        '<div class="byline-box">\n<p>By Karim Nassar</p>\n<p><time>12 May</time></p>\n</div>\n'
        f"<main>{STORY}</main>\n<footer>© The Levant Ledger</footer>"
    )
    (f,) = lint(html, "NL127", group=False)
    assert (f.line, f.excerpt, f.axe, f.severity) == (6, '<div class="byline-box">', "region", "info")
    assert f.message == "<div> 'By Karim Nassar 12 May' is outside every landmark"


def test_region_names_a_block_without_text_by_what_it_holds():
    html = page(
        '<header><a href="/">The Levant Ledger</a></header>\n<div class="logo"><img src="x.png" alt="Ledger"></div>\n'
        f"<main>{STORY}</main>\n<footer>© The Levant Ledger</footer>"
    )
    (f,) = lint(html, "NL127", group=False)
    assert f.message == "<div> holding <img> is outside every landmark"


def test_region_narrows_to_the_parts_beside_a_landmark():
    html = page(
        '<div class="wrap">\n<header><a href="/">The Levant Ledger</a></header>\n'
        f'<p class="promo">Get the morning briefing.</p>\n<main>{STORY}</main>\n</div>'
    )
    (f,) = lint(html, "NL127", group=False)
    assert (f.line, f.excerpt) == (7, '<p class="promo">')


def test_region_leaves_out_what_axe_exempts():
    exempt = (
        '<div class="skip"><a href="#story">Skip to main content</a></div>',
        '<div aria-live="polite">Updated 2 minutes ago</div>',
        '<div role="status">3 new posts</div>',
        '<div role="dialog" aria-label="Cookies"><p>We use cookies.</p></div>',
        "<div hidden><p>Print edition</p></div>",
        '<div aria-hidden="true"><p>Decoration</p></div>',
        '<div style="display: none"><p>Mobile menu</p></div>',
        '<button type="button">Menu</button>',
        '<iframe src="/ad" title="Advertisement"></iframe>',
        '<svg><defs><symbol id="i-search"><path d="M0 0"/></symbol></defs></svg>',
        '<svg viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg>',
        '<section aria-label="Most read"><p>Ten killed in Kharkiv strike</p></section>',
        "<script>var page = 1;</script><style>p { margin: 0 }</style>",
    )
    for block in exempt:
        html = page(f'{block}\n<header><a href="/">Home</a></header>\n<main id="story">{STORY}</main>')
        assert codes(lint(html, "NL127", group=False)) == [], block


def test_region_treats_unnamed_sections_and_late_skip_links_as_content():
    late = '<header><a href="/">Home</a></header>\n<div><a href="#story">Skip to story</a></div>'
    html = page(f'{late}\n<section><p>Most read</p></section>\n<main id="story">{STORY}</main>')
    assert [f.line for f in lint(html, "NL127", group=False)] == [6, 7]


def test_a_page_without_landmarks_reports_once_on_the_body():
    (f,) = lint(page(MENU + f"<div>{STORY}</div>"), "NL127", group=False)
    assert (f.line, f.excerpt) == (4, "<body>")
    assert f.message == "The page has no landmarks, so none of its 2 blocks of content is inside one"
    (one,) = lint(page(f"<div>{STORY}</div>"), "NL127", group=False)
    assert one.message == "The page has no landmarks, so its content is not inside one"


def test_region_never_fires_on_a_fragment():
    assert codes(lint(f'<div class="byline">By Karim Nassar</div>{STORY}', "NL127", group=False)) == []


def test_region_passes_decorative_images_as_axe_does_but_not_images_that_say_something():
    landmarks = f'\n<header><a href="/">Home</a></header>\n<main id="story">{STORY}</main>'
    assert codes(lint(page('<img src="/pixel.gif" alt="">' + landmarks), "NL127", group=False)) == []
    for img in ('<img src="/map.png" alt="Map of the front line">', '<img src="/map.png">'):
        assert codes(lint(page(img + landmarks), "NL127", group=False)) == ["NL127"], img
    (f,) = lint(page('<img src="/map.png" alt="Map of the front line">' + landmarks), "NL127", group=False)
    assert f.message == "<img> 'Map of the front line' is outside every landmark"
