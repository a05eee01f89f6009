import os

import pytest
from conftest import codes

from newslint.config.options import Config, ConfigError, find_config, load_config
from newslint.run.engine import config_for, lint_html
from newslint.run.selection import Selection, SelectionError

ARTICLE = "<p>About 60 percent of the city is held by the army.</p>"


def write(path, text):
    path.write_text(text)
    return path


def test_pyproject_table_is_found_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nignore = ["NL3"]\n')
    (tmp_path / "a" / "b").mkdir(parents=True)
    article = write(tmp_path / "a" / "b" / "story.html", ARTICLE)
    config = config_for(article)
    assert config.ignore == ("NL3",)
    assert config.root == tmp_path


def test_pyproject_without_the_table_is_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.other]\nx = 1\n")
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


def test_newslint_toml_beats_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.newslint]\nignore = ["NL3"]\n')
    write(tmp_path / "newslint.toml", 'ignore = ["NL4"]\n')
    assert load_config(find_config(tmp_path)).ignore == ("NL4",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[tool.newslint]\nignroe = ["NL3"]\n', "unknown key 'ignroe' (did you mean 'ignore'?)"),
        ("[tool.newslint]\nselect = 3\n", 'select: a list of codes, e.g. ["NL3", "NL201"], not 3'),
        ('[tool.newslint]\nselect = ["NL3", 4]\n', 'select: a list of codes, e.g. ["NL3", "NL201"], not ["NL3", 4]'),
        ('[tool.newslint]\nfail-on = "fatal"\n', 'fail-on: one of "error", "warning" or "info", not "fatal"'),
        (
            '[tool.newslint]\nseverity = { NL301 = "high" }\n',
            'severity.NL301: one of "error", "warning" or "info", not "high"',
        ),
        (
            '[tool.newslint]\nseverity = ["NL301"]\n',
            'severity: a table of codes and levels, e.g. { NL301 = "error", NL4 = "info" }, not ["NL301"]',
        ),
        (
            '[tool.newslint]\nper-file-ignores = ["archive"]\n',
            "per-file-ignores: a table of file patterns and the codes they ignore,"
            ' e.g. { "archive/**/*.html" = ["NL5"] }, not ["archive"]',
        ),
        ("[tool.newslint]\ngroup = 3\n", "group: true or false, not 3"),
        ("[tool.newslint.readability]\nmax-grade = -1\n", "readability.max-grade: a grade above 0 and at most 30"),
        (
            "[tool.newslint.readability]\nmax-sentence-words = 'long'\n",
            'readability.max-sentence-words: a whole number from 5 to 500, e.g. 55, not "long"',
        ),
        ("[tool.newslint]\nreadability = 3\n", "readability: a table of settings, e.g. [tool.newslint.readability]"),
        ("[tool.newslint.structure]\nplaceholders = ['(']\n", "structure: pattern '(' is not a valid regular"),
        ("[tool.newslint\n", "invalid TOML"),
    ],
)
def test_config_errors_name_file_key_and_what_is_expected(tmp_path, text, message):
    path = write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)


def test_every_error_in_the_file_is_reported_at_once_in_the_order_of_the_file(tmp_path):
    path = write(
        tmp_path / "newslint.toml",
        'fail-on = "fatal"\nselcet = ["NL3"]\nexclude = [1]\n[readability]\npreset = "tabloid"\nmax-grade = 0\n',
    )
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.problems == [
        'fail-on: one of "error", "warning" or "info", not "fatal"',
        "unknown key 'selcet' (did you mean 'select'?)",
        'exclude: a list of file patterns, e.g. ["drafts/*"], not [1]',
        'readability.preset: one of "news", "plain-language" or "children", not "tabloid"',
        "readability.max-grade: a grade above 0 and at most 30, e.g. 14.9, not 0",
    ]
    assert raised.value.lines() == [f"{path}: {problem}" for problem in raised.value.problems]


def test_a_single_string_is_accepted_where_a_list_is_meant(tmp_path):
    path = write(
        tmp_path / "newslint.toml",
        'select = "NL3"\nignore = "NL302"\nextend-select = "NL401"\nexclude = "drafts/*"\n'
        'per-file-ignores = { "archive/*" = "NL5" }\n[structure]\nplaceholders = "@@[A-Z]+@@"\n',
    )
    config = load_config(path)
    assert (config.select, config.ignore, config.extend_select) == (("NL3",), ("NL302",), ("NL401",))
    assert (config.exclude, config.per_file_ignores) == (("drafts/*",), {"archive/*": ("NL5",)})
    assert config.structure.placeholders == ("@@[A-Z]+@@",)


def test_select_ignore_and_names():
    assert codes(lint_html(ARTICLE, Config(select=("NL3",)))) == ["NL301"]
    assert codes(lint_html(ARTICLE, Config(select=("unsourced-percentage",)))) == ["NL301"]
    assert codes(lint_html(ARTICLE, Config(select=("attribution",)))) == ["NL301"]
    assert codes(lint_html(ARTICLE, Config(ignore=("NL301",)))) == []
    assert codes(lint_html(ARTICLE, Config(select=("NL4",), extend_select=("NL301",)))) == ["NL301"]


def test_unknown_selector_is_an_error():
    with pytest.raises(SelectionError, match="unknown rule, family or category 'NL777'"):
        Selection(Config(select=("NL777",)))


def test_severity_override_most_specific_wins():
    findings = lint_html(ARTICLE, Config(extend_select=("NL3",), severity={"NL3": "info", "NL301": "error"}))
    assert [(f.code, f.severity) for f in findings] == [("NL301", "error")]
    findings = lint_html(ARTICLE, Config(extend_select=("NL3",), severity={"NL3": "info"}))
    assert [(f.code, f.severity) for f in findings] == [("NL301", "info")]


def test_per_file_ignores(tmp_path):
    config = Config(extend_select=("NL3",), per_file_ignores={"archive/*.html": ("NL301",)}, root=tmp_path)
    (tmp_path / "archive").mkdir()
    assert codes(lint_html(ARTICLE, config, path=str(tmp_path / "archive" / "old.html"))) == []
    assert codes(lint_html(ARTICLE, config, path=str(tmp_path / "new.html"))) == ["NL301"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_config_that_is_a_fifo_or_too_large_is_refused_at_once(tmp_path):
    fifo = tmp_path / "newslint.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match=r"newslint\.toml: cannot read: not a regular file"):
        load_config(fifo)
    big = tmp_path / "big" / "newslint.toml"
    big.parent.mkdir()
    big.write_text("# " + "x" * 2**20 + "\n")
    with pytest.raises(ConfigError, match="too large for a config file"):
        load_config(big)


def test_a_config_validated_once_is_read_back_from_the_cache_and_a_changed_one_is_validated_again(
    tmp_path, monkeypatch
):
    import pydantic

    path = tmp_path / "newslint.toml"
    path.write_text('select = ["NL2"]\nfail-on = "error"\n')
    load_config.cache_clear()
    first = load_config(path)
    load_config.cache_clear()
    monkeypatch.setattr(pydantic, "TypeAdapter", None)  # a second validation would fail here
    again = load_config(path)
    assert again == first and (again.select, again.fail_on, again.root) == (("NL2",), "error", tmp_path)
    monkeypatch.undo()
    path.write_text('select = ["NL2"]\nfail-on = "sometimes"\n')
    load_config.cache_clear()
    with pytest.raises(ConfigError, match="fail-on"):
        load_config(path)
