import itertools

import pytest

from newslint.document.model import Document
from newslint.lib.aria.semantics import IMPLICIT_ROLES, ROLES, implicit_role, may_have_role, role

# Every tag name the HTML-AAM table knows, and some it does not, each bare and with the
# attributes that change an implicit role (names, input types, href, alt, size, multiple).
TAGS = sorted({*IMPLICIT_ROLES, "div", "span", "p", "nav", "main", "video", "summary", "details"})
ATTRIBUTES = [
    "",
    'aria-label="Latest"',
    'href="/world"',
    'alt=""',
    'alt="A convoy"',
    'type="submit"',
    'type="range"',
    'type="hidden"',
    'type="image"',
    "multiple",
    'size="4"',
    'title="More"',
    'role="none" aria-label="Named"',
    'role="navigation"',
]


def _page(inside: str) -> Document:
    return Document(f'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>{inside}</body></html>')


@pytest.fixture(scope="module")
def doc() -> Document:
    elements = [f"<{t} {a}>x</{t}>" for t, a in itertools.product(TAGS, ATTRIBUTES)]
    return _page("<article>" + "".join(elements) + "</article>" + "".join(elements))


def test_implicit_roles_lists_every_role_implicit_role_gives(doc):
    for el in doc.elements:
        given = implicit_role(el)
        assert given is None or given in IMPLICIT_ROLES.get(el.tag, ()), (el.tag, dict(el.attrib), given)


@pytest.mark.parametrize("wanted", [{"main"}, {"button"}, {"banner", "contentinfo"}, {"link", "img"}, set(ROLES)])
def test_may_have_role_holds_every_element_of_those_roles(doc, wanted):
    having = {el for el in doc.elements if role(el) in wanted}
    found = may_have_role(doc, frozenset(wanted))
    assert having and having <= set(found)
    assert found == [el for el in doc.elements if el in set(found)]  # in document order
    assert len(may_have_role(doc, frozenset({"main"}))) < len(doc.elements)  # a look-up, not everything
