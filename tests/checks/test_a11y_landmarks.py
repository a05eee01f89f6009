from conftest import codes, lint

HEAD = '<!DOCTYPE html>\n<html lang="en">\n<head><title>Story</title></head>\n<body>\n'


def page(body: str) -> str:
    return HEAD + body + "\n</body>\n</html>\n"


STORY = "<h1>Forces push into the city</h1><p>Fighting went on, officials said.</p>"


def test_missing_main_fires_on_a_page_and_never_on_a_fragment():
    (f,) = lint(page(f'<div id="content">{STORY}</div>'), "NL120")
    assert (f.line, f.excerpt, f.axe) == (5, '<div id="content">', "landmark-one-main")
    assert "<div>" in f.suggestion.message
    assert codes(lint(f'<div id="content">{STORY}</div>', "NL120")) == []
    assert codes(lint(page(f'<div role="main">{STORY}</div>'), "NL120")) == []


def test_missing_main_never_points_at_an_element_that_holds_the_sites_header_or_footer():
    site = '<header><a href="/">The Daily</a></header>{}<footer><p>About us</p></footer>'
    (f,) = lint(page('<div id="page">' + site.format(STORY) + "</div>"), "NL120")
    assert f.suggestion.message == "Wrap the story, from its headline to its last paragraph, in <main>"
    (f,) = lint(page(site.format(f'<div id="story">{STORY}</div>')), "NL120")  # the story's own box
    assert f.excerpt == '<div id="story">'


def test_a_dialog_shown_on_load_is_a_modal_state_without_main():
    html = page(f'<div role="dialog" aria-label="Cookies"><p>We use cookies.</p></div><div>{STORY}</div>')
    assert codes(lint(html, "NL120")) == []
    hidden = page(f'<div role="dialog" hidden><p>We use cookies.</p></div><div>{STORY}</div>')
    assert codes(lint(hidden, "NL120")) == ["NL120"]


def test_duplicate_main_banner_and_contentinfo():
    html = page(
        "<header>Site</header>\n<header>Edition</header>\n<main>"
        + STORY
        + "</main>\n<main hidden>Old</main>\n<div role='main'>Aside</div>\n<footer>A</footer>\n<footer>B</footer>"
    )
    assert [(f.code, f.line) for f in lint(html, "NL121,NL124,NL125")] == [
        ("NL124", 6),
        ("NL121", 9),
        ("NL125", 11),
    ]


def test_of_two_mains_the_one_that_holds_the_story_is_the_one_to_keep():
    ad = '<main class="billboard"><div class="ad">Advertisement</div></main>\n'
    (f,) = lint(page(ad + "<main>" + STORY + "</main>"), "NL121")
    assert f.suggestion.message == "Keep this <main>: it holds the story; make the one on line 5 a <div> or an <aside>"
    (f,) = lint(page("<main>" + STORY + "</main>\n" + ad), "NL121")
    assert f.suggestion.message == (
        "Keep the <main> on line 5, which holds the story; make this one a <div> or an <aside>"
    )


def test_headers_and_footers_of_articles_are_not_page_landmarks():
    html = page(
        "<header>Site</header><main><article><header><h1>Headline</h1></header><p>Text.</p>"
        "<footer>Filed by our reporter</footer></article></main><footer>Site</footer>"
    )
    assert codes(lint(html, "NL12")) == []


def test_banner_and_contentinfo_nested_in_another_landmark():
    html = page("<main><div role='banner'>Masthead</div>" + STORY + "<div role='contentinfo'>Foot</div></main>")
    found = lint(html, "NL122,NL123")
    assert [f.code for f in found] == ["NL122", "NL123"]
    assert found[0].message == "The banner landmark is inside a main landmark (<main>)"
    (f,) = lint(page("<main>" + STORY + "</main><footer><p>About</p><footer><p>Terms</p></footer></footer>"), "NL123")
    assert f.suggestion.message == "Make this <footer> a <div>: the <footer> around it is the page's contentinfo"
    footer = '<footer><header class="footer-header"><a href="/">Home</a></header><p>About us</p></footer>'
    (f,) = lint(page("<header>Site</header><main>" + STORY + "</main>" + footer), "NL122")
    assert f.suggestion.message == "Make this <header> a <div>: it heads part of the page's contentinfo, not the page"


def test_unnamed_navigations_are_not_unique_and_labels_fix_it():
    html = page("<nav><a href='/a'>World</a></nav><main>" + STORY + "</main><nav><a href='/b'>Terms</a></nav>")
    (f,) = lint(html, "NL126")
    assert (f.line, f.message) == (5, "2 navigation landmarks have no name (also line 5)")
    assert f.suggestion.message.startswith("Give each <nav> its own aria-label")
    labelled = html.replace("<nav>", "<nav aria-label='Sections'>", 1)
    assert codes(lint(labelled, "NL126")) == []


def test_two_banners_are_told_to_become_one_not_to_be_labelled():
    html = page("<header><a href='/'>The Daily</a></header><header><h1>Story</h1></header><main>" + STORY + "</main>")
    (f,) = lint(html, "NL126")
    assert f.message == "2 banner landmarks have no name (also line 5)"
    assert f.suggestion.message.startswith("Keep one banner landmark, the site's <header>: make the others plain")
    assert "aria-label" not in f.suggestion.message


def test_the_other_landmarks_are_listed_once_per_line_and_at_most_five():
    menus = "\n".join(f"<nav><a href='/{n}'>Menu</a></nav>" * (2 if n == 3 else 1) for n in range(8))
    (f,) = lint(page(f"{menus}\n<main>{STORY}</main>"), "NL126")
    assert f.message == "9 navigation landmarks have no name (also lines 6, 7, 8, 9, 10 and 2 more)"
    two = "<nav><a href='/a'>A</a></nav>\n<nav><a href='/b'>B</a></nav>\n<nav><a href='/c'>C</a></nav>\n"
    (g,) = lint(page(f"{two}<main>{STORY}</main>"), "NL126")
    assert g.message == "3 navigation landmarks have no name (also lines 6 and 7)"


def test_asides_inside_an_article_are_not_landmarks_unless_named():
    html = page("<main><article>" + STORY + "<aside>Fact box</aside><aside>Timeline</aside></article></main>")
    assert codes(lint(html, "NL126")) == []
    named = html.replace("<aside>", "<aside aria-label='Facts'>").replace("Timeline", "x")
    assert codes(lint(named, "NL126")) == ["NL126"]
