import difflib

from conftest import codes, lint, page
from hypothesis import given
from hypothesis import strategies as st

from newslint.checks.accessibility.aria_attributes import _meant_attribute
from newslint.lib.aria.spec import ATTRIBUTES, GLOBAL, ROLE_ATTRIBUTES
from newslint.run.fix import apply_fixes

# --- NL170 aria-roles ----------------------------------------------------------------------


def test_roles_that_do_not_exist_fire_on_the_role_attribute():
    html = '<footer role="footer" class="site-footer">\n<p role="disclaimer">Terms apply.</p>\n</footer>'
    found = lint(html, "NL170", group=False)
    assert [(f.line, f.excerpt) for f in found] == [(1, 'role="footer"'), (2, 'role="disclaimer"')]
    assert found[0].message == 'role="footer" on <footer>: footer is not an ARIA role, so browsers ignore it'
    assert found[0].suggestion.message == "Remove the role attribute: <footer> already has the contentinfo role"
    assert found[1].suggestion.message.startswith("Remove the role attribute: <p> keeps its own paragraph role")


def test_the_role_meant_is_suggested():
    (content,) = lint('<div id="Main" role="content" tabindex="-1">Story</div>', "NL170", group=False)
    assert content.suggestion.message == 'Use role="main" if that is what this <div> is, or remove the role attribute'
    (typo,) = lint('<div role="navigaton">…</div>', "NL170", group=False)
    assert 'role="navigation"' in typo.suggestion.message
    (field,) = lint('<input type="text" role="subscribe_email" placeholder="Enter your email">', "NL170", group=False)
    assert field.suggestion.message.startswith("Remove the role attribute: <input> keeps its own textbox role")


def test_abstract_roles_fire_even_beside_a_valid_one():
    (alone,) = lint('<div role="section">x</div>', "NL170", group=False)
    assert "section is an abstract ARIA role" in alone.message
    assert alone.suggestion.message.startswith('Use role="region"')
    (beside,) = lint('<div role="region section" aria-label="Weather">x</div>', "NL170", group=False)
    assert beside.suggestion.message == "Remove section from the role attribute: browsers use region"


def test_valid_fallback_empty_hidden_and_newer_roles_stay_silent():
    fine = (
        '<nav role="secondary navigation"></nav><th role="columnheader button">Rank</th><div role="Navigation"></div>'
        '<div role=" "></div><p role="doc-credit">Photo: AP</p><div role="image" aria-label="Map"></div>'
        '<span role="text">a</span><div role="generic"></div><div hidden role="footer"></div>'
        '<div aria-hidden="true"><span role="bogus"></span></div>'
    )
    assert codes(lint(fine, "NL170", group=False)) == []


# --- NL171 aria-allowed-attr ---------------------------------------------------------------


def test_aria_expanded_on_a_collapsible_panel_fires():
    html = '<div class="navbar-collapse collapse" id="nav-2" aria-expanded="false">\n<ul><li>World</li></ul>\n</div>'
    (f,) = lint(html, "NL171", group=False)
    assert f.message == "aria-expanded is not supported on <div>, which has no role; browsers ignore it"
    assert f.excerpt == ' aria-expanded="false"'
    assert f.suggestion.message.startswith("Move aria-expanded to the button that shows and hides this <div>")
    assert f.suggestion.replacement == "" and not f.suggestion.safe


def test_a_link_without_href_acting_as_a_control_is_told_to_be_a_button():
    toggle = '<a class="menu-icon" data-toggle="dropdown" aria-haspopup="true" aria-expanded="true">Menu</a>'
    (f,) = lint(toggle, "NL171", group=False)
    assert f.suggestion.message == (
        'This <a> acts as a control: make it a <button type="button">, which supports aria-expanded'
    )


def test_states_of_other_widgets_fire_with_roles_that_support_them():
    (selected,) = lint('<a href="/place/harris-county/" aria-selected="false">Harris County</a>', "NL171", group=False)
    assert selected.message == "aria-selected is not supported on <a> (role link); browsers ignore it"
    assert selected.suggestion.message == (
        "Remove aria-selected, or give the <a> a role that supports it (tab, option, treeitem)"
    )
    (level,) = lint('<p class="kicker" aria-level="2">Analysis</p>', "NL171", group=False)
    assert "<p> (role paragraph)" in level.message
    counter = '<span class="value" aria-live="polite" aria-valuemax="10000" aria-valuenow="0">0</span>'
    assert [f.excerpt.split("=")[0].strip() for f in lint(counter, "NL171", group=False)] == [
        "aria-valuemax",
        "aria-valuenow",
    ]


