from pathlib import Path

from conftest import codes, lint

from newslint.run.runner import Job, run

P = "<p>Troops advanced on the eastern bank of the river on Monday, the ministry said.</p>\n"


def test_one_agency_named_two_ways_in_a_story_fires():
    html = (
        "<p>A commander told Agence France-Presse that his fighters held their positions.</p>\n"
        + P
        + "<p>Agence France Presse reported that the shelling resumed at dawn.</p>\n"
    )
    (f,) = lint(html, "NL504")
    assert (f.line, f.excerpt) == (3, "Agence France Presse")
    assert f.message == "'Agence France Presse' here, but the story first names this agency 'Agence France-Presse'"


def test_the_abbreviation_after_the_full_name_and_the_agency_own_lines_are_silent():
    html = (
        "<p>WASHINGTON (AP) — The Associated Press reported the vote, and AP later confirmed it.</p>\n"
        + P
        + "<p>The Reuters report was picked up by Thomson Reuters clients.</p>\n"
        + "<p>Associated Press writers Alan Fram and Zeke Miller contributed.</p>\n"
        + "<p>© 2019 The Associated Press. All rights reserved.</p>\n"
    )
    assert codes(lint(html, "NL504")) == []


def _credits(tmp_path: Path, credits: list[str]) -> list[tuple[str, str]]:
    for i, credit in enumerate(credits):
        (tmp_path / f"story-{i}.html").write_text(P + f"<p>With reporting by {credit}</p>\n")
    outcomes = run([str(tmp_path)], Job(), 1)
    return [(Path(o.result.path).name, f.message) for o in outcomes for f in o.result.findings if f.code == "NL505"]


def test_the_credit_line_that_names_an_agency_unlike_the_other_articles(tmp_path):
    assert _credits(tmp_path, ["AP", "AP", "Associated Press", "AP"]) == [
        ("story-2.html", "'Associated Press' here, but 3 of 4 articles in this run write 'AP' for this agency")
    ]


def test_the_with_or_without_the_is_one_form_and_even_splits_or_one_form_are_silent(tmp_path):
    assert _credits(tmp_path, ["AP and AFP", "AP", "The Associated Press"]) == [
        ("story-2.html", "'Associated Press' here, but 2 of 3 articles in this run write 'AP' for this agency")
    ]
    for f in tmp_path.iterdir():
        f.unlink()
    assert _credits(tmp_path, ["AFP", "Agence France-Presse"]) == []
    for f in tmp_path.iterdir():
        f.unlink()
    assert _credits(tmp_path, ["Reuters", "Reuters", "Reuters"]) == []
