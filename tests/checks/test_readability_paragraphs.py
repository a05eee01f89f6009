from conftest import FIXTURES, lint

from newslint.config.options import ReadabilityConfig

SENTENCE = "Aid convoys reached the eastern districts of the city on Monday after days of delay at the checkpoints."


def test_fires_on_a_long_paragraph_and_names_where_to_split():
    first = "The first convoy carried flour and medicine to the families who stayed behind during the siege."
    text = f"{first} " + " ".join([SENTENCE] * 9)
    (f,) = lint(f"<p>Short lead.</p>\n<p>{text}</p>", "NL402")
    assert f.message == "Paragraph of 178 words in 10 sentences (limit 160)"
    assert (f.line, f.column) == (2, 4) and f.excerpt.startswith("The first convoy")
    assert f.suggestion.message == "Start a new paragraph at sentence 6: 'Aid convoys reached the eastern…'"


def test_silent_on_paragraphs_within_the_limit_and_outside_the_story():
    assert lint("\n".join(f"<p>{SENTENCE} {SENTENCE}</p>" for _ in range(8)), "NL402") == []
    long = " ".join([SENTENCE] * 8)
    assert lint(f"<blockquote><p>{long}</p></blockquote><ul><li>{long}</li></ul><p>Fine.</p>", "NL402") == []


def test_a_blank_line_inside_one_element_starts_a_new_paragraph():
    half = " ".join([SENTENCE] * 5)
    assert lint(f"<div><p>{half}<br><br>{half}<br>\n<br>{half}</p></div>", "NL402") == []
    (f,) = lint(f"<p>{half}<br><br>{half} {half}</p>", "NL402")
    assert f.message == "Paragraph of 180 words in 10 sentences (limit 160)"
    assert f.column == 3 + len(half) + 9


def test_the_limit_follows_the_preset():
    text = "<p>" + " ".join([SENTENCE] * 4) + "</p>"
    assert lint(text, "NL402") == []
    assert lint(text, "NL402", readability=ReadabilityConfig(preset="plain-language")) == []
    (f,) = lint(text, "NL402", readability=ReadabilityConfig(preset="children"))
    assert f.message == "Paragraph of 72 words in 4 sentences (limit 60)"


def test_the_clean_fixtures_stay_silent():
    for path in sorted(FIXTURES.glob("*clean*.html")):
        assert lint(path.read_text(encoding="utf-8"), "NL4") == [], path.name
