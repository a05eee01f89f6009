"""NL545: a quotation whose marks do not pair (opened curly, closed straight; closed with “) or that is never closed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.checks.rule import Finding, Rule
from newslint.document.model import Document
from newslint.document.regions import Block
from newslint.lib.settings import Settings
from newslint.lib.structure.prose import in_code, styled_blocks

_MARKS = frozenset('“”"')
_MARK = re.compile('[“”"]')
_OPENS_AFTER = frozenset("([{—–-/\u00a0")  # a straight mark after these (or a space, or nothing) opens


@dataclass(frozen=True, slots=True)
class _Fault:
    at: int  # offset of the mark in the block's text
    message: str
    suggestion: str
    replacement: str | None


class UnpairedQuote(Rule):
    """A quotation's marks do not pair: “ closed by ", " closed by ”, “ used to close, or “ never closed.

    **Why**: a quotation opened with a curly mark and closed with a straight one, or closed with a
    second opening mark, is what a word processor's automatic quotes leave when text is edited in
    another tool; a quotation never closed leaves the reader unsure where the speaker's words end.
    Quotations that run over several paragraphs are written as English style guides say: each
    paragraph opens with “ and only the last closes, so an open mark carried into a paragraph that
    opens with “ is not a fault.

    **Fix**: close the quotation with the mark that pairs with its opening (”), or close it where
    the speaker's words end. Mixed but well-paired marks across a story are NL542's, not this rule's.

    **References**: The Chicago Manual of Style, 6.11 and 13.30 (quotations of several paragraphs).
    """

    code = "NL545"
    name = "unpaired-quote"
    summary = "A quotation's opening and closing marks do not pair, or it is never closed"
    severity = "warning"

    def check(self, doc: Document, settings: Settings) -> Iterator[Finding]:
        blocks = styled_blocks(doc)
        for n, (block, end, code) in enumerate(blocks):
            if _other_convention(block.text):
                continue
            text = _doubled(block.text)
            marks = [m.start() for m in _MARK.finditer(text, block.start, end) if not in_code(code, m.start())]
            if not marks:
                continue
            carried = n > 0 and _left_open(blocks[n - 1])
            following = blocks[n + 1][0] if n + 1 < len(blocks) else None
            for fault in _faults(text, marks, carried, following):
                span = doc.text_span(block.element, fault.at, fault.at + 1)
                if doc.text[span[0] : span[1]] not in _MARKS:
                    continue  # an entity or misnested markup: no exact place to point at
                yield self.finding(span, fault.message, fault.suggestion, replacement=fault.replacement)


def _doubled(text: str) -> str:
    """The text with two single marks written for a double one (‘‘ ’’, as some type does) read as “ and ”."""
    if "‘‘" not in text and "’’" not in text:
        return text
    return text.replace("‘‘", "“‘").replace("’’", "”’")


def _other_convention(text: str) -> bool:
    """Text quoted as other languages do („…“, «…»), or markup written as text (``link=”…”``)."""
    return "„" in text or "«" in text or "»" in text or "=”" in text or '="' in text


def _after_figure(text: str, i: int) -> bool:
    """Whether a mark follows a figure, where it may be an inch mark (12", 55”) rather than a quote."""
    return i > 0 and text[i - 1].isdigit()


def _opens(text: str, i: int) -> bool:
    """Whether a straight mark stands where a quotation opens: after a space, a bracket or a dash, or first."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENS_AFTER


def _closes(text: str, i: int) -> bool:
    """Whether a mark stands where a quotation closes: before a space, punctuation, or the end."""
    return i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)]—–-"


def _faults(text: str, marks: list[int], carried: bool, following: Block | None) -> Iterator[_Fault]:
    opened: list[int] = []  # the offsets of the marks of the quotations still open, innermost last
    for i in marks:
        mark = text[i]
        if not opened:
            if _after_figure(text, i):
                continue  # an inch mark: no quotation is open for it to close
            if mark == "”":
                if not carried:  # a quotation carried on from the paragraph before may close here
                    yield _Fault(i, "” closes a quotation that was never opened", "Open the quotation with “", None)
                carried = False
            elif mark == "“" or _opens(text, i):
                opened.append(i)
            continue
        first = text[opened[-1]]
        if mark == '"' and _after_figure(text, i) and first == "“":
            continue  # an inch mark inside a quotation: “A 12" screen,” (a ” there closes: “Stage 3”)
        if mark == "“" and _closes(text, i) and not _after_figure(text, i):
            yield _Fault(i, "“ closes a quotation: it is an opening mark", "Close it with ”", "”")
        elif mark == "“" or (mark == '"' and first == "“" and _opens(text, i)):
            opened.append(i)  # a quotation inside another
            continue
        elif mark == '"' and first == "“":
            yield _Fault(i, 'A quotation opened with “ is closed with a straight "', "Close it with ”", "”")
        elif mark == "”" and first == '"':
            yield _Fault(opened[-1], 'A quotation opened with a straight " is closed with ”', "Open it with “", "“")
        opened.pop()
    if opened and text[opened[0]] == "“" and not _continued(following):
        yield _Fault(
            opened[0],
            "“ opens a quotation that is never closed",
            "Close the quotation with ” where the speaker's words end",
            None,
        )


def _left_open(previous: tuple[Block, int, list[tuple[int, int]]]) -> bool:
    """Whether a block ends inside a quotation it opened with “."""
    block, end, _ = previous
    text = _doubled(block.text)  # same length: offsets hold
    last = max(text.rfind("“", block.start, end), text.rfind("”", block.start, end))
    return last >= 0 and text[last] == "“"


def _continued(following: Block | None) -> bool:
    """Whether the next paragraph carries the quotation on: it opens with “ (as style guides ask), or
    its first mark closes one."""
    if following is None:
        return False
    text = _doubled(following.text[following.start :])
    if text.lstrip().startswith("“"):
        return True
    first = min((i for i in (text.find("“"), text.find("”")) if i >= 0), default=-1)
    return first >= 0 and text[first] == "”"
