import dataclasses

from conftest import codes, lint

from newslint.config.options import Config, ReadabilityConfig
from newslint.run.engine import lint_path

LONG = (
    "The predominantly Kurdish Syrian Democratic Forces said on Tuesday that their fighters had reached the "
    "outskirts of the town after a week of heavy clashes along the eastern bank of the river, which "
    "has been the front line since the spring and which the militants have mined heavily in recent months."
)


def test_fires_on_a_sentence_over_the_news_limit_and_suggests_a_split():
    (f,) = lint(f"<p>Short lead. {LONG} Short end.</p>", "NL401")
    assert f.message == "Sentence of 51 words (limit 35)"
    assert f.excerpt.startswith("The predominantly Kurdish") and f.excerpt.endswith("…")
    assert (f.line, f.column) == (1, 16)
    assert f.suggestion.message == "Split the sentence after '…bank of the river'"


def test_the_limit_is_configurable():
    sentence = " ".join(["word"] * 30) + "."
    assert codes(lint(f"<p>{sentence}</p>", "NL401")) == []
    config = {"readability": dataclasses.replace(ReadabilityConfig(), max_sentence_words=25)}
    assert codes(lint(f"<p>{sentence}</p>", "NL401", **config)) == ["NL401"]


def test_abbreviations_do_not_end_sentences_and_do_not_join_them():
    text = "U.S. Col. Ryan Dillon said the coalition, led by the U.S., struck 12 targets on Sept. 9 near the city."
    assert codes(lint(f"<p>{text * 1}</p>", "NL401")) == []
    many = " ".join(["Troops advanced on Monday."] * 20)
    assert codes(lint(f"<p>{many}</p>", "NL401")) == []


def test_headlines_captions_and_navigation_are_not_measured():
    words = " ".join(["word"] * 50)
    html = f"<h2>{words}</h2><figure><figcaption>{words}.</figcaption></figure><nav><p>{words}.</p></nav><p>Fine.</p>"
    assert codes(lint(html, "NL401")) == []


def test_a_footnote_mark_after_a_full_stop_still_ends_the_sentence():
    sentence = "Aid convoys reached the eastern districts of the city on Monday after days of delay."
    assert codes(lint(f"<p>{sentence}<sup>[12]</sup> {sentence}<sup>[13]</sup> {sentence}</p>", "NL401")) == []


def test_a_container_that_runs_paragraphs_and_tables_together_is_not_measured(corpus):
    # lwn-1.html: the extractor takes a div holding paragraphs and two tables of names as one block.
    page = corpus / "readability" / "pages" / "lwn-1.html"
    result = lint_path(page, Config(select=("NL401",)))
    assert result.error is None and result.kind == "page"
    assert [f.message for f in result.findings if int(f.message.split()[2]) >= 100] == []
