import dataclasses

import pytest
from conftest import FIXTURES, lint

from newslint.config.options import ReadabilityConfig

PLAIN = [
    "Families began to return to the town on foot and in trucks loaded with mattresses and water tanks.",
    "Many found their homes damaged or gone. Some slept in the street next to what was left of their houses.",
    "Volunteers cleared rubble from the main road with shovels. A bakery opened again on Tuesday and sold bread.",
    "Local officials asked aid groups to send tents, blankets and medicine before the winter rains come.",
    "Teachers said they hoped to reopen two schools within a month. Farmers said mines would keep them from planting.",
]
DENSE = (
    "The humanitarian consequences of the protracted military campaign remain considerable, according to "
    "international organisations operating in the region. Rehabilitation of agricultural irrigation systems and "
    "reconstruction of educational institutions will require substantial international financial commitments."
)


def story(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def test_fires_on_a_story_above_the_target_and_names_the_paragraph_that_pulls_it_up():
    (f,) = lint(story([*PLAIN[:2], DENSE, *PLAIN[2:]]), "NL403", readability=ReadabilityConfig(max_grade=7))
    assert f.line == 3 and f.severity == "info"
    assert f.message.startswith("Flesch–Kincaid grade ") and "above the target 7;" in f.message
    assert "; paragraph 3 (line 3, grade " in f.message
    assert f.suggestion.message == "Shorten the sentences and use shorter words in paragraph 3 first"


def test_silent_on_plain_prose_and_under_the_news_target():
    assert lint(story(PLAIN), "NL403", readability=ReadabilityConfig(max_grade=7)) == []
    assert lint(story([*PLAIN, DENSE]), "NL403") == []  # grade below 12, the news preset's target


def test_presets_set_the_target_and_max_grade_overrides_it():
    text = story([*PLAIN, DENSE])
    (f,) = lint(text, "NL403", readability=ReadabilityConfig(preset="children"))
    assert "above the target 6 (children preset)" in f.message
    lenient = dataclasses.replace(ReadabilityConfig(preset="children"), max_grade=20)
    assert lint(text, "NL403", readability=lenient) == []


def test_short_stories_are_not_graded():
    assert lint(story([DENSE, DENSE]), "NL403", readability=ReadabilityConfig(max_grade=5)) == []


def test_the_fixture_names_its_dense_paragraph():
    (f,) = lint((FIXTURES / "fragment-readability.html").read_text(encoding="utf-8"), "NL403")
    assert f.line == 7 and "paragraph 4 (line 7" in f.message


def test_the_preset_and_overrides_load_from_the_config_file(tmp_path):
    from newslint.config.options import ConfigError, load_config

    path = tmp_path / "newslint.toml"
    path.write_text('[readability]\npreset = "plain-language"\nmax-grade = 9.5\n', encoding="utf-8")
    targets = load_config(path).readability.targets()
    assert (targets.max_grade, targets.max_sentence_words, targets.max_paragraph_words) == (9.5, 25, 80)
    wrong = tmp_path / "wrong" / "newslint.toml"
    wrong.parent.mkdir()
    wrong.write_text('[readability]\npreset = "teen"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r'readability\.preset: one of "news", "plain-language" or "children", not'):
        load_config(wrong)
