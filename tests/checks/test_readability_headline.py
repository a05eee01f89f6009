import dataclasses

from conftest import lint, page

from newslint.config.options import ReadabilityConfig

LONG = (
    "Kurdish-led forces say they have pushed Islamic State militants out of the last villages they held "
    "on the eastern bank of the Euphrates after weeks of fighting"
)
BODY = "<p>Kurdish-led forces entered the last villages on Sunday, a spokesman said.</p>"


def test_fires_on_a_headline_over_twenty_words_and_points_at_its_text():
    (f,) = lint(page(f"<h1>\n  {LONG}\n</h1>\n{BODY}"), "NL405")
    assert f.message == "Headline of 27 words (limit 20)"
    assert (f.line, f.column) == (11, 3) and f.excerpt.startswith("Kurdish-led forces say")


def test_silent_on_a_short_headline_and_on_captions_set_as_headings():
    short = "Kurdish-led forces drive Islamic State from last Euphrates villages"
    assert lint(page(f"<h1>{short}</h1>{BODY}"), "NL405") == []
    assert lint(page(f"<h1>{LONG}.</h1>{BODY}"), "NL405") == []
    two = (
        "In this photo dated Tuesday the rocket stands on its pad in Baikonur. "
        "The cargo ship broke up minutes after launch"
    )
    assert lint(page(f"<h1>{two}</h1>{BODY}"), "NL405") == []


def test_the_limit_follows_the_preset_and_the_config():
    headline = "<h1>Kurdish-led forces say they pushed Islamic State militants out of two villages near Hajin</h1>"
    assert lint(page(headline + BODY), "NL405") == []
    children = {"readability": ReadabilityConfig(preset="children")}
    assert [f.message for f in lint(page(headline + BODY), "NL405", **children)] == ["Headline of 14 words (limit 12)"]
    wide = {"readability": dataclasses.replace(ReadabilityConfig(preset="children"), max_headline_words=14)}
    assert lint(page(headline + BODY), "NL405", **wide) == []
