from pathlib import Path

from newslint.config.options import Config
from newslint.run.engine import lint_path
from newslint.run.runner import Job, run

EZ = "<p>Shelling hit Deir ez-Zor on Monday, officials said, and {n} families fled.</p>\n"
AL = "<p>Fighters left Raqqa.</p>\n<p>Shelling hit Deir al-Zour on Tuesday, officials said.</p>\n"


def write(folder: Path, texts: list[str]) -> None:
    for i, text in enumerate(texts):
        (folder / f"story-{i:02}.html").write_text(text)


def nl204(folder: Path, jobs: int = 1, config: Path | None = None) -> list[tuple[str, int, int, str]]:
    outcomes = run([str(folder)], Job(config_file=config), jobs)
    return [
        (Path(o.result.path).name, f.line, f.column, f.message)
        for o in outcomes
        for f in o.result.findings
        if f.code == "NL204"
    ]


def test_the_article_that_spells_a_name_unlike_the_others(tmp_path):
    write(tmp_path, [EZ.format(n=i) for i in range(3)] + [AL])
    assert nl204(tmp_path) == [
        (
            "story-03.html",
            2,
            17,
            "'Deir al-Zour' here, but 3 of 4 articles in this run write 'Deir ez-Zor' for this place",
        )
    ]


def test_the_same_across_parallel_workers(tmp_path):
    write(tmp_path, [EZ.format(n=i) for i in range(9)] + [AL, AL])
    found = nl204(tmp_path, jobs=2)
    assert [(name, line) for name, line, _, _ in found] == [("story-09.html", 2), ("story-10.html", 2)]
    assert "9 of 11 articles" in found[0][3]


def test_silent_for_one_file_an_even_split_and_one_spelling_everywhere(tmp_path):
    write(tmp_path, [AL])
    assert nl204(tmp_path) == []
    assert lint_path(tmp_path / "story-00.html", Config()).candidates  # the library leaves them to settle()
    write(tmp_path, [AL, EZ.format(n=1)])
    assert nl204(tmp_path) == []
    write(tmp_path, [EZ.format(n=i) for i in range(4)])
    assert nl204(tmp_path) == []


def test_the_article_majority_counts_not_its_minority(tmp_path):
    mixed = "<p>Deir al-Zour, Deir al-Zour and Deir ez-Zor.</p>\n"
    write(tmp_path, [EZ.format(n=1), EZ.format(n=2), mixed])
    assert [(n, c) for n, _, c, _ in nl204(tmp_path)] == [("story-02.html", 4)]


def test_a_suppression_comment_and_a_house_style_silence_it(tmp_path):
    write(tmp_path, [EZ.format(n=i) for i in range(3)] + ["<!-- newslint-disable-file NL204 -->\n" + AL])
    assert nl204(tmp_path) == []
    config = tmp_path / "newslint.toml"
    config.write_text('house-style = "syria-iraq"\n')
    write(tmp_path, [EZ.format(n=i) for i in range(3)] + [AL])
    assert nl204(tmp_path, config=config) == []


def test_articles_are_compared_on_the_surname_whatever_full_name_they_use(tmp_path):
    (tmp_path / "newslint.toml").write_text('packs = ["leaders.yaml"]\n')
    (tmp_path / "leaders.yaml").write_text(
        "schema: 1\ntype: names\nname: leaders\ndescription: x\nentries:\n"
        "  - {canonical: Muammar Gaddafi, variants: [Moammar Gadhafi, Gaddafi, Gadhafi], kind: person, source: x}\n"
    )
    stories = tmp_path / "stories"
    stories.mkdir()
    write(
        stories,
        [
            "<p>Muammar Gaddafi ruled Libya.</p>\n",
            "<p>Gaddafi was killed in 2011.</p>\n",
            "<p>Muammar Gaddafi fell, and Gaddafi's sons fled.</p>\n",
            "<p>Libya's ruler, Moammar Gadhafi, spoke.</p>\n",
        ],
    )
    (found,) = nl204(stories, config=tmp_path / "newslint.toml")
    # The full name with one surname, the surname alone and both are one choice; the span is the surname.
    assert found == (
        "story-03.html",
        1,
        27,
        "'Gadhafi' here, but 3 of 4 articles in this run write 'Gaddafi' for this person",
    )


def site_page(host: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><title>Story</title><link rel="canonical" href="https://www.{host}/a">'
        f"</head>\n<body><main><h1>Story</h1>\n{body}</main></body></html>\n"
    )


def test_a_run_over_several_sites_compares_each_site_with_itself(tmp_path):
    texts = [site_page("daily.example", EZ.format(n=i)) for i in range(3)] + [site_page("weekly.example", AL)]
    write(tmp_path, texts)
    assert nl204(tmp_path) == []  # the weekly is not held to the daily's spelling
    write(tmp_path, [*texts[:3], site_page("daily.example", AL)])
    [(name, *_, message)] = nl204(tmp_path)
    assert name == "story-03.html"
    assert "3 of 4 articles from daily.example in this run write 'Deir ez-Zor'" in message


def test_a_pages_site_is_its_canonical_host_else_its_site_name_and_a_fragment_has_none():
    from newslint.document.model import Document
    from newslint.document.publication import publication

    assert publication(Document(site_page("daily.example", EZ.format(n=1)))) == "daily.example"
    named = site_page("x", "").replace(
        '<link rel="canonical" href="https://www.x/a">', '<meta property="og:site_name" content="The  Daily">'
    )
    assert publication(Document(named)) == "the daily"
    assert publication(Document(EZ.format(n=1))) == ""
