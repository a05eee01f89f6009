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
