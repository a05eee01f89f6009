"""NL404: an acronym used before the story spells it out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from newslint.checks.readability.common import ReadabilityRule
from newslint.checks.rule import Finding
from newslint.config.packs import NamesPack, load_typed_pack
from newslint.document.model import Document
from newslint.document.regions import Block
from newslint.lib.settings import Settings

_ACRONYM = r"[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*"
# "Syrian Democratic Forces (SDF)": the acronym in brackets right after a name.
_BRACKETED = re.compile(rf"\((?P<acr>{_ACRONYM})\)")
# "SDF (Syrian Democratic Forces)": the name in brackets right after the acronym.
_REVERSE = re.compile(rf"(?<![\w&/-])(?P<acr>{_ACRONYM})\s+\((?P<name>[A-Z][^()]{{3,80}})\)")
_NAME_WORD = re.compile(r"[A-Z][\w’'.&-]*|of|the|for|and|on|in|de|du|des|la|le|al|el|al-\w+|to|with|at|against|from")
_CONNECTORS = frozenset("of the for and on in de du des la le al el to with at against from".split())
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True, slots=True)
class Expansion:
    acronym: str
    name: str
    block: int  # index among the prose blocks
    offset: int  # in the block's text


def _initials(name: str) -> set[str]:
    """Initial letters of a name's words and of each part of a hyphenated word."""
    return {part[0].upper() for word in name.split() for part in word.split("-") if part and part[0].isalpha()}


def _name_before(text: str, end: int) -> str:
    """The capitalised name that ends just before ``end`` (connecting words allowed inside it)."""
    words = text[max(0, end - 160) : end].split()
    taken: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.fullmatch(word) or word.endswith((",", ".", ";", ":")):
            break
        taken.append(word)
    while taken and taken[-1].lower() in _CONNECTORS:  # the name starts with a capitalised word
        taken.pop()
    return " ".join(reversed(taken))


def _matches(acronym: str, name: str) -> bool:
    """A name of two words or more that shares at least two of the acronym's letters as initials."""
    capitals = {c for c in acronym if c.isupper()}
    return len(name.split()) >= 2 and len(capitals & _initials(name)) >= min(2, len(capitals))


def expansions(blocks: list[Block]) -> dict[str, Expansion]:
    """The first place each acronym is spelled out, in either order, in story order."""
    found: dict[str, Expansion] = {}
    for i, block in enumerate(blocks):
        text = block.prose
        for m in _BRACKETED.finditer(text):
            acronym = m.group("acr")
            name = _name_before(text, m.start())
            if acronym not in found and _matches(acronym, name):
                found[acronym] = Expansion(acronym, name, i, block.start + m.start())
        for m in _REVERSE.finditer(text):
            acronym = m.group("acr")
            if acronym not in found and _matches(acronym, m.group("name")):
                found[acronym] = Expansion(acronym, m.group("name").strip(), i, block.start + m.start())
    return found


@cache
def well_known() -> frozenset[str]:
    return frozenset(e.canonical for e in load_typed_pack("acronyms", NamesPack).entries)


def _bare_uses(acronym: str) -> re.Pattern[str]:
    """The acronym as a word of its own (plural allowed), not joined to another name by - / &."""
    a = re.escape(acronym)
    return re.compile(rf"(?<![\w&/.])(?<![A-Z0-9]-){a}s?(?![\w&/])(?!-[A-Z0-9])")


class AcronymBeforeExpansion(ReadabilityRule):
    """An acronym is used before the story spells it out, as in "SDF" before "Syrian Democratic Forces (SDF)".

    **Why**: a reader meets the letters first and has to guess, or read on, to learn what they
    stand for. News style spells out an organisation's name at first mention and uses the
    acronym after it. The rule fires only when the story itself gives the expansion later (in
    "Full Name (ACR)" or "ACR (Full Name)" form), so it never guesses what letters mean.
    Acronyms readers know (US, UN, EU, NATO, AP, AFP, BBC…; ``rules/packs/acronyms.yaml``), uses
    inside quotations, and acronyms inside another name ("ISIS-K", "AT&T") are left alone;
    "SDF-led" is a use of "SDF".
    Only story prose counts: a headline may use the acronym before the body spells it out.

    **Fix**: spell the name out at the first use the finding points at, with the acronym in
    brackets after it, and use the acronym alone later; drop the later expansion.

    **References**: AP Stylebook, "abbreviations and acronyms"; Reuters Handbook of
    Journalism, "abbreviations".
    """

    code = "NL404"
    name = "acronym-before-expansion"
    summary = "An acronym is used before the story spells it out"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        from newslint.lib.readability.scores import prose

        blocks = [part.block for part in prose(doc)]
        if not any("(" in b.prose for b in blocks):
            return
        known = well_known()
        for acronym, expansion in expansions(blocks).items():
            if acronym in known:
                continue
            first = self._first_bare_use(blocks, acronym, expansion)
            if first is None:
                continue
            block, begin, end = first
            where = doc.position(
                doc.text_span(blocks[expansion.block].element, expansion.offset, expansion.offset + 1)[0]
            )
            spelled = f"{expansion.name} ({acronym})"
            yield self.finding(
                doc.text_span(block.element, begin, end),
                f"'{acronym}' is used before the story spells it out ('{spelled}', line {where[0]})",
                f"Spell it out here, at first use: '{spelled}', and use '{acronym}' alone after that",
                replacement=spelled,
            )

    def _first_bare_use(self, blocks: list[Block], acronym: str, expansion: Expansion) -> tuple[Block, int, int] | None:
        pattern = _bare_uses(acronym)
        for block in blocks[: expansion.block + 1]:
            text = block.text
            stop = expansion.offset if block is blocks[expansion.block] else len(block.prose) + block.start
            quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, block.start, stop)]
            for m in pattern.finditer(text, block.start, stop):
                if any(a <= m.start() < b for a, b in quoted):
                    continue
                return block, m.start(), m.start() + len(acronym)
        return None
