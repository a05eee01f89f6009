"""Applying safe fixes: replacements of findings' spans, written atomically, byte-exact elsewhere."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from newslint.checks.rule import Finding
from newslint.document.reading import InputError, Source


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


def unified_diff(path: str, source: Source, after: str) -> bytes:
    """The fix as a patch of the file's own bytes (its encoding, BOM and line ends), as ``git apply`` reads it.

    Lines end at ``\\n`` only, as in git; a last line without one is marked ``\\ No newline at end of file``.
    """
    if source.encode("\n") != source.bom + b"\n":
        raise InputError(f"--diff cannot show a fix to a {source.encoding} file as a text patch; --fix applies it")
    name = os.fsencode(path)
    lines = difflib.diff_bytes(
        difflib.unified_diff,
        _lines(source.encode(source.text)),
        _lines(source.encode(after)),
        b"a/" + name,
        b"b/" + name,
    )
    return b"".join(line if line.endswith(b"\n") else line + b"\n\\ No newline at end of file\n" for line in lines)


def _lines(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    return [line + b"\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def write_fixed(path: Path, source: Source, text: str) -> None:
    """Replace the file's content, refusing if it changed since it was read or would not round-trip."""
    expected = source.encode(source.text)
    try:
        if path.read_bytes() != expected:
            raise InputError("not fixed: the file changed while it was being linted, or does not re-encode exactly")
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"not fixed: {exc.strerror or exc}") from None
    import tempfile

    data = source.encode(text)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".newslint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