def test_supported_global_and_hidden_attributes_stay_silent():
    fine = (
        '<button aria-expanded="false" aria-controls="menu">Menu</button>'
        '<div role="tabpanel" aria-expanded="false" aria-labelledby="t1"></div>'
        '<nav aria-expanded="false" aria-label="Sections"></nav><ul aria-expanded="true"><li>a</li></ul>'
        '<table><tr><th aria-sort="ascending">Rank</th><th scope="row" aria-sort="none">x</th></tr></table>'
        '<div role="switch" aria-checked="true" tabindex="0">Alerts</div>'
        '<details><summary aria-expanded="false">More</summary>…</details>'
        '<input type="password" aria-required="true" aria-label="Password">'
        '<input type="text" list="towns" aria-expanded="false" aria-label="Town"><datalist id="towns"></datalist>'
        '<div aria-label="x" aria-hidden="true" aria-live="polite" aria-describedby="n" aria-controls="m"></div>'
        '<div style="display: none"><div aria-expanded="false"></div></div>'
        '<div class="panel" aria-hidden="true"><span aria-selected="true">x</span></div>'
    )
    assert codes(lint(fine, "NL171", group=False)) == []


def test_a_cell_takes_gridcell_states_only_in_a_grid():
    plain = '<table><tr><td aria-selected="true">1</td></tr></table>'
    grid = '<table role="grid"><tr><td aria-selected="true">1</td></tr></table>'
    assert (codes(lint(plain, "NL171", group=False)), codes(lint(grid, "NL171", group=False))) == (["NL171"], [])


def test_every_role_table_entry_names_known_non_global_attributes():
    for role, attrs in ROLE_ATTRIBUTES.items():
        assert attrs <= ATTRIBUTES.keys() - GLOBAL, role


# --- NL172 aria-valid-attr-value -----------------------------------------------------------


def test_values_of_the_wrong_type_fire_on_the_attribute():
    html = (
        '<button aria-expanded="yes">Menu</button>\n<div aria-live="on">Live</div>\n'
        '<div role="heading" aria-level="two">Kicker</div>\n'
        '<div role="slider" tabindex="0" aria-label="Progress" aria-valuenow="NaN" aria-valuemin="0"></div>\n'
        '<div aria-relevant="additions everything" aria-live="polite"></div>\n'
        '<div role="heading" aria-level="0">x</div>'
    )
    found = lint(html, "NL172", group=False)
    assert [(f.line, f.excerpt) for f in found] == [
        (1, 'aria-expanded="yes"'),
        (2, 'aria-live="on"'),
        (3, 'aria-level="two"'),
        (4, 'aria-valuenow="NaN"'),
        (5, 'aria-relevant="additions everything"'),
        (6, 'aria-level="0"'),
    ]
    assert found[0].message == 'aria-expanded="yes" on <button>: not one of its values (false, true, undefined)'
    assert found[3].suggestion.message == "Set aria-valuenow to the current number (e.g. 0) or remove it"
    assert not any(f.suggestion.safe for f in found)


def test_a_reference_to_a_missing_id_fires_unless_the_target_may_come_later():
    tab = '<div role="tablist"><a href="#disqus" role="tab" aria-controls="profile">Comments</a></div>'
    (f,) = lint(tab, "NL172", group=False)
    assert f.message == 'aria-controls="profile" on <a>: no element has the id profile'
    later = (
        '<button aria-controls="panel" aria-expanded="false">More</button>'
        '<button aria-controls="menu" aria-haspopup="true">Menu</button>'
        '<div role="tab" aria-controls="p2" aria-selected="false">Two</div>'
        '<div role="combobox" aria-owns="list" aria-expanded="false" aria-controls="list"></div>'
        '<input aria-labelledby="gone" aria-describedby="also-gone"><a href="/" aria-current="yes">Home</a>'
        '<button aria-controls="missing here">x</button><b id="here"></b>'
    )
    assert codes(lint(later, "NL172", group=False)) == []


def test_an_id_written_with_its_hash_is_a_safe_fix():
    html = '<a class="modal" title="Share" aria-controls="#modal" href="#share">Share</a><div id="modal"></div>'
    (f,) = lint(html, "NL172", group=False)
    assert (f.excerpt, f.suggestion.replacement) == ('aria-controls="#modal"', 'aria-controls="modal"')
    assert f.suggestion.safe
    fixed, n = apply_fixes(html, [f])
    assert n == 1 and 'aria-controls="modal" href' in fixed and codes(lint(fixed, "NL172", group=False)) == []


def test_readable_values_stay_silent():
    fine = (
        '<div aria-hidden="TRUE"></div><div aria-hidden=""></div><button aria-pressed="mixed">B</button>'
        '<div role="slider" tabindex="0" aria-label="s" aria-valuenow="+5" aria-valuemin="-1.5" aria-valuemax="1e3">'
        '</div><ul><li aria-setsize="-1" aria-posinset="1">a</li></ul><div aria-label="">x</div>'
        '<div role="heading" aria-level="10">Deep</div><div hidden aria-expanded="maybe"></div>'
    )
    assert codes(lint(fine, "NL172", group=False)) == []


# --- NL173 aria-valid-attr -----------------------------------------------------------------


