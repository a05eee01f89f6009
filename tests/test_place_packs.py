"""The world place packs: the builder (on a few GeoNames records), the shipped packs, and how they lint."""

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, codes

from newslint.config.options import Config, load_config
from newslint.config.packs import NamesPack, builtin_pack_names, load_pack, load_typed_pack, resolve_pack, validate_pack
from newslint.lib.settings import DEFAULT_NAME_PACKS, Settings
from newslint.lib.transliteration.name_index import spelling_key
from newslint.run.engine import lint_html

_spec = importlib.util.spec_from_file_location("build_place_packs", ROOT / "tools" / "build_place_packs.py")
builder = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = builder
_spec.loader.exec_module(builder)

MINI = ROOT / "tests" / "data" / "geonames-mini"
PLACE_PACKS = [name for name in builtin_pack_names() if name.startswith("places-")]
# Stand-ins for the word lists and romanisers of the build-packs extra, which the suite does not need.
SOURCES = builder.Sources(
    english=frozenset({"sana", "musil", "reading"}),
    common=frozenset({"reading"}),
    in_english_text=lambda word: word in {"benghazi", "mosul"},
    russian=(builder.russian_bgn, lambda text: builder.russian_bgn(text).replace("iy ", "y ")),
    given_names={"johar": 2, "haifa": 4, "hayfa": 5, "sofia": 9},  # name -> highest frequency (nam_dict's scale)
)
HAND = {"syria-iraq": [{"canonical": "Aleppo", "variants": [], "source": "GeoNames 170063"}]}


def _build(shuffle: int | None = None) -> dict[str, str]:
    places = builder.read_places(MINI / "cities500.json")
    if shuffle is not None:
        rng = random.Random(shuffle)
        rng.shuffle(places)
        places = [
            p.__class__(**{**p.__dict__, "alternates": tuple(rng.sample(p.alternates, len(p.alternates)))})
            for p in places
        ]
    countries = json.loads((MINI / "countries.json").read_text())
    return builder.build(places, countries, ["Georgia"], HAND, SOURCES).packs


def _entries(packs: dict[str, str]) -> dict[str, dict]:
    found = {}
    for name, text in packs.items():
        pack = validate_pack(text.encode(), Path(f"{name}.yaml"))
        for e in pack.entries:
            found[e.canonical] = {"variants": e.variants, "traps": e.traps, "source": e.source, "pack": name}
    return found


def test_the_builder_gives_the_same_bytes_for_the_same_input_in_any_order():
    first = _build()
    assert first == _build() == _build(shuffle=1) == _build(shuffle=2)
    assert sorted(first) == sorted(f"places-{region}" for region in builder.REGIONS)


def test_the_builder_keeps_romanisations_and_drops_other_languages_codes_and_words():
    entries = _entries(_build())
    assert entries["Benghazi"] == {
        "variants": ("Banghazi",),  # BGN/PCGN "Banghāzī"; not Italian "Bengasi", the code "BEN", "bnghazy"
        "traps": (),
        "source": "GeoNames 88319",
        "pack": "places-africa",
    }
    assert "Mossoul" not in entries.get("Mosul", {}).get("variants", ())  # French, not English copy
    assert "Musil" not in entries.get("Mosul", {}).get("variants", ())  # another key, and a surname
    assert "Aleppo" not in entries  # a hand-made pack lists it (GeoNames 170063): that entry wins
    assert "Reading" not in entries  # a common English word
    assert "Linyi" not in entries  # "Lin I", "Lin-i": a word of one letter is not taken (a person's initial)
    assert "Sofia" not in entries  # "Sofi" and "Sofio" end otherwise: other languages' forms
    assert entries["Saarbrücken"]["variants"] == ("Saarbruecken",)
    assert "London" not in entries  # "Lundun" is another language's: no variant, nothing to keep apart


def test_cyrillic_names_are_romanised_and_renderings_of_other_languages_left_out():
    entries = _entries(_build())
    assert entries["Drohobych"]["variants"] == ("Drogobych",)  # the Russian name in BGN/PCGN
    assert entries["Velikiy Novgorod"]["variants"] == ("Veliky Novgorod",)  # the Russian name, Wikipedia's way
    assert "Vyaliki Nowharad" not in entries["Velikiy Novgorod"]["variants"]  # Belarusian: not romanised


def test_a_look_alike_that_names_another_big_place_is_a_trap():
    entries = _entries(_build())
    assert entries["Vyborg"]["traps"] == ("Viborg",)  # the Danish town, not a spelling of the Russian one
    assert "Sanaa" not in entries  # its one other spelling, "Sana", is a given name: nothing left to list


def test_a_given_name_is_no_spelling_of_a_place():
    entries = _entries(_build())
    assert entries["Jawhar"]["variants"] == ("Joher",)  # "Johar" is a given name: a story about him is not the town
    assert "Haifa" not in entries  # a common given name: "Hayfa", "Heifa" spell the woman's name too
    plain = builder.build(
        builder.read_places(MINI / "cities500.json"),
        json.loads((MINI / "countries.json").read_text()),
        ["Georgia"],
        HAND,
        builder.Sources(**{**SOURCES.__dict__, "given_names": {}}),
    )
    without = _entries(plain.packs)
    assert without["Jawhar"]["variants"] == ("Johar", "Joher")
    assert set(without["Haifa"]["variants"]) >= {"Hayfa", "Heifa"}


