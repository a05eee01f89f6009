r"""Regular expressions from rule packs and configs are untrusted input: checked before they are compiled.

A pattern must compile, stay short, match at least one character, and keep to what still works
once it is joined with other patterns and wrapped in anchors: no flag for the whole expression
(``(?i)x``; ``(?i:x)`` is scoped), no named groups, back-references or conditionals. Above all it
must not make Python's backtracking engine take more than linear time, so three shapes are refused:

- a repetition inside another that can run into the next iteration (``(a+)+``, ``(\w+\s?)*``,
  ``(a+b*)+``): exponential time on a near-miss;
- alternatives inside a repetition that can begin with the same character while the iterations
  run together (``(a|aa)+``, ``(\w|\d)+``): exponential time;
- two open-ended repetitions in a row, with only what may be empty between them, that can match
  the same characters (``a*a*``, ``\w+\s*\w+``): time that grows with the length of the run raised
  to the number of such repetitions.

Iterations and repetitions cut apart by a separator the repeated part cannot eat
(``(?:\s+[A-Z][a-z]+)*``, ``\w+\s+\w+``) are accepted. Characters are compared over Latin-1,
enough to tell the separators packs use from the letters they repeat; the check errs on the side
of refusing, with a message saying what to change.

Why not a linear-time engine instead: RE2 (``google-re2``) has no look-around, which every pack
pattern is wrapped in (``(?<!\w)...(?!\w)``) and which :func:`compile_led` uses; its ``\w`` is
ASCII-only, so names with diacritics would stop matching; and through its Python binding it ran
1.9 times slower than ``re`` over a page of prose with a pack's alternation of words (33 against
18 ms). The findings would change and the common case would slow down to guard a rare one.
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
_SINGLE = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)
# The parser's (opcode, argument) items: what the argument is depends on the opcode.
Items = list[tuple[Any, Any]]


_GLOBAL_FLAGS = re.I | re.M | re.S | re.X | re.A
_NESTED = (
    "repeats a group that itself repeats and can run into its next iteration (like '(a+)+'), which takes "
    "exponential time on some text; separate the iterations (e.g. '(?:\\s+\\w+)*') or drop the inner repetition"
)
_ALTERNATIVES = (
    "repeats a group that can match the same text in more than one way (like '(a|aa)+' or '(ab|[ab]b)+'), which "
    "takes exponential time on some text; make the alternatives differ, or separate the iterations"
)
_ADJACENT = (
    "has two repetitions in a row that can match the same characters (like 'a*a*' or '\\w+\\s*\\w+'), which "
    "takes polynomial time on a long run of them; make one exclude what the other matches (e.g. '\\w+\\s+\\w+')"
)


def check_pattern(pattern: str) -> None:
    """Raise ``ValueError`` with a one-line reason if a pack's or config's pattern is unsafe or invalid."""
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ValueError(f"pattern is {len(pattern)} characters long (limit {MAX_PATTERN_CHARS})")
    try:
        re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except re.error as exc:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from None
    if parsed.state.flags & _GLOBAL_FLAGS:
        raise ValueError(
            f"pattern {pattern!r} sets a flag for the whole expression, which cannot be joined with other "
            "patterns; scope it to a group, e.g. '(?i:tk)'"
        )
    items = list(parsed)
    if parsed.state.groupdict or _uses(items, (sre.GROUPREF, sre.GROUPREF_EXISTS)):
        raise ValueError(
            f"pattern {pattern!r} uses a named group or a back-reference, which break when it is joined with "
            "other patterns; use plain groups '(...)' or '(?:...)'"
        )
    if _min_width(items) == 0:
        raise ValueError(f"pattern {pattern!r} can match empty text, so it would match everywhere")
    problem = _ambiguous(items, False)
    if problem:
        raise ValueError(f"pattern {pattern!r} {problem}")


def _uses(items: Items, ops: tuple[object, ...]) -> bool:
    return any(op in ops or any(_uses(seq, ops) for seq, _ in _inner(op, arg, False)) for op, arg in items)


def _inner(op: object, arg: Any, fold: bool) -> list[tuple[Items, bool]]:
    """The sequences inside one item, each with whether it ignores case."""
    if op in _REPEATS:
        return [(list(arg[2]), fold)]
    if op is sre.SUBPATTERN:
        return [(list(arg[-1]), fold or bool(arg[1] & re.I))]
    if op is sre.ATOMIC_GROUP:
        return [(list(arg), fold)]
    if op is sre.GROUPREF_EXISTS:
        return [(list(sub), fold) for sub in arg[1:] if sub is not None]
    return [(list(sub), fold) for sub in _children(op, arg)]


def _ambiguous(items: Items, fold: bool) -> str | None:
    """Why a sequence (or one inside it) backtracks more than linearly, or None."""
    for i, (op, arg) in enumerate(items):
        if _shared_run(items, i, fold):
            return _ADJACENT
        if op in _REPEATS and arg[1] == sre.MAXREPEAT:
            body = list(arg[2])
            if _tail(body, fold) & _edge(body, fold, last=False):
                return _NESTED
            if _optional_end(body, fold) & _edge(body, fold, last=False) or _confusable(body, fold):
                return _ALTERNATIVES
        for inner, inner_fold in _inner(op, arg, fold):
            problem = _ambiguous(inner, inner_fold)
            if problem:
                return problem
    return None


def _shared_run(items: Items, i: int, fold: bool) -> bool:
    """Whether an open-ended repetition ending at ``items[i]`` and a later one can share a run: with
    only what may be empty between them, or single characters the run may hold too ("a*aa*")."""
    run = _run(items[: i + 1], fold, last=True)
    for op, arg in items[i + 1 :]:
        if not run:
            return False
        if op in _ZERO_WIDTH:
            continue
        if op in _SINGLE:
            run &= _chars(op, arg, fold)
            continue
        if run & _run([(op, arg)], fold, last=False):
            return True
        if _min_width([(op, arg)]) > 0:
            return False
    return False


def _optional_end(items: Items, fold: bool) -> frozenset[str]:
    """What a sequence may or may not go on to eat at its end: an optional part, a choice with an empty
    alternative ("(a|aa)" is read as "a(?:|a)"), or more iterations of a repetition."""
    found: set[str] = set()
    for op, arg in reversed(items):
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            body = list(arg[2])
            found |= _optional_end(body, fold) | (_edge(body, fold, last=False) if arg[0] != arg[1] else set())
            if arg[0] > 0:
                break
        elif op is sre.SUBPATTERN:
            sub = list(arg[-1])
            found |= _optional_end(sub, fold or bool(arg[1] & re.I))
            if _min_width(sub) > 0:
                break
        elif op is sre.BRANCH:
            branches = [list(b) for b in arg[1]]
            found |= set().union(*(_optional_end(b, fold) for b in branches))
            if any(_min_width(b) == 0 for b in branches):
                found |= set().union(*(_edge(b, fold, last=False) for b in branches))
            break
        else:
            break
    return frozenset(found)


def _confusable(items: Items, fold: bool) -> bool:
    """A choice (in a sequence, or a group of it) between alternatives that can match the same text: for
    alternatives of single characters, position by position; for others, by their first character."""
    for op, arg in items:
        if op is sre.BRANCH:
            branches = [list(b) for b in arg[1]]
            for n, a in enumerate(branches):
                for b in branches[n + 1 :]:
                    if _same_text(a, b, fold):
                        return True
        elif op is sre.SUBPATTERN and _confusable(list(arg[-1]), fold or bool(arg[1] & re.I)):
            return True
    return False


def _same_text(a: Items, b: Items, fold: bool) -> bool:
    if all(op in _SINGLE for op, _ in a) and all(op in _SINGLE for op, _ in b):
        return len(a) == len(b) and all(
            _chars(x[0], x[1], fold) & _chars(y[0], y[1], fold) for x, y in zip(a, b, strict=True)
        )
    return bool(_edge(a, fold, last=False) & _edge(b, fold, last=False))


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


def _run(items: Items, fold: bool, last: bool) -> frozenset[str]:
    """What an open-ended repetition of one character class at the end of a sequence (or its start,
    unless ``last``) can go on eating, past what may be empty: the runs two such repetitions in a row
    can split between them in as many ways as the run is long."""
    found: set[str] = set()
    for op, arg in reversed(items) if last else items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.POSSESSIVE_REPEAT:  # never gives back what it took: no run to share
            if arg[0] > 0:
                break
        elif op in _REPEATS:
            body = list(arg[2])
            if arg[1] == sre.MAXREPEAT and len(body) == 1 and body[0][0] in _SINGLE:
                found |= _chars(body[0][0], body[0][1], fold)
            else:
                found |= _run(body, fold, last)
            if arg[0] > 0:
                break
        elif op is sre.SUBPATTERN:
            sub = list(arg[-1])
            found |= _run(sub, fold or bool(arg[1] & re.I), last)
            if _min_width(sub) > 0:
                break
        elif op is sre.BRANCH:
            found |= set().union(*(_run(list(b), fold, last) for b in arg[1]))
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
