from conftest import codes, lint

ONCE = "<p>Troops advanced on Monday, a commander told AFP.</p>\n<p>The ministry confirmed the advance.</p>\n"
STORY = ONCE + "<p>Two villages were shelled, a resident told AFP.</p>\n"  # built on the agency's reporting


def test_missing_credit_when_the_story_rests_on_an_agency():
    (f,) = lint(STORY, "NL5")
    assert (f.code, f.line, f.excerpt) == ("NL501", 1, "told AFP")
    assert f.message == "The story cites AFP but has no wire-credit line"
    assert f.suggestion.message == "End the story with a credit line: 'With reporting by AFP'"


def test_missing_credit_names_every_agency_cited():
    html = ONCE + "<p>Reuters reported heavy shelling, and the Associated Press reported more.</p>"
    (f,) = lint(html, "NL5")
    assert f.message == "The story cites AFP, Reuters and AP but has no wire-credit line"


def test_an_agency_cited_once_gives_one_fact_not_the_story():
    assert codes(lint(ONCE, "NL5")) == []


def test_a_citation_on_a_link_credits_the_agency_story():
    linked = ONCE.replace("told AFP", '<a href="https://www.afp.com/en/news/1">told AFP</a>')
    assert codes(lint(linked + "<p>Two villages were shelled, a resident told AFP.</p>", "NL5")) == []


def test_silent_with_a_credit_line():
    assert codes(lint(STORY + "<p>With reporting by AFP</p>", "NL5")) == []


def test_silent_on_the_agency_own_story():
    html = "<p>BEIRUT (AFP) — Troops advanced on Monday, a commander told AFP.</p><p>A resident told AFP more.</p>"
    assert codes(lint(html, "NL5")) == []
    assert codes(lint("<p>By Agence France-Presse</p>" + STORY, "NL5")) == []


def test_mentioning_an_agency_is_not_citing_it():
    html = "<p>The AFP bureau in Beirut closed in 2012.</p><p>Reuters is based in London.</p>"
    assert codes(lint(html, "NL5")) == []


def test_credit_run_into_the_last_paragraph():
    (f,) = lint("<p>Troops advanced, the ministry said. With reporting by AP and AFP</p>", "NL5")
    assert (f.code, f.excerpt) == ("NL502", "With reporting by AP and AFP")
    assert f.message == "The credit line 'With reporting by AP and AFP' is run into the last paragraph"


def test_credit_that_names_nobody():
    (f,) = lint("<p>Troops advanced, the ministry said.</p><p>With reporting by</p>", "NL5")
    assert f.message == "The credit line 'With reporting by' names nobody"


def test_a_proper_credit_line_is_silent():
    assert codes(lint("<p>Troops advanced, the ministry said.</p><p>With reporting by AP and AFP</p>", "NL5")) == []
