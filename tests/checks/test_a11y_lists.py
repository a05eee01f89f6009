from conftest import codes, lint


def test_lists_holding_other_elements_or_text():
    found = lint("<ul><div><li>One</li></div></ul>\n<ol>Loose text<li>Two</li></ol>", "NL161")
    assert [(f.line, f.message) for f in found] == [
        (1, "<ul> holds <div> outside any <li>"),
        (2, "<ol> holds text outside any <li>"),
    ]
    fine = '<ul><li>a</li><script>x()</script><template><li>b</li></template></ul><ul role="menu"><div>c</div></ul>'
    assert codes(lint(fine, "NL161")) == []


def test_list_items_outside_lists():
    (f,) = lint("<div><li>Related story</li></div>", "NL162")
    assert f.message == "<li> inside <div>, not in a list"
    fine = '<ul><li>a</li></ul><div role="list"><li>b</li></div><menu><li>c</li></menu><div><li role="tab">d</li></div>'
    assert codes(lint(fine, "NL162")) == []
    assert codes(lint('<ul role="tablist"><li>e</li></ul>', "NL162")) == ["NL162"]
