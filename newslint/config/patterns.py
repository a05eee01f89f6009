r"""Regular expressions from rule packs are untrusted input: checked before they are compiled.

A pattern must compile, stay short, and hold no open-ended repetition inside another that can
run into the next iteration (``(a+)+``, ``(\w+\s?)*``, ``(a+b*)+``): the shape that makes a
backtracking engine take exponential time on a near-miss. Iterations cut apart by a separator
the inner part cannot eat (``(?:\s+[A-Z][a-z]+)*``) are accepted. This catches the common
shapes, not every one (``(a|aa)+`` passes); packs are also size-limited. Characters are compared
over Latin-1, enough to tell the separators packs use from the letters they repeat.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # private modules the stubs leave out
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MAX_PATTERN_CHARS = 1000
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_UNIVERSE = frozenset(map(chr, range(256)))
_CATEGORIES = {
    sre.CATEGORY_DIGIT: frozenset(c for c in _UNIVERSE if c.isdigit()),
    sre.CATEGORY_SPACE: frozenset(c for c in _UNIVERSE if c.isspace()),
    sre.CATEGORY_WORD: frozenset(c for c in _UNIVERSE if c.isalnum() or c == "_"),
}
_CATEGORIES[sre.CATEGORY_NOT_DIGIT] = _UNIVERSE - _CATEGORIES[sre.CATEGORY_DIGIT]
_CATEGORIES[sre.CATEGORY_NOT_SPACE] = _UNIVERSE - _CATEGORIES[sre.CATEGORY_SPACE]
_CATEGORIES[sre.CATEGORY_NOT_WORD] = _UNIVERSE - _CATEGORIES[sre.CATEGORY_WORD]
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# The parser's (opcode, argument) items: what the argument is depends on the opcode.
Items = list[tuple[Any, Any]]


def check_pattern(pattern: str) -> None:
    """Raise ``ValueError`` with a one-line reason if a pack's pattern is unsafe or invalid."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(f"pattern is {len(pattern)} characters long (limit {MAX_PATTERN_CHARS})")
    try:
        re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except re.error as exc:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from None
    if _ambiguous(list(parsed), bool(parsed.state.flags & re.I)):
        raise ValueError(
            f"pattern {pattern!r} repeats a group that itself repeats and can run into its next "
            "iteration (like '(a+)+'), which takes exponential time on some text; separate the "
            "iterations (e.g. '(?:\\s+\\w+)*') or drop the inner repetition"
        )


def _ambiguous(items: Items, fold: bool) -> bool:
    for op, arg in items:
        if op in _REPEATS:
            body = list(arg[2])
            if arg[1] == sre.MAXREPEAT and _tail(body, fold) & _edge(body, fold, last=False):
                return True
            if _ambiguous(body, fold):
                return True
        elif op is sre.SUBPATTERN:
            if _ambiguous(list(arg[-1]), fold or bool(arg[1] & re.I)):
                return True
        elif any(_ambiguous(list(sub), fold) for sub in _children(op, arg)):
            return True
    return False


