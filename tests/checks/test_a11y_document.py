from conftest import codes, lint, page


def test_invalid_language_codes_fire_and_real_ones_do_not():
    (f,) = lint(page("<p>Story.</p>", lang=' lang="english"'), "NL102")
    assert (f.line, f.message, f.axe) == (2, 'lang="english" on <html> is not a language code', "html-lang-valid")
    for good in ("en", "en-GB", "EN-gb", "ar", "fil", "zh-Hant-TW", "en-english"):
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


def test_an_underscore_is_no_separator_and_fixing_it_is_safe():
    # axe-core reads the primary subtag up to the first hyphen, so "en_us" is no language.
    (f,) = lint(page("<p>Story.</p>", lang=' class="no-js" lang="en_US"'), "NL102")
    assert f.suggestion.replacement == '<html class="no-js" lang="en-US">'
    assert f.suggestion.safe
    (name,) = lint(page("<p>Story.</p>", lang=" lang='English'"), "NL102")
    assert name.suggestion.replacement == '<html lang="en">' and not name.suggestion.safe
    (odd,) = lint(page("<p>Story.</p>", lang=' lang="e"'), "NL102")
    assert odd.suggestion.replacement is None


def test_xml_lang_is_checked_too_and_a_lang_after_metadata_counts():
    (f,) = lint(page("<p>Story.</p>", lang=' lang="en" xml:lang="en_GB"'), "NL102")
    assert f.message == 'xml:lang="en_GB" on <html> is not a language code'
    assert f.suggestion.replacement == '<html lang="en" xml:lang="en-GB">'
    late = '<meta charset="utf-8">\n<html lang="en_US">\n<head><title>Story</title></head><body><p>Story.</p></body>'
    assert codes(lint(late, "NL102")) == ["NL102"]


def test_the_first_title_is_the_one_browsers_use_and_svg_titles_do_not_count():
    html = page("<h1>Forces push into the city</h1>", title="").replace(
        "</head>", "<title>Forces push into the city | Ledger</title>\n</head>"
    )
    (f,) = lint(html, "NL104")
    assert (f.line, f.message) == (5, "The page's first <title> is empty; browsers ignore the later one")
    icons = page('<svg><symbol id="i"><title>Share icon</title></symbol></svg><h1>Forces push</h1>', title="")
    assert codes(lint(icons, "NL104")) == ["NL104"]
    assert codes(lint(page("<svg><title>Share</title></svg><p>Story.</p>"), "NL104")) == []


OG = '<meta property="og:title" content="Aid convoy reaches besieged Hasakah district">'


def test_a_site_name_title_on_a_confirmed_headline_fires():
    html = page("<h1>Aid convoy reaches besieged Hasakah district</h1><p>Story.</p>", title="The Levant Ledger")
    html = html.replace("<title>", OG + "\n<title>")
    (f,) = lint(html, "NL105")
    assert (f.line, f.severity, f.wcag, f.axe) == (6, "warning", "2.4.2", None)
    headline = "Aid convoy reaches besieged Hasakah district"
    assert f.message == f'The title "The Levant Ledger" shares no word with the headline "{headline}"'
    assert "<title>Aid convoy reaches besieged Hasakah district | The Levant Ledger</title>" in f.suggestion.message
    twitter = html.replace('property="og:title"', 'name="twitter:title"')
    assert codes(lint(twitter, "NL105")) == ["NL105"]


def test_title_rule_is_silent_on_shared_words_unconfirmed_headlines_and_empty_titles():
    story = "<h1>Aid convoy reaches besieged Hasakah district</h1><p>Story.</p>"
    shared = page(story, title="Convoys reach Hasakah after two weeks").replace("<title>", OG + "\n<title>")
    assert codes(lint(shared, "NL105")) == []
    # The h1 is a sign-in box, not the story: nothing in the metadata says it is the headline.
    login = page("<h1>Log In</h1><p>Story.</p>", title="Woman attacks inspector at police station").replace(
        "<title>", OG + "\n<title>"
    )
    assert codes(lint(login, "NL105")) == []
    assert codes(lint(page(story, title="The Levant Ledger"), "NL105")) == []
    # An aggregator marks every teaser's h1 as a headline: that confirms nothing.
    teaser = page('<h1 itemprop="headline">Why the reindeer fight</h1>', title="Early reviews of the console - Digg")
    assert codes(lint(teaser, "NL105")) == []
    assert codes(lint(page(story, title=" ").replace("<title>", OG + "<title>"), "NL105")) == []
    hidden = page("<h1 hidden>Aid convoy reaches Hasakah</h1>", title="Ledger").replace("<title>", OG + "<title>")
    assert codes(lint(hidden, "NL105")) == []


def test_unspaced_scripts_compare_by_character_pairs():
    html = page("<h1>人工智能迈上新台阶</h1><p>文章。</p>", title="DeepMind新电脑 人工智能迈上新台阶_科技_腾讯网")
    html = html.replace("<title>", '<meta property="og:title" content="人工智能迈上新台阶">\n<title>')
    assert codes(lint(html, "NL105")) == []
