"""Which rules run on a file, and at what severity: ``select``, ``ignore``, ``per-file-ignores``, ``severity``."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path, PurePath

from newslint.checks import load_rules
from newslint.checks.rule import Rule
from newslint.config.options import Config, Severity, per_config


class SelectionError(Exception):
    """A code, family or name that matches no rule."""


def selector_matches(selector: str, rule: type[Rule]) -> bool:
    """``ALL``, a code or family prefix (``NL2``, ``NL20``), a rule name or a category."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return True
    if sel.upper().startswith("NL"):
        return rule.code.startswith(sel.upper())
    return sel.lower() in (rule.name, rule.category())


def check_selectors(selectors: tuple[str, ...] | list[str], where: str = "") -> None:
    if problems := unknown_selectors(selectors, where):
        raise SelectionError("; ".join(problems))


def unknown_selectors(selectors: tuple[str, ...] | list[str], where: str = "") -> list[str]:
    """One problem per selector that matches no rule, each starting with ``where`` (the key)."""
    rules = load_rules()
    return [
        f"{where}unknown rule, family or category {sel!r} (see 'newslint rules')"
        for sel in selectors
        if not any(selector_matches(sel, r) for r in rules)
    ]


def config_problems(config: Config) -> list[str]:
    """Every selector of a config that matches no rule, named with its key."""
    keyed = [("select", config.select or ()), ("ignore", config.ignore), ("extend-select", config.extend_select)]
    keyed += [(f"per-file-ignores.{json.dumps(pattern)}", codes) for pattern, codes in config.per_file_ignores.items()]
    keyed.append(("severity", tuple(config.severity)))
    return [problem for key, selectors in keyed for problem in unknown_selectors(selectors, f"{key}: ")]


def rule_matches_any(rule: type[Rule], selectors: tuple[str, ...] | list[str]) -> bool:
    return any(selector_matches(s, rule) for s in selectors)


class Selection:
    """The rules a configuration selects, with their severities. Built once per config."""

    def __init__(self, config: Config) -> None:
        self.config = config
        if problems := config_problems(config):
            raise SelectionError("; ".join(problems))
        chosen = []
        for rule in load_rules():
            selected = rule_matches_any(rule, config.select) if config.select is not None else rule.enabled_by_default
            selected = (selected or rule_matches_any(rule, config.extend_select)) and not rule_matches_any(
                rule, config.ignore
            )
            if selected and not rule.internal:
                chosen.append(rule())
        self.rules: list[Rule] = chosen
        self.one_per_page = frozenset(rule.code for rule in chosen if rule.one_per_page and config.group)
        self.severity = {rule.code: self._severity(rule) for rule in chosen}

    def _severity(self, rule: Rule) -> Severity:
        """The most specific override wins: code, then family, then name or category."""
        best, level = -1, rule.severity
        for sel, sev in self.config.severity.items():
            if selector_matches(sel, type(rule)):
                weight = len(sel) if sel.upper().startswith("NL") else 1
                if weight > best:
                    best, level = weight, sev
        return level

    def rules_for(self, path: str) -> list[Rule]:
        """The rules that apply to one file after per-file-ignores."""
        if not self.config.per_file_ignores:
            return self.rules
        ignored: list[str] = []
        rel = _relative(path, self.config.root)
        for pattern, selectors in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(PurePath(rel).name, pattern):
                ignored.extend(selectors)
        return [r for r in self.rules if not rule_matches_any(type(r), ignored)] if ignored else self.rules


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


selection_for = per_config(Selection)
