"""A configuration resolved for linting: which rules run, at what severity, with which packs."""

from __future__ import annotations

import fnmatch
from functools import cached_property
from pathlib import Path, PurePath

from newslint.checks import load_rules
from newslint.config import Config
from newslint.names import NameIndex, spelling_key
from newslint.packs import AttributionPack, BoilerplatePack, DefectsPack, NamesPack, load_typed_pack
from newslint.rule import Rule

DEFAULT_NAME_PACKS = ("syria-iraq", "ukraine-russia")


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
    rules = load_rules()
    for sel in selectors:
        if not any(selector_matches(sel, r) for r in rules):
            raise SelectionError(f"{where}unknown rule, family or category {sel!r} (see 'newslint rules')")


def rule_matches_any(rule: type[Rule], selectors: tuple[str, ...] | list[str]) -> bool:
    return any(selector_matches(s, rule) for s in selectors)


class Settings:
    """Everything a lint run of one file needs beyond the file itself. Built once per config."""

    def __init__(self, config: Config) -> None:
        self.config = config
        check_selectors((*(config.select or ()), *config.ignore, *config.extend_select, *config.severity))
        for selectors in config.per_file_ignores.values():
            check_selectors(selectors, "per-file-ignores: ")
        chosen = []
        for rule in load_rules():
            selected = rule_matches_any(rule, config.select) if config.select is not None else True
            selected = (selected or rule_matches_any(rule, config.extend_select)) and not rule_matches_any(
                rule, config.ignore
            )
            if selected and not rule.internal:
                chosen.append(rule())
        self.rules: list[Rule] = chosen
        self.severity = {rule.code: self._severity(rule) for rule in chosen}
        if config.packs or config.house_style:
            _ = self.name_packs  # a project's own packs are checked before any file is linted

    def _severity(self, rule: Rule) -> str:
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

    @cached_property
    def boilerplate(self) -> BoilerplatePack:
        return load_typed_pack("boilerplate", BoilerplatePack)

    @cached_property
    def attribution(self) -> AttributionPack:
        return load_typed_pack("attribution-en", AttributionPack)

    @cached_property
    def agencies(self) -> NamesPack:
        return load_typed_pack("agencies", NamesPack)

    @cached_property
    def defects(self) -> DefectsPack:
        return load_typed_pack("defects", DefectsPack)

    @cached_property
    def name_packs(self) -> list[NamesPack]:
        """The house pack first, then the project's packs, then the bundled ones: the first listing wins."""
        specs = [*self.config.packs, *DEFAULT_NAME_PACKS]
        if self.config.house_style:
            specs.insert(0, self.config.house_style)
        return [load_typed_pack(spec, NamesPack, self.config.root) for spec in dict.fromkeys(specs)]

    @cached_property
    def house_pack(self) -> str | None:
        """The name of the pack whose canonical spellings are the house's, if one is configured."""
        return self.name_packs[0].name if self.config.house_style else None

    @cached_property
    def trap_keys(self) -> frozenset[str]:
        """Spelling keys of the look-alikes the names packs say are other names."""
        return frozenset(spelling_key(t) for pack in self.name_packs for e in pack.entries for t in e.traps)

    @cached_property
    def name_index(self) -> NameIndex:
        return NameIndex(self.name_packs)


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


_SETTINGS: dict[str, Settings] = {}


def settings_for(config: Config) -> Settings:
    """One Settings per distinct config in a process (workers build their own)."""
    key = repr(config)
    found = _SETTINGS.get(key)
    if found is None:
        found = _SETTINGS[key] = Settings(config)
    return found
