from conftest import codes, lint, page


def test_fires_on_a_page_without_lang_and_points_at_html():
    html = page("<p>Story.</p>", lang="")
    (f,) = lint(html, "NL101")
    assert (f.code, f.line, f.column) == ("NL101", 2, 1)
    assert f.excerpt == "<html>"
    assert f.suggestion.replacement == '<html lang="en">'
    assert not f.suggestion.safe
    assert (f.wcag, f.axe) == ("3.1.1", "html-has-lang")


def test_fires_on_an_empty_lang_and_keeps_other_attributes():
    html = page("<p>Story.</p>", lang=' class="no-js" lang=""')
    (f,) = lint(html, "NL101")
    assert f.message == "<html> has an empty lang attribute; screen readers cannot tell the story's language"
    assert f.suggestion.replacement == '<html class="no-js" lang="en">'


def test_suggests_the_locale_the_page_declares():
    html = page("<p>Story.</p>", lang="").replace("<title>", '<meta property="og:locale" content="fr_FR"><title>')
    (f,) = lint(html, "NL101")
    assert f.suggestion.replacement == '<html lang="fr-FR">'


def test_silent_with_lang():
    assert codes(lint(page("<p>Story.</p>"), "NL101")) == []
    assert codes(lint(page("<p>Story.</p>", lang=' lang="en-GB" xml:lang="en-GB"'), "NL101")) == []


def test_xml_lang_alone_is_not_enough_and_its_value_is_a_safe_fix():
    (f,) = lint(page("<p>Story.</p>", lang=' xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"'), "NL101")
    assert f.suggestion.replacement == '<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB">'
    assert f.suggestion.safe


def test_never_fires_on_a_fragment():
    assert codes(lint("<p>A body fragment has no html element.</p>", "NL101")) == []


def test_page_without_html_tag_points_at_the_start():
    (f,) = lint("<!DOCTYPE html>\n<title>x</title>\n<p>Story.</p>", "NL101")
    assert (f.line, f.column) == (1, 1)
    assert f.suggestion.replacement is None
