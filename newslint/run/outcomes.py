"""The outcomes of a run, in order, kept on disk past the first few hundred files.

An archive audit yields tens of findings per page; holding them all would make the main
process grow with the archive. Past ``HELD`` files, each outcome is stored compressed in an
anonymous temporary file and read back when a report asks for it, so memory stays flat. Only
the candidates for findings across files (a few per file) stay in memory until the run ends.
"""

from __future__ import annotations

import pickle
import tempfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from newslint.checks.rule import Candidate
from newslint.run.across import add, confirm
from newslint.run.engine import FileResult


@dataclass(slots=True)
class Outcome:
    """What became of one file: its result, and the diff or the number of fixes written."""

    result: FileResult
    diff: bytes = b""  # --diff: the patch, in the file's own bytes
    fixed: int = 0
    fail_on: str = "warning"  # the file's own config's fail-on: its findings at or above it fail the run


HELD = 500  # outcomes kept as objects; the rest are stored
Packed = tuple[bytes, list[Candidate]]  # a stored outcome and its candidates, as a worker sends them
Adjustment = Callable[[int, FileResult], None]


def pack(outcome: Outcome) -> Packed:
    """An outcome as bytes, its candidates apart (so the main process need not unpack it)."""
    candidates, outcome.result.candidates = outcome.result.candidates, []
    return zlib.compress(pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL), 1), candidates


class Outcomes(Sequence[Outcome]):
    """A run's outcomes in collection order; every read gives the same, adjusted outcome."""

    def __init__(self, held: int | None = None) -> None:
        self._held_limit = HELD if held is None else held
        self._held: list[Outcome] = []
        self._stored: list[tuple[int, int]] = []  # (offset, length) in the file
        self._file: IO[bytes] | None = None
        self._candidates: list[tuple[int, Candidate]] = []
        self._adjustments: list[Adjustment] = []

    def append(self, outcome: Outcome) -> None:
        if self._holding():
            self._note(outcome.result.candidates)
            outcome.result.candidates = []
            self._held.append(outcome)
        else:
            self.append_packed(pack(outcome))

    def append_packed(self, packed: Packed) -> None:
        data, candidates = packed
        self._note(candidates)
        if self._holding():
            self._held.append(pickle.loads(zlib.decompress(data)))
            return
        if self._file is None:
            # Anonymous: it lives as long as these outcomes and leaves nothing behind.
            self._file = tempfile.TemporaryFile(prefix="newslint-")  # noqa: SIM115
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._stored.append((offset, len(data)))

    def _holding(self) -> bool:
        return not self._stored and len(self._held) < self._held_limit

    def _note(self, candidates: list[Candidate]) -> None:
        index = len(self)
        self._candidates.extend((index, c) for c in candidates)

    def settle(self) -> None:
        """Add the findings across files (NL204, NL505) that the whole run confirms."""
        confirmed = confirm(self._candidates)
        self._candidates = []
        if confirmed:
            self.adjust(lambda i, result: add(result, confirmed.get(i, [])))

    def adjust(self, change: Adjustment) -> None:
        """Change every result as reports will see it (a baseline, findings across files); call after the run."""
        for i, outcome in enumerate(self._held):
            change(i, outcome.result)
        self._adjustments.append(change)

    def __len__(self) -> int:
        return len(self._held) + len(self._stored)

    def __getitem__(self, index: int) -> Outcome:  # type: ignore[override]  # no slices: reports read in order
        if index < 0:
            index += len(self)
        if index < len(self._held):
            return self._held[index]
        offset, length = self._stored[index - len(self._held)]  # IndexError past the end
        assert self._file is not None
        self._file.seek(offset)
        outcome: Outcome = pickle.loads(zlib.decompress(self._file.read(length)))
        for change in self._adjustments:
            change(index, outcome.result)
        return outcome

    def __iter__(self) -> Iterator[Outcome]:
        return (self[i] for i in range(len(self)))
