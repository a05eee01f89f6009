"""A small content-addressed cache in the user's cache folder, safe under concurrent runs and
against whoever else can write that folder.

Entries are pickles, and unpickling runs whatever the pickle says; the folder may be shared (a CI
cache restored from an earlier job, a shared home). So each entry is sealed with an HMAC-SHA256 of
its name and bytes, keyed by a secret of the user's own kept outside the cache folder
(``$XDG_STATE_HOME/newslint/cache-key``, else ``~/.local/state/newslint/cache-key``: 32 random
bytes, created readable by its owner alone). Only an entry whose seal checks out is unpickled: a
planted pickle never runs, a forged result is never believed, and a genuine entry copied under
another name does not match either; each is a miss, like a missing or damaged entry. Only regular
files of bounded size are read, without blocking. Writes go through a temporary file and an
atomic rename. A missing, unreadable or unwritable cache (or key) only costs time, never
correctness: without a trustworthy key nothing is read from the cache.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import stat
import tempfile
from functools import lru_cache
from pathlib import Path

from newslint.bounded_read import read_bounded
from newslint.version import __version__

MAX_ENTRY_BYTES = 256 * 1024 * 1024
_KEY_BYTES = 32
_SEAL_BYTES = hashlib.sha256().digest_size


def cache_dir() -> Path:
    explicit = os.environ.get("NEWSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newslint"


def key_file() -> Path:
    """Where the user's cache key is kept: the state folder, not the cache folder."""
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "newslint" / "cache-key"


def key_of(kind: str, *parts: bytes) -> str:
    digest = hashlib.sha256(f"{kind}\0{__version__}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return f"{kind}-{digest.hexdigest()[:40]}"


def get(key: str) -> object | None:
    secret = _secret()
    if secret is None:
        return None
    try:
        data = read_bounded(cache_dir() / key, MAX_ENTRY_BYTES)
    except OSError:
        return None
    seal, payload = data[:_SEAL_BYTES], data[_SEAL_BYTES:]
    if not hmac.compare_digest(seal, _seal(secret, key, payload)):
        return None  # planted, damaged, or written under another key
    try:
        found: object = pickle.loads(payload)
        return found
    except Exception:  # sealed by this user but unreadable here (another version's classes): recompute
        return None


def put(key: str, value: object) -> None:
    secret = _secret()
    if secret is None:
        return
    folder = cache_dir()
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{key}.")
        with os.fdopen(fd, "wb") as f:
            f.write(_seal(secret, key, payload) + payload)
        os.replace(tmp, folder / key)
    except OSError:
        return


def _seal(secret: bytes, key: str, payload: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\0" + payload, hashlib.sha256).digest()


def _secret() -> bytes | None:
    """The user's cache key, created on first use; None when there is none to trust."""
    path = key_file()
    try:
        if path.resolve().is_relative_to(cache_dir().resolve()):
            return None  # whoever can write the cache could write the key
    except OSError:
        return None
    return _load_key(str(path))


@lru_cache(maxsize=8)
def _load_key(path: str) -> bytes | None:
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            _create_key(Path(path))
            continue
        except OSError:
            return None
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size != _KEY_BYTES:
                return None
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o077):
                return None  # someone else's, or readable by others: not a secret
            key = f.read(_KEY_BYTES + 1)
        return key if len(key) == _KEY_BYTES else None
    return None


def _create_key(path: Path) -> None:
    """Write a new key beside ``path`` (mode 0600) and link it in place; a concurrent run's key wins."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cache-key.")
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(_KEY_BYTES))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system
            os.replace(tmp, path)
            return
        os.unlink(tmp)
    except OSError:
        return
