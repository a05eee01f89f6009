"""Hostile files beside the pages: packs, config files, baselines, the patterns they carry, long runs.

Each property holds for anything generated: a file is either read or refused with one line that
names it, never a traceback; whatever is read lints pages without a crashed rule; and no accepted
pattern, and no long run of one character in a page, takes more than linear time. The suite runs a
few dozen inputs per property; ``benchmarks/fuzz.py`` runs many more.
"""

from __future__ import annotations

import json
import os
import signal
import string
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from conftest import page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.checks.rule import Finding, Suggestion
from newslint.config.options import ConfigError, load_config
from newslint.config.packs import (
    AccessibilityTextPack,
    AttributionPack,
    BoilerplatePack,
    DefectsPack,
    NamesPack,
    PackError,
    load_pack,
)
from newslint.config.patterns import check_pattern
from newslint.document.reading import InputError
from newslint.run.baseline import baseline_filter, read_baseline
from newslint.run.engine import FileResult, lint_html, lint_path


def _examples(n: int) -> int:
    """``n`` in the suite; under ``benchmarks/fuzz.py`` (the fuzz profile) as many as it asks for."""
    if os.environ.get("NEWSLINT_FUZZ_PROFILE") == "fuzz":
        return int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "5000"))
    return n


def fuzz(n: int):
    return settings(max_examples=_examples(n), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def _at_most(seconds: float, what: str):
    """Fail (rather than hang) when the block takes more than ``seconds`` of CPU."""

    def stop(*_: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds * 4)  # wall-clock guard; the CPU count decides
    start = time.process_time()
    try:
        yield
    except TimeoutError:
        pytest.fail(f"{what}: did not finish")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    spent = time.process_time() - start
    assert spent < seconds, f"{what}: {spent:.2f} s"


def _one_line(message: str, where: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message, message
    assert where in message, message


# --- patterns ------------------------------------------------------------------------------------

_PIECES = (
    *("a", "b", "x", "T", "K", " ", "-", ".", "é", "\\w", "\\W", "\\s", "\\S", "\\d", "\\b", ".", "[a-z]"),
    *("[^a]", "[ab]", "[a ]", "[\\w-]", "(?:", "(", ")", ")", "|", "*", "+", "?", "{2}", "{1,3}", "{2,}", "*?"),
    *("+?", "*+", "^", "$", "\\Z", "(?i)", "(?i:", "(?=", "(?!", "(?<=a)", "(?<!\\w)", "\\1", "(?P<n>", "TK"),
)
patterns = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10).map("".join)
# Runs of the characters patterns repeat, each ending in a near-miss: what makes backtracking slow.
_RUNS = [c * 2000 + "!" for c in "abxTK -.é1"] + ["ab" * 1000 + "!", "a " * 1000 + "!", "TK" * 1000 + "x"]


@given(patterns)
@fuzz(150)
def test_a_pattern_is_refused_with_a_reason_or_runs_in_linear_time(pattern):
    try:
        check_pattern(pattern)
    except ValueError as exc:
        _one_line(str(exc), "pattern")
        return
    pack = DefectsPack(schema=1, name="d", description="", type="defects", entries=())
    compiled = pack.pattern("placeholder", (pattern,))  # as NL520 joins and anchors a config's placeholders
    assert compiled is not None
    with _at_most(1.0, f"pattern {pattern!r}"):
        for text in _RUNS:
            for _ in compiled.finditer(text):
                pass


# --- packs ---------------------------------------------------------------------------------------

_NAMES = ("Raqqa", "Deir ez-Zor", "al-Bab", "Sana'a", "Kyiv", "Ab", "A", "  ", "-", "’", "Al-", "X Y Z", "É")
names = st.one_of(st.sampled_from(_NAMES), st.text(max_size=12))
junk = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8), st.just([]))


