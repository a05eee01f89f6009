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
        ('[tool.newslint]\nignroe = ["NL3"]\n', r"pyproject.toml: \[tool.newslint\] unknown key 'ignroe'"),
        (
            '[tool.newslint]\nfail-on = "fatal"\n',
            r"\[tool.newslint\] fail-on: Input should be 'error', 'warning' or 'info'",
        ),
        ("[tool.newslint.readability]\nmax-grade = -1\n", r"readability.max-grade: Input should be greater than 0"),
        (
            "[tool.newslint.readability]\nmax-sentence-words = 'long'\n",
            r"readability.max-sentence-words: Input should be",
        ),
        ("[tool.newslint\n", r"invalid TOML"),
    ],
)
def test_config_errors_name_file_key_and_reason(tmp_path, text, message):
    path = write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


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
