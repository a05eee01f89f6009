import pytest
from conftest import codes, lint

from newslint.config.packs import PackError, load_pack
from newslint.lib.transliteration.name_index import spelling_key


def test_minority_spelling_is_flagged_pointing_at_the_majority():
    html = (
        "<p>Fighters reached Deir ez-Zor on Monday.</p>\n"
        "<p>The siege of Deir al-Zour had lasted three years.</p>\n"
        "<p>Deir ez-Zor province borders Iraq.</p>"
    )
    (f,) = lint(html, "NL2")
    assert (f.code, f.line, f.column, f.excerpt) == ("NL201", 2, 17, "Deir al-Zour")
    assert f.message == "'Deir al-Zour' spells the same place as 'Deir ez-Zor' (line 1)"
    assert (f.suggestion.replacement, f.suggestion.safe) == ("Deir ez-Zor", True)


def test_each_minority_use_is_flagged():
    html = "<p>Raqqa fell. Raqqa burned. Raqqah was retaken, and Raqqah's people returned to Raqqa.</p>"
    findings = lint(html, "NL2")
    assert [f.excerpt for f in findings] == ["Raqqah", "Raqqah"]


def test_tie_goes_to_the_canonical_spelling():
    (f,) = lint("<p>Kiev said so.</p><p>Kyiv agreed.</p>", "NL2")
    assert f.excerpt == "Kiev" and f.suggestion.replacement == "Kyiv"


def test_article_case_possessive_and_line_breaks_are_one_spelling():
    html = (
        "<p>al-Raqqa and Raqqa are one spelling, and Raqqa's markets reopened.</p>"
        "<p>Fighters left Deir\n   ez-Zor for Deir ez-Zor province.</p>"
    )
    assert codes(lint(html, "NL2")) == []


def test_entities_inside_a_name_still_match_but_the_fix_is_not_automatic():
    html = "<p>Deir ez-Zor fell.</p><p>Deir ez-Zor burned.</p><p>Deir&#160;al-Zour was retaken.</p>"
    (f,) = lint(html, "NL2")
    assert f.excerpt == "Deir&#160;al-Zour"
    assert f.suggestion.replacement == "Deir ez-Zor" and not f.suggestion.safe


def test_different_names_are_never_paired():
    html = (
        "<p>Iran and Iraq signed a deal. Hama is not Hamas. Niger and Nigeria met Sudan and South Sudan.</p>"
        "<p>Austria and Australia played. Mosul is not the Mosel.</p>"
    )
    assert codes(lint(html, "NL2")) == []


def test_lowercase_words_are_not_names():
    assert codes(lint("<p>Homs is a city; hims is not a name here. Hims, with a capital, is.</p>", "NL2")) == ["NL201"]


def test_all_caps_text_is_skipped():
    assert codes(lint("<p>RAQQAH FALLS</p><p>Raqqa fell on Monday.</p>", "NL2")) == []


def test_spelling_key_folds_only_what_is_the_same_spelling():
    assert spelling_key("al-Raqqa") == spelling_key("Raqqa") == spelling_key("RAQQA") == spelling_key("Raqqa's")
    assert spelling_key("Kobanî") == spelling_key("Kobani")
    assert spelling_key("Raqqah") != spelling_key("Raqqa")
    assert spelling_key("Deir al-Zour") != spelling_key("Deir ez-Zor")


def test_fused_words_diacritics_and_apostrophe_marks_are_the_same_spelling():
    html = (
        "<p>Deir ez-Zor fell. Deir Ezzor burned. Deir al-Zour was retaken.</p>"
        "<p>Kobani held; Kobanî held. Hay’at Tahrir al-Sham and Hay'at Tahrir al-Sham are one group.</p>"
    )
    (f,) = lint(html, "NL2")
    assert f.excerpt == "Deir al-Zour"
    assert f.suggestion.replacement == "Deir ez-Zor"


def test_an_apostrophe_between_letters_makes_another_spelling_of_a_listed_name():
    html = (
        "<p>Hayat Tahrir al-Sham said on Sunday it would disband.</p>"
        "<p>Hay’at Tahrir al-Sham fighters will join the army, and Hayat Tahrir al-Sham leaders the government.</p>"
    )
    (f,) = lint(html, "NL2")
    assert (f.code, f.excerpt, f.suggestion.replacement, f.suggestion.safe) == (
        "NL201",
        "Hay’at Tahrir al-Sham",
        "Hayat Tahrir al-Sham",
        True,
    )
    assert f.message == "'Hay’at Tahrir al-Sham' spells the same group as 'Hayat Tahrir al-Sham' (line 1)"


