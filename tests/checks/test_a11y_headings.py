from conftest import codes, lint, page


def test_no_h1_fires_on_pages_only():
    (f,) = lint(page("<h2>Headline</h2><p>Story.</p>"), "NL110")
    assert f.excerpt == "<h2>" and f.axe == "page-has-heading-one"
    assert codes(lint(page('<div role="heading" aria-level="1">Headline</div>'), "NL110")) == []
    assert codes(lint(page("<h1 hidden>Headline</h1><h2>Sub</h2>"), "NL110")) == ["NL110"]
    assert codes(lint("<h2>Fragment subhead</h2><p>Story.</p>", "NL110")) == []


def test_skipped_levels_fire_and_going_back_up_does_not():
    html = page("<h1>Headline</h1>\n<h3>Background</h3>\n<h2>Reaction</h2>\n<h3>Aid</h3>\n<h1>Next</h1>")
    (f,) = lint(html, "NL111")
    assert (f.line, f.message) == (11, "Heading level 3 follows level 1")
    assert "an <h2>" in f.suggestion.message
    assert codes(lint("<h3>First heading of a fragment</h3><h4>Then</h4>", "NL111")) == []
    assert codes(lint('<h2>A</h2><div role="heading" aria-level="4">B</div>', "NL111")) == ["NL111"]


def test_empty_headings_fire_and_named_ones_do_not():
    html = '<h2></h2><h3><span class="icon"></span></h3><h2><img src="logo.png" alt=""></h2>'
    assert codes(lint(html, "NL112")) == ["NL112"] * 3
    named = '<h2><img src="l.png" alt="Daily Wire"></h2><h2 aria-label="Latest"></h2><h2 hidden></h2><h2>Text</h2>'
    assert codes(lint(named, "NL112")) == []
