"""NL157, NL158: form fields without a name, autocomplete values that name no autofill field."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import squash
from newslint.document.tree import Element, text_of
from newslint.lib.accessibility.phrases import attribute_span
from newslint.lib.aria.autofill import TOLERATED, autofill_problem, meant, tokens
from newslint.lib.aria.forms import (
    AUTOFILL_INPUTS,
    BUTTON_INPUTS,
    FIELD_ROLES,
    WIDGET_ROLES,
    input_type,
    is_disabled,
)
from newslint.lib.aria.semantics import (
    accessible_name,
    explicit_role,
    explicit_roles,
    is_focusable,
    is_hidden,
    role,
    tag,
)
from newslint.lib.aria.stylesheet import hidden_by_style_sheet
from newslint.lib.settings import Settings

_NATIVE = ("input", "select", "textarea")
_WORD_BREAK = re.compile(r"[^a-z]+")
_NO_NAME_NEEDED = BUTTON_INPUTS | {"hidden"}  # buttons are NL147's and NL151's; hidden inputs show nothing


def _described(el: Element) -> str:
    """The start of the field's tag as a reader finds it: its type or role, and its name or id."""
    name = tag(el)
    parts = [name]
    if name == "input":
        parts.append(f'type="{input_type(el)}"')
    if explicit_role(el) in FIELD_ROLES:
        parts.append(f'role="{explicit_role(el)}"')
    for attribute in ("name", "id"):
        value = (el.get(attribute) or "").strip()
        if value:
            parts.append(f'{attribute}="{value[:40]}"')
            break
    return "<" + " ".join(parts) + ">"


def _label_words(el: Element) -> str:
    """Words a label for this field would likely say, from its type, name and id."""
    words = set(_WORD_BREAK.split(" ".join((el.get(a) or "") for a in ("type", "name", "id")).lower()))
    if "email" in words:
        return "Email address"
    if "search" in words or (el.get("name") or "").lower() in ("q", "s", "query", "keywords"):
        return "Search"
    if words & {"tel", "phone"}:
        return "Phone number"
    return "Password" if input_type(el) == "password" else ""


def _suggestion(el: Element) -> str:
    if tag(el) not in _NATIVE:
        return "Give it aria-label or aria-labelledby saying what it asks for (a <label> names native fields only)"
    words = _label_words(el)
    return "Give it a visible <label for> (or wrap it in its label)" + (
        f', or aria-label="{words}"' if words else ", or an aria-label saying what it asks for"
    )


def _missed_label(el: Element, doc: Document) -> tuple[str, str] | None:
    """Why a label meant for a native field does not name it, and what to do, where one is there."""
    if tag(el) not in _NATIVE:
        return None
    ident = el.get("id") or ""
    labels = [lab for lab in doc.tagged("label") if ident and lab.get("for") == ident]
    first = doc.element_by_id(ident) if ident else None
    if labels and first is not el and first is not None:
        return (
            f': its <label for="{ident}"> labels the first element with that id (line {first.sourceline})',
            "Give each field a unique id, so that its <label for> reaches it",
        )
    if labels:
        return (
            f': its <label for="{ident}"> holds no text',
            "Put words in its label (visually hidden if the design shows only an icon), or give it an aria-label",
        )
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is not None and tag(before) == "label" and before.get("for") is None and squash(text_of(before)):
        tie = f'Give that <label> for="{ident}"' if ident else "Give the field an id and that <label> a for naming it"
        return (": the <label> before it is not tied to it", f"{tie}, or wrap the field in it")
    return None


