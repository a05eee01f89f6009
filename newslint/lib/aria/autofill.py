"""HTML's autofill detail tokens: what an ``autocomplete`` value may say, and in which order.

A value is, in order: an optional ``section-*`` token; an optional ``shipping`` or ``billing``; an
optional ``home``, ``work``, ``mobile``, ``fax`` or ``pager``, only before a phone, email or impp
field; one field name; an optional ``webauthn``. ``on`` and ``off`` stand alone. Letter case does
not count.
"""

from __future__ import annotations

import re

FIELD_NAMES = frozenset(
    {
        "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix",
        "nickname", "username", "new-password", "current-password", "one-time-code", "organization-title",
        "organization", "street-address", "address-line1", "address-line2", "address-line3", "address-level4",
        "address-level3", "address-level2", "address-level1", "country", "country-name", "postal-code",
        "cc-name", "cc-given-name", "cc-additional-name", "cc-family-name", "cc-number", "cc-exp",
        "cc-exp-month", "cc-exp-year", "cc-csc", "cc-type", "transaction-currency", "transaction-amount",
        "language", "bday", "bday-day", "bday-month", "bday-year", "sex", "url", "photo",
    }
)  # fmt: skip
# Field names a contact kind (home, work…) may qualify.
CONTACT_FIELD_NAMES = frozenset(
    {
        "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-local-prefix",
        "tel-local-suffix", "tel-extension", "email", "impp",
    }
)  # fmt: skip
_CONTACT_KINDS = frozenset({"home", "work", "mobile", "fax", "pager"})
_ADDRESS_KINDS = frozenset({"shipping", "billing"})
_SWITCHES = frozenset({"on", "off"})
# Values that are no autofill token but that axe-core accepts standing alone: the invented "off"s
# and "on"s authors write (its autocomplete-valid check's ``stateTerms``) and tokens proposed for
# HTML (its ``ignoredValues``). Browsers read them as no token at all.
TOLERATED = frozenset(
    {"none", "false", "true", "disabled", "enabled", "undefined", "null", "xoff", "xon"}
    | {"text", "pronouns", "gender", "message", "content"}
)
_ORDER = "section-*, then shipping or billing, then home, work, mobile, fax or pager, then the field name"
_SPACES = re.compile(r"[ \t\n\f\r]+")
# Values seen in the wild for a field name or for "off", and what they mean.
_MEANT = {
    "nope": "off", "no": "off", "disable": "off", "chrome-off": "off", "new-off": "off", "nofill": "off",
    "e-mail": "email", "mail": "email", "phone": "tel", "telephone": "tel", "zip": "postal-code",
    "zipcode": "postal-code", "postcode": "postal-code", "firstname": "given-name", "first-name": "given-name",
    "fname": "given-name", "lastname": "family-name", "last-name": "family-name", "surname": "family-name",
    "lname": "family-name", "fullname": "name", "full-name": "name", "address": "street-address",
    "city": "address-level2", "state": "address-level1", "company": "organization", "birthday": "bday",
    "dob": "bday", "password": "current-password", "login": "username", "website": "url",
}  # fmt: skip


def tokens(value: str) -> list[str]:
    """The value's tokens, lower-cased, split at ASCII whitespace."""
    return [t for t in _SPACES.split(value.lower()) if t]


def autofill_problem(value: str) -> str | None:
    """Why an autocomplete value is not a valid list of autofill detail tokens, or None when it is."""
    found = tokens(value)
    if len(found) == 1 and found[0] in _SWITCHES:
        return None  # "on" or "off", standing alone as it must
    if found and found[-1] == "webauthn":
        found.pop()
        if not found:
            return '"webauthn" must follow a field name'
    if not found:
        return None
    *before, last = found
    if last not in FIELD_NAMES and last not in CONTACT_FIELD_NAMES:
        if last in _SWITCHES:
            return f'"{last}" stands alone'
        if last.startswith("section-") or last in _ADDRESS_KINDS or last in _CONTACT_KINDS:
            return f'"{last}" qualifies a field name, and none follows it'
        spaced = " (tokens are separated by spaces)" if "," in last else ""
        return f'"{last}" is not an autofill field name{spaced}'
    at = 0
    if at < len(before) and before[at].startswith("section-"):
        at += 1
    if at < len(before) and before[at] in _ADDRESS_KINDS:
        at += 1
    if at < len(before) and before[at] in _CONTACT_KINDS:
        if last not in CONTACT_FIELD_NAMES:
            return f'"{before[at]}" qualifies only a phone, email or impp field, not "{last}"'
        at += 1
    if at == len(before):
        return None
    stray = before[at]
    if stray in FIELD_NAMES or stray in CONTACT_FIELD_NAMES:
        return f'it names two fields, "{stray}" and "{last}"'
    if stray.startswith("section-") or stray in _ADDRESS_KINDS or stray in _CONTACT_KINDS:
        return f'"{stray}" is out of order (the order is {_ORDER})'
    return f'"{stray}" is not an autofill token'


def meant(value: str) -> str | None:
    """The autofill value a common wrong one stands for ("nope" for "off", "zip" for "postal-code"), if known."""
    found = tokens(value)
    if len(found) == 1 and found[0] in _MEANT:
        return _MEANT[found[0]]
    if len(found) == 1 and "," in found[0]:
        fixed = " ".join(found[0].replace(",", " ").split())
        return fixed if autofill_problem(fixed) is None else None
    return None
