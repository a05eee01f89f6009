import os
import pickle
import time
from pathlib import Path

import pytest

from newslint import store as cache
from newslint.config.packs import (
    _SCHEMA_SOURCE,
    PACK_TYPES,
    AccessibilityTextPack,
    PackError,
    builtin_pack_names,
    load_pack,
    resolve_pack,
    validate_pack,
)

GOOD = """schema: 1
type: names
name: house
description: Our spellings.
entries:
  - {canonical: Raqqa, variants: [Raqqah], kind: place, source: "House style"}
"""


def test_every_shipped_pack_validates():
    names = builtin_pack_names()
    assert {"boilerplate", "attribution-en", "agencies", "accessibility-text-en"} <= set(names)
    for name in names:
        path = resolve_pack(name)
        pack = validate_pack(path.read_bytes(), path)
        assert isinstance(pack, PACK_TYPES[pack.type])
        assert pack.name == name


def test_unknown_pack_name_lists_the_shipped_ones():
    with pytest.raises(PackError, match=r"no pack named 'nope' \(shipped packs: .*boilerplate"):
        resolve_pack("nope")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace("kind: place", "kind: city"), r"house.yaml: entry 1 \(Raqqa\): kind: Input should be 'place'"),
        (
            GOOD.replace('source: "House style"', 'source: "x", colour: red'),
            r"entry 1 \(Raqqa\): colour: unknown field",
        ),
        (GOOD.replace("canonical: Raqqa, ", ""), r"entry 1: canonical: "),
        (GOOD.replace("schema: 1", "schema: 2"), r"schema: Input should be 1"),
        (GOOD.replace("type: names", "type: magic"), r"type: must be one of names, boilerplate, attribution"),
        ("schema: 1\n  bad: [", r"invalid YAML at line"),
        ("- just\n- a list\n", r"a rule pack is a mapping"),
    ],
)
def test_invalid_pack_names_file_entry_and_field(tmp_path, text, message):
    path = tmp_path / "house.yaml"
    path.write_text(text)
    with pytest.raises(PackError, match=message):
        load_pack(path)


def test_bad_regex_in_a_pattern_pack_is_named(tmp_path):
    path = tmp_path / "bp.yaml"
    path.write_text(
        "schema: 1\ntype: boilerplate\nname: bp\ndescription: x\nentries:\n"
        "  - {region: banner, patterns: ['breaking (news']}\n"
    )
    with pytest.raises(PackError, match=r"entry 1 \(banner\): .*not a valid regular expression"):
        load_pack(path)


def test_accessibility_text_pack_joins_the_entries_of_a_cue_and_rejects_unknown_cues(tmp_path):
    path = tmp_path / "a11y.yaml"
    head = "schema: 1\ntype: accessibility-text\nname: a11y\nlanguage: fr\ndescription: x\nentries:\n"
    path.write_text(
        head + "  - {cue: vague-link, match: full, patterns: ['ici']}\n"
        "  - {cue: vague-link, match: full, patterns: ['lire la suite']}\n"
    )
    pack = load_pack(path)
    assert isinstance(pack, AccessibilityTextPack)
    vague = pack.pattern("vague-link")
    assert vague is not None and vague.match("Lire la suite") and vague.match("ici")
    assert not vague.match("ici et ailleurs")
    assert pack.pattern("new-window") is None
    path.write_text(head + "  - {cue: vague, patterns: ['ici']}\n")
    with pytest.raises(PackError, match=r"entry 1 \(vague\): cue: Input should be 'vague-link'"):
        load_pack(path)


def test_yaml_is_loaded_safely(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("!!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(PackError, match="invalid YAML"):
        load_pack(path)


def test_validated_packs_are_cached_by_content(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "house.yaml"
    path.write_text(GOOD)
    first = load_pack(path)
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert first.entries[0].variants == ("Raqqah",)
    path.write_text(GOOD.replace("[Raqqah]", "[Raqqah, Rakka]"))
    second = load_pack(path)
    assert second.entries[0].variants == ("Raqqah", "Rakka")
    assert cache.get(cache.key_of("pack", path.read_bytes(), _SCHEMA_SOURCE)) == second


def test_a_corrupt_cache_entry_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "house.yaml"
    path.write_text(GOOD)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / cache.key_of("pack", path.read_bytes(), _SCHEMA_SOURCE)).write_bytes(b"not a pickle")
    assert load_pack(path).entries[0].canonical == "Raqqa"


class _Opens:
    """Unpickling this opens (and so creates) a file: what a planted pickle could do with any call."""

    def __init__(self, path) -> None:
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def test_a_pickle_planted_in_the_pack_cache_never_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "house.yaml"
    path.write_text(GOOD)
    (tmp_path / "cache").mkdir()
    entry = tmp_path / "cache" / cache.key_of("pack", path.read_bytes(), _SCHEMA_SOURCE)
    entry.write_bytes(pickle.dumps(_Opens(tmp_path / "ran")))
    assert load_pack(path).entries[0].canonical == "Raqqa"
    assert not (tmp_path / "ran").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")
def test_a_device_or_a_fifo_named_as_a_pack_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), fifo):  # read for ever / block for ever
        with pytest.raises(PackError, match=r"cannot read rule pack: not a regular file"):
            load_pack(path)


def _bomb(aliases: int, variants: int) -> str:
    forms = ", ".join(f"Name{i}" for i in range(variants))
    entry = f"  - &e {{canonical: Bomb, kind: place, source: s, variants: [{forms}]}}\n"
    return "schema: 1\ntype: names\nname: bomb\ndescription: x\nentries:\n" + entry + "  - *e\n" * aliases


def test_aliases_that_multiply_a_pack_are_refused(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(_bomb(aliases=20_000, variants=1000))  # 160 KB that would validate 20 million names
    start = time.process_time()
    with pytest.raises(PackError, match=r"bomb.yaml: aliases repeat .* nodes; at most 10,000"):
        load_pack(path)
    assert time.process_time() - start < 2


def test_a_few_aliases_are_fine(tmp_path):
    path = tmp_path / "shared.yaml"
    path.write_text(_bomb(aliases=3, variants=10))
    assert len(load_pack(path).entries) == 4


def test_a_yaml_reader_error_is_one_line(tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text("\x08")
    with pytest.raises(PackError, match=r"house.yaml: invalid YAML: unacceptable character #x0008") as err:
        load_pack(path)
    assert "\n" not in str(err.value)
