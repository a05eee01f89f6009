from conftest import codes, lint

UNSOURCED = "<p>About 60 percent of the city is held by the army.</p>"


def test_disable_and_enable_block():
    html = f"<!-- newslint-disable NL301 -->\n{UNSOURCED}\n<!-- newslint-enable NL301 -->\n{UNSOURCED}"
    findings = lint(html, "NL3")
    assert [f.line for f in findings] == [4]


def test_disable_without_list_covers_every_rule_until_the_end():
    html = f"{UNSOURCED}\n<!-- newslint-disable -->\n{UNSOURCED}"
    assert [f.line for f in lint(html, "NL3")] == [1]


def test_disable_next_line_only_covers_the_next_line():
    html = f"<!-- newslint-disable-next-line NL301 -->\n{UNSOURCED}\n{UNSOURCED}"
    assert [f.line for f in lint(html, "NL3")] == [3]


def test_disable_file_by_family_and_by_name():
    assert codes(lint(f"<!-- newslint-disable-file NL3 -->\n{UNSOURCED}", "NL3")) == []
    assert codes(lint(f"<!-- newslint-disable-file unsourced-percentage -->\n{UNSOURCED}", "NL3")) == []
    assert codes(lint(f"<!-- newslint-disable-file NL4 -->\n{UNSOURCED}", "NL3")) == ["NL301"]


def test_ignore_attribute_covers_its_element_only():
    html = (
        '<p data-newslint-ignore="NL301">About 60 percent of the city is held by the army.</p>\n'
        "<p>About 70 percent of the town is held by the army.</p>"
    )
    assert [f.line for f in lint(html, "NL3")] == [2]


def test_ignore_attribute_with_other_codes_does_not_hide():
    html = '<p data-newslint-ignore="NL201, NL4">About 60 percent of the city is held by the army.</p>'
    assert codes(lint(html, "NL3")) == ["NL301"]