def _entry(required: dict, optional: dict) -> st.SearchStrategy:
    fields = {k: st.one_of(v, junk) if isinstance(v, st.SearchStrategy) else v for k, v in optional.items()}
    return st.fixed_dictionaries(required, optional={**fields, "colour": st.text(max_size=3)})


def _pack(kind: str, entries: st.SearchStrategy, **extra: st.SearchStrategy) -> st.SearchStrategy:
    return st.fixed_dictionaries(
        {
            "schema": st.sampled_from([1, 1, 1, 2, "1"]),
            "type": st.sampled_from([kind, kind, kind, "names", "magic"]),
            "name": st.sampled_from(["house", "", "x"]),
            "description": st.text(max_size=10),
            "entries": st.lists(entries, max_size=4),
        },
        optional=extra,
    )


_PATTERNED = {"patterns": st.lists(patterns, max_size=3), "match": st.sampled_from(["full", "start", "anywhere", "x"])}
_NAME_FIELDS = {
    "source": st.text(max_size=6),
    "variants": st.lists(names, max_size=3),
    "traps": st.lists(names, max_size=2),
    "context": st.lists(names, max_size=2),
    "case_sensitive": st.booleans(),
    "homonyms": st.lists(
        st.fixed_dictionaries(
            {"name": names, "forms": st.lists(names, max_size=2)}, optional={"cues": st.lists(names, max_size=2)}
        ),
        max_size=1,
    ),
}
_KINDS = st.sampled_from(["place", "person", "group", "organisation", "city"])
packs = st.one_of(
    _pack("names", _entry({"canonical": names, "kind": _KINDS}, _NAME_FIELDS)),
    _pack("boilerplate", _entry({"region": st.sampled_from(["banner", "byline", "dateline", "x"])}, _PATTERNED)),
    _pack("defects", _entry({"defect": st.sampled_from(["leak", "placeholder", "staging-host", "x"])}, _PATTERNED)),
    _pack("attribution", _entry({"cue": st.sampled_from(["source", "vague", "agentless", "x"])}, _PATTERNED)),
    _pack(
        "accessibility-text",
        _entry({"cue": st.sampled_from(["vague-link", "alt-placeholder", "x"])}, _PATTERNED),
        language=st.sampled_from(["en", "fr", ""]),
    ),
)
# YAML beyond plain data: anchors and aliases (a few, or many of a big node), tags, flow and junk.
_YAML_TAILS = (
    "", "\nextra: &a [1, 2]\nmore: [*a, *a]\n", "\n!!python/object/apply:os.system ['true']\n", "\n- [",
    "\nbomb: &b [" + ", ".join(["x"] * 100) + "]\nbombs: [" + ", ".join(["*b"] * 200) + "]\n", "\n\t\x00",
    "\nentries: *nowhere\n", "\nkey: !!binary aGk=\n", "\n" + "[" * 200 + "]" * 200 + "\n",
)  # fmt: skip
yaml_texts = st.one_of(
    st.tuples(packs, st.sampled_from(_YAML_TAILS)).map(lambda p: yaml.safe_dump(p[0], allow_unicode=True) + p[1]),
    st.text(max_size=200),
)


