from conftest import codes, lint, page

P1 = "<p>Troops advanced on the eastern bank of the river on Monday, the ministry said.</p>\n"
P2 = "<p>The monitor said at least 12 fighters were killed in the clashes near Hajin.</p>\n"


def test_an_empty_byline_slot_fires():
    (f,) = lint(page('<h1>H</h1>\n<p class="byline">By </p>\n' + P1 + P2), "NL506")
    assert (f.line, f.excerpt) == (11, '<p class="byline">')
    assert f.message == "The byline slot <p class=\"byline\"> is empty (only 'By')"
    html = page('<h1>H</h1>\n<span class="author" itemprop="author"></span>\n' + P1 + P2)
    assert codes(lint(html, "NL506")) == ["NL506"]


def test_filled_bylines_microdata_and_hidden_slots_are_silent():
    filled = '<p class="byline">By <span class="author__name">Rania Haddad</span><span class="author"></span></p>\n'
    microdata = '<div itemprop="author" itemscope><meta itemprop="name" content="Rania Haddad"></div>\n'
    for slot in (filled, microdata, '<p class="byline" hidden>By</p>\n', '<meta itemprop="author" content="R. H.">\n'):
        assert codes(lint(page("<h1>H</h1>\n" + slot + P1 + P2), "NL506")) == [], slot


def test_a_dateline_with_a_double_hyphen_fires():
    (f,) = lint(page("<h1>H</h1>\n<p>BEIRUT (AP) -- Troops advanced on Monday, the ministry said.</p>\n" + P2), "NL507")
    assert (f.excerpt, f.suggestion.replacement) == ("--", "—")
    assert f.message == "The dateline ends with '--' where a dash belongs"


def test_a_dateline_run_into_the_story_fires():
    html = "<p>KYIV, Ukraine (Reuters) Drone strikes hit the capital overnight, officials said.</p>\n" + P2
    (f,) = lint(html, "NL507")
    assert (f.excerpt, f.suggestion.replacement) == ("KYIV, Ukraine (Reuters) ", "KYIV, Ukraine (Reuters) — ")


def test_datelines_ended_by_a_dash_and_plain_openings_are_silent():
    for opening in ("BEIRUT (AP) — Troops", "Beirut (AFP) - Troops", "KYIV, Ukraine — Troops", "Troops"):
        html = f"<p>{opening} advanced on Monday, the ministry said.</p>\n" + P2
        assert codes(lint(html, "NL507")) == [], opening
