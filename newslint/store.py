"""A small content-addressed cache in the user's cache folder, safe under concurrent runs.

Entries are pickles written through a temporary file and an atomic rename; a missing,
unreadable or unwritable cache only costs time, never correctness.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from newslint.version import __version__


def cache_dir() -> Path:
    explicit = os.environ.get("NEWSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newslint"


def key_of(kind: str, *parts: bytes) -> str:
    digest = hashlib.sha256(f"{kind}\0{__version__}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return f"{kind}-{digest.hexdigest()[:40]}"


def get(key: str) -> object | None:
    try:
        with open(cache_dir() / key, "rb") as f:
            found: object = pickle.load(f)
            return found
    except Exception:  # absent, truncated or from another version: recompute
        return None


def put(key: str, value: object) -> None:
    import tempfile

    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{key}.")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / key)
    except OSError:
        return
