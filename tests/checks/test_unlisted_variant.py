import pytest
from conftest import codes, lint, page


def nl203(html: str) -> list[tuple[int, str, str | None]]:
    return [(f.line, f.excerpt, f.suggestion.replacement) for f in lint(html, "NL203")]


def test_an_unlisted_village_spelled_two_ways():
    html = (
        "<p>Shelling hit Tal Hamis on Monday, residents said.</p>\n"
        "<p>Families in Tal Hamis fled east. Tel Hamees had been quiet for months.</p>"
    )
    (f,) = lint(html, "NL203")
    assert (f.line, f.excerpt, f.severity) == (2, "Tel Hamees", "info")
    assert f.message == "'Tel Hamees' may be another spelling of 'Tal Hamis' (line 1)"
    assert f.suggestion.replacement == "Tal Hamis" and not f.suggestion.safe


def test_one_finding_per_spelling_counting_its_other_uses():
    html = (
        "<p>Aid reached Tal Hamis on Monday. Tal Hamis has a well.</p><p>Tel Hamees had no water. "
        "Tel Hamees had no power. Tel Hamees had no doctor. Tal Hamis had all three, and Tal Hamis shared them.</p>"
    )
    (f,) = lint(html, "NL203")
    assert f.message == "'Tel Hamees' may be another spelling of 'Tal Hamis' (line 1; 2 more uses of this spelling)"


def test_a_listed_name_in_a_spelling_its_pack_does_not_know():
    html = "<p>Fighters left Raqqa on Monday.</p>\n<p>Aid workers in Raqqeh said the road was cut.</p>"
    assert nl203(html) == [(2, "Raqqeh", "Raqqa")]
    (f,) = lint(html, "NL203")
    assert f.message == "'Raqqeh' may be another spelling of 'Raqqa', a place the 'syria-iraq' pack lists (line 1)"
    assert f.suggestion.message == (
        "If it is that place, write 'Raqqa' (or add 'Raqqeh' to its variants in a names pack);"
        " if it is another name, add 'Raqqeh' to its traps"
    )


def test_the_suggestion_for_an_unlisted_name_does_not_call_it_listed():
    html = "<p>Shelling hit Tal Hamis on Monday.</p><p>Families in Tal Hamis fled. Tel Hamees was quiet.</p>"
    (f,) = lint(html, "NL203")
    assert f.suggestion.message == (
        "If both name the same place, person or group, write 'Tal Hamis'; if they are two names,"
        " keep both (a project names pack can list one, with the other as a trap)"
    )


def test_the_mark_that_writes_an_apostrophe_and_a_possessive_are_the_same_spelling():
    html = (
        "<p>Shelling hit Ta'izz on Monday.</p><p>Hospitals in Ta’izz and Taʿizz ran short of blood.</p>"
        "<p>Ta‘izz's governor asked for help. Sanaa's mayor and the mayor of Sanaa agreed.</p>"
    )
    assert nl203(html) == []


def test_a_short_vowel_dropped_between_consonants():
    html = (
        "<p>Buses left Zabadani on Monday carrying the last fighters, and residents of Zabadani watched.</p>"
        "<p>The mountain resort of Zabdani had been besieged since 2015.</p>"
    )
    assert nl203(html) == [(1, "Zabdani", "Zabadani")]


@pytest.mark.parametrize(
    ("html", "found"),
    [
        (  # an apostrophe for an ayn or a hamza, written or not
            "<p>Shelling hit the old city of Ta'izz on Monday, and hospitals in Ta'izz ran short of blood.</p>"
            "<p>Aid groups said the siege of Taizz had cut the main road to Aden.</p>",
            [(1, "Taizz", "Ta'izz")],
        ),
        (
            "<p>Flights to Sanaa resumed on Tuesday. Sanaa's airport had been shut for a year.</p>"
            "<p>Travellers in Sana’a said tickets sold out within hours.</p>",
            [(1, "Sana’a", "Sanaa")],
        ),
        (  # the izafe, e or i
            "<p>Police in Lahore detained leaders of Tehreek-e-Labbaik on Monday. Tehreek-e-Labbaik denied it.</p>"
            "<p>A spokesman for Tehreek-i-Labbaik said the protest would go on.</p>",
            [(1, "Tehreek-i-Labbaik", "Tehreek-e-Labbaik")],
        ),
        (  # a y between vowels comes and goes, but a g does not become a y
            "<p>Senator Bekzat Tolegenov met voters in Taraz. Tolegenov promised new roads.</p>"
            "<p>Critics said Toleyenov had made the same promise in 2019.</p>",
            [],
        ),
    ],
)
def test_letters_that_come_and_go(html, found):
    assert nl203(html) == found