def _children(op: object, arg: Any) -> list[Any]:
    if op is sre.BRANCH:
        return list(arg[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [arg[1]]
    return []


def _tail(items: Items, fold: bool) -> frozenset[str]:
    """What an open-ended repetition at the end of a sequence could go on to eat."""
    found: set[str] = set()
    for op, arg in reversed(items):
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            body = list(arg[2])
            found |= _edge(body, fold, last=False) if arg[1] == sre.MAXREPEAT else _tail(body, fold)
            if arg[0] > 0:
                break
        elif op is sre.SUBPATTERN:
            sub = list(arg[-1])
            found |= _tail(sub, fold or bool(arg[1] & re.I))
            if _min_width(sub) > 0:
                break
        elif op is sre.BRANCH:
            found |= set().union(*(_tail(list(b), fold) for b in arg[1]))
            break
        else:
            break
    return frozenset(found)


def _min_width(items: Items) -> int:
    low: int = sre_parse.SubPattern(sre_parse.State(), items).getwidth()[0]
    return low


def _edge(items: Items, fold: bool, last: bool) -> frozenset[str]:
    """The characters a sequence can begin with (or end with, when ``last``)."""
    found: set[str] = set()
    for op, arg in reversed(items) if last else items:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            found |= _edge(list(arg[2]), fold, last)
            if arg[0] > 0:
                return frozenset(found)
            continue
        if op is sre.SUBPATTERN:
            sub = list(arg[-1])
            found |= _edge(sub, fold or bool(arg[1] & re.I), last)
            if _min_width(sub) > 0:
                return frozenset(found)
            continue
        if op is sre.BRANCH:
            found |= set().union(*(_edge(list(b), fold, last) for b in arg[1]))
            return frozenset(found)  # a branch that can be empty is rare in packs: treat as closing
        found |= _chars(op, arg, fold)
        return frozenset(found)
    return frozenset(found)


def _chars(op: object, arg: Any, fold: bool) -> frozenset[str]:
    """The characters one single-character item matches (everything for what it cannot tell)."""
    if op is sre.LITERAL:
        chars = {chr(arg)}
    elif op is sre.NOT_LITERAL:
        return _UNIVERSE - {chr(arg)}
    elif op is sre.IN:
        chars, negate = set(), False
        for kind, value in arg:
            if kind is sre.NEGATE:
                negate = True
            elif kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE:
                chars.update(map(chr, range(value[0], min(value[1], 255) + 1)))
            elif kind is sre.CATEGORY:
                chars |= _CATEGORIES.get(value, _UNIVERSE)
            else:
                chars |= _UNIVERSE
        if negate:
            return _UNIVERSE - chars
    else:
        return _UNIVERSE
    if fold:
        chars |= {c.swapcase() for c in chars}
    return frozenset(chars)


def compile_led(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern behind a look-ahead at the characters its matches can start with.

    A search tries a pattern at every position of the text, and a long alternation of words
    (with a look-behind before it) is slow to fail; the look-ahead fails most positions at one
    test. Matches are the same: the look-ahead is zero-width and admits every character a match
    can start with (letters that ignore case keep that flag in it). Where that set cannot be told
    (a category such as ``\\w``, or an empty match), the pattern is compiled as it is.
    """
    parsed = sre_parse.parse(source, flags)
    found = _starts(list(parsed), bool(parsed.state.flags & re.I))
    if found is None or found[2] or not (found[0] or found[1]):
        return re.compile(source, flags)
    exact, folded, _ = found
    tests = [f"[{_class(exact)}]"] if exact else []
    tests += [f"(?i:[{_class(folded)}])"] if folded else []
    return re.compile(f"(?={'|'.join(tests)})(?:{source})", flags)


Starts = tuple[set[tuple[int, int]], set[tuple[int, int]], bool]


def _starts(items: Items, fold: bool) -> Starts | None:
    """The code-point ranges a sequence can start with (exact, and ignoring case) and whether it
    can be empty; None where it cannot be told."""
    exact: set[tuple[int, int]] = set()
    folded: set[tuple[int, int]] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL or op is sre.IN:
            ranges = _ranges(op, arg)
            if ranges is None:
                return None
            (folded if fold else exact).update(ranges)
            return exact, folded, False
        found: list[Starts | None]
        if op is sre.SUBPATTERN:
            inner = _starts(list(arg[3]), (fold or bool(arg[1] & re.I)) and not arg[2] & re.I)
            found = [inner]
        elif op is sre.ATOMIC_GROUP:
            found = [_starts(list(arg), fold)]
        elif op is sre.BRANCH:
            found = [_starts(list(branch), fold) for branch in arg[1]]
        elif op in _REPEATS:
            inner = _starts(list(arg[2]), fold)
            found = [inner if inner is None or arg[0] > 0 else (inner[0], inner[1], True)]
        else:
            return None
        known = [f for f in found if f is not None]
        if len(known) < len(found):
            return None
        for more_exact, more_folded, _ in known:
            exact |= more_exact
            folded |= more_folded
        if not any(empty for _, _, empty in known):
            return exact, folded, False
    return exact, folded, True


def _ranges(op: object, arg: Any) -> list[tuple[int, int]] | None:
    if op is sre.LITERAL:
        return [(arg, arg)]
    ranges = []
    for kind, value in arg:
        if kind is sre.LITERAL:
            ranges.append((value, value))
        elif kind is sre.RANGE:
            ranges.append(tuple(value))
        else:  # a negated set or a category: any character, nearly
            return None
    return ranges


def _class(ranges: set[tuple[int, int]]) -> str:
    return "".join(_code(lo) if lo == hi else f"{_code(lo)}-{_code(hi)}" for lo, hi in sorted(ranges))


def _code(point: int) -> str:
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"
