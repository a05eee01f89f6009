"""Results of unchanged files, kept between runs (like ruff's cache).

A file's result is stored under the hash of its path, its bytes, the resolved configuration
and a fingerprint of newslint itself (every module and shipped pack, by size and mtime) and
of the project's own packs. Any change to one of those is a miss; a hit returns the findings
without parsing the file. Results with an error or a crashed rule are never stored. Entries are
sealed with the user's own key (see :mod:`newslint.store`): a result planted in the cache folder is
never believed.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from newslint import store
from newslint.bounded_read import read_bounded
from newslint.config.options import Config
from newslint.config.packs import PackError, house_style_spec, resolve_pack, shipped_rules
from newslint.document.reading import MAX_BYTES
from newslint.run.engine import FileResult

_PACKAGE = Path(__file__).resolve().parents[1]  # newslint/


@cache
def _code_fingerprint() -> bytes:
    """Sizes and modification times of the package's modules and shipped packs."""
    parts = []
    packs = shipped_rules() / "packs"
    for top in (_PACKAGE, *([] if packs.is_relative_to(_PACKAGE) else [packs])):  # a checkout keeps them apart
        for root, dirs, files in os.walk(top, followlinks=True):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".yaml", ".yml")):
                    st = os.stat(os.path.join(root, name))
                    parts.append(f"{os.path.relpath(os.path.join(root, name), top)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts).encode()


def _config_fingerprint(config: Config) -> bytes:
    """The resolved configuration, with the stat of every pack it names."""
    parts = [repr(config)]
    for spec in (*config.packs, *([house_style_spec(config.house_style)] if config.house_style else [])):
        try:
            st = resolve_pack(spec, config.root).stat()
            parts.append(f"{spec}:{st.st_size}:{st.st_mtime_ns}")
        except (OSError, PackError):
            parts.append(f"{spec}:?")
    return "\n".join(parts).encode()


def key_for(path: str, config: Config) -> str | None:
    """The cache key of a file's result, or None when the file cannot be read within limits."""
    try:
        data = read_bounded(path, MAX_BYTES)
    except OSError:
        return None
    return store.key_of("result", path.encode(), data, _config_fingerprint(config), _code_fingerprint())


def get(key: str) -> FileResult | None:
    result = store.get(key)
    return result if isinstance(result, FileResult) else None


def put(key: str, result: FileResult) -> None:
    if result.error is None and not any(f.code == "NL901" for f in result.findings):
        store.put(key, result)
