"""NL170-NL173: ARIA roles and attributes that browsers do not understand or that do not fit.

All four read the WAI-ARIA 1.2 tables in ``newslint.ariaspec``. Like axe-core they leave out what
assistive technology never meets (hidden elements) and what only a rendered page can settle
(references that scripts may fill in later); each finding points at the attribute itself.
"""

from __future__ import annotations

import difflib
import html
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.tree import Element
from newslint.lib.aria.attributes import _ATTRIBUTE, aria_elements
from newslint.lib.aria.semantics import ROLES, explicit_role, implicit_role, is_hidden, tag
from newslint.lib.aria.spec import ABSTRACT_ROLES, ATTRIBUTES, GLOBAL, ROLE_ATTRIBUTES, roles_supporting
from newslint.lib.settings import Settings

_INTEGER = re.compile(r"[-+]?\d+")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")  # not \d+\.?\d*: a long number took its square

# Roles browsers accept beyond WAI-ARIA 1.2: ARIA 1.3's comment, WebKit's text (axe-core accepts both).
_KNOWN_ROLES = ROLES | ABSTRACT_ROLES | {"comment", "text"}
_CONCRETE_ROLES = sorted(ROLES)
# Role values that name an HTML element or a landmark in other words, and abstract roles: what was meant.
_MEANT = {
    "footer": "contentinfo", "content-info": "contentinfo", "header": "banner", "masthead": "banner",
    "content": "main", "maincontent": "main", "main-content": "main", "nav": "navigation", "menu-bar": "menubar",
    "aside": "complementary", "sidebar": "complementary", "menu-item": "menuitem", "list-item": "listitem",
    "tab-list": "tablist", "tab-panel": "tabpanel", "check-box": "checkbox", "modal": "dialog", "popup": "dialog",
    "section": "region", "landmark": "region", "sectionhead": "heading", "command": "button", "input": "textbox",
    "range": "slider", "select": "listbox", "window": "dialog", "searchform": "search",
}  # fmt: skip
# Values a rendered page may still settle (axe-core reports them for review, not as failures):
# references scripts fill in later, aria-current's any-value-means-true, and aria-errormessage.
_REVIEW_ONLY = frozenset({"aria-current", "aria-describedby", "aria-errormessage", "aria-labelledby"})
# The roles to name first when suggesting one that supports an attribute.
_USUAL = (
    "button", "link", "tab", "option", "checkbox", "switch", "menuitem", "treeitem", "heading", "listitem",
    "slider", "progressbar", "textbox", "combobox", "row", "gridcell", "columnheader", "dialog", "region",
)  # fmt: skip
_CONTROL_HINTS = ("aria-controls", "aria-haspopup", "tabindex", "onclick", "data-toggle", "data-bs-toggle")


StartTag = tuple[tuple[int, int], dict[str, "re.Match[str] | None"]]


def _start_tags(doc: Document) -> dict[Element, StartTag]:
    """The page's start tags read so far (filled by :func:`_start_tag`)."""
    return {}


def _start_tag(doc: Document, el: Element) -> StartTag:
    """An element's start tag in the source: its span, and each attribute name (lower case) with its one
    ``name=value`` there (None where the name is written twice). Read once per element, however many
    of its attributes are reported."""
    memo = doc.once(_start_tags)
    found = memo.get(el)
    if found is None:
        start, end = doc.start_tag_span(el)
        names: dict[str, re.Match[str] | None] = {}
        if start != end and "<" not in doc.text[start + 1 : end]:  # else broken quoting ran into the next tag
            for m in _ATTRIBUTE.finditer(doc.text, start + 1 + len(tag(el)), end):
                name = m.group(1).lower()
                names[name] = None if name in names else m
        found = memo[el] = ((start, end), names)
    return found


def _attribute_match(doc: Document, el: Element, name: str) -> re.Match[str] | None:
    """The one ``name=value`` of an element's start tag in the source, or None if it cannot be told."""
    return _start_tag(doc, el)[1].get(name)


def _span(doc: Document, el: Element, name: str) -> tuple[int, int]:
    m = _attribute_match(doc, el, name)
    return (m.start(1), m.end()) if m else _start_tag(doc, el)[0]


def _quoted(name: str, value: str) -> str:
    return f'{name}="{html.escape(value, quote=True)}"'


