"""The command line: ``newslint check``, ``rule``, ``rules``, ``parse``, and the GitHub Action's entry point."""

from newslint.cli.main import main

__all__ = ["main"]
