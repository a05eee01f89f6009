from conftest import codes, lint, page


def test_invalid_language_codes_fire_and_real_ones_do_not():
    (f,) = lint(page("<p>Story.</p>", lang=' lang="english"'), "NL102")
    assert (f.line, f.message, f.axe) == (2, 'lang="english" on <html> is not a language code', "html-lang-valid")
    for good in ("en", "en-GB", "en_US", "ar", "fil", "zh-Hant-TW"):
        assert codes(lint(page("<p>Story.</p>", lang=f' lang="{good}"'), "NL102")) == [], good
    assert codes(lint(page("<p>Story.</p>", lang=' lang="xx"'), "NL102")) == ["NL102"]
    assert codes(lint(page("<p>Story.</p>", lang=""), "NL102")) == []  # missing: NL101's


def test_missing_or_empty_title_suggests_the_headline():
    html = page("<h1>Forces push into the city</h1><p>Story.</p>", title=" ")
    (f,) = lint(html, "NL104")
    assert (f.line, f.message) == (5, "The page's <title> is empty")
    assert f.suggestion.message == "Add <title>Forces push into the city</title> to the <head>"
    untitled = html.replace("<title> </title>\n", "")
    assert lint(untitled, "NL104")[0].excerpt == "<head>"
    assert codes(lint(page("<p>Story.</p>"), "NL104")) == []
    assert codes(lint("<p>A fragment has no title.</p>", "NL104")) == []
