"""Reading article bytes into text: size limit, binary detection and honest decoding."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from newslint.files import TooLarge, read_bounded

MAX_BYTES = 32 * 1024 * 1024
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The WHATWG encoding standard reads these labels as windows-1252, and a meta tag cannot
# declare UTF-16 (the document would not have been readable to find it).
_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8"}


class InputError(Exception):
    """A file that cannot be linted; the message is one line, naming the reason."""


@dataclass(frozen=True, slots=True)
class Source:
    """Decoded text plus what is needed to write it back byte for byte."""

    text: str
    encoding: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def read_source(path: Path) -> Source:
    """Read and decode one file, raising :class:`InputError` with a one-line reason."""
    try:
        data = read_bounded(path, MAX_BYTES)
    except TooLarge as exc:
        raise InputError(f"too large ({exc.size / 2**20:.1f} MiB; the limit is {MAX_BYTES // 2**20} MiB)") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return decode(data)


def decode(data: bytes) -> Source:
    """Decode by BOM, then declared charset, then UTF-8; refuse binary and undecodable input."""
    if len(data) > MAX_BYTES:
        raise InputError(f"too large ({len(data) / 2**20:.1f} MiB; the limit is {MAX_BYTES // 2**20} MiB)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], encoding, "its byte-order mark", bom)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError("binary file (contains NUL bytes), not HTML text")
    declared = _declared_encoding(data[:_SNIFF_BYTES])
    if declared:
        return _decode(data, declared, "its <meta charset>")
    return _decode(data, "utf-8", "no charset declared, read as UTF-8")


def _declared_encoding(head: bytes) -> str | None:
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace")
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def _decode(data: bytes, encoding: str, why: str, bom: bytes = b"") -> Source:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} at byte offset {exc.start + len(bom)} ({why})") from None
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters), not HTML text")
    return Source(text, encoding, bom)