def test_an_article_fused_into_the_name_is_read_as_article_and_name():
    html = (
        "<p>Rebels shelled Rastan on Sunday. Families in Rastan fled north.</p>"
        "<p>Government forces said Arrastan would be retaken within days.</p>"
    )
    assert nl203(html) == [(1, "Arrastan", "Rastan")]
    html = (
        "<p>Tribal elders from Tal Assamen met on Sunday. Tal Assamen has had no power for a week.</p>"
        "<p>The council of Tal al-Samen said repairs had begun.</p>"
    )
    assert nl203(html) == [(1, "Tal al-Samen", "Tal Assamen")]


def test_dh_d_kh_h_and_zh_j():
    html = (
        "<p>Floods hit Hadhramaut on Monday, and roads across Hadhramaut were cut.</p>"
        "<p>Farmers in Hadramaut said the harvest was lost.</p>"
    )
    assert nl203(html) == [(1, "Hadramaut", "Hadhramaut")]
    html = (
        "<p>Protests spread in Khorog on Friday. Police in Khorog fired tear gas.</p>"
        "<p>Residents of Horog said the internet was cut.</p>"
    )
    assert nl203(html) == [(1, "Horog", "Khorog")]
    html = (
        "<p>Oil workers in Zhanaozen went on strike. Shops in Zhanaozen closed.</p>"
        "<p>Police in Janaozen made no arrests.</p>"
    )
    assert nl203(html) == [(1, "Janaozen", "Zhanaozen")]


def test_traps_stay_silent():
    html = (
        "<p>Iran and Iraq traded accusations on Monday, while Hama and Hamas were not involved.</p>"
        "<p>Officials in Niger and Nigeria, in Sudan and South Sudan, in Austria and Australia agreed.</p>"
        "<p>President Bashar al-Assad succeeded his father Hafez al-Assad in 2000.</p>"
        "<p>Gaza and a singer called Ghazal; Mosul and a farmer called Mousa; Ramadi during Ramadan.</p>"
    )
    assert nl203(html) == []


def test_different_people_with_look_alike_first_names_are_not_paired():
    html = (
        "<p>Allen Ward, a medic, met Allan Reid, a driver, at the crossing on Monday.</p>"
        "<p>The medic, Allen, said the road was open. The driver, Allan, said it was not.</p>"
    )
    assert nl203(html) == []


def test_sentence_starts_acronyms_codes_and_inflections_are_not_names():
    html = (
        "<p>Tally of the dead rose, said the reporter Talley.</p>"
        "<p>Group A and Group E met. The ISIS and ISIL fighters. Unit 5 and Unit5 left.</p>"
    )
    assert nl203(html) == []


def test_silent_on_pages_in_another_language_and_in_captions():
    german = page("<p>Das System und die Systeme, das Konzept und die Konzepte.</p>", lang=' lang="de"')
    assert codes(lint(german, "NL203")) == []
    html = page(
        "<p>Shelling hit Tal Hamis on Monday.</p>"
        "<figure><img src=a.jpg alt=''><figcaption>Smoke over Tel Hamees.</figcaption></figure>"
    )
    assert codes(lint(html, "NL203")) == []


