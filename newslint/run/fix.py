"""Applying safe fixes: replacements of findings' spans, written atomically, byte-exact elsewhere, or as a diff."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from newslint.checks.rule import Finding
from newslint.document.reading import InputError, Source
from newslint.run.atomic_write import write_atomically


def fixable(findings: list[Finding], unsafe: bool = False) -> list[Finding]:
    """The findings whose fix applies: the safe ones, and with ``unsafe`` every suggested replacement."""
    return [f for f in findings if f.suggestion.applies or (unsafe and f.suggestion.applies_unsafely)]


def apply_fixes(text: str, findings: list[Finding], unsafe: bool = False) -> tuple[str, int]:
    """The text with every safe replacement applied (with ``unsafe``, every suggested one too);
    overlapping ones after the first are left."""
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted(fixable(findings, unsafe), key=lambda f: (f.start, f.end)):
        if f.start >= last_end and text[f.start : f.end] != f.suggestion.replacement:
            chosen.append(f)
            last_end = f.end
    parts, pos = [], 0
    for f in chosen:
        parts.append(text[pos : f.start])
        parts.append(f.suggestion.replacement or "")
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), len(chosen)


def unified_diff(path: str, source: Source, text: str) -> bytes:
    """The fix as a patch of the bytes on disk to the bytes --fix would write (encoding, BOM and line ends kept),
    which ``git apply`` and ``patch`` apply; InputError where --fix would refuse, or no text patch can show it.

    Lines end at LF alone, as git and patch read them (CR, VT, FF, NEL and U+2028 are inside a line), and a last
    line without one is marked ``\\ No newline at end of file``. Paths are as git writes them: no './', and
    relative to the current folder when inside it.
    """
    if source.encode("\n") != source.bom + b"\n":
        raise InputError(f"--diff cannot show a fix to a {source.encoding} file as a text patch; --fix applies it")
    before, after = _fixed_bytes(Path(path), source, text)
    name = os.fsencode(_diff_path(path))
    out = []
    for line in difflib.diff_bytes(difflib.unified_diff, _lines(before), _lines(after), b"a/" + name, b"b/" + name):
        out.append(line if line.endswith(b"\n") else line + b"\n\\ No newline at end of file\n")
    return b"".join(out)


def _diff_path(path: str) -> str:
    name = os.path.normpath(path)
    if os.path.isabs(name):
        inside = os.path.relpath(name)
        return name if inside.startswith("..") else inside
    return name


def _lines(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    return [line + b"\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def _fixed_bytes(path: Path, source: Source, text: str) -> tuple[bytes, bytes]:
    """The file's bytes, and the bytes of its fixed text; InputError if the file changed since it was read, does
    not re-encode to its own bytes, or if its encoding cannot hold the fixed text."""
    try:
        now = path.read_bytes()
    except OSError as exc:
        raise InputError(f"not fixed: {exc.strerror or exc}") from None
    if source.encode(source.text) != now:
        if now.startswith(source.bom) and now[len(source.bom) :].decode(source.encoding, "replace") == source.text:
            raise InputError(f"not fixed: its {source.encoding} text does not encode back to the same bytes")
        raise InputError("not fixed: the file changed while it was being linted")
    try:
        after = source.encode(text)
    except UnicodeEncodeError as exc:
        held = exc.object[exc.start]
        raise InputError(f"not fixed: {source.encoding} cannot hold {held!r}, which a fix writes") from None
    if after[len(source.bom) :].decode(source.encoding, "replace") != text:
        raise InputError(f"not fixed: the fixed text would not read back the same in {source.encoding}")
    return now, after


def write_fixed(path: Path, source: Source, text: str) -> None:
    """Write the fixed text into the file (through a symlink, keeping its mode, owner and hard links), atomically;
    InputError, with the file untouched, if it cannot be done exactly."""
    _, after = _fixed_bytes(path, source, text)
    try:
        write_atomically(path, after)
    except OSError as exc:
        raise InputError(f"not fixed: {exc.strerror or exc}") from None
