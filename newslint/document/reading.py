"""Reading article bytes into text: size limit, binary detection and honest decoding."""

from __future__ import annotations

import codecs
import errno
import re
from dataclasses import dataclass
from pathlib import Path

from newslint.bounded_read import TooLarge, read_bounded
from newslint.document.encodings import CODECS, encoding_in_meta

MAX_BYTES = 32 * 1024 * 1024
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)""")
# The byte-order marks browsers read (the Encoding Standard's BOM sniffing); UTF-32 is not among them.
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


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
        raise InputError("a symlink loop" if exc.errno == errno.ELOOP else exc.strerror or str(exc)) from None
    return decode(data)


def decode(data: bytes) -> Source:
    """Decode as a browser would: by BOM, then declared charset, then UTF-8; refuse binary and undecodable input.

    Only the Encoding Standard's labels count; a page declaring anything else is read as UTF-8.
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"too large ({len(data) / 2**20:.1f} MiB; the limit is {MAX_BYTES // 2**20} MiB)")
    if data.startswith(_UTF32_BOMS):
        raise InputError("UTF-32 text (browsers do not read UTF-32; save it as UTF-8)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], codec, "its byte-order mark", bom)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError("binary file (contains NUL bytes), not HTML text")
    encoding, label, ignored = _declared_encoding(data[:_SNIFF_BYTES])
    if encoding is None:
        why = f"its charset {ignored!r} is not one browsers know" if ignored else "no charset declared"
        return _decode(data, "utf-8", f"{why}, read as UTF-8")
    declared = CODECS[encoding]
    if declared is None:
        raise InputError(f"its charset {label!r} is one browsers refuse to read (they show a single U+FFFD)")
    return _decode(data, declared, f"its <meta charset> {label!r}")


def _declared_encoding(head: bytes) -> tuple[str | None, str | None, str | None]:
    """The encoding the head declares and its label, and the first label before it that browsers ignore."""
    xml = _XML_DECL.match(head)
    ignored = None
    for match in [xml] if xml else _META_CHARSET.finditer(head):
        label = match.group(1).decode("ascii")
        encoding = encoding_in_meta(label)
        if encoding:
            return encoding, label, ignored
        ignored = ignored or label
    return None, None, ignored


def _decode(data: bytes, codec: str, why: str, bom: bytes = b"") -> Source:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {codec} at byte offset {exc.start + len(bom)} ({why})") from None
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters), not HTML text")
    return Source(text, codec, bom)