def test_misspelt_attributes_fire_on_the_name_with_a_safe_fix_when_clear():
    html = '<button aria-lable="Close" class="ticker-close">×</button>\n<nav aria-labeledby="nav-title"></nav>'
    found = lint(html, "NL173", group=False)
    assert [(f.line, f.excerpt, f.suggestion.replacement, f.suggestion.safe) for f in found] == [
        (1, "aria-lable", "aria-label", True),
        (2, "aria-labeledby", "aria-labelledby", True),
    ]
    assert found[0].message == "aria-lable on <button> is not an ARIA attribute; browsers ignore it"
    fixed, n = apply_fixes(html, found)
    assert n == 2 and codes(lint(fixed, "NL173", group=False)) == []


def test_arial_prefix_and_aria_role_are_caught():
    (arial,) = lint('<span class="icon" arial-label="Share on Facebook"></span>', "NL173", group=False)
    assert (arial.suggestion.replacement, arial.suggestion.safe) == ("aria-label", True)
    (role,) = lint('<div aria-role="button">Go</div>', "NL173", group=False)
    assert role.suggestion.message.startswith('ARIA has no aria-role: use the role attribute (role="button")')
    assert not role.suggestion.safe


def test_no_safe_fix_when_the_name_is_far_off_or_already_there():
    (far,) = lint('<div aria-foo="1">x</div>', "NL173", group=False)
    assert far.suggestion.replacement is None
    assert far.suggestion.message == "Remove aria-foo, or use a WAI-ARIA 1.2 attribute"
    (both,) = lint('<div aria-label="Close" aria-lable="Close">x</div>', "NL173", group=False)
    assert not both.suggestion.safe
    (between,) = lint('<div aria-labelby="kicker">x</div>', "NL173", group=False)
    assert between.suggestion.message == "Did you mean aria-label or aria-labelledby? Rename the attribute"
    assert not between.suggestion.safe


def test_real_attributes_lookalikes_and_hidden_elements_stay_silent():
    fine = (
        '<div aria-description="x" aria-braillelabel="x" aria-colindextext="x" data-aria-label="x" ariaLabel="x">'
        '</div><div hidden aria-lable="x"></div>'
    )
    assert codes(lint(page(fine), "NL173", group=False)) == []


def test_no_safe_fix_in_a_start_tag_that_broken_quoting_runs_into_the_next():
    html = 'Deir<main id=""" arial-label="Deir"><main arial-label="Deir">'
    findings = lint(html, "NL173", group=False)
    assert [f.suggestion.safe for f in findings] == [False, True]
    fixed, _ = apply_fixes(html, findings)
    assert fixed == 'Deir<main id=""" arial-label="Deir"><main aria-label="Deir">'
    assert apply_fixes(fixed, lint(fixed))[0] == fixed, "a second --fix changes nothing"


_ATTRIBUTE_WORDS = sorted(name[5:] for name in ATTRIBUTES)


@st.composite
def _misspelt(draw: st.DrawFn) -> str:
    """What follows "aria-": an attribute's own word with a few letters dropped, doubled or swapped, or any word."""
    word = list(draw(st.sampled_from(_ATTRIBUTE_WORDS)))
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, max(0, len(word) - 1)))
        edit = draw(st.sampled_from(["drop", "double", "swap", "letter"]))
        if edit == "drop" and len(word) > 1:
            del word[i]
        elif edit == "double":
            word.insert(i, word[i] if word else "a")
        elif edit == "swap" and i + 1 < len(word):
            word[i], word[i + 1] = word[i + 1], word[i]
        elif edit == "letter":
            word.insert(i, draw(st.sampled_from("aeilnorstxyz")))
    return draw(st.one_of(st.just("".join(word)), st.text(alphabet="abdeilnoprstuvwxyz", max_size=20)))


@given(_misspelt())
def test_suggestions_are_those_of_a_full_comparison_with_every_attribute(word):
    scored = sorted(((difflib.SequenceMatcher(None, word, k[5:]).ratio(), k) for k in ATTRIBUTES), reverse=True)
    close = [known for ratio, known in scored[:2] if ratio >= 0.75]
    certain = bool(close) and scored[0][0] >= 0.8 and scored[0][0] - scored[1][0] >= 0.1
    assert word == "role" or _meant_attribute("aria-" + word) == (close, certain)


def test_a_heading_role_on_a_wrapper_around_a_heading_is_told_to_go_not_to_take_a_level():
    wrapper = '<div class="col" role="heading"><div class="ad">Ad</div><ol><li>News</li></ol><h1>Title</h1></div>'
    (f,) = lint(wrapper, "NL178")
    assert f.suggestion.message.startswith('Remove role="heading"')
    (f,) = lint('<div role="heading" class="story-title">Election results</div>', "NL178")
    assert f.suggestion.message == 'Add aria-level="2" and keep it current, or use <h2>, which has it built in'
