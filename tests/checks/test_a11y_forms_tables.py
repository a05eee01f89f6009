"""Form fields, autocomplete values, data tables and embedded objects (NL146, NL157, NL158, NL163,
NL164), and the libraries they read: the table model, autofill tokens, what an object embeds and
what a page's own style sheet hides."""

from __future__ import annotations

import pytest
from conftest import codes, lint

from newslint.document.model import Document
from newslint.lib.aria.autofill import autofill_problem, meant
from newslint.lib.aria.embedded import resource_group
from newslint.lib.aria.semantics import accessible_name
from newslint.lib.aria.stylesheet import hidden_by_style_sheet
from newslint.lib.aria.tables import container, table_model


def _page(body: str, head: str = "") -> Document:
    return Document(f'<!DOCTYPE html><html lang="en"><head><title>t</title>{head}</head><body>{body}</body></html>')


def _by_id(doc: Document, ident: str):
    found = doc.element_by_id(ident)
    assert found is not None, ident
    return found


def _headers(doc: Document, ident: str) -> tuple[str, bool]:
    """A header cell's role in the table model, and whether the model assigns it to a cell."""
    cell_el = _by_id(doc, ident)
    model = table_model(doc, container(cell_el))
    cell = model.by_element[cell_el]
    return model.header_role(cell), model.assigned(cell, doc)


# --- the table model --------------------------------------------------------------------


def test_spans_place_cells_in_the_slots_they_cover():
    doc = _page(
        "<table><tr><th id='a' rowspan='2'>Party</th><th id='b' colspan='2'>Seats</th></tr>"
        "<tr><th id='c'>2023</th><th id='d'>2024</th></tr>"
        "<tr><td id='e'>Greens</td><td id='f'>12</td><td id='g'>14</td></tr></table>"
    )
    model = table_model(doc, doc.tagged("table")[0])
    where = {c.el.get("id"): (c.x, c.y, c.width, c.height) for c in model.cells}
    assert where == {
        "a": (0, 0, 1, 2),
        "b": (1, 0, 2, 1),
        "c": (1, 1, 1, 1),
        "d": (2, 1, 1, 1),
        "e": (0, 2, 1, 1),
        "f": (1, 2, 1, 1),
        "g": (2, 2, 1, 1),
    }
    assert all(_headers(doc, ident) == ("columnheader", True) for ident in "abcd")


def test_a_footer_is_read_after_the_body_and_a_rowspan_stops_at_its_group():
    doc = _page(
        "<table><tfoot><tr><td id='total'>Total</td></tr></tfoot>"
        "<tbody><tr><td id='tall' rowspan='9'>x</td></tr><tr><td id='next'>y</td></tr></tbody></table>"
    )
    model = table_model(doc, doc.tagged("table")[0])
    where = {c.el.get("id"): (c.x, c.y, c.height) for c in model.cells}
    assert where == {"tall": (0, 0, 2), "next": (1, 1, 1), "total": (0, 2, 1)}


def test_a_header_between_data_cells_heads_neither_rows_nor_columns():
    doc = _page(
        "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><th id='odd'>4</th></tr>"
        "<tr><td>5</td><td>6</td></tr></table>"
    )
    assert _headers(doc, "odd") == (None, False)


def test_headers_attributes_replace_the_scan():
    doc = _page(
        "<table><tr><th id='city'>City</th><th id='count'>Count</th></tr>"
        "<tr><td>Paris</td><td headers='city'>3</td></tr></table>"
    )
    assert _headers(doc, "city") == ("columnheader", True)
    assert _headers(doc, "count") == ("columnheader", False)


def test_a_row_group_header_heads_the_cells_of_its_group():
    doc = _page(
        "<table><tbody><tr><th id='g' scope='rowgroup'>North</th><td>1</td></tr><tr><td></td><td>2</td></tr></tbody>"
        "</table>"
    )
    assert _headers(doc, "g") == ("rowheader", True)