@given(yaml_texts)
@fuzz(120)
def test_a_pack_is_read_or_refused_in_one_line_and_what_is_read_lints(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "house.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        with _at_most(2.0, "reading the pack"):
            try:
                pack = load_pack(path)
            except PackError as exc:
                _one_line(str(exc), "house.yaml")
                return
        with _at_most(2.0, "using the pack"):
            _use(pack, path)


def _use(pack: object, path: Path) -> None:
    """What the rules do with a pack of its type, on text made of the pack's own words."""
    if isinstance(pack, NamesPack):
        words = " ".join(f for e in pack.entries for f in (e.canonical, *e.variants, *e.traps))
        findings = lint_html(page(f"<h1>A story</h1>\n<p>{words}. {words.upper()}</p>"), _config(path))
        assert not [f for f in findings if f.code == "NL901"], findings
        return
    texts = [*_RUNS[:3], "Breaking news: BEIRUT (AP) — officials said, reports the agency"]
    compiled = []
    if isinstance(pack, BoilerplatePack):
        compiled = [
            p for r in ("banner", "byline", "dateline", "credit", "skip-link", "related") for p in pack.patterns(r)
        ]
    elif isinstance(pack, DefectsPack):
        compiled = [pack.pattern(d) for d in ("leak", "placeholder", "staging-host")]
    elif isinstance(pack, AttributionPack):
        compiled = [pack.pattern(c, "AP") for c in ("source", "vague", "agentless")]
    elif isinstance(pack, AccessibilityTextPack):
        compiled = [pack.pattern(c) for c in ("vague-link", "alt-placeholder")]
    for pattern in filter(None, compiled):
        for text in texts:
            for _ in pattern.finditer(text):
                pass


def _config(pack: Path):
    from newslint.config.options import Config

    return Config(house_style=str(pack), root=pack.parent)


# --- config files --------------------------------------------------------------------------------

codes = st.lists(st.sampled_from(["NL1", "NL201", "NL520", "ALL", "placeholder", "NL999", "", "x y"]), max_size=3)
_CONFIG = {
    "select": codes, "ignore": codes, "extend-select": codes, "exclude": st.lists(st.text(max_size=6), max_size=2),
    "per-file-ignores": st.dictionaries(st.text(max_size=5), codes, max_size=2),
    "fail-on": st.sampled_from(["error", "warning", "info", "none"]), "kind": st.sampled_from(["auto", "page", "x"]),
    "severity": st.dictionaries(st.sampled_from(["NL201", "NL999", "x"]), st.sampled_from(["error", "info", "y"])),
    "group": st.booleans(), "house-style": st.sampled_from(["syria-iraq", "agencies", "nope", "missing.yaml"]),
    "packs": st.lists(st.sampled_from(["ukraine-russia", "/dev/zero", "house.yaml", ""]), max_size=2),
    "readability": st.fixed_dictionaries({}, optional={
        "preset": st.sampled_from(["news", "children", "x"]), "max-grade": st.floats(-5, 50, allow_nan=False),
        "max-sentence-words": st.integers(-5, 10_000), "max-paragraph-words": st.integers(-5, 10_000)}),
    "style": st.fixed_dictionaries({}, optional={"dates": st.sampled_from(["auto", "ap", "x"]),
                                                 "quotes": st.sampled_from(["curly", "x"])}),
    "structure": st.fixed_dictionaries({}, optional={"placeholders": st.lists(patterns, max_size=2),
                                                     "staging-hosts": st.lists(patterns, max_size=2)}),
    "unknown-key": st.integers(),
}  # fmt: skip
configs = st.fixed_dictionaries({}, optional={k: st.one_of(v, junk) for k, v in _CONFIG.items()})


def _toml(table: dict, prefix: str = "") -> str:
    """A small TOML writer for the values generated here (tables, arrays, strings, numbers, booleans)."""
    plain, tables = [], []
    for key, value in table.items():
        if isinstance(value, dict) and all(not isinstance(v, dict) for v in value.values()) and value:
            tables.append(f"\n[{prefix}{json.dumps(key)}]\n" + _toml(value))
        elif value is not None:
            plain.append(f"{json.dumps(key)} = {_value(value)}\n")
    return "".join(plain) + "".join(tables)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_value(v)}" for k, v in value.items() if v is not None) + "}"
    return json.dumps(str(value), ensure_ascii=False)


config_texts = st.one_of(configs.map(_toml), st.text(max_size=120))