def test_spelling_key_keeps_an_apostrophe_between_letters_but_not_a_possessive():
    assert spelling_key("Ta'izz") == spelling_key("Ta’izz") == spelling_key("Taʿizz") == spelling_key("Ta‘izz")
    assert spelling_key("Ta'izz") != spelling_key("Taizz")
    assert spelling_key("Sana'a's") == spelling_key("Sana'a") != spelling_key("Sanaa")
    assert spelling_key("Founder's Edition") == spelling_key("Founders Edition")
    assert spelling_key("Hamas'") == spelling_key("Hamas")


def test_the_possessive_of_a_variant_is_that_variant():
    (f,) = lint("<p>Raqqa fell. Raqqa burned. Raqqah's people left.</p>", "NL2")
    assert f.excerpt == "Raqqah"


def test_a_dateline_in_capitals_is_not_the_model_spelling():
    html = "<p>KYIV, Ukraine (AP) — Kyiv was quiet.</p><p>Officials in Kiev said so.</p>"
    (f,) = lint(html, "NL2")
    assert f.excerpt == "Kiev"
    assert f.suggestion.replacement == "Kyiv"
    assert f.message == "'Kiev' spells the same place as 'Kyiv' (line 1)"


def test_a_fused_spelling_is_the_name_of_several_words():
    html = (
        "<p>Militia convoys gathered in Abu Kamal on Friday, residents said.</p>\n"
        "<p>Drones circled over Abu Kamal at dawn, and a fuel depot in Albukamal burned until noon.</p>"
    )
    (f,) = lint(html, "NL2")
    assert (f.line, f.excerpt, f.suggestion.replacement) == (2, "Albukamal", "Abu Kamal")
    assert spelling_key("Albukamal") == spelling_key("Albu Kamal")


def test_a_trap_written_in_lowercase_still_hides_the_name():
    html = (
        "<p>Volunteers in Kyiv baked bread for the front on Sunday.</p>"
        "<p>The canteen served chicken Kiev and soup to soldiers on leave in Kyiv.</p>"
    )
    assert codes(lint(html, "NL2")) == []


@pytest.mark.parametrize("mark", ["'", "’", "ʼ", "ʻ", "‘", "`", "ʿ", "ʾ"])
def test_a_soft_sign_apostrophe_is_another_spelling_whatever_mark_writes_it(mark):
    html = (
        "<p>Officials in occupied Luhansk detained two teachers on Monday.</p>"
        f"<p>Their relatives in Luhans{mark}k said they were held without charge.</p>"
    )
    (f,) = lint(html, "NL2")  # a tie: the canonical wins
    assert (f.excerpt, f.suggestion.replacement) == (f"Luhans{mark}k", "Luhansk")
    html = (
        f"<p>Officials in occupied Luhans{mark}k detained two teachers.</p><p>Luhans'k was quiet.</p>"
        "<p>Lugansk, as Moscow spells it, lost power.</p>"
    )
    (f,) = lint(html, "NL2")  # the spelling with the apostrophe is read as Luhansk, and is the majority
    assert (f.excerpt, f.suggestion.replacement) == ("Lugansk", f"Luhans{mark}k")


def test_a_surname_after_a_rank_or_given_name_is_a_person_not_the_city():
    html = (
        "<p>Shelling hit Mykolaiv overnight, the regional governor said.</p>"
        "<p>General Pavel Nikolayev, who led the assault on Mykolaiv, was promoted. Nikolayev denies any crime.</p>"
    )
    assert codes(lint(html, "NL2")) == []
    town = (
        "<p>Shelling hit Mykolaiv overnight, the regional governor said.</p>"
        "<p>Residents of Mykolaiv queued for water, and the mayor of Nikolaev said the pumps were broken.</p>"
    )
    (f,) = lint(town, "NL2")
    assert (f.excerpt, f.suggestion.replacement) == ("Nikolaev", "Mykolaiv")


