"""The checks: one module per rule or tight family; importing a module registers its rules."""

from __future__ import annotations

from importlib import import_module
from pkgutil import iter_modules

from newslint.rule import Rule


def load_rules() -> list[type[Rule]]:
    """Every registered rule, ordered by code."""
    for module in iter_modules(__path__):
        import_module(f"{__name__}.{module.name}")
    return sorted(Rule.registry.values(), key=lambda r: r.code)


def get_rule(code_or_name: str) -> type[Rule] | None:
    key = code_or_name.strip()
    for rule in load_rules():
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    return None