def test_an_aria_grid_is_read_by_its_rows_and_cells():
    doc = _page(
        '<div role="grid"><div role="row"><span role="columnheader" id="room">Room</span>'
        '<span role="columnheader" id="who">Occupant</span></div>'
        '<div role="row"><span role="gridcell">1A</span></div></div>'
    )
    assert _headers(doc, "room") == ("columnheader", True)
    assert _headers(doc, "who") == ("columnheader", False)


# --- what a page's own style sheet hides -------------------------------------------------

_STYLE = """<style>
#toggle, .ad--is-hidden { display: none }
.panel .name__input { display: none; }
@media (max-width: 600px) { .mobile-only { display: none !important } }
.shown-wide { display: none } @media (min-width: 1024px) { .shown-wide { display: block } }
.quiet { display: none } #loud { display: block }
a:hover .tip { display: none }
</style><noscript><style>.no-js { display: none }</style></noscript>"""


@pytest.mark.parametrize(
    ("body", "hidden"),
    [
        ('<input id="toggle" type="checkbox">', True),
        ('<textarea class="ad--is-hidden"></textarea>', True),
        ('<div class="panel"><p><input class="name__input"></p></div>', True),
        ('<div class="ad--is-hidden"><form><input id="x"></form></div>', True),
        ('<input class="name__input">', False),  # not inside a .panel
        ('<input class="mobile-only">', False),  # hidden at some widths only
        ('<input class="shown-wide">', False),  # shown at wide ones
        ('<input class="quiet" id="loud">', False),  # a more specific rule shows it
        ('<input id="toggle" style="display:block">', False),  # so does its style attribute
        ('<input class="tip">', False),  # a pseudo-class: a state, not the page as loaded
        ('<input class="no-js">', False),  # noscript content is not applied where scripts run
    ],
)
def test_the_page_style_sheet_hides_by_the_cascade(body, hidden):
    doc = _page(body, _STYLE)
    field = next(el for el in doc.elements if el.tag in ("input", "textarea"))
    assert hidden_by_style_sheet(field, doc) is hidden


# --- names of form fields ----------------------------------------------------------------


def test_a_label_for_an_id_names_the_first_element_with_that_id_only():
    doc = _page(
        '<label for="e">Email</label><input id="e" name="top"><label for="e">Email</label><input id="e" name="footer">'
    )
    top, footer = doc.tagged("input")
    assert accessible_name(top, doc) == "Email Email" and accessible_name(footer, doc) == ""


def test_a_wrapping_label_names_its_first_field_only():
    doc = _page('<label>Email <input type="email" name="a"> <input type="text" name="b"></label>')
    first, second = doc.tagged("input")
    assert accessible_name(first, doc) == "Email" and accessible_name(second, doc) == ""


def test_a_comment_box_is_named_by_its_placeholder():
    doc = _page('<textarea placeholder="Join the discussion"></textarea>')
    assert accessible_name(doc.tagged("textarea")[0], doc) == "Join the discussion"


def test_a_checkbox_inside_a_custom_checkbox_names_it_with_its_aria_label():
    doc = _page(
        '<div role="checkbox" aria-checked="true"><input type="checkbox" aria-label="Agree to the terms"></div>'
    )
    assert accessible_name(doc.carrying("role")[0], doc) == "Agree to the terms"


def test_an_unnamed_field_says_why_its_label_does_not_reach_it():
    html = (
        '<label for="nl">Email</label><input type="email" id="nl" name="a">'
        '<label for="nl">Email</label><input type="email" id="nl" name="b">'
        '<input type="checkbox" id="menu"><label for="menu"><span class="icon"></span></label>'
        '<label>Name</label><input type="text" id="who">'
    )
    dup, empty, loose = lint(html, "NL157", group=False)
    assert dup.message == (
        '<input type="email" name="b"> has no accessible name: its <label for="nl"> labels the first element '
        "with that id (line 1)"
    )
    assert dup.suggestion.message == "Give each field a unique id, so that its <label for> reaches it"
    assert empty.message.endswith(': its <label for="menu"> holds no text')
    assert loose.suggestion.message == 'Give that <label> for="who", or wrap the field in it'


