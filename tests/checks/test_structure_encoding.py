import pytest
from conftest import codes, lint, page

from newslint.run.engine import lint_html
from newslint.run.fix import apply_fixes

ENCODING = "NL510,NL511,NL512,NL513"


def fixed(html: str) -> str:
    return apply_fixes(html, lint_html(html))[0]


def test_mojibake_is_repaired_exactly():
    html = page("<p>The minister didnâ€™t say whether Ã‰douard Philippe would attend.</p>")
    found = lint(html, ENCODING)
    assert [(f.code, f.excerpt, f.suggestion.replacement, f.suggestion.safe) for f in found] == [
        ("NL510", "â€™", "’", True),
        ("NL510", "Ã‰", "É", True),
    ]
    assert found[0].message == "'â€™' is mojibake for '’'"
    assert "didn’t say whether Édouard Philippe" in fixed(html)


def test_mojibake_damaged_twice_and_quotes_around_a_word_repair_in_one_pass():
    html = "<p>He said \u00c3\u0083\u00c2\u00a9t\u00c3\u0083\u00c2\u00a9 and â€œyesâ€\x9d.</p>"
    assert codes(lint(html, ENCODING)) == ["NL510"] * 4
    assert fixed(html) == "<p>He said été and “yes”.</p>"


@pytest.mark.parametrize(
    "html",
    [
        "<p>didn’t, Édouard, café</p>",
        "<p>CAFÉ” and «À bientôt», she said.</p>",
        "<p>Київ, عربي, 中文</p>",
        "<p>The Ã is a letter; so is ©.</p>",
    ],
)
def test_correct_text_in_any_script_is_not_mojibake(html):
    assert codes(lint(html, ENCODING)) == []


def test_mojibake_in_markup_comments_and_scripts_is_left_alone():
    html = '<p title="â€™">Text.</p><!-- â€™ --><script>var s = "â€™";</script>'
    assert codes(lint(html, ENCODING)) == []


def test_replacement_character_fires_without_a_fix():
    (f,) = lint("<p>The village of Ba\ufffdouz fell.</p>", ENCODING)
    assert (f.code, f.excerpt, f.suggestion.replacement) == ("NL511", "\ufffd", None)
    assert codes(lint("<p>Ba&#65533;ouz</p>", ENCODING)) == ["NL511"]
    assert codes(lint("<p>Where is Baghouz?</p>", ENCODING)) == []


def test_a_replacement_character_no_reader_sees_is_left_alone():
    lost = "angrypatriot22: \ufffd\ufffdIf capitalism is to continue"
    for hidden in (
        f'<div class="hidden">{lost}</div>',
        f"<div hidden>{lost}</div>",
        f'<p style="display:none">{lost}</p>',
    ):
        assert codes(lint("<p>The story.</p>" + hidden, "NL511")) == [], hidden
    shown = f'<div class="comment">{lost}</div><div class="sr-only">Ba\ufffdouz</div>'
    assert [f.line for f in lint(shown, "NL511", group=False)] == [1, 1]  # screen readers read sr-only text


def test_double_escaped_entities_fire_and_single_escapes_do_not():
    html = "<p>The minister didn&amp;rsquo;t, and &amp;amp;#8217; twice.</p>"
    found = lint(html, ENCODING)
    assert [(f.excerpt, f.suggestion.replacement) for f in found] == [
        ("&amp;rsquo;", "&rsquo;"),
        ("&amp;amp;#8217;", "&#8217;"),
    ]
    assert found[0].message == "Readers see '&rsquo;' here: the entity '&rsquo;' was escaped again"
    assert fixed(html) == "<p>The minister didn&rsquo;t, and &#8217; twice.</p>"
    assert codes(lint("<p>AT&amp;T and didn&rsquo;t, &amp;copy and &amp;bogus;</p>", ENCODING)) == []


def test_control_characters_are_deleted_or_become_the_space_they_stood_for():
    html = "<p>The ministry\x0bsaid the Ba\x08ghouz pocket fell.</p>"
    found = lint(html, ENCODING)
    assert [(f.code, f.message, f.suggestion.replacement) for f in found] == [
        ("NL513", "Invisible control character U+000B in the text", " "),
        ("NL513", "Invisible control character U+0008 in the text", ""),
    ]
    assert fixed(html) == "<p>The ministry said the Baghouz pocket fell.</p>"
    assert codes(lint("<p>Tab\tand line\nbreaks and\u00a0spaces.</p>", ENCODING)) == []


def test_a_c1_byte_inside_mojibake_is_repaired_by_nl510_not_deleted():
    # "’" read as Latin-1 instead of Windows-1252: the U+0080 and U+0099 are part of the mojibake.
    assert codes(lint("<p>didn\u00e2\u0080\u0099t</p>", ENCODING)) == ["NL510"]
    assert fixed("<p>didn\u00e2\u0080\u0099t</p>") == "<p>didn’t</p>"


@pytest.mark.parametrize(
    "html",
    [
        "\x08Â\xa0",  # found by fuzzing: each repair alone is fine, together they make new mojibake
        "a\x08Â\xa0b",
        "Â\x08\xa0",  # deleting the control character would join "Â" and "\xa0" into mojibake
        "ÃÂ\xa0",  # repairing "Â\xa0" would leave "Ã\xa0", mojibake again
        "&amp;\x08rsquo;",  # deleting the control character would make a double escape
        "<p>Story.</p><p>\x08</p>",  # deleting it would leave an empty paragraph
        "<p>Story.</p><p>Â\xa0</p>",
    ],
)
def test_repairs_that_would_not_settle_are_reported_but_not_applied(html):
    found = lint_html(html)
    assert any(f.code in ("NL510", "NL513") for f in found)
    assert all(not f.suggestion.safe for f in found if f.code.startswith("NL51"))
    once = fixed(html)
    assert fixed(once) == once


@pytest.mark.parametrize(
    "html",
    [
        "<p>cafÃ© â€œxâ€\x9d and the ministry\x0bsaid</p>",
        "<p>didn&amp;rsquo;t say \x07when the Ã©lite left</p>",
        "<p>\x08\x08 at Ã© and Ã© then\x08</p>",
    ],
)
def test_one_fix_settles_the_text(html):
    once = fixed(html)
    assert once != html and not any(f.code.startswith("NL51") for f in lint_html(once))
    assert fixed(once) == once


def test_on_a_page_only_the_story_and_the_captions_of_its_media_are_read():
    story = (
        "<main><article><h1>Port reopens</h1>"
        "<p>The port reopened on Monday after a week of strikes, officials said.</p>"
        "<p>Ships queued outside the harbour through the night, the harbour master said.</p>"
        "<p>Dockers returned to work at dawn, and the first cargo left at noon.</p>"
        "</article></main>"
    )
    chrome = (
        # a tracking tag saved as text, and a menu
        '&lt;img height="1" width="1" src="https://b.example.com/p?c1=2&amp;amp;c2=15"&gt;'
        '<nav><ul><li><a href="/a">A senator&amp;#039;s plan</a></li></ul></nav>'
    )
    assert codes(lint(page(chrome + story), ENCODING)) == []
    damaged = story.replace("Dockers returned", "Dockers didn&amp;rsquo;t wait and returned")
    assert codes(lint(page(chrome + damaged), ENCODING)) == ["NL512"]
    gallery = '<figure><img src="g.jpg" alt="A crane"><figcaption>Gen\ufffd Teare at the port</figcaption></figure>'
    assert codes(lint(page(gallery + story), ENCODING)) == ["NL511"]
