import pytest
from conftest import codes, lint
from lxml import etree

from newslint.lib.accessibility.style import Amount, declared, font_size_px, hides_text

LONG = "Rescuers worked through the night as flood waters rose across the valley."


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("letter-spacing: .1EM ! IMPORTANT", (Amount(0.1, "em"), True)),
        ("letter-spacing: 0.1em /* tight */ !important", (Amount(0.1, "em"), True)),
        # a later important declaration wins; a later normal one does not beat an important one
        ("letter-spacing: 0.2em !important; letter-spacing: 0.1em !important", (Amount(0.1, "em"), True)),
        ("letter-spacing: 0.2em !important; letter-spacing: 0", (Amount(0.2, "em"), True)),
        # a value the property does not take is dropped, as browsers drop it
        ("letter-spacing: 0.2em !important; letter-spacing: 1.5 !important", (Amount(0.2, "em"), True)),
        ("letter-spacing: 0.2em; letter-spacing: 1px 2px", (Amount(0.2, "em"), False)),
        # semicolons inside strings and url() do not end a declaration
        ('content: "a; letter-spacing: 9em"; letter-spacing: 0 !important', (Amount(0, ""), True)),
        ("background: url(data:image/png;base64,AAA); line-height: 1", None),
        ("letter-spacing: var(--tight) !important", (None, True)),
        ("letter-spacing: calc(1em - 2px) !important", (None, True)),
        ("letter-spacing: NORMAL !important", ("normal", True)),
        ("width: 60%", None),
    ],
)
def test_a_style_attribute_is_read_as_the_cascade_reads_it(style, expected):
    assert declared(style, "letter-spacing") == expected


def test_a_font_size_in_absolute_units_is_known_others_are_not():
    assert font_size_px("font-size: 12pt") == 16
    assert font_size_px("font-size: 20PX; letter-spacing: 1px") == 20
    assert font_size_px("font-size: 1.2em") is None
    assert font_size_px("font-size: large") is None


@pytest.mark.parametrize(
    ("markup", "hidden"),
    [
        ('<span style="display: none">', True),
        ('<span style="position: absolute; left: -9999px">', True),
        ('<span style="position: absolute; top: -999em">', True),
        ('<span style="position: absolute; width: 1px; height: 1px; overflow: hidden">', True),
        ('<span class="u-visually-hidden">', True),
        ('<span class="vjs-hidden">', True),
        ('<span hidden="">', True),
        ('<span style="position: absolute; top: -10px">', False),
        ('<span style="overflow: hidden; width: 50%">', False),
        ('<span class="hidden-xs">', False),
        ('<span class="overflow-hidden">', False),
    ],
)
def test_what_keeps_text_off_the_screen(markup, hidden):
    el = etree.fromstring(markup + "text</span>", etree.HTMLParser()).find(".//span")
    assert hides_text(el) is hidden


def test_the_finding_points_at_the_style_attribute_and_says_what_to_set():
    (f,) = lint(f'<p class="dek" style="color: #333; line-height: 1.2 !important">{LONG}</p>', "NL185")
    assert f.excerpt == "color: #333; line-height: 1.2 !important"
    assert f.message == (
        "line-height: 1.2 !important (1.2 times the font size) is under the 1.5 times the font size readers "
        "must be able to set, and their tools cannot override it"
    )
    assert f.suggestion.message == (
        "Remove !important from line-height so readers' tools can widen it, or set line-height: 1.5 or more"
    )
    assert (f.wcag, f.axe) == ("1.4.12", "avoid-inline-spacing")


def test_each_spacing_too_tight_is_its_own_finding():
    html = f'<p style="letter-spacing: normal !important; word-spacing: 0.1em !important">{LONG}</p>'
    found = lint(html, "NL185", group=False)
    assert [f.message.split(":")[0] for f in found] == ["letter-spacing", "word-spacing"]
    assert "(no extra space)" in found[0].message


def test_wide_enough_or_undecidable_values_are_left_alone():
    html = (
        f'<p style="line-height: 160% !important; letter-spacing: 0.12em !important">{LONG}</p>'
        f'<p style="font-size: 25px; letter-spacing: 3px !important">{LONG}</p>'
        f'<p style="letter-spacing: 0.1rem !important">{LONG}</p>'
        f'<p style="letter-spacing: unset !important">{LONG}</p>'
        f'<svg><text style="letter-spacing: 0 !important">{LONG}</text></svg>'
    )
    assert codes(lint(html, "NL185", group=False)) == []


def test_a_negative_or_zero_pixel_spacing_needs_no_font_size():
    (f,) = lint('<h1 style="letter-spacing: -1px !important">Floods close the valley road</h1>', "NL185")
    assert "letter-spacing: -1px !important" in f.message
