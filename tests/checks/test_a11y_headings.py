from conftest import codes, lint, page


def test_no_h1_fires_on_pages_only():
    (f,) = lint(page("<h2>Headline</h2><p>Story.</p>"), "NL110", group=False)
    assert f.excerpt == "<h2>" and f.axe == "page-has-heading-one"
    assert codes(lint(page('<div role="heading" aria-level="1">Headline</div>'), "NL110", group=False)) == []
    assert codes(lint(page("<h1 hidden>Headline</h1><h2>Sub</h2>"), "NL110", group=False)) == ["NL110"]
    assert codes(lint("<h2>Fragment subhead</h2><p>Story.</p>", "NL110", group=False)) == []


def test_skipped_levels_fire_and_going_back_up_does_not():
    html = page("<h1>Headline</h1>\n<h3>Background</h3>\n<h2>Reaction</h2>\n<h3>Aid</h3>\n<h1>Next</h1>")
    (f,) = lint(html, "NL111", group=False)
    assert (f.line, f.message) == (11, "Heading level 3 follows level 1")
    assert "an <h2>" in f.suggestion.message
    assert f.suggestion.message.endswith("if it heads no section (a byline, a date, a slogan), make it a <p>")
    assert codes(lint("<h3>First heading of a fragment</h3><h4>Then</h4>", "NL111", group=False)) == []
    assert codes(lint('<h2>A</h2><div role="heading" aria-level="4">B</div>', "NL111", group=False)) == ["NL111"]


def test_empty_headings_fire_and_named_ones_do_not():
    html = '<h2></h2><h3><span class="icon"></span></h3><h2><img src="logo.png" alt=""></h2>'
    assert codes(lint(html, "NL112", group=False)) == ["NL112"] * 3
    named = '<h2><img src="l.png" alt="Daily Wire"></h2><h2 aria-label="Latest"></h2><h2 hidden></h2><h2>Text</h2>'
    assert codes(lint(named, "NL112", group=False)) == []


def test_aria_level_sets_the_level_of_native_headings_too():
    assert codes(lint('<h2>Reaction</h2><h2 aria-level="4">Aid</h2>', "NL111", group=False)) == ["NL111"]
    assert codes(lint('<h2>Reaction</h2><h4 aria-level="3">Aid</h4>', "NL111", group=False)) == []
    assert codes(lint('<h2>Reaction</h2><h4 aria-level="0">Aid</h4>', "NL111", group=False)) == ["NL111"]  # invalid: h4
    assert codes(lint('<h2>Reaction</h2><h4 role="tab">Aid</h4>', "NL111", group=False)) == []
    assert codes(lint(page('<h2 aria-level="1">Forces push into the city</h2>'), "NL110", group=False)) == []


def test_a_heading_opened_right_before_another_heading_is_empty():
    # Browsers close the <h3> when the <h2> starts; lxml nests them.
    (f,) = lint("<h3> <h2>More from the Ledger</h2> </h3><p>Story.</p>", "NL112", group=False)
    assert f.excerpt == "<h3>"
    assert codes(lint("<h3>Latest <h2>More from the Ledger</h2></h3>", "NL112", group=False)) == []
    assert codes(lint('<h3 aria-label="Latest"><h2>More</h2></h3>', "NL112", group=False)) == []


def test_a_paragraph_inside_a_heading_is_its_text():
    # libxml2 closes the <h2> at <p>; browsers keep the paragraph inside the heading.
    html = "<h1>Fine for false contact reports</h1>\n<h2><p>Pubs face penalties for loud music</p></h2>"
    assert codes(lint(html, "NL112", group=False)) == []
    assert codes(lint("<h2></h2><p>A paragraph after an empty heading.</p>", "NL112", group=False)) == ["NL112"]
    assert codes(lint("<h2><p> </p></h2>", "NL112", group=False)) == ["NL112"]
