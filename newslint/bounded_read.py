"""Reading files that someone else may have put in place: regular files of bounded size only.

``/dev/zero`` named as a pack would be read for ever and a FIFO would block the run; so the file
is opened without blocking, anything but a regular file is refused before a byte is read, and
no more than the limit is ever read (a file that grows while it is read is refused too).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class TooLarge(OSError):
    """A file over the size limit; ``size`` is its size in bytes."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes")
        self.size = size


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises :class:`OSError` (``strerror`` says why) for a missing or unreadable file and for
    anything that is not a regular file, and :class:`TooLarge` past the limit.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, FIFO or socket)")
        if st.st_size > limit:
            raise TooLarge(st.st_size, limit)
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(len(data), limit)
    return data