def test_a_short_name_counts_when_an_article_marks_it():
    html = (
        "<p>Trucks queued at al-Qaim on Sunday, and traders in al-Qaim said prices rose.</p>\n"
        "<p>Guards at al-Kaim searched every vehicle.</p>"
    )
    assert nl203(html) == [(2, "al-Kaim", "al-Qaim")]
    short = "<p>Pilgrims left Qom on Sunday. Buses to Qom were full.</p><p>Hotels in Kom were empty.</p>"
    assert nl203(short) == []


def test_a_line_break_inside_a_name_keeps_it_one_name():
    html = (
        "<p>Shelling hit Tal Hamis on Monday. Families in Tal Hamis fled.</p>\n"
        "<p>The clinic in Tel\n  Hamees was closed.</p>"
    )
    assert nl203(html) == [(2, "Tel\n  Hamees", "Tal Hamis")]


def test_a_trap_of_a_listed_name_is_not_an_unlisted_variant():
    html = (
        "<p>A church in Odessa, Texas, sent blankets to Odesa on Monday.</p>"
        "<p>Odesa has had power cuts for weeks, the church said.</p>"
    )
    assert nl203(html) == []


def test_an_apostrophe_in_a_listed_name_is_left_to_nl201():
    html = (
        "<p>Officials in occupied Luhansk detained two teachers on Monday.</p>"
        "<p>Their relatives in Luhans’k said the two were held without charge.</p>"
    )
    assert [f.code for f in lint(html, "NL2")] == ["NL201"]


def test_look_alike_places_and_words_stay_silent():
    html = (
        "<p>Oman sent envoys. Omar met them. Mali voted. Malik abstained. Gambia agreed. Zambia did not.</p>"
        "<p>Slovakia objected. Slovenia did not. Dubai hosted the talks. Dubrovnik hosted the next.</p>"
        "<p>Sudan's leaders met Sudanese exiles. Aden's port reopened; Anthony Eden had ordered its defence.</p>"
        "<p>Eden's papers are in Birmingham. Coal from Shanxi moved by rail. Shaanxi's mines were shut.</p>"
        "<p>Colombia's president spoke on Monday. Columbia's students heard him.</p>"
        "<p>Afghan police in Zabul province said on Monday that they had arrested two men.</p>"
        "<p>Iranian border guards in Zabol said the men had crossed at night. Zabul is poor.</p>"
    )
    assert nl203(html) == []


def test_english_words_beside_listed_names_stay_silent():
    html = (
        "<p>Daesh fighters fled Mayadin on Sunday. Mayadin was quiet by noon, and Raqqa and Homs too.</p>"
        "<p>Dash, a medic, and Daisy Madden, a nurse, treated Ricky Hams at the Maiden clinic.</p>"
        "<p>Median incomes fell. Dish by dish, the Maiden clinic fed them. Madden said so; Ricky agreed.</p>"
    )
    assert nl203(html) == []


def test_spellings_a_few_lowercase_words_apart_are_two_names_or_one_explained():
    explained = (
        "<p>The port of Misrata, also spelled Misurata, reopened on Monday.</p>"
        "<p>Misrata's traders said ships were waiting.</p>"
    )
    assert nl203(explained) == []
    apart = (
        "<p>The port of Misrata reopened on Monday. Traders in Misurata cheered.</p>"
        "<p>Misrata's traders said ships were waiting.</p>"
    )
    assert nl203(apart) == [(1, "Misurata", "Misrata")]


def test_table_rows_titles_of_works_and_english_spellings_stay_silent():
    table = page(
        "<p>Aid reached Tal Hamis on Monday.</p>"
        "<table><tr><td>Tal Hamis</td><td>40</td></tr><tr><td>Tel Hamees</td><td>12</td></tr></table>"
    )
    assert nl203(table) == []
    cited = (
        "<p>Aid reached Tal Hamis on Monday, and Tal Hamis was calm.</p>"
        "<p>She directed the documentary <cite>Tel Hamees</cite> in 2019.</p>"
    )
    assert nl203(cited) == []
    english = (
        "<p>The Labour Party in Britain met on Monday. The Labour Party backed the plan.</p>"
        "<p>The Labor Party in Australia did not.</p>"
    )
    assert nl203(english) == []
