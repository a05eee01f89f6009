"""Baselines: record today's findings so that later runs show only new ones.

A finding is known by its file, its code and the text it is about (whitespace folded), not by
its line, so editing elsewhere in a file does not bring recorded findings back. Counts are
kept: a third use of a recorded misspelling where two were recorded is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from newslint.document.reading import InputError
from newslint.run.atomic_write import write_atomically
from newslint.run.engine import FileResult

BASELINE_VERSION = 1


def _key(path: str, base: Path, code: str, excerpt: str) -> tuple[str, str, str]:
    try:
        rel = Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:
        rel = Path(path).as_posix()
    return rel, code, " ".join(excerpt.split())


def write_baseline(file: Path, results: Iterable[FileResult]) -> int:
    """Record every finding of the results; returns how many were recorded."""
    base = file.parent
    counts = Counter(_key(r.path, base, f.code, f.excerpt) for r in results for f in r.findings)
    entries = [{"path": p, "code": c, "excerpt": e, "count": n} for (p, c, e), n in sorted(counts.items())]
    text = json.dumps({"version": BASELINE_VERSION, "findings": entries}, indent=1, ensure_ascii=False) + "\n"
    write_atomically(file, text.encode())  # a failure (a full disk) leaves the old baseline as it was
    return sum(counts.values())


def read_baseline(file: Path) -> Counter[tuple[str, str, str]]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"), parse_float=_no_float, parse_constant=_no_float)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("version") != BASELINE_VERSION:
            raise ValueError(f"version {_short(repr(data.get('version')))} is not {BASELINE_VERSION}")
        known: Counter[tuple[str, str, str]] = Counter()
        for e in data["findings"]:
            key, count = (e["path"], e["code"], e["excerpt"]), e["count"]
            if not all(isinstance(part, str) for part in key) or type(count) is not int or count < 0:
                raise ValueError(f"an entry is not path, code and excerpt with a count: {_short(e)}")
            known[key] = count
        return known
    except OSError as exc:
        raise InputError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
    except RecursionError:
        raise InputError(f"{file}: not a newslint baseline (nested too deeply)") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{file}: not a newslint baseline ({_short(exc)})") from None


def _no_float(text: str) -> None:
    raise ValueError(f"{_short(text)} is not a count")


def _short(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def baseline_filter(file: Path) -> Callable[[FileResult], int]:
    """A function that drops a file's recorded findings from its result and says how many.

    It depends on that file's result alone (a finding's key holds its path), so applying it to
    each file, in any order and any number of times, gives the same results.
    """
    known = read_baseline(file)

    def hide(result: FileResult) -> int:
        seen: Counter[tuple[str, str, str]] = Counter()
        kept = []
        for f in result.findings:
            key = _key(result.path, file.parent, f.code, f.excerpt)
            if seen[key] < known[key]:
                seen[key] += 1
            else:
                kept.append(f)
        hidden = len(result.findings) - len(kept)
        result.findings = kept
        return hidden

    return hide
