"""NL510–NL513: encoding damage in the story's text (mojibake, U+FFFD, double escapes, control characters).

On a page the rules read the story (headline, byline, body, credit line) and the captions of the
page's photos and galleries; damage in menus and other page chrome is the template's, not the story's.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.entities import html5

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.lib.accessibility.style import hidden_by_class
from newslint.lib.aria.semantics import hiding_from_everyone
from newslint.lib.settings import Settings
from newslint.lib.structure.story_text import in_story_text, source_matches, text_extent, text_runs

# A UTF-8 continuation byte (0x80–0xBF) read as Windows-1252, or as Latin-1 where 1252 has no character.
_CONT = "[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
_MOJIBAKE = re.compile(rf"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})+")
_CP1252_BYTE = {chr(b).encode("latin-1").decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0xA0)}
# Characters a repair may produce: letters and punctuation of the scripts mojibake comes from.
_SCRIPTS = re.compile(
    r"[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u2000-\u206f\u20a0-\u20bf"
    r"\u2100-\u214f\u3000-\u9fff\uac00-\ud7af\U0001f300-\U0001faff]+"
)
# Where any of the damage above can start: a cheap first pass over the whole source.
_MOJIBAKE_START = re.compile(rf"[\u00c2-\u00f4]{_CONT}")
_REPLACEMENT = re.compile(r"\ufffd+|&#0*65533;|&#[xX]0*[fF][fF][fF][dD];")
_REPLACEMENT_ENTITY = re.compile(r"&#(?:0*65533|[xX]0*[fF][fF][fF][dD]);")
_DOUBLE_ESCAPED = re.compile(r"&amp;((?:amp;)*)(#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# C0 controls other than tab, newline and carriage return; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_CONTROL_CHAR = re.compile(_CONTROL.pattern[:-1])
# What the damage patterns need in the UTF-8 source, found far faster than a class of characters in
# the text: a letter Â–ô then the lead byte of a _CONT character; a C0 control or DEL; a C1 control.
_MAYBE_MOJIBAKE = re.compile(rb"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]")
_C0_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")


def _to_bytes(text: str) -> bytes | None:
    """The bytes text would be if it had been decoded as Windows-1252 (Latin-1 for 1252's gaps)."""
    out = bytearray()
    for ch in text:
        if ch in _CP1252_BYTE:
            out.append(_CP1252_BYTE[ch])
        elif ord(ch) < 0x100:
            out.append(ord(ch))
        else:
            return None
    return bytes(out)


def repair(text: str) -> str | None:
    """The text that mojibake stood for, undoing up to three rounds of mis-decoding; None if it is not mojibake."""
    fixed = text
    for _ in range(3):
        raw = _to_bytes(fixed)
        if raw is None:
            break
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            break
        if decoded == fixed:
            break
        fixed = decoded
    if fixed == text or not _SCRIPTS.fullmatch(fixed):
        return None
    return fixed


def _plausible(found: str, fixed: str) -> bool:
    """One repaired character from a two-byte sequence must be Latin; longer repairs may be any script."""
    return len(fixed) > 1 or len(found) > 2 or "\u00a0" <= fixed <= "\u024f" or fixed >= "\u2000"


@dataclass(frozen=True, slots=True)
class Repair:
    """One piece of encoding damage in the source and the text that replaces it."""

    code: str  # NL510, NL512 or NL513
    start: int
    end: int
    replacement: str
    safe: bool = True


_NEAR = 4  # repairs closer than this are applied together or not at all
_WINDOW = 16  # the text around repairs that is scanned again for damage they would create
_BLANK = re.compile(r"[\s\u200b]*")
# Controls that Word and feeds use between words (vertical tab, form feed, separators, NEL).
_SEPARATOR = re.compile(r"[\x0b\x0c\x1c-\x1f\x85]")


def _scan(text: str, start: int, end: int) -> list[Repair]:
    """The encoding damage in ``text[start:end]``, a stretch of text between tags, in order."""
    found = []
    for m in _MOJIBAKE.finditer(text, start, end):
        fixed = repair(m.group())
        if fixed is not None and _plausible(m.group(), fixed):
            found.append(Repair("NL510", m.start(), m.end(), fixed))
    starts, ends = [r.start for r in found], [r.end for r in found]
    for m in _DOUBLE_ESCAPED.finditer(text, start, end):
        if m.group(2)[0] == "#" or m.group(2) in html5:
            found.append(Repair("NL512", m.start(), m.end(), "&" + m.group(2)))
    for m in _CONTROL.finditer(text, start, end):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= ends[i]:
            continue  # a C1 byte of mojibake: NL510 repairs it
        between_words = start < m.start() and m.end() < end and not (text[m.start() - 1] + text[m.end()]).isspace()
        space = between_words and _SEPARATOR.search(m.group()) is not None
        found.append(Repair("NL513", m.start(), m.end(), " " if space else ""))
    return sorted(found, key=lambda r: r.start)


def _settles(text: str, run: tuple[int, int], cluster: list[Repair]) -> bool:
    """Whether applying a cluster of repairs leaves no damage near them and no blank paragraph.

    Only then is a second ``--fix`` a no-op. A cluster mixing kinds of damage is never safe: the
    rules may be selected apart, and one repair alone can join text into new damage.
    """
    if len({r.code for r in cluster}) > 1:
        return False
    begin, end = max(run[0], cluster[0].start - _WINDOW), min(run[1], cluster[-1].end + _WINDOW)
    parts, pos = [], begin
    for r in cluster:
        parts += [text[pos : r.start], r.replacement]
        pos = r.end
    after = "".join(parts) + text[pos:end]
    zone = (cluster[0].start - begin - _NEAR, len(after) - (end - cluster[-1].end) + _NEAR)
    if any(n.start < zone[1] and n.end > zone[0] for n in _scan(after, 0, len(after))):
        return False
    if run[1] - run[0] > 1000 or not all(_BLANK.fullmatch(r.replacement) for r in cluster):
        return True
    return not _BLANK.fullmatch(html.unescape(text[run[0] : begin] + after + text[end : run[1]]))


def _runs_touched(runs: list[tuple[int, int]], hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text runs that overlap a match found in the whole source: only they can hold damage."""
    starts = [r[0] for r in runs]
    touched: set[int] = set()
    for begin, end in hits:
        i = max(bisect.bisect_right(starts, begin) - 1, 0)
        while i < len(runs) and runs[i][0] < end:
            if runs[i][1] > begin:
                touched.add(i)
            i += 1
    return [runs[i] for i in sorted(touched)]


def repairs(doc: Document) -> list[Repair]:
    """The encoding damage in the text of the page, each repair marked safe when ``--fix`` settles in one pass."""
    return doc.once(_repairs)


def _repairs(doc: Document) -> list[Repair]:
    text = doc.text
    found: list[Repair] = []
    hits = [m.span() for p in _damage_patterns(doc.data) for m in p.finditer(text)]
    if hits:
        for run in _runs_touched(text_runs(doc), hits):
            clusters: list[list[Repair]] = []
            for r in _scan(text, *run):
                if clusters and r.start < clusters[-1][-1].end + _NEAR:
                    clusters[-1].append(r)
                else:
                    clusters.append([r])
            for cluster in clusters:
                safe = _settles(text, run, cluster)
                found += [Repair(r.code, r.start, r.end, r.replacement, safe) for r in cluster]
    return found


def _damage_patterns(raw: bytes) -> list[re.Pattern[str]]:
    """The patterns that can match somewhere in the text, by a quick look at its UTF-8 bytes."""
    found = [_MOJIBAKE_START] if _MAYBE_MOJIBAKE.search(raw) else []
    found.append(_DOUBLE_ESCAPED)
    if len(raw.translate(None, _C0_BYTES)) < len(raw) or _C1_BYTES.search(raw):
        found.append(_CONTROL_CHAR)
    return found


class Mojibake(Rule):
    """Text decoded with the wrong character set: "â€™" for "’", "Ã©" for "é".

    **Why**: UTF-8 text read as Windows-1252 (a feed, a database or a copy-paste that got the
    encoding wrong) turns every accented letter and curly quote into two or three junk
    characters. Readers see "donâ€™t" and "cafÃ©"; search engines index them.

    On a page, only the story and the captions of its photos are read: the same damage in a menu
    or a footer belongs to the template.

    **Fix**: the repaired text, found by re-encoding the junk as Windows-1252 and decoding it as
    UTF-8 (up to three rounds). ``--fix`` applies it: the repair is exact for these sequences.
    It is left to the editor where other damage (a control character, an escaped entity) sits
    within a few characters, or where the repaired text would form new mojibake with its
    neighbours, so that one ``--fix`` settles the text.

    **References**: the WHATWG Encoding Standard (windows-1252); Unicode "mojibake".
    """

    code = "NL510"
    name = "mojibake"
    summary = "Text was decoded with the wrong character set ('â€™' for '’')"
    severity = "error"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for r in repairs(doc):
            if r.code != self.code or not in_story_text(doc, r.start):
                continue
            yield self.finding(
                (r.start, r.end),
                f"'{doc.text[r.start : r.end]}' is mojibake for '{r.replacement}'",
                f"Replace it with '{r.replacement}' and check the feed's character set",
                replacement=r.replacement,
                safe=r.safe,
            )


class ReplacementCharacter(Rule):
    """The text holds U+FFFD, the character that stands for bytes that could not be decoded.

    **Why**: "�" replaces a character that is lost: the bytes were not valid in the character
    set they were read with. Unlike mojibake the original cannot be computed from the text.

    Text no reader sees is left alone: an element with ``hidden``, ``display: none`` in its
    style, or a class that hides it outright (``hidden``, ``d-none``), such as the hidden copy of a
    comment that a share dialog reads.

    On a page, only the story and the captions of its photos are read: the same damage in a menu
    or a footer belongs to the template.

    **Fix**: restore the character from the original copy or the agency's feed.

    **References**: Unicode, U+FFFD REPLACEMENT CHARACTER.
    """

    code = "NL511"
    name = "replacement-character"
    summary = "The text holds U+FFFD '�', a character lost in decoding"
    severity = "error"
    one_per_page = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        if "\ufffd" not in doc.text and _REPLACEMENT_ENTITY.search(doc.text) is None:
            return
        unseen: list[tuple[int, int]] | None = None
        for m in source_matches(doc, _REPLACEMENT):
            unseen = _unseen_spans(doc) if unseen is None else unseen
            if any(start <= m.start() < end for start, end in unseen) or not in_story_text(doc, m.start()):
                continue  # text no reader sees (a hidden copy for a share dialog, say), or not the story's
            yield self.finding(
                m.span(),
                "A character was lost in decoding and shows as '�'",
                "Restore the character from the original copy",
            )


def _unseen_spans(doc: Document) -> list[tuple[int, int]]:
    """Source spans of the text of the elements that hide themselves from every reader: ``hidden`` or
    ``display: none`` (semantics.hiding_from_everyone), or a class that hides outright ("hidden", "d-none")."""
    hiding = [
        *hiding_from_everyone(doc),
        *(el for el, classes in doc.attribute("class").items() if hidden_by_class(classes)),
    ]
    return [span for el in hiding if (span := text_extent(doc, el)) is not None]


class DoubleEscapedEntity(Rule):
    """An HTML entity was escaped twice, so readers see "&rsquo;" instead of "’".

    **Why**: a CMS that escapes text that is already HTML turns ``&rsquo;`` into
    ``&amp;rsquo;``, which shows the entity's code on the page.

    On a page, only the story and the captions of its photos are read: the same damage in a menu
    or a footer belongs to the template.

    **Fix**: remove the extra escaping (``&amp;rsquo;`` → ``&rsquo;``); ``--fix`` applies it,
    except where other encoding damage sits within a few characters.

    **References**: HTML Living Standard, "character references".
    """

    code = "NL512"
    name = "double-escaped-entity"
    summary = "An HTML entity was escaped twice ('&amp;rsquo;')"
    severity = "error"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for r in repairs(doc):
            if r.code != self.code or not in_story_text(doc, r.start):
                continue
            yield self.finding(
                (r.start, r.end),
                f"Readers see '{html.unescape(doc.text[r.start : r.end])}' here: "
                f"the entity '{r.replacement}' was escaped again",
                f"Write '{r.replacement}'",
                replacement=r.replacement,
                safe=r.safe,
            )


class ControlCharacter(Rule):
    """The text holds an invisible control character.

    **Why**: control characters (U+0000–U+001F other than tab and line breaks, DEL, and the C1
    range U+0080–U+009F) come from pasting out of word processors or broken feeds. They are
    invalid in HTML, invisible on screen, and break XML feeds and search indexing.

    On a page, only the story and the captions of its photos are read: the same damage in a menu
    or a footer belongs to the template.

    **Fix**: delete the character, or put a space where a line-break control (vertical tab,
    form feed, NEL) stood between two words; ``--fix`` does, except where the deletion would
    join text into other damage or leave a paragraph blank.

    **References**: HTML Living Standard, "control" code points in text.
    """

    code = "NL513"
    name = "control-character"
    summary = "The text holds an invisible control character"
    severity = "warning"
    fixable = True

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        for r in repairs(doc):
            if r.code != self.code or not in_story_text(doc, r.start):
                continue
            names = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in doc.text[r.start : r.end]))
            yield self.finding(
                (r.start, r.end),
                f"Invisible control character {names} in the text",
                "Replace it with a space" if r.replacement else "Delete it",
                replacement=r.replacement,
                safe=r.safe,
            )
