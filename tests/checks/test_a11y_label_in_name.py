import pytest
from conftest import codes, lint
from lxml import etree

from newslint.lib.accessibility.labels import label_in_name, shown, symbolic, words


@pytest.mark.parametrize(
    ("label", "name", "contained"),
    [
        ("ACT rules", "  act rules  ", True),
        ("Next Page", "Next Page in the list", True),
        ("Share", "Share on Facebook (opens in a new window)", True),
        ("Read more", "more about the budget, read", False),
        ("The full label", "the full", False),
        ("nonstandard", "non-standard", False),  # the hyphen splits the name's word in two
        ("123.456.7890", "1 2 3. 4 5 6. 7 8 9 0", False),
        ("Proof of 2×2=4", "Proof of two multiplied by two is four", False),
        ("buy shelves", "buy some (opens in a new tab)", False),
        ("Café", "CAFÉ opening hours", True),
        ("登录", "点击登录", True),
    ],
)
def test_the_label_in_name_algorithm(label, name, contained):
    assert label_in_name(label, name) is contained


def test_words_drop_bracketed_text_case_and_symbols():
    assert words("Share (opens in a (new) window) on X!") == ("share", "on", "x")
    assert symbolic("X") and symbolic("→") and symbolic("aA") and not symbolic("7") and not symbolic("Go")


def _el(markup: str) -> etree._Element:
    return etree.fromstring(markup, etree.HTMLParser()).find(".//body/*")


def test_what_a_control_shows():
    seen = shown(_el('<a>Read <b>more</b><span class="sr-only"> on the vote</span><svg><title>i</title></svg></a>'))
    assert (seen.text, seen.pieces) == ("Read more", ())
    seen = shown(_el('<button><span class="on">Change</span><span class="off">Close</span></button>'))
    assert (seen.text, seen.pieces) == ("ChangeClose", ("Change", "Close"))  # inline boxes run on
    seen = shown(_el("<a><div><span>Politics</span><h3>Budget passes</h3></div></a>"))
    assert seen.pieces == ("Politics", "Budget passes")
    assert shown(_el("<button>Search<textarea>budget</textarea></button>")).text == "Search"


def test_the_finding_points_at_the_aria_label_and_quotes_both():
    html = '<p><a href="/budget" aria-label="Transport strike called off">Read more</a></p>'
    (f,) = lint(html, "NL159")
    assert f.excerpt == "Transport strike called off"
    assert f.message == '<a> shows "Read more" but its accessible name is "Transport strike called off"'
    assert f.suggestion.message == (
        'Start the aria-label with the visible text ("Read more …"), or remove it so the visible text names the link'
    )
    assert (f.wcag, f.axe) == ("2.5.3", "label-content-name-mismatch")


def test_only_widgets_named_from_their_content_are_read():
    html = (
        '<div role="tooltip" aria-label="OK">Next</div><nav aria-label="Main">News</nav>'
        '<input type="email" aria-label="E-mail" value="Contact"><div role="button" aria-label="OK">Next</div>'
        '<button aria-label="Open menu"><span>Sections</span><a href="/news">News</a></button>'
    )
    assert [f.excerpt for f in lint(html, "NL159", group=False)] == ["OK"]


def test_numbers_alone_are_counts_unless_the_name_spells_digits():
    html = '<a href="#c" aria-label="Comments">12</a><a href="tel:1234567890" aria-label="1 2 3 4">123.456.7890</a>'
    assert codes(lint(html, "NL159", group=False)) == ["NL159"]