class InvalidRole(Rule):
    """A ``role`` attribute holds no valid ARIA role, or an abstract one.

    **Why**: browsers ignore a role they do not know, so ``<footer role="footer">`` is exposed as
    if the attribute were not there, and ``<div role="content">`` is no landmark at all: the
    author's intent never reaches screen-reader users. Abstract roles (``section``,
    ``landmark``, ``widget``) are categories of the specification, not roles to use.

    **Fix**: use the ARIA role meant (``contentinfo`` for a page footer, ``main`` for the story
    container), or remove the attribute where the element's own role is the right one.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §5 (roles); axe-core
    ``aria-roles``.
    """

    code = "NL170"
    name = "aria-roles"
    summary = "A role attribute holds no valid ARIA role, or an abstract one"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-roles"
    act = (("674b10", "same"),)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, value in doc.attribute("role").items():
            tokens = value.lower().split()
            abstract = [t for t in tokens if t in ABSTRACT_ROLES]
            if not tokens or (not abstract and any(t in _KNOWN_ROLES for t in tokens)) or is_hidden(el, doc):
                continue
            wrong = abstract[0] if abstract else tokens[0]
            problem = "an abstract ARIA role, which authors must not use" if abstract else "not an ARIA role"
            used = next((t for t in tokens if t in _KNOWN_ROLES and t not in ABSTRACT_ROLES), None)
            yield self.finding(
                _span(doc, el, "role"),
                f'role="{value}" on <{tag(el)}>: {wrong} is {problem}, so browsers ignore it',
                f"Remove {wrong} from the role attribute: browsers use {used}" if used else _role_advice(el, wrong),
            )


def _role_advice(el: Element, wrong: str) -> str:
    meant = _MEANT.get(wrong) or next(iter(difflib.get_close_matches(wrong, _CONCRETE_ROLES, n=1, cutoff=0.8)), None)
    own = implicit_role(el)
    if meant and meant == own:
        return f"Remove the role attribute: <{tag(el)}> already has the {own} role"
    if meant:
        return f'Use role="{meant}" if that is what this <{tag(el)}> is, or remove the role attribute'
    if own:
        return f"Remove the role attribute: <{tag(el)}> keeps its own {own} role, or use a WAI-ARIA 1.2 role"
    return "Remove the role attribute, or use a WAI-ARIA 1.2 role (e.g. region with an aria-label, or group)"


def _roles(el: Element) -> set[str]:
    """The roles whose attributes an element may carry: the explicit one, else the implicit ones.

    Where the implicit role depends on layout (a ``<th>`` heads a column or a row) both count; a
    presentational role keeps the implicit one too, as browsers restore it on an element with
    global ARIA attributes.
    """
    explicit = explicit_role(el)
    if explicit and explicit not in ("none", "presentation"):
        return {explicit}
    name = tag(el)
    if name == "th":
        implicit = {"columnheader", "rowheader"}
    elif name == "td":
        table = next((node for node in el.iterancestors("table")), None)
        implicit = {"gridcell" if table is not None and explicit_role(table) in ("grid", "treegrid") else "cell"}
    else:
        own = _MORE_IMPLICIT.get(name) or implicit_role(el)
        implicit = {own} if own else set()
        if name == "input" and el.get("list") and own in ("textbox", "searchbox"):
            implicit.add("combobox")
    return implicit | ({explicit} if explicit else set())


_MORE_IMPLICIT = {"summary": "button", "details": "group", "datalist": "listbox", "optgroup": "group", "dfn": "term"}


class AriaAttributeNotAllowed(Rule):
    """An ARIA attribute that the element's role does not support.

    **Why**: browsers drop attributes a role does not support, so ``aria-expanded`` on a plain
    ``<div>`` tells nobody whether the menu is open, and ``aria-selected`` on a link is never
    announced. It usually means the state sits on the wrong element: on the panel instead of the
    button that opens it.

    **Fix**: move the state to the control that owns it (a ``<button>`` with ``aria-controls``
    naming the panel), make the element a real control, or remove the attribute.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §6.2 (supported states and
    properties of each role); axe-core ``aria-allowed-attr``.
    """

    code = "NL171"
    name = "aria-allowed-attr"
    summary = "An ARIA attribute is not supported by the element's role"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-allowed-attr"
    act = (("5c01ea", "same"),)
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, attrs in aria_elements(doc).items():
            names = [name for name, _ in attrs if name in ATTRIBUTES and name not in GLOBAL]
            if not names:
                continue
            roles = _roles(el)
            allowed = set().union(*(ROLE_ATTRIBUTES.get(r, ()) for r in roles))
            bad = [n for n in names if n not in allowed]
            if not bad or is_hidden(el, doc):
                continue
            what = _describe(el, roles)
            for name in bad:
                m = _attribute_match(doc, el, name)
                yield self.finding(
                    (m.start(), m.end()) if m else _start_tag(doc, el)[0],
                    f"{name} is not supported on {what}; browsers ignore it",
                    _allowed_advice(el, name, roles),
                    replacement="" if m else None,
                )


