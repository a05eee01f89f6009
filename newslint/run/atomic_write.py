"""Giving a file new content without losing it or what it is: atomic, through symlinks, same mode and owner.

A symlink is followed and its target rewritten (the link stays a link). The new content goes to a
temporary file beside the target, which takes the target's mode and owner and then replaces it in
one rename: a reader sees the old content or the new, and a full disk leaves the old. A file with
several hard links is rewritten in place instead, so that every name sees the new content: the
space is reserved before the first byte changes, and the old content is put back if writing fails.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path


def is_read_only(path: Path) -> bool:
    """Whether the file (a symlink's target) has no write permission, for anyone or for this user."""
    st = path.stat()
    return not st.st_mode & 0o222 or not os.access(path, os.W_OK)


def write_atomically(path: Path, data: bytes) -> None:
    """Give ``path`` (or the file a symlink there points to) the content ``data``, or leave it as it was.

    Raises OSError; a read-only file is refused with EACCES.
    """
    target = Path(os.path.realpath(path))
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    if st is not None and is_read_only(target):
        raise PermissionError(errno.EACCES, "the file is read-only")
    if st is not None and st.st_nlink > 1:
        _rewrite_in_place(target, data)
        return
    fd, tmp = _create_temp(target)
    try:
        try:
            if st is not None:
                made = os.fstat(fd)
                if (made.st_uid, made.st_gid) != (st.st_uid, st.st_gid):
                    os.fchown(fd, st.st_uid, st.st_gid)  # before the mode: a change of owner clears set-id bits
                os.fchmod(fd, st.st_mode & 0o7777)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        if st is None:
            raise
        _rewrite_in_place(target, data)  # the owner cannot be given to a new file: keep the file itself
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _create_temp(target: Path) -> tuple[int, Path]:
    """A new, empty file beside ``target`` (mode 0o666 less the umask), open for writing."""
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.newslint")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _write_all(fd: int, data: bytes) -> None:
    """Write ``data`` at the start of the file."""
    view, offset = memoryview(data), 0
    while offset < len(view):
        offset += os.pwrite(fd, view[offset:], offset)


def _rewrite_in_place(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_RDWR)
    try:
        old = os.pread(fd, os.fstat(fd).st_size, 0)
        if len(data) > len(old) and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(data))  # a full disk fails here, before any byte changes
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL):
                    raise
        try:
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except OSError:
            _write_all(fd, old)  # the old content fits in the space it had
            os.ftruncate(fd, len(old))
            raise
    finally:
        os.close(fd)
