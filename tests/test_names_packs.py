"""The shipped names packs: valid, sourced, with traps that are no one's spelling, and no given name
alone; real pairs of spellings of one person or group are reported, look-alikes are not."""

from __future__ import annotations

import pytest
from conftest import ROOT, lint

from newslint.config.options import Config
from newslint.config.packs import NamesPack, PackError, builtin_pack_names, resolve_pack, validate_pack
from newslint.lib.settings import DEFAULT_NAME_PACKS, Settings
from newslint.lib.transliteration.name_index import spelling_key


def _names_packs() -> dict[str, NamesPack]:
    found = {}
    for name in builtin_pack_names():
        path = resolve_pack(name)
        pack = validate_pack(path.read_bytes(), path)
        if isinstance(pack, NamesPack):
            found[name] = pack
    return found


PACKS = _names_packs()
BUNDLED = [PACKS[name] for name in DEFAULT_NAME_PACKS]


def _keys(pack: NamesPack) -> dict[tuple[bool, str], str]:
    """Each spelling of a pack (as the matcher keys it), with the canonical spelling of its entry."""
    return {
        (e.case_sensitive, form if e.case_sensitive else spelling_key(form)): e.canonical
        for e in pack.entries
        for form in (e.canonical, *e.variants)
    }


def test_the_people_and_groups_packs_load_by_default_and_hold_over_300_entries():
    assert {"people", "groups"} <= set(DEFAULT_NAME_PACKS)
    assert len(PACKS["people"].entries) + len(PACKS["groups"].entries) >= 300
    assert {e.kind for e in PACKS["people"].entries} == {"person"}
    assert {e.kind for e in PACKS["groups"].entries} == {"group"}


@pytest.mark.parametrize("name", sorted(PACKS))
def test_every_entry_says_where_its_spelling_comes_from(name):
    for entry in PACKS[name].entries:
        assert entry.source.strip(), entry.canonical
        if name in ("people", "groups"):
            assert "Wikipedia" in entry.source, entry.canonical  # the title, at least, can be checked


def test_no_trap_is_a_spelling_of_any_entry_in_any_shipped_pack():
    spellings = {key for pack in PACKS.values() for key in _keys(pack)}
    for name, pack in PACKS.items():
        for entry in pack.entries:
            for trap in entry.traps:
                assert (False, spelling_key(trap)) not in spellings, (name, entry.canonical, trap)


def test_no_spelling_names_two_entries_of_the_bundled_packs():
    owner: dict[tuple[bool, str], tuple[str, str]] = {}
    for name, pack in zip(DEFAULT_NAME_PACKS, BUNDLED, strict=True):
        for key, canonical in _keys(pack).items():
            assert owner.setdefault(key, (name, canonical)) == (name, canonical), (key, owner[key], canonical)


def test_a_one_word_form_of_a_person_is_a_surname_that_ends_one_of_their_full_names():
    given_names = {
        spelling_key(form.split()[0])
        for pack in BUNDLED
        for e in pack.entries
        if e.kind == "person"
        for form in (e.canonical, *e.variants)
        if " " in form
    }
    for pack in BUNDLED:
        for e in (e for e in pack.entries if e.kind == "person"):
            forms = (e.canonical, *e.variants)
            if " " not in e.canonical:
                continue  # a one-word name (the nickname Hemedti), not a surname
            for short in (f for f in forms if " " not in f.strip() and "-" not in f.removeprefix("al-")):
                assert spelling_key(short) not in given_names, (e.canonical, short)
                ends = {spelling_key(f.split()[-1]) for f in forms if " " in f}
                assert spelling_key(short) in ends, (e.canonical, short)


def _nl2(html: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.excerpt, f.suggestion.replacement) for f in lint(html, "NL201,NL203")]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<p>Libya's leader, Moammar Gadhafi, spoke for an hour. Gadhafi blamed foreigners.</p>"
            "<p>Supporters of Qaddafi marched in Tripoli.</p>",
            [("NL201", "Qaddafi", "Gadhafi")],
        ),
        (
            "<p>Iran's president, Hassan Rouhani, met envoys. Rouhani said talks would go on.</p>"
            "<p>Rohani later left for New York.</p>",
            [("NL201", "Rohani", "Rouhani")],
        ),
        (
            "<p>Alexander Lukashenko was sworn in. Lukashenko called the protests a plot.</p>"
            "<p>Opposition leaders said Lukashenka had lost.</p>",
            [("NL201", "Lukashenka", "Lukashenko")],
        ),
        (
            "<p>Police blamed Lashkar-e-Taiba for the attack. Lashkar-e-Taiba denied it.</p>"
            "<p>India has long accused Pakistan of backing Lashkar-e-Toiba.</p>",
            [("NL201", "Lashkar-e-Toiba", "Lashkar-e-Taiba")],
        ),
        (
            "<p>Abdel Fattah el-Sisi won a third term. Sisi promised reforms, but critics of Sissi were jailed.</p>",
            [("NL201", "Sissi", "Sisi")],
        ),
    ],
)
def test_real_pairs_of_spellings_of_one_person_or_group_are_reported(html, expected):
    assert _nl2(html) == expected


