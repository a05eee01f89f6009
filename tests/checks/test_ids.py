from conftest import codes, lint, page

SIGNUP = (
    '<form class="newsletter"><label for="email">Email</label><input id="email" type="email"></form>\n'
    "<p>Story.</p>\n"
    '<form class="newsletter footer"><label for="email">Email</label><input id="email" type="email"></form>'
)


def test_a_repeated_labelled_field_fires_on_the_second_copy_only():
    (f,) = lint(SIGNUP, "NL160", group=False)
    assert (f.line, f.excerpt) == (3, '<input id="email" type="email">')
    assert f.message == (
        'id="email" is used by 2 elements and <label for> points at it: it resolves to the first, '
        "the <input> on line 1, never to this <input>"
    )
    assert f.suggestion.message.startswith('Give this <input> a unique id (e.g. id="email-2")')
    assert f.suggestion.replacement is None
    assert (f.wcag, f.axe, f.severity) == ("4.1.2", "duplicate-id-aria", "error")


def test_every_extra_copy_of_an_aria_target_fires():
    html = (
        '<button aria-controls="share-panel" aria-expanded="false">Share</button>\n'
        '<div id="share-panel">A</div>\n<div id="share-panel">B</div>\n<div id="share-panel">C</div>'
    )
    assert [f.line for f in lint(html, "NL160", group=False)] == [3, 4]
    described = '<span id="note">a</span><span id="note">b</span><p aria-describedby="x note">Story.</p>'
    assert codes(lint(described, "NL160", group=False)) == ["NL160"]


def test_the_suggested_id_is_free():
    html = '<i id="tip">a</i><i id="tip">b</i><i id="tip-2">c</i><p aria-labelledby="tip">Story.</p>'
    (f,) = lint(html, "NL160", group=False)
    assert 'id="tip-3"' in f.suggestion.message


def test_repeated_ids_nothing_points_at_stay_silent():
    assert codes(lint('<div id="ad-slot">a</div><div id="ad-slot">b</div>', "NL160", group=False)) == []


def test_in_page_links_to_a_repeated_id_stay_silent():
    # the link goes to the first element, where a contents link means to go
    html = '<a href="#community">Community</a><h2><span id="community">Community</span></h2><div id="community"></div>'
    assert codes(lint(html, "NL160", group=False)) == []


def test_copies_in_noscript_or_template_never_join_the_page():
    noscript = (
        '<label for="display-name">Name</label><input id="display-name">\n'
        '<noscript><label for="display-name">Name</label><input id="display-name"></noscript>'
    )
    assert codes(lint(noscript, "NL160", group=False)) == []
    template = '<template><b id="t">x</b></template><b id="t">y</b><p aria-labelledby="t">Story.</p>'
    assert codes(lint(template, "NL160", group=False)) == []


def test_hidden_copies_still_count():
    html = '<span id="hint" hidden>a</span><span id="hint">b</span><input aria-describedby="hint">'
    assert codes(lint(page(html), "NL160", group=False)) == ["NL160"]
