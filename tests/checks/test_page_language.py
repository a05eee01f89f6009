from conftest import codes, lint, page

from newslint.config.options import Config
from newslint.run.engine import lint_html

STORY = "<p>Forty trucks reached the city on Tuesday, aid workers said, after a week of delays at the border.</p>"
HISTOIRE = "<p>Quarante camions sont arrivés mardi dans la ville, ont indiqué les travailleurs humanitaires.</p>"


def test_fires_on_a_page_without_lang_and_points_at_html():
    html = page(STORY, lang="")
    (f,) = lint(html, "NL101")
    assert (f.code, f.line, f.column) == ("NL101", 2, 1)
    assert f.excerpt == "<html>"
    assert f.suggestion.replacement == '<html lang="en">'
    assert not f.suggestion.safe
    assert (f.wcag, f.axe) == ("3.1.1", "html-has-lang")


def test_the_language_comes_from_the_story_text_never_from_a_default():
    (f,) = lint(page(HISTOIRE, lang=""), "NL101")
    assert f.suggestion.replacement == '<html lang="fr">' and not f.suggestion.safe
    (f,) = lint(page("<p>Story.</p>", lang=""), "NL101")  # too little text to tell
    assert f.suggestion.replacement is None and not f.suggestion.safe


def test_a_table_of_names_in_the_story_does_not_hide_its_language():
    names = ["Kyle Busch", "Joe Gibbs Racing", "Martin Truex Jr.", "Stewart-Haas Racing", "Kevin Harvick"]
    names += ["Team Penske", "Denny Hamlin", "Chase Elliott", "Hendrick Motorsports", "Top 5", "Poles", "Wins"]
    rows = "".join(f"<p>{n}</p><p>{names[n % len(names)]}</p><p>{2000 - n}</p>" for n in range(1, 60))
    intro = (
        "<p>Nesta página você terá sempre a classificação atualizada da temporada, com os pontos de cada"
        " piloto depois de cada corrida.</p>"
    )
    (f,) = lint(page(intro + rows, lang=""), "NL101")
    assert f.suggestion.replacement == '<html lang="pt">'


def test_fires_on_an_empty_lang_and_keeps_other_attributes():
    html = page(STORY, lang=' class="no-js" lang=""')
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


def test_lang_on_an_html_tag_after_metadata_counts():
    # lxml implies <html> when metadata comes first and drops the tag's attributes; browsers keep them.
    html = (
        '<meta charset="utf-8">\n<html lang="en">\n<head><title>Story</title></head>\n<body><p>Story.</p></body></html>'
    )
    assert codes(lint(html, "NL101")) == []
    ie = (
        '<!DOCTYPE html>\n<!--[if IE 8]><html class="ie8"><![endif]-->\n<meta charset="utf-8">\n'
        '<!--[if gt IE 8]><!--><html lang="en-US" class="no-js"><!--<![endif]-->\n<title>Story</title><p>Story.</p>'
    )
    assert codes(lint(ie, "NL101")) == []
    assert codes(lint(ie.replace(' lang="en-US"', ""), "NL101")) == ["NL101"]


def test_xml_lang_with_a_bad_value_is_not_a_safe_fix_and_xhtml_files_may_use_it():
    (f,) = lint(page(STORY, lang=' xml:lang="english"'), "NL101")
    assert f.suggestion.replacement == '<html lang="en" xml:lang="english">'
    assert not f.suggestion.safe
    xhtml = page("<p>Story.</p>", lang=' xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"')
    assert codes(lint_html(xhtml, Config(select=("NL101",)), path="story.xhtml")) == []