def test_a_search_box_without_a_name_is_offered_words_for_its_label():
    (f,) = lint('<form role="search"><input type="search" name="q"><button>Go</button></form>', "NL157")
    assert (f.axe, f.wcag) == ("label", "4.1.2")
    assert f.suggestion.message == 'Give it a visible <label for> (or wrap it in its label), or aria-label="Search"'


# --- autocomplete ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["email", "Work Email", "section-partner email", "section-a billing address-line1", "shipping mobile tel",
     "current-password webauthn", "bday-month", "on", "OFF"],
)  # fmt: skip
def test_valid_autofill_values(value):
    assert autofill_problem(value) is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("badname", '"badname" is not an autofill field name'),
        ("work,email", '"work,email" is not an autofill field name (tokens are separated by spaces)'),
        ("work photo", '"work" qualifies only a phone, email or impp field, not "photo"'),
        ("shipping", '"shipping" qualifies a field name, and none follows it'),
        ("address-line1 address-line2", 'it names two fields, "address-line1" and "address-line2"'),
        ("webauthn", '"webauthn" must follow a field name'),
        ("off email", '"off" is not an autofill token'),
        ("email off", '"off" stands alone'),
        ("on webauthn", '"on" stands alone'),
    ],
)
def test_invalid_autofill_values_say_why(value, problem):
    assert autofill_problem(value) == problem


def test_common_wrong_values_have_a_meaning():
    found = (meant("nope"), meant("ZIP"), meant("work,email"), meant("badname"))
    assert found == ("off", "postal-code", "work email", None)


def test_an_autocomplete_finding_points_at_the_value():
    (f,) = lint('<input type="search" aria-label="Search" autocomplete="nope">', "NL158")
    assert (f.excerpt, f.suggestion.message) == ("nope", 'Write autocomplete="off" to turn autofill off')


# --- objects -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attributes", "group"),
    [
        ('data="/a/moon.mp3"', "audio"),
        ('data="/v/clip.MP4?w=640#t=3"', "video"),
        ('data="/chart.svg" type="image/svg+xml"', "image"),
        ('data="data:image/png;base64,AAAA"', "image"),
        ('data="/clip.mp4" type="text/html"', None),
        ('data="/player.swf"', None),
        ('data="/embed/123"', None),
        ("", None),
    ],
)
def test_what_an_object_embeds(attributes, group):
    doc = _page(f"<object {attributes}></object>")
    assert resource_group(doc.tagged("object")[0]) == group


def test_an_object_inside_another_that_shows_media_is_fallback():
    html = '<object data="/a.mp4"><object data="/a.png"></object></object>'
    assert [f.excerpt for f in lint(html, "NL146", group=False)] == ['<object data="/a.mp4">']


# --- tables ------------------------------------------------------------------------------


def test_a_headers_finding_names_each_wrong_id():
    html = (
        "<table><tr><th id='p'>Party</th><td id='d'>x</td></tr>"
        "<tr><td headers='p q d'>Greens</td><td><span id='s'>1</span></td><td headers='s'>2</td></tr></table>"
    )
    first, second = lint(html, "NL163", group=False)
    assert first.message == (
        '<td headers> names no header cell of its table: no element has the id "q"; "d" is a data cell, not a header'
    )
    assert second.message.endswith('"s" is a <span> inside a cell, not a cell')


def test_a_header_without_cells_is_quoted_by_its_text():
    html = "<table><tr><th>Rate</th><th>Value</th></tr><tr><td>15%</td></tr></table>"
    (f,) = lint(html, "NL164")
    assert (f.message, f.excerpt) == ('Header "Value" heads no cell of its column', "<th>")
    assert codes(lint(html.replace("<th>Value</th>", "<th> </th>"), "NL164")) == []
