"""What the rules read beside the document: the configuration and the packs it names, loaded once per config."""

from __future__ import annotations

from functools import cached_property

from newslint.config.options import Config, per_config
from newslint.config.packs import (
    AttributionPack,
    BoilerplatePack,
    DefectsPack,
    NamesPack,
    house_style_spec,
    load_typed_pack,
)
from newslint.lib.transliteration.name_index import NameIndex, spelling_key

DEFAULT_NAME_PACKS = ("syria-iraq", "ukraine-russia", "groups", "people")


class Settings:
    """The configuration and its packs, as the rules read them. Built once per config."""

    def __init__(self, config: Config) -> None:
        self.config = config
        if config.packs or config.house_style:
            _ = self.name_packs  # a project's own packs are checked before any file is linted

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
            specs.insert(0, house_style_spec(self.config.house_style))
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


settings_for = per_config(Settings)
