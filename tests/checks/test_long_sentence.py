import dataclasses

from conftest import codes, lint

from newslint.config.options import Config, ReadabilityConfig
from newslint.run.engine import lint_path

LONG = (
    "The predominantly Kurdish Syrian Democratic Forces said on Tuesday that their fighters had reached the "
    "outskirts of the town after a week of heavy clashes along the eastern bank of the river, which "
    "has been the front line since the spring and which the militants have mined heavily in recent months, "
    "according to the commanders who spoke to reporters."
)


def test_fires_on_a_sentence_over_the_news_limit_and_suggests_a_split():
    (f,) = lint(f"<p>Short lead. {LONG} Short end.</p>", "NL401")
    assert f.message == "Sentence of 59 words (limit 55)"
    assert f.excerpt.startswith("The predominantly Kurdish") and f.excerpt.endswith("…")
    assert (f.line, f.column) == (1, 16)
    # ", which …" would leave a fragment: no split is offered where none makes two sentences
    assert f.suggestion.message == "Split the sentence in two, or trim it"


def test_the_split_makes_two_sentences_with_their_own_subjects():
    sentence = (
        "The convoy of forty trucks that left the capital at dawn reached the eastern districts of the city on "
        "Monday after a week of delays at the checkpoints outside the town, and the United Nations said it would "
        "send a second convoy with medicine, flour and fuel for the generators before the end of the month."
    )
    (f,) = lint(f"<p>{sentence}</p>", "NL401")
    assert f.suggestion.message == "Split the sentence after '…checkpoints outside the town'"


def test_a_split_never_falls_inside_quotes_or_parentheses():
    sentence = (
        "The minister, who spoke in the capital after a long and often heated cabinet meeting (which ran past "
        "midnight; aides said it was the longest this year), defended the budget and promised to publish the full "
        "figures for every ministry and every region of the country before the parliament votes on the plan late "
        "next week."
    )
    (f,) = lint(f"<p>{sentence}</p>", "NL401")
    assert "longest" not in f.suggestion.message and f.suggestion.message == "Split the sentence in two, or trim it"


def test_direct_quotations_lists_and_transcripts_are_not_measured():
    quote = (
        "“We have been waiting for this convoy for three weeks, and when it finally came there was not enough "
        "flour for every family in the camp, so people fought over the sacks,” said Ahmad Khalil, a farmer."
    )
    listing = (
        "The bill includes $3.8 billion for space operations; $2.7 billion for safety, security and mission "
        "operations; $419 million for construction; $119 million for education; and $37 million for the "
        "agency’s inspector general, the committee said."
    )
    assert codes(lint(f"<p>{quote}</p><p>{listing}</p>", "NL401")) == []
    speech = " ".join(["And so what we found is that the places where children grow up matter a great deal,"] * 4)
    transcript = f"<p>[THEME MUSIC]</p><p>{speech} for their lives.</p><p>[LAUGHS]</p>"
    assert codes(lint(transcript, "NL401,NL402")) == []
    assert codes(lint(transcript.replace("[THEME MUSIC]", "").replace("[LAUGHS]", ""), "NL401")) == ["NL401"]


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
