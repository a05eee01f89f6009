"""The WAI-ARIA role tables (newslint/lib/aria/roles.py) and the accessibility tree read from them
(newslint/lib/aria/ownership.py)."""

from __future__ import annotations

from newslint.document.model import Document
from newslint.lib.aria.ownership import aria_owned, in_tab_order, owners_of, tree_role
from newslint.lib.aria.roles import (
    MAY_BE_EMPTY,
    NESTING_IN_GROUPS,
    PRESENTATIONAL_CHILDREN,
    REQUIRED_ATTRIBUTES,
    REQUIRED_CONTEXT,
    REQUIRED_OWNED,
    ROLE_DEFAULTS,
    WIDGETS,
)
from newslint.lib.aria.semantics import ROLES
from newslint.lib.aria.spec import GLOBAL, ROLE_ATTRIBUTES


def _page(inside: str) -> Document:
    return Document(f'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>{inside}</body></html>')


def _by_id(doc: Document, ident: str):
    found = doc.element_by_id(ident)
    assert found is not None, ident
    return found


def test_the_tables_name_only_roles_of_wai_aria():
    named = {*REQUIRED_CONTEXT, *REQUIRED_OWNED, *REQUIRED_ATTRIBUTES, *ROLE_DEFAULTS, *MAY_BE_EMPTY}
    named |= set().union(*REQUIRED_CONTEXT.values(), *REQUIRED_OWNED.values())
    named |= NESTING_IN_GROUPS | PRESENTATIONAL_CHILDREN | WIDGETS
    assert named <= ROLES, named - ROLES


def test_every_required_attribute_is_one_the_role_supports():
    for role, attributes in REQUIRED_ATTRIBUTES.items():
        for name in attributes:
            assert name in GLOBAL or name in ROLE_ATTRIBUTES[role], (role, name)
    for role, defaults in ROLE_DEFAULTS.items():
        assert defaults <= set(REQUIRED_ATTRIBUTES[role]), role


def test_table_and_list_parts_are_presentational_in_a_presentational_container():
    doc = _page(
        '<table role="presentation"><tr id="layout-row"><td id="layout-cell">Story</td></tr></table>'
        '<table><tr><th id="head">Party</th><td id="cell">Labour</td></tr></table>'
        '<ul role="none"><li id="bare-item">World</li></ul><ul><li id="item">Sport</li></ul>'
    )
    assert [tree_role(_by_id(doc, i)) for i in ("layout-row", "layout-cell", "bare-item")] == [None, None, None]
    assert [tree_role(_by_id(doc, i)) for i in ("head", "cell", "item")] == ["columnheader", "cell", "listitem"]


def test_a_summary_is_a_button_only_in_its_details():
    doc = _page('<details><summary id="in">More</summary></details><summary id="out">Loose</summary>')
    assert tree_role(_by_id(doc, "in")) == "button"
    assert tree_role(_by_id(doc, "out")) is None


def test_aria_owns_reaches_both_ways():
    doc = _page('<div role="list" id="list" aria-owns="a missing a"></div><div id="a"><span id="inner">x</span></div>')
    assert aria_owned(_by_id(doc, "list"), doc) == [_by_id(doc, "a")]
    assert list(owners_of(_by_id(doc, "inner"), doc)) == [_by_id(doc, "list")]


def test_the_tab_order_leaves_out_what_the_keyboard_cannot_reach():
    doc = _page(
        '<a id="link" href="/a">a</a><a id="minus" href="/b" tabindex="-1">b</a>'
        '<div hidden><a id="hidden" href="/c">c</a></div><div aria-hidden="true"><a id="aria" href="/d">d</a></div>'
        '<div inert><button id="inert">e</button></div>'
        '<fieldset disabled><legend><button id="legend">f</button></legend><input id="field"></fieldset>'
        '<span id="span">g</span><span id="zero" tabindex="0">h</span>'
    )
    reached = {ident: in_tab_order(_by_id(doc, ident), doc) for ident in doc.ids}
    assert reached == {
        "link": True, "minus": False, "hidden": False, "aria": True, "inert": False, "legend": True,
        "field": False, "span": False, "zero": True,
    }  # fmt: skip