def _describe(el: Element, roles: set[str]) -> str:
    if explicit_role(el) in roles:
        return f'<{tag(el)} role="{el.get("role")}">'
    if roles:
        return f"<{tag(el)}> (role {' or '.join(sorted(roles))})"
    return f"<{tag(el)}>, which has no role"


def _allowed_advice(el: Element, name: str, roles: set[str]) -> str:
    supporting = roles_supporting(name)
    if not roles and any(el.get(hint) is not None for hint in _CONTROL_HINTS) and "button" in supporting:
        return f'This <{tag(el)}> acts as a control: make it a <button type="button">, which supports {name}'
    if name == "aria-expanded" and not roles:
        return (
            f"Move aria-expanded to the button that shows and hides this <{tag(el)}> (with aria-controls "
            "naming its id), or remove it"
        )
    usual = sorted(supporting, key=lambda r: _USUAL.index(r) if r in _USUAL else len(_USUAL))[:3]
    return f"Remove {name}, or give the <{tag(el)}> a role that supports it ({', '.join(usual)})"


class AriaAttributeValue(Rule):
    """An ARIA attribute holds a value of the wrong type, or points at an id that is not there.

    **Why**: browsers treat a value they cannot read as if the attribute were absent or false:
    ``aria-expanded="yes"`` never says "expanded", ``aria-valuenow="NaN"`` leaves a progress
    bar without a value, and ``aria-controls`` naming a missing id links to nothing.

    **Fix**: use one of the attribute's values, a number, or the id of an element on the page
    (written without ``#``). ``--fix`` strips the ``#`` where the id then exists.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §6.3 (value types);
    axe-core ``aria-valid-attr-value``.
    """

    code = "NL172"
    name = "aria-valid-attr-value"
    summary = "An ARIA attribute has a value of the wrong type or names a missing id"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-valid-attr-value"
    act = (("in6db8", "partial"), ("6a7281", "same"))
    fixable = True
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el, attrs in aria_elements(doc).items():
            problems = [(n, v, p) for n, v in attrs if (p := _value_problem(el, n, v, doc)) is not None]
            if not problems or is_hidden(el, doc):
                continue
            for name, value, (message, advice, fixed) in problems:
                m = _attribute_match(doc, el, name)
                replacement = _quoted(name, fixed) if m and fixed is not None else None
                yield self.finding(
                    (m.start(1), m.end()) if m else _start_tag(doc, el)[0],
                    f'{name}="{value}" on <{tag(el)}>: {message}',
                    advice,
                    replacement=replacement,
                    safe=replacement is not None,
                )


def _value_problem(el: Element, name: str, value: str, doc: Document) -> tuple[str, str, str | None] | None:
    """(what is wrong, what to do, a certain fix) for an unreadable value, else None."""
    spec = ATTRIBUTES.get(name)
    raw = value.strip()
    if spec is None or name in _REVIEW_ONLY or not raw or spec.kind == "string":
        return None
    if spec.kind == "boolean" and raw.lower() not in ("true", "false"):
        return "the value must be true or false", f'Use {name}="true" or {name}="false"', None
    if spec.kind == "token" and raw.lower() not in spec.values:
        choices = ", ".join(sorted(spec.values))
        return f"not one of its values ({choices})", f"Use one of: {choices}", None
    if spec.kind == "tokens" and not all(t.lower() in spec.values for t in raw.split()):
        choices = ", ".join(sorted(spec.values))
        return f"only these words are allowed: {choices}", f"Use a space-separated list of: {choices}", None
    if spec.kind == "integer" and not (_INTEGER.fullmatch(raw) and int(raw) >= (spec.minimum or 0)):
        return (
            f"the value must be a whole number of at least {spec.minimum}",
            f"Set {name} to a whole number (at least {spec.minimum}) or remove it",
            None,
        )
    if spec.kind == "number" and not _NUMBER.fullmatch(raw):
        return "the value must be a number", f"Set {name} to the current number (e.g. 0) or remove it", None
    if spec.kind in ("idref", "idrefs"):
        return _reference_problem(el, name, raw, doc)
    return None


def _reference_problem(el: Element, name: str, raw: str, doc: Document) -> tuple[str, str, str | None] | None:
    ids = raw.split() if ATTRIBUTES[name].kind == "idrefs" else [raw]
    if any(ident in doc.ids for ident in ids):
        return None
    collapsed = (el.get("aria-expanded") or "").strip() == "false"
    if name == "aria-controls" and (
        collapsed
        or (el.get("aria-selected") or "").strip() == "false"
        or (el.get("aria-haspopup") or "").strip() not in ("", "false")
    ):
        return None  # a collapsed, unselected or popup control: the target may be added when it opens
    if name == "aria-owns" and collapsed:
        return None
    bare = [ident.lstrip("#") for ident in ids]
    if any(ident.startswith("#") for ident in ids) and all(ident in doc.ids for ident in bare):
        fixed = " ".join(bare)
        return "ids are written without #", f'Write {name}="{fixed}"', fixed
    missing = " ".join(ids)
    return (
        f"no element has the id {missing}",
        f"Point {name} at the id of the element this <{tag(el)}> refers to, or remove it",
        None,
    )


