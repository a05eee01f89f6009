import pytest
from conftest import codes, lint

from newslint.config.options import StyleConfig
from newslint.run.engine import lint_html
from newslint.run.fix import apply_fixes


def test_a_date_unlike_the_story_majority_fires_with_its_rewrite():
    html = "<p>Talks began on Sept. 10 and ended on Sept. 12.</p>\n<p>Fighting resumed on September 14.</p>"
    (f,) = lint(html, "NL540")
    assert (f.line, f.excerpt, f.suggestion.replacement, f.suggestion.safe) == (2, "September 14", "Sept. 14", False)
    assert f.message == (
        "'September 14' here, but 2 of the story's 3 dates are written as AP does ('Sept. 9', 'March 5')"
    )


@pytest.mark.parametrize(
    "html",
    [
        "<p>Talks began on March 5 and ended on Sept. 10.</p>",  # both AP style
        "<p>Talks began on Sept. 10 and resumed on September 14.</p>",  # an even split
        "<p>The offensive began on 9 September.</p>",
        "<p>About 5 percent of the May 2 budget, and 3 million in August 2019.</p>",
    ],
)
def test_one_form_an_even_split_or_a_single_date_is_silent(html):
    assert codes(lint(html, "NL540")) == []


def test_a_house_style_choice_reports_every_other_form():
    html = "<p>Talks began on Sept. 10.</p>"
    (f,) = lint(html, "NL540", style=StyleConfig(dates="day-first"))
    assert (f.suggestion.replacement, f.message) == (
        "10 September",
        "'Sept. 10' here, but the house style for dates is day first ('9 September')",
    )


def test_percentages_written_two_ways_fire():
    html = "<p>About 40 percent were children and 30 percent women.</p>\n<p>Nearly 35% fled.</p>"
    (f,) = lint(html, "NL541")
    assert (f.excerpt, f.suggestion.replacement) == ("35%", "35 percent")
    assert codes(lint("<p>It rose 2 percentage points to 40 percent, then 35 percent.</p>", "NL541")) == []
    table = "<table><tr><td>-5.44%</td><td>-1.41%</td></tr></table><p>Shares fell 2 percent and 3 percent.</p>"
    assert codes(lint(table, "NL541")) == []


def test_straight_quotes_in_a_story_of_curly_ones_fire_and_code_is_left_alone():
    html = '<p>“We expect slow fighting,” she said. “It is hard.”</p>\n<p>"People come with nothing," he said.</p>'
    found = lint(html, "NL542")
    assert [(f.excerpt, f.suggestion.replacement) for f in found] == [('"', "“"), ('"', "”")]
    code = '<p>The <code>"no-cors"</code> mode allows “HEAD”, “GET” and “POST” only.</p>'
    assert codes(lint(code, "NL542")) == []
    assert codes(lint('<p>A 12" screen and a 15" one, “he said”.</p>', "NL542")) == []


def test_small_counts_in_figures_among_counts_in_words_fire():
    html = "<p>Troops took three villages and four towns.</p>\n<p>They lost 5 villages on the eastern bank.</p>"
    (f,) = lint(html, "NL543")
    assert (f.line, f.excerpt, f.suggestion.replacement) == (2, "5", "five")


@pytest.mark.parametrize(
    "html",
    [
        "<p>Troops took three villages and 12 towns.</p>",  # AP: figures from 10
        "<p>Three boys, 5 years old, walked 3 km with 2 goals and $5 in two bags.</p>",
        "<p>Two checkpoints on Route 9 checkpoints and Phase 2 talks, three roads.</p>",
        "<p>Destiny 2 is free, and children above age 6 months need two doses and three shots.</p>",
    ],
)
def test_measures_names_and_ages_are_not_counts(html):
    assert codes(lint(html, "NL543")) == []


def test_style_findings_are_never_applied_by_fix():
    html = "<p>Talks began on Sept. 10 and ended on Sept. 12.</p>\n<p>Fighting resumed on September 14.</p>"
    assert apply_fixes(html, lint_html(html)) == (html, 0)


def test_style_and_structure_tables_are_read_from_config_and_unknown_keys_are_errors(tmp_path):
    from newslint.config.options import ConfigError, load_config

    cases = {
        "good": 'style = { dates = "ap", quotes = "curly" }\nstructure = { placeholders = ["@@[A-Z]+@@"] }\n',
        "key": 'style = { date = "ap" }\n',
        "value": 'style = { dates = "iso" }\n',
    }
    for name, text in cases.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "newslint.toml").write_text(text)
    config = load_config(tmp_path / "good" / "newslint.toml")
    assert (config.style.dates, config.style.percent, config.structure.placeholders) == ("ap", "auto", ("@@[A-Z]+@@",))
    with pytest.raises(ConfigError, match=r"unknown key 'style\.date'"):
        load_config(tmp_path / "key" / "newslint.toml")
    with pytest.raises(ConfigError, match=r'style\.dates: one of "auto", "ap", "full" or "day-first", not "iso"'):
        load_config(tmp_path / "value" / "newslint.toml")


def test_dates_in_no_house_form_at_all_are_left_alone():
    # "Sep 9" is no style's form; a story with only such dates crashed the rule (seen on real pages)
    html = "<p>The talks opened on Sep 9 in Doha.</p><p>They closed on Sep 12 without a deal.</p>"
    assert codes(lint(html, "NL540")) == []


def test_dates_in_an_embedded_post_are_the_posts_own():
    tweet = '<blockquote class="twitter-tweet"><p>See you all on Dec. 27!</p></blockquote>'
    html = f"<p>The rally was set for September 14.</p><p>It moved to September 20.</p>{tweet}"
    assert codes(lint(html, "NL540")) == []
    assert codes(lint(html.replace(' class="twitter-tweet"', ""), "NL540")) == []  # a block quote: its author's
    plain = html.replace("blockquote", "div").replace(' class="twitter-tweet"', "")
    assert codes(lint(plain, "NL540")) == ["NL540"]


def test_a_number_that_is_part_of_a_name_is_not_a_count():
    html = "<p>" + " ".join(["Three ships sailed."] * 3) + " The SEA-ME-WE 3 cable was cut.</p>"
    assert codes(lint(html, "NL543")) == []