class FieldName(Rule):
    """A form field has no accessible name.

    **Why**: a screen reader announces a field by its name: a newsletter box with no label is
    read as "edit text" and nothing more, a search box as "search, edit text", a drop-down as
    "combo box". Users cannot tell what to type or pick.

    Reads text fields, search boxes, drop-downs, text areas, checkboxes, radio buttons, sliders and
    the other fields, native or given a field role (``role="textbox"``, ``role="combobox"``…). A
    field is named by a ``<label>`` around it or pointing at it with ``for`` (native fields only),
    ``aria-label``, ``aria-labelledby``, ``title`` or, on a text field, ``placeholder``; a label's
    ``for`` reaches only the first element with that id. Hidden fields (``hidden``, ``aria-hidden``,
    ``display: none`` in their style or in the page's own style sheet) and ``type="hidden"`` inputs
    are left alone; disabled fields are not, since screen readers list them too. Buttons are
    NL147's and NL151's.

    **Fix**: give the field a visible ``<label for="…">``; where the design shows no label,
    ``aria-label`` (``aria-label="Email address"``) names it for screen readers.

    **References**: WCAG 2.2 SC 4.1.2 Name, Role, Value; axe-core ``label`` and ``select-name``.
    """

    code = "NL157"
    name = "label"
    summary = "A form field has no accessible name"
    severity = "error"
    wcag = "4.1.2"
    axe = "label"
    act = (("e086e5", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        given = [el for el, own in explicit_roles(doc).items() if own in FIELD_ROLES]
        for el in doc.in_order(doc.tagged(*_NATIVE), given):
            if tag(el) == "input" and input_type(el) in _NO_NAME_NEEDED:
                continue
            if role(el) not in FIELD_ROLES or accessible_name(el, doc) or is_hidden(el, doc):
                continue
            if hidden_by_style_sheet(el, doc):
                continue
            why, suggestion = _missed_label(el, doc) or ("", _suggestion(el))
            yield self.finding(doc.start_tag_span(el), f"{_described(el)} has no accessible name{why}", suggestion)


class AutocompleteValid(Rule):
    """An ``autocomplete`` value is not a valid list of autofill tokens.

    **Why**: ``autocomplete="email"`` tells browsers, password managers and assistive
    technology what a field asks for, so they can fill it in or mark it with a familiar icon. A
    value outside HTML's autofill tokens (``autocomplete="nope"``, ``"work,email"``, ``"shipping"``
    alone) says nothing, and does not turn autofill off either.

    A value is, in order: an optional ``section-…`` token, an optional ``shipping`` or ``billing``,
    an optional ``home``, ``work``, ``mobile``, ``fax`` or ``pager`` (before a phone, email or impp
    field only), one field name (``email``, ``given-name``, ``postal-code``…), an optional
    ``webauthn``; ``on`` and ``off`` stand alone. Read on the fields autofill applies to, unless
    disabled, hidden, or taken out of the tab order without a widget role. A lone value that
    axe-core lets pass (``false``, ``none``, ``disabled``, ``null``…, and the proposed ``text``,
    ``gender``…) is left alone too: authors write it to turn autofill off, and browsers read it as
    no token.

    **Fix**: use the field name for what the field asks (``email``, ``name``, ``tel``,
    ``postal-code``), or ``autocomplete="off"`` to turn autofill off.

    **References**: WCAG 2.2 SC 1.3.5 Identify Input Purpose; HTML "Autofill"; axe-core
    ``autocomplete-valid``.
    """

    code = "NL158"
    name = "autocomplete-valid"
    summary = "An autocomplete value is not a valid autofill token list"
    severity = "warning"
    wcag = "1.3.5"
    axe = "autocomplete-valid"
    act = (("73f2c2", "same"),)
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for el in doc.carrying("autocomplete"):
            name = tag(el)
            if name not in _NATIVE or (name == "input" and input_type(el) not in AUTOFILL_INPUTS):
                continue
            value = el.get("autocomplete") or ""
            found = tokens(value)
            tolerated = len(found) == 1 and found[0] in TOLERATED  # autocomplete="false": axe-core passes it
            if not found or tolerated or is_disabled(el) or is_hidden(el, doc):
                continue
            if not _operable(el):
                continue
            problem = autofill_problem(value)
            if problem is None or hidden_by_style_sheet(el, doc):
                continue
            better = meant(value)
            if better == "off":
                suggestion = 'Write autocomplete="off" to turn autofill off'
            elif better:
                suggestion = f'Write autocomplete="{better}"'
            else:
                suggestion = (
                    "Use the autofill field name for what the field asks (email, given-name, postal-code, tel…), "
                    'or autocomplete="off"'
                )
            span = attribute_span(doc, el, "autocomplete") or doc.start_tag_span(el)
            yield self.finding(span, f'autocomplete="{value.strip()}": {problem}', suggestion)


def _operable(el: Element) -> bool:
    """In the tab order, or given a widget role: a field users reach (a static one is not)."""
    if role(el) in WIDGET_ROLES:
        return True
    tabindex = (el.get("tabindex") or "").strip()
    return is_focusable(el) and not tabindex.startswith("-")
