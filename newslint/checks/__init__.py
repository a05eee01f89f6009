"""The rules, one folder per family (``accessibility/``, ``attribution/``, …), a module per rule or tight group.

Every module in a family folder is imported when the rules are first asked for, and defining a
:class:`~newslint.checks.rule.Rule` subclass with a ``code`` registers it: a rule dropped into a
family folder is listed without being named anywhere else.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pkgutil import walk_packages

from newslint.checks.rule import Rule


@cache
def _import_families() -> None:
    for module in walk_packages(__path__, f"{__name__}."):
        import_module(module.name)


def load_rules() -> list[type[Rule]]:
    """Every registered rule, ordered by code."""
    _import_families()
    return sorted(Rule.registry.values(), key=lambda r: r.code)


def get_rule(code_or_name: str) -> type[Rule] | None:
    key = code_or_name.strip()
    for rule in load_rules():
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None