class UnknownAriaAttribute(Rule):
    """An ``aria-`` attribute that does not exist, usually a misspelling.

    **Why**: browsers ignore attribute names they do not know, so ``aria-lable="Close"`` leaves
    the button without a name and ``aria-labeledby`` (one l) labels nothing.

    **Fix**: correct the name. ``--fix`` applies the correction where exactly one ARIA attribute
    is that close and the element does not already carry it.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; WAI-ARIA 1.2 §6.6 (definitions of
    states and properties); axe-core ``aria-valid-attr`` (which skips ``arial-``).
    """

    code = "NL173"
    name = "aria-valid-attr"
    summary = "An aria- attribute name does not exist (usually a misspelling)"
    severity = "error"
    wcag = "4.1.2"
    axe = "aria-valid-attr"
    act = (("5f99a7", "same"),)
    fixable = True
    one_per_page = True
    enabled_by_default = False  # measured precision under 0.7 (its spec)

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        compared: set[str] = set()  # names compared with every ARIA attribute on this page
        for el, attrs in aria_elements(doc).items():
            unknown = [n for n, _ in attrs if n not in ATTRIBUTES and (n.startswith("aria-") or n.startswith("arial-"))]
            if not unknown or is_hidden(el, doc):
                continue
            for name in unknown:
                if name not in compared and len(compared) < _COMPARED_AT_MOST:
                    compared.add(name)
                meant, certain = _meant_attribute(name, compare=name in compared)
                m = _attribute_match(doc, el, name)
                certain = certain and m is not None and el.get(meant[0]) is None
                if meant == ["role"]:
                    advice = f'ARIA has no {name}: use the role attribute (role="{el.get(name)}") if it is a valid role'
                elif meant:
                    advice = f"Did you mean {' or '.join(meant)}? Rename the attribute"
                else:
                    advice = f"Remove {name}, or use a WAI-ARIA 1.2 attribute"
                yield self.finding(
                    (m.start(1), m.end(1)) if m else _start_tag(doc, el)[0],
                    f"{name} on <{tag(el)}> is not an ARIA attribute; browsers ignore it",
                    advice,
                    replacement=meant[0] if certain else None,
                    safe=certain,
                )


# Names compared with every ARIA attribute, per page: a real page misspells a handful; a page with
# thousands of made-up names gets the plain advice for the rest instead of minutes of comparisons.
_COMPARED_AT_MOST = 200
# An attribute whose ratio is surely below this is neither suggested (0.75) nor close enough to
# the best (at least 0.8) to make it uncertain (within 0.1): it need not be compared in full.
_NEAR = 0.69
_KNOWN = tuple((known, Counter(known[5:])) for known in ATTRIBUTES)


def _meant_attribute(name: str, compare: bool = True) -> tuple[list[str], bool]:
    """The attributes likely meant, best first, and whether the first is certain (clearly the closest)."""
    if name in ("aria-role", "arial-role"):
        return ["role"], False
    if name.startswith("arial-") and "aria-" + name[6:] in ATTRIBUTES:
        return ["aria-" + name[6:]], True
    if not compare:
        return [], False
    close, certain = _closest(name.split("-", 1)[1])
    return list(close), certain


@lru_cache(maxsize=4096)
def _closest(word: str) -> tuple[tuple[str, ...], bool]:
    """Compare what follows "aria-" (which every name shares) with each attribute's; only attributes whose
    upper bounds of the ratio (difflib's real_quick_ratio and quick_ratio) reach _NEAR are compared in full."""
    letters = Counter(word)
    scored = []
    for known, known_letters in _KNOWN:
        length = len(word) + len(known) - 5
        if 2.0 * min(len(word), len(known) - 5) < _NEAR * length:
            continue
        if 2.0 * sum((letters & known_letters).values()) < _NEAR * length:
            continue
        scored.append((difflib.SequenceMatcher(None, word, known[5:]).ratio(), known))
    scored.sort(reverse=True)
    scored += [(0.0, "")] * 2
    close = tuple(known for ratio, known in scored[:2] if ratio >= 0.75)
    return close, bool(close) and scored[0][0] >= 0.8 and scored[0][0] - scored[1][0] >= 0.1
