from conftest import codes, lint

from newslint.config.options import Config
from newslint.run.engine import lint_html

HOUSE = {"house_style": "syria-iraq"}


def test_every_variant_gets_the_house_spelling_keeping_its_article():
    html = "<p>Shelling hit Deir al-Zour and al-Raqqah on Monday.</p>\n<p>In Raqqah's east, a curfew held.</p>"
    found = lint(html, "NL2", **HOUSE)
    assert [(f.code, f.line, f.excerpt, f.suggestion.replacement, f.suggestion.safe) for f in found] == [
        ("NL202", 1, "Deir al-Zour", "Deir ez-Zor", True),
        ("NL202", 1, "al-Raqqah", "al-Raqqa", True),
        ("NL202", 2, "Raqqah", "Raqqa", True),
    ]
    assert found[0].message == "'Deir al-Zour' is not the house spelling of this place: 'Deir ez-Zor'"


def test_a_consistent_variant_is_still_not_the_house_spelling():
    html = "<p>Aid reached Hasakeh on Monday.</p><p>Hasakeh has been cut off for weeks, officials said.</p>"
    assert codes(lint(html, "NL2", **HOUSE)) == ["NL202", "NL202"]
    assert codes(lint(html, "NL2")) == []  # without a house style, one spelling per article is enough


def test_silent_on_the_house_spelling_in_any_case_and_with_an_article():
    html = "<p>Al-Raqqa and RAQQA and Deir ez-Zor, then al-Raqqa again.</p>"
    assert codes(lint(html, "NL2", **HOUSE)) == []


def test_an_entity_inside_a_variant_is_reported_but_not_fixed():
    (f,) = lint("<p>Shelling hit Deir&nbsp;al-Zour on Monday.</p>", "NL202", **HOUSE)
    assert f.suggestion.replacement == "Deir ez-Zor" and not f.suggestion.safe


def test_a_house_pack_relisting_a_bundled_name_takes_it_over(tmp_path):
    (tmp_path / "house.yaml").write_text(
        "schema: 1\ntype: names\nname: house\ndescription: Our spellings.\nentries:\n"
        "  - {canonical: Deir al-Zour, variants: [Deir ez-Zor], kind: place, source: Our stylebook}\n"
    )
    config = Config(select=("NL2",), house_style="house.yaml", root=tmp_path)
    html = "<p>Deir ez-Zor, then Deir el-Zour and Deir al-Zour.</p>"
    found = lint_html(html, config)
    # "Deir el-Zour" is listed only by the bundled pack, yet it is the same name as the house's.
    assert [(f.code, f.excerpt, f.suggestion.replacement) for f in found] == [
        ("NL202", "Deir ez-Zor", "Deir al-Zour"),
        ("NL202", "Deir el-Zour", "Deir al-Zour"),
    ]


def test_names_outside_the_house_pack_keep_the_per_article_rule():
    html = "<p>Shelling hit Kyiv on Monday.</p><p>Kyiv and Kiev both appear here, and Kyiv again.</p>"
    assert [(f.code, f.excerpt) for f in lint(html, "NL2", **HOUSE)] == [("NL201", "Kiev")]
