"""newslint: a data-quality and accessibility linter for news articles.

The core is pure: :func:`lint_html` maps HTML text and a configuration to findings, and
:func:`lint_path` does the same for one file, reporting unreadable input as an error instead of
raising. Both are importable and picklable, so any job engine can map them over an archive.
"""

from typing import TYPE_CHECKING

from newslint.version import __version__

if TYPE_CHECKING:
    from newslint.run.engine import lint_html, lint_path

__all__ = ["__version__", "lint_html", "lint_path"]


def __getattr__(name: str) -> object:
    if name in ("lint_html", "lint_path"):
        from newslint.run import engine

        return getattr(engine, name)
    raise AttributeError(name)
