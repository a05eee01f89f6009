from conftest import codes, lint


def test_lists_holding_other_elements_or_text():
    found = lint("<ul><div><li>One</li></div></ul>\n<ol>Loose text<li>Two</li></ol>", "NL161", group=False)
    assert [(f.line, f.message) for f in found] == [
        (1, "<ul> holds <div> outside any <li>"),
        (2, "<ol> holds text outside any <li>"),
    ]
    fine = '<ul><li>a</li><script>x()</script><template><li>b</li></template></ul><ul role="menu"><div>c</div></ul>'
    assert codes(lint(fine, "NL161", group=False)) == []


def test_list_items_outside_lists():
    (f,) = lint("<div><li>Related story</li></div>", "NL162", group=False)
    assert f.message == "<li> inside <div>, not in a list"
    fine = '<ul><li>a</li></ul><div role="list"><li>b</li></div><menu><li>c</li></menu><div><li role="tab">d</li></div>'
    assert codes(lint(fine, "NL162", group=False)) == []
    assert codes(lint('<ul role="tablist"><li>e</li></ul>', "NL162", group=False)) == ["NL162"]


def test_items_of_a_list_turned_into_a_menu_are_told_their_role():
    html = '<ul role="menubar">\n<li><a href="/world" role="menuitem">World</a></li>\n<li>Loose</li>\n</ul>'
    first, second = lint(html, "NL162", group=False)
    assert first.message == '<li> inside <ul role="menubar">, not in a list'
    assert first.suggestion.message == 'Add role="none" to this <li>: the <a role="menuitem"> inside it is the menuitem'
    assert second.suggestion.message.startswith('Give this <li> role="menuitem" (a menubar holds menuitems)')
    (other,) = lint('<ul role="contentinfo"><li><a href="/contact">Contact</a></li></ul>', "NL162", group=False)
    assert other.suggestion.message.startswith('Remove role="contentinfo" from the <ul> if it is a list')


def test_presentational_or_unknown_parent_roles_keep_items_silent():
    fine = (
        '<ol class="topbar" role="presentation"><li>a</li></ol><ul role="site-links"><li>b</li></ul>'
        '<ul role=""><li>c</li></ul><ul role="none"><li>d</li></ul>'
    )
    assert codes(lint(fine, "NL162", group=False)) == []


def test_an_item_after_an_unclosed_div_is_still_in_its_list():
    # browsers close the open <li> (and the <div> in it) at the next <li>; lxml nests the item in the <div>
    html = (
        '<ul class="sidemenu">\n<li><a href="/tips">Tips</a></li>\n'
        '<li><div class="divider_row"></li>\n<li>More</li>\n</ul>'
    )
    assert codes(lint(html, "NL162", group=False)) == []
    assert codes(lint("<ul><li><section><li>x</li></section></li></ul>", "NL162", group=False)) == ["NL162"]


def test_an_empty_role_does_not_exempt_a_list():
    assert codes(lint('<ul role=" "><div>x</div></ul>', "NL161", group=False)) == ["NL161"]
    assert codes(lint('<div><li role="">x</li></div>', "NL162", group=False)) == ["NL162"]
