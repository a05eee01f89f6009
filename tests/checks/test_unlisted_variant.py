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
        "<p>Aid reached Tal Hamis.</p><p>Tel Hamees, Tel Hamees and Tel Hamees waited, and Tal Hamis and Tal Hamis.</p>"
    )
    (f,) = lint(html, "NL203")
    assert f.message == "'Tel Hamees' may be another spelling of 'Tal Hamis' (line 1; 2 more uses of this spelling)"


def test_a_listed_name_in_a_spelling_its_pack_does_not_know():
    html = "<p>Fighters left Raqqa on Monday.</p>\n<p>Aid workers in Raqqeh said the road was cut.</p>"
    assert nl203(html) == [(2, "Raqqeh", "Raqqa")]


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


def test_an_apostrophe_is_not_another_spelling():
    html = (
        "<p>Officials in occupied Luhansk detained two teachers on Monday.</p>"
        "<p>Their relatives in Luhans’k said the two were held without charge.</p>"
    )
    assert nl203(html) == []


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
