"""A progress bar on the terminal for long runs: one line on stderr, redrawn in place, erased at the end."""

from __future__ import annotations

import time
from typing import IO

MIN_FILES = 20  # shorter runs finish before a bar would help
_WIDTH = 30
_EVERY = 0.1  # seconds between redraws


class ProgressBar:
    """Call it with (done, total) as files finish; ``close`` erases the line."""

    def __init__(self, stream: IO[str], min_files: int = MIN_FILES) -> None:
        self.stream = stream
        self.min_files = min_files
        self.drawn = False
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if total < self.min_files:
            return
        now = time.monotonic()
        if done < total and now - self.last < _EVERY:
            return
        self.last = now
        filled = _WIDTH * done // total
        bar = "#" * filled + "-" * (_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} files {100 * done // total:3d}%")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False