@given(config_texts)
@fuzz(80)
def test_a_config_file_is_read_or_refused_in_one_line_and_what_is_read_lints(text):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "newslint.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
        (folder / "house.yaml").write_text("schema: 1\ntype: names\nname: h\ndescription: x\nentries: []\n")
        story = folder / "story.html"
        story.write_text(page("<h1>A story</h1>\n<p>TK: 60 percent of Raqqa, officials said.</p>"))
        try:
            load_config(folder / "newslint.toml")
        except ConfigError as exc:
            _one_line(str(exc), "newslint.toml")
        with _at_most(3.0, "linting under the config"):
            result = lint_path(story)
        if result.error is not None:
            _one_line(result.error, "")
        assert not [f for f in result.findings if f.code == "NL901"], result.findings


# --- baselines -----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
_FINDING = {
    "path": st.sampled_from(["story.html", "./story.html", "", "../x"]) | json_values,
    "code": st.sampled_from(["NL201", "NL140", ""]) | json_values,
    "excerpt": st.sampled_from(["Raqqah", "<img src=x>", ""]) | json_values,
    "count": st.integers(-3, 3) | st.sampled_from(["2", "x", 1.5, True]) | json_values,
}
baselines = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"version": st.sampled_from([1, 1, 2, "1", None]), "findings": st.lists(st.fixed_dictionaries(_FINDING))}
    ),
)


# Numbers JSON cannot hold as a count (1e400 is infinite to Python) in every field, and nesting past
# the interpreter's recursion limit, alone or around a baseline.
_NUMBERS = st.sampled_from(["1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1.0", "1E2", "2", "-0"])
_ENTRY = '{{"version": {}, "findings": [{{"path": "story.html", "code": "NL201", "excerpt": "Raqqah", "count": {}}}]}}'
_NESTS = st.sampled_from([("[", "]"), ('{"a":', "}"), ('{"version": 1, "findings": [', "]}")])
odd_numbers = st.one_of(
    st.tuples(st.sampled_from(["1"]) | _NUMBERS, _NUMBERS).map(lambda pair: _ENTRY.format(*pair)),
    _NUMBERS,
)
deep = st.builds(
    lambda depth, nest, core: nest[0] * depth + core + nest[1] * depth,
    st.integers(1, 200_000),
    _NESTS,
    st.sampled_from(["1", "[]", "1e400"]) | odd_numbers,
)


@given(st.one_of(baselines.map(json.dumps), st.text(max_size=60), odd_numbers, deep))
@fuzz(150)
def test_a_baseline_is_read_or_refused_in_one_line_and_what_is_read_filters(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "baseline.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            known = read_baseline(path)
        except InputError as exc:
            _one_line(str(exc), "baseline.json")
            return
        assert isinstance(known, Counter)
        finding = Finding("NL201", "x", "transliteration", "warning", "m", 0, 6, Suggestion("s"), excerpt="Raqqah")
        result = FileResult(str(Path(tmp) / "story.html"), "page", None, [finding, finding])
        hidden = baseline_filter(path)(result)
        assert hidden + len(result.findings) == 2


# --- long runs of one character ------------------------------------------------------------------

_CHARS = [c for c in string.printable if c not in "\x0b\x0c\r"] + ["’", "…", "\u00a0", "—", "é", "É", "ا", "\u200b"]
_PLACES = {
    "paragraph": "<p>Officials said {} x.</p>",
    "opening": "<p>A{} x.</p>",
    "heading": "<h2>{}</h2>",
    "link": '<p>Read <a href="/x">{}</a></p>',
    "alt": '<img src="x.jpg" alt="{}">',
}


@given(st.sampled_from(_CHARS), st.sampled_from(sorted(_PLACES)))
@fuzz(40)
def test_a_long_run_of_one_character_anywhere_lints_in_linear_time(char, place):
    import html

    run = html.escape(char * 20_000, quote=True)
    with _at_most(1.5, f"20,000 x {char!r} in the {place}"):  # linear: a tenth of that; quadratic: minutes
        lint_html(page("<h1>A story</h1>\n" + _PLACES[place].format(run), title="A " + run[:2000]))