def test_the_first_name_dictionary_is_read_with_its_highest_frequency(tmp_path):
    path = tmp_path / "nam_dict.txt"
    lines = ["# a comment", "=  Laila                 "]
    lines.append("M  Selam" + " " * 22 + "  2    2      $")
    lines.append("F  Laila" + " " * 22 + "6655 5     9  $")
    lines.append("F  Anna+Lena" + " " * 18 + "  4          $")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert builder.read_given_names(path) == {"selam": 2, "laila": 9, "annalena": 4, "anna lena": 4, "anna-lena": 4}


def test_the_ukrainian_national_system():
    assert builder.ukrainian_national("Запоріжжя") == "Zaporizhzhia"
    assert builder.ukrainian_national("Згурівка") == "Zghurivka"
    assert builder.ukrainian_national("Яготин") == "Yahotyn"
    assert builder.ukrainian_national("Біла Церква") == "Bila Tserkva"
    assert builder.russian_bgn("Егорьевск") == "Yegoryevsk"


@pytest.mark.parametrize("name", PLACE_PACKS)
def test_each_place_pack_validates_credits_geonames_and_sources_every_entry(name):
    pack = load_typed_pack(name, NamesPack)
    text = (ROOT / "rules" / "packs" / f"{name}.yaml").read_text()
    assert "GeoNames" in text and "CC BY 4.0" in text
    assert pack.entries and all(re.fullmatch(r"GeoNames \d+", e.source) for e in pack.entries)


def test_the_place_packs_cover_five_thousand_places():
    assert len(PLACE_PACKS) >= 6
    assert sum(len(load_typed_pack(name, NamesPack).entries) for name in PLACE_PACKS) >= 5000


def _forms(pack: NamesPack) -> dict[str, str]:
    return {spelling_key(f): e.canonical for e in pack.entries for f in (e.canonical, *e.variants)}


def test_no_trap_is_a_form_of_any_entry_of_any_shipped_pack():
    loaded = [load_pack(resolve_pack(name)) for name in builtin_pack_names()]
    packs = [p for p in loaded if isinstance(p, NamesPack)]
    forms = {key for p in packs for key in _forms(p)}
    traps = {(p.name, e.canonical, t) for p in packs for e in p.entries for t in e.traps}
    assert [t for t in traps if spelling_key(t[2]) in forms] == []


def test_place_packs_share_no_spelling_with_each_other_or_the_hand_made_packs():
    seen: dict[str, str] = {}
    for name in [*DEFAULT_NAME_PACKS, "agencies", *PLACE_PACKS]:
        for key, canonical in _forms(load_typed_pack(name, NamesPack)).items():
            owner = seen.setdefault(key, f"{name}: {canonical}")
            assert owner == f"{name}: {canonical}", (key, owner, name, canonical)


def _with(*packs: str) -> Config:
    return Config(packs=packs)


def test_a_variant_from_the_africa_pack_is_reported_only_when_the_pack_is_loaded():
    html = "<p>Militias shelled Benghazi on Monday.</p><p>Residents of Banghazi fled east.</p>"
    findings = lint_html(html, _with("places-africa"))
    assert [(f.code, f.excerpt) for f in findings if f.code.startswith("NL20")] == [("NL201", "Banghazi")]
    assert "NL201" not in codes(lint_html(html))


def test_a_trap_keeps_two_places_apart():
    html = "<p>Troops left Vyborg on Monday.</p><p>In the Danish town of Viborg, voters chose a mayor.</p>"
    assert not [f for f in lint_html(html, _with("places-eurasia")) if f.code.startswith("NL20")]


def test_other_languages_forms_are_not_listed():
    html = "<p>Khartoum was quiet.</p><p>Another protest began in Khartum.</p><p>Le Caire, Mossoul, Alep.</p>"
    found = [(f.code, f.excerpt) for f in lint_html(html, _with(*PLACE_PACKS)) if f.code == "NL201"]
    assert found == [("NL201", "Khartum")]


def test_world_packs_are_opt_in_by_name_in_a_config_file(tmp_path):
    (tmp_path / "newslint.toml").write_text('packs = ["places-middle-east", "places-africa"]\n')
    settings = Settings(load_config(tmp_path / "newslint.toml"))
    assert [p.name for p in settings.name_packs] == ["places-middle-east", "places-africa", *DEFAULT_NAME_PACKS]
    assert [p.name for p in Settings(Config()).name_packs] == list(DEFAULT_NAME_PACKS)


def test_a_persons_given_name_is_not_taken_for_a_place_of_that_name():
    # The shape of a real blog post: a woman's given name, then a story elsewhere about Salem.
    post = (
        '<p>Those who only learned of this story in the last month believed <a href="https://medium.com/@s">Selam'
        " G.'s Medium post</a> raised an entirely new issue.</p><p>Laila told us she had left; Layla stayed.</p>"
    )
    town = "<p>Officials in Salem said the count would finish on Friday.</p><p>Salem has a new mayor.</p>"
    config = _with(*PLACE_PACKS)
    assert not [f for f in lint_html(post + town, config) if f.code.startswith("NL20")]
