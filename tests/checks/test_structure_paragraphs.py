from conftest import codes, lint, page

from newslint.config.options import Config
from newslint.run.engine import lint_html
from newslint.run.fix import apply_fixes

LEDE = (
    "<p>Shelling drove hundreds of families from villages on the eastern bank of the Euphrates, officials said.</p>\n"
)
MORE = "<p>The provincial council said the families reached two camps near Hajin overnight.</p>\n"
LAST = "<p>Aid groups said food and blankets were running short in both camps.</p>\n"


def test_a_paragraph_pasted_twice_fires_on_the_second_copy():
    (f,) = lint(page("<h1>Families flee shelling</h1>\n" + LEDE + MORE + LEDE + LAST), "NL530")
    assert (f.line, f.message) == (13, "This paragraph repeats the one on line 11")
    assert f.excerpt.startswith("Shelling drove hundreds") and f.suggestion.replacement is None


def test_short_lines_and_questions_put_to_each_guest_may_repeat():
    question = "<p>What inspired you to start cooking for your neighbours during the siege?</p>\n"
    html = page("<h1>H</h1>\n" + LEDE + "<p>Watch:</p>\n" + MORE + "<p>Watch:</p>\n" + question + LAST + question)
    assert codes(lint(html, "NL530")) == []
    assert codes(lint(page("<h1>H</h1>\n" + LEDE + MORE + LAST), "NL530")) == []


def test_labelled_fields_shared_by_two_items_of_a_list_are_not_repeats():
    field = "<p><strong>Aid delivered:</strong> 2 tents, 1 water tank, 40 blankets and 12 hygiene kits</p>\n"
    html = page("<h1>H</h1>\n<h2>Camp Hol</h2>\n" + field + LEDE + "<h2>Camp Roj</h2>\n" + field + LAST)
    assert codes(lint(html, "NL530")) == []
    bolded = "<p><strong>Shelling drove hundreds of families</strong> from villages on the eastern bank.</p>\n"
    assert codes(lint(page("<h1>H</h1>\n" + bolded + MORE + bolded + LAST), "NL530")) == ["NL530"]


def test_empty_paragraphs_in_the_story_fire_and_are_removed_by_fix():
    html = page("<h1>H</h1>\n" + LEDE + "<p>&nbsp;</p>\n" + MORE + "<p> <br> </p>\n" + LAST + "<p></p>\n")
    found = lint(html, "NL531")
    assert [(f.line, f.excerpt, f.suggestion.replacement, f.suggestion.safe) for f in found] == [
        (12, "<p>&nbsp;</p>", "", True),
        (14, "<p> <br> </p>", "", True),
        (16, "<p></p>", "", True),
    ]
    fixed, _ = apply_fixes(html, lint_html(html, Config(select=("ALL",))))
    assert "<p>&nbsp;</p>" not in fixed and "<p></p>" not in fixed and LEDE + "\n" + MORE in fixed


def test_paragraphs_with_content_and_empty_ones_outside_the_story_are_silent():
    body = '<p><img src="map.png" alt="Map of the camps"></p>\n<p><iframe src="https://example.org/v"></iframe></p>\n'
    html = page("<h1>H</h1>\n" + LEDE + body + MORE + LAST).replace("<main>", "<header><p></p></header>\n<main>")
    assert codes(lint(html, "NL531")) == []


def test_a_headline_repeated_as_the_first_paragraph_fires():
    html = page("<h1>Families flee shelling near Hajin</h1>\n<p>Families flee shelling near Hajin.</p>\n" + LEDE + MORE)
    (f,) = lint(html, "NL532")
    assert (f.line, f.excerpt) == (11, "Families flee shelling near Hajin.")


def test_a_lede_that_starts_like_the_headline_is_not_a_repeat():
    lede = "<p>Families flee shelling near Hajin as the offensive enters its third week, officials said.</p>\n"
    assert codes(lint(page("<h1>Families flee shelling near Hajin</h1>\n" + lede + MORE), "NL532")) == []
    assert codes(lint(page("<h1>Families flee</h1>\n" + LEDE + "<p>Families flee</p>\n" + MORE), "NL532")) == []