def test_a_channel_named_after_a_town_is_told_apart_by_the_words_around_it():
    html = (
        "<p>Fighting resumed near Mayadin on Sunday, a war monitor said.</p>"
        "<p>The Lebanese channel Al Mayadeen said two of its reporters were wounded near Mayadin.</p>"
    )
    assert codes(lint(html, "NL2")) == []
    town = (
        "<p>Fighting resumed near Mayadin on Sunday, a war monitor said.</p>"
        "<p>Residents of Mayadin fled east, and shops in Mayadeen stayed shut.</p>"
    )
    (f,) = lint(town, "NL2")
    assert (f.excerpt, f.suggestion.replacement) == ("Mayadeen", "Mayadin")


def test_a_homonym_must_name_forms_of_its_entry(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text(
        "schema: 1\ntype: names\nname: names\ndescription: x\nentries:\n"
        "  - {canonical: Mykolaiv, variants: [Nikolaev], kind: place, source: x,\n"
        "     homonyms: [{name: a surname, forms: [Nikolayev], cues: [Colonel]}]}\n"
    )
    with pytest.raises(PackError, match="Nikolayev"):
        load_pack(path)


SURNAMES = (
    "schema: 1\ntype: names\nname: leaders\ndescription: x\nentries:\n"
    "  - {canonical: Muammar Gaddafi, variants: [Moammar Gadhafi, Muammar el-Qaddafi, Gaddafi, Gadhafi, Qaddafi],"
    " kind: person, source: x}\n"
    "  - {canonical: Ismail Haniyeh, variants: [Ismail Haniya, Haniyeh], kind: person, source: x}\n"
)


def _with_surnames(tmp_path, html: str, **options: object) -> list[tuple[str, str, str]]:
    (tmp_path / "leaders.yaml").write_text(SURNAMES)
    found = lint(html, "NL201,NL202", packs=(str(tmp_path / "leaders.yaml"),), **options)
    return [(f.code, f.excerpt, f.suggestion.replacement) for f in found]


def test_a_surname_agrees_with_the_full_name_it_ends(tmp_path):
    html = (
        "<p>Muammar Gaddafi ruled Libya for 42 years.</p><p>Gaddafi was killed in 2011, and Gaddafi's son"
        " was captured.</p><p>The New York Times wrote Muammar el-Qaddafi, then Colonel Qaddafi.</p>"
    )
    # Gaddafi agrees with Muammar Gaddafi; Muammar el-Qaddafi and Qaddafi spell the surname another way.
    assert _with_surnames(tmp_path, html) == [
        ("NL201", "Muammar el-Qaddafi", "Muammar Gaddafi"),
        ("NL201", "Qaddafi", "Gaddafi"),
    ]


def test_a_surname_spelled_the_article_s_way_keeps_the_given_name_it_was_written_with(tmp_path):
    html = "<p>Gadhafi spoke. Gadhafi left. Gadhafi returned.</p><p>Muammar Gaddafi denied it.</p>"
    assert _with_surnames(tmp_path, html) == [("NL201", "Muammar Gaddafi", "Muammar Gadhafi")]
    html = "<p>Haniyeh spoke. Haniyeh left.</p><p>Ismail Haniya denied it.</p>"
    assert _with_surnames(tmp_path, html) == [("NL201", "Ismail Haniya", "Ismail Haniyeh")]


def test_two_full_names_that_end_in_one_surname_still_differ(tmp_path):
    html = "<p>Gaddafi spoke. Gaddafi left.</p><p>Muammar Gaddafi and Moammar Gadhafi met nobody.</p>"
    assert _with_surnames(tmp_path, html) == [("NL201", "Moammar Gadhafi", "Muammar Gaddafi")]


def test_a_surname_with_an_apostrophe_more_is_another_spelling_of_the_surname(tmp_path):
    (tmp_path / "raisi.yaml").write_text(
        "schema: 1\ntype: names\nname: raisi\ndescription: x\nentries:\n"
        "  - {canonical: Ebrahim Raisi, variants: [Raisi], kind: person, source: x}\n"
    )
    packs = (str(tmp_path / "raisi.yaml"),)
    html = "<p>Ebrahim Raisi spoke. Raisi left.</p><p>Ra'isi returned.</p>"
    found = [(f.code, f.excerpt, f.suggestion.replacement) for f in lint(html, "NL201", packs=packs)]
    assert found == [("NL201", "Ra'isi", "Raisi")]  # a surname for a surname, not the full name
    html = "<p>Ebrahim Ra'isi spoke.</p><p>Raisi left. Raisi returned.</p>"
    found = [(f.code, f.excerpt, f.suggestion.replacement) for f in lint(html, "NL201", packs=packs)]
    assert found == [("NL201", "Ebrahim Ra'isi", "Ebrahim Raisi")]  # its surname is not the article's


def test_a_house_surname_is_the_house_spelling(tmp_path):
    (tmp_path / "house.yaml").write_text(
        "schema: 1\ntype: names\nname: house\ndescription: x\nentries:\n"
        "  - {canonical: Moammar Gadhafi, variants: [Muammar Gaddafi], kind: person, source: x}\n"
    )
    html = "<p>Moammar Gadhafi ruled. Gadhafi fell. Gaddafi died.</p><p>Al-Qaddafi was buried.</p>"
    found = _with_surnames(tmp_path, html, house_style=str(tmp_path / "house.yaml"), root=tmp_path)
    assert found == [("NL202", "Gaddafi", "Gadhafi"), ("NL202", "Al-Qaddafi", "Al-Gadhafi")]


def test_a_given_name_alone_is_never_a_name(tmp_path):
    html = "<p>Muammar spoke. Ismail spoke.</p><p>Muammar Gaddafi and Ismail Haniyeh met in 2008.</p>"
    assert _with_surnames(tmp_path, html) == []


# A WordPress story as published: the site writes "Kiev"; it quotes the Kyiv Post over three
# paragraphs, opened in the first and closed in the last with no mark between, and embeds a post.
WORDPRESS = """<!DOCTYPE html><html lang="en"><head><title>Protests grow</title></head><body>
<article><h1 class="entry-title">As protests grow, Zelensky weighs a dismissal</h1>
<div class="entry-content" itemprop="text">
<p>If Ukraine was turning the tide, would Kiev regime leader Volodymyr Zelensky dismiss his general?</p>
<blockquote class="twitter-tweet"><p dir="ltr" lang="en">Crowds fill the centre of Kyiv tonight.</p>
<p>&mdash; A reporter (@reporter) <a href="https://x.com/reporter/status/1">July 18, 2026</a></p></blockquote>
<p><strong>Watch: Kiev overrun by protesting crowds.</strong></p>
<p><a href="https://www.kyivpost.com/post/80604">Kyiv Post</a> reported:</p>
<p><em>&ldquo;Syrsky issued a brief response thanking Fedorov for his work and urging unity.</em></p>
<p><em>During his time in office, Fedorov became a prominent figure for advocating drone production.</em></p>
<p><em>His removal sparked a backlash, erupting into demonstrations in Kyiv, Lviv, Odesa and Kharkiv.&rdquo;</em></p>
<div class="code-block ai-list-block"><div class="ai-dynamic" data-code="PGRpdj4="></div></div>
<p>The Kiev Independent said the protests went on into a second night.</p>
</div></article></body></html>"""


def test_a_story_quoting_another_spelling_keeps_its_own():
    assert lint(WORDPRESS, "NL2") == []


def test_a_quotation_whose_paragraphs_each_open_with_a_mark_keeps_its_spelling():
    html = (
        "<p>Officials in Kiev said the curfew would stay.</p>"
        "<p>The mayor wrote: &ldquo;We have asked every resident to stay home after dark.</p>"
        "<p>&ldquo;Kyiv has lived through worse nights than this one.</p>"
        "<p>&ldquo;We will open the shelters at ten.&rdquo;</p>"
        "<p>Kiev's metro stations were full by midnight.</p>"
    )
    assert lint(html, "NL2") == []


def test_a_quotation_never_closed_ends_with_its_paragraph():
    html = (
        "<p>Officials in Kyiv said the curfew would stay. &ldquo;We have asked residents to stay home.</p>"
        "<p>Residents of Kiev queued for bread.</p>"
        "<p>Kyiv's metro stations were full by midnight.</p>"
    )
    (f,) = lint(html, "NL2")
    assert (f.code, f.excerpt) == ("NL201", "Kiev")


def test_a_passage_set_out_without_marks_is_the_storys_translation():
    html = (
        "<p>The occupied Luhansk region will switch to a Russian curriculum.</p>"
        "<blockquote>All schools in Lugansk will work according to Russian standards.</blockquote>"
        "<p>Parents in the Luhansk region were told to enrol children online.</p>"
    )
    (f,) = lint(html, "NL2")
    assert (f.code, f.excerpt) == ("NL201", "Lugansk")