@pytest.mark.parametrize(
    "html",
    [
        # a surname with the full name it ends, and its possessive
        "<p>Muammar Gaddafi ruled Libya for 42 years. Gaddafi's sons fled when Gaddafi fell.</p>",
        # a father and a son, a dictator and his heir: different people, never one name
        "<p>Kim Jong Un inspected a factory his father, Kim Jong Il, had opened.</p>",
        "<p>Ahmad Massoud leads the resistance his father, Ahmad Shah Massoud, founded.</p>",
        # one given name, two people
        "<p>Masoud Pezeshkian met Masoud Barzani. Mohammed bin Salman spoke of Mohammed Deif.</p>",
        # traps: another surname, a stadium, an empress, a football club
        "<p>Ebrahim Raisi died in 2024. Raisi was buried in Mashhad.</p>"
        "<p>In London the pilot Lotfi Raissi was cleared, and a judge said Raissi had been wrongly accused.</p>",
        "<p>Moammar Gadhafi paid for a cricket ground in Lahore. Gadhafi never saw a match there, but"
        " Pakistan still plays at the Gaddafi Stadium.</p>",
        "<p>Sisi met Macron.</p><p>A film about Empress Sissi of Austria opened in Vienna.</p>",
        "<p>Al-Shabaab attacked a base in Somalia.</p><p>In Riyadh, Al-Shabab FC won 2-0 and the club's"
        " coach said Al-Shabab deserved it.</p>",
        # a singular and a plural are not two spellings
        "<p>Houthi rebels fired a missile. The Houthis said more would follow.</p>",
        # a quotation spells the president as its source does (his office's way), not as the story does
        "<p>Ukrainian President Volodymyr Zelensky met envoys on Monday, and Zelensky's aides said"
        " talks would go on.</p><p>A written statement from one envoy read: \u201cI never discussed"
        " it with President Zelenskyy.\u201d</p>",
    ],
)
def test_different_people_and_look_alikes_stay_silent(html):
    assert _nl2(html) == []


PRESETS = {"ap": "AP", "bbc": "BBC", "guardian": "Guardian", "reuters": "Reuters"}


@pytest.mark.parametrize(("preset", "guide"), sorted(PRESETS.items()))
def test_each_preset_cites_its_guide_and_takes_over_a_bundled_name(preset, guide):
    pack = PACKS[f"house-{preset}"]
    bundled = {key for p in BUNDLED for key in _keys(p)}
    for entry in pack.entries:
        assert guide in entry.source, entry.canonical
        forms = {(entry.case_sensitive, f if entry.case_sensitive else spelling_key(f)) for f in entry.variants}
        assert forms & bundled, entry.canonical  # so every variant the bundled packs know joins it


STORY = (
    "<p>Officials in Kiev said Muammar Gaddafi had once funded the group, and Gaddafi's son denied it.</p>"
    "<p>Volodymyr Zelenskiy said al-Qaeda and ISIS were not involved. Zelenskiy left for Brussels.</p>"
)


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        (
            "ap",
            [
                ("Kiev", "Kyiv"),
                ("Muammar Gaddafi", "Moammar Gadhafi"),
                ("Gaddafi", "Gadhafi"),
                ("Volodymyr Zelenskiy", "Volodymyr Zelenskyy"),
                ("al-Qaeda", "al-Qaida"),
                ("Zelenskiy", "Zelenskyy"),
            ],
        ),
        (
            "bbc",
            [
                ("Kiev", "Kyiv"),
                ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
                ("ISIS", "IS"),
                ("Zelenskiy", "Zelensky"),
            ],
        ),
        ("guardian", [("Kiev", "Kyiv")]),
        ("reuters", [("Kiev", "Kyiv")]),
    ],
)
def test_a_preset_makes_its_guide_s_spellings_the_house_s(preset, expected):
    for setting in (preset, f"house-{preset}"):  # the short name and the pack's own
        found = lint(STORY, "NL202", house_style=setting)
        assert [(f.excerpt, f.suggestion.replacement) for f in found] == expected


def test_without_a_house_style_the_story_only_has_to_agree_with_itself():
    assert lint(STORY, "NL202") == []
    assert [f.excerpt for f in lint(STORY, "NL201")] == []


def test_an_unknown_house_style_names_the_shipped_packs(tmp_path):

    with pytest.raises(PackError, match=r"no pack named 'nyt' \(shipped packs: .*house-ap.*house-reuters"):
        Settings(Config(house_style="nyt", root=tmp_path))


def test_the_house_styles_page_shows_every_preset_spelling():
    page = (ROOT / "docs" / "house-styles.md").read_text()
    for preset in PRESETS:
        assert f"`house-{preset}`" in page
        for entry in PACKS[f"house-{preset}"].entries:
            assert f"| {entry.canonical}" in page, (preset, entry.canonical)
