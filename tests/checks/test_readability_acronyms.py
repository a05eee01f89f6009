from conftest import FIXTURES, codes, lint

from newslint.checks.readability.acronyms import well_known

LATER = "<p>The Syrian Democratic Forces (SDF) said on Tuesday that the town was clear.</p>"


def test_fires_on_an_acronym_the_story_spells_out_later():
    (f,) = lint(f"<p>SDF fighters entered the town on Monday.</p>\n{LATER}", "NL404")
    assert (f.line, f.column, f.excerpt) == (1, 4, "SDF")
    assert f.message == "'SDF' is used before the story spells it out ('Syrian Democratic Forces (SDF)', line 2)"
    assert f.suggestion.replacement == "Syrian Democratic Forces (SDF)" and not f.suggestion.safe


def test_the_expansion_may_follow_the_acronym_in_brackets():
    html = "<p>SDF fighters entered the town.</p><p>The SDF (Syrian Democratic Forces) said the town was clear.</p>"
    (f,) = lint(html, "NL404")
    assert f.excerpt == "SDF" and f.column == 4


def test_an_earlier_use_in_the_same_paragraph_or_as_a_compound_counts():
    (f,) = lint("<p>SDF fighters and the command of the Syrian Democratic Forces (SDF) agreed.</p>", "NL404")
    assert f.column == 4
    (f,) = lint(f"<p>The SDF-led offensive began.</p>{LATER}", "NL404")
    assert (f.column, f.excerpt) == (8, "SDF")


def test_silent_when_the_name_comes_first_or_is_never_given():
    assert lint(f"{LATER}<p>SDF fighters entered the town.</p>", "NL404") == []
    assert lint("<p>SDF fighters entered the town.</p><p>The SDF said the town was clear.</p>", "NL404") == []


def test_well_known_acronyms_quotes_joined_names_and_headlines_are_left_alone():
    assert {"UN", "US", "NATO", "AP", "AFP", "EU"} <= well_known()
    known = "<p>UN officials arrived.</p><p>The United Nations (UN) said aid was ready.</p>"
    quoted = f"<p>“The SDF will hold the line,” a commander said.</p>{LATER}"
    joined = "<p>A splinter group calling itself SDF-K claimed the attack.</p>" + LATER
    headline = f"<h1>SDF takes the town</h1>{LATER}"
    for html in (known, quoted, joined, headline):
        assert codes(lint(html, "NL404")) == [], html


def test_brackets_that_do_not_spell_the_letters_out_are_not_an_expansion():
    assert lint("<p>ABC reported it.</p><p>The Kurdish Red Crescent (ABC) said so.</p>", "NL404") == []
    assert lint("<p>IDPs left.</p><p>Internally displaced persons (IDPs) are counted.</p>", "NL404") == []


def test_clean_fixtures_stay_silent():
    for path in sorted(FIXTURES.glob("*clean*.html")):
        assert lint(path.read_text(encoding="utf-8"), "NL404") == [], path.name
