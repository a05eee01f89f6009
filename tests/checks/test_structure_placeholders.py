import pytest
from conftest import codes, lint

from newslint.config.options import StructureConfig


@pytest.mark.parametrize(
    ("html", "excerpt"),
    [
        ("<p>The death toll rose to TK, officials said.</p>", "TK"),
        ("<p>XX people were wounded in the attack.</p>", "XX"),
        ("<p>[[embed id=4412]]</p>", "[[embed id=4412]]"),
        ("<p>By {{ byline }}</p><p>Troops advanced on Monday.</p>", "{{ byline }}"),
        ("<p>Lorem ipsum dolor sit amet.</p>", "Lorem ipsum"),
        ("<p>Hamas (ph) said the talks would resume.</p>", "(ph)"),
        ("<p>INSERT QUOTE HERE</p>", "INSERT QUOTE HERE"),
    ],
)
def test_placeholders_fire(html, excerpt):
    (f,) = lint(html, "NL520")
    assert f.excerpt == excerpt and f.message == f"Placeholder '{excerpt}' left in the story"


@pytest.mark.parametrize(
    "html",
    [
        "<p>TK Maxx closed its store, and the boxer won by TKO.</p>",
        "<p>The app TK-Safe stores health records.</p>",
        "<p>The XX century and Pope Pius XX.</p>",
        "<p>Officials did not insert the clause.</p>",
        "<p>“[The minister] will resign,” he said.</p>",
        '<p>Members of <a href="https://www.tk.de/">TK</a> can read their records. The TK said so.</p>',
        "<p>The insurer Techniker Krankenkasse (TK) runs the app. Neither TK nor IBM sees the data.</p>",
    ],
)
def test_words_that_look_like_placeholders_are_silent(html):
    assert codes(lint(html, "NL520")) == []


def test_a_mark_is_a_placeholder_where_the_page_does_not_name_anything_by_it():
    html = '<p>The toll rose to TK, <a href="/moh">the ministry</a> said (TASS).</p>'
    assert codes(lint(html, "NL520")) == ["NL520"]


def test_a_project_adds_its_own_marks():
    html = "<p>The toll rose to @@FIGURE@@, officials said.</p>"
    assert codes(lint(html, "NL520")) == []
    assert codes(lint(html, "NL520", structure=StructureConfig(placeholders=("@@[A-Z]+@@",)))) == ["NL520"]


def test_a_label_in_capitals_is_a_headline_tag_not_a_shortcode():
    assert codes(lint("<h1>[VIDEO] Senator walks out of hearing</h1><p>The senator left.</p>", "NL520")) == []
    assert codes(lint("<p>[video id=991]</p><p>The senator left.</p>", "NL520")) == ["NL520"]


def test_filler_repeated_over_a_story_is_one_finding_naming_the_other_lines():
    html = "\n".join(f"<p>Lorem ipsum dolor sit amet, paragraph {n}.</p>" for n in range(1, 5))
    (f,) = lint(html, "NL520")
    assert (f.line, f.excerpt) == (1, "Lorem ipsum")
    assert f.message.endswith("(3 more NL520 on this page: lines 2, 3, 4)")
