"""Rule packs: YAML data in ``rules/packs/`` (shipped in ``newslint/rules``), validated at load time.

Five types, in the manner of Vale's rule types:

- ``names``: one spelling per name (consistency) and the canonical spelling (substitution);
  transliteration tables and news agencies are packs of this type.
- ``boilerplate``: patterns that recognise the parts of a news page that are not story prose
  (skip links, banners, bylines, credit lines, datelines, related links).
- ``attribution``: the words that tell who stands behind a claim ("said", "according to"),
  the ones that leave it without an agent ("was estimated"), and vague sources.
- ``defects``: text that must not reach a published story (page chrome leaking into the body,
  editorial placeholders, links to staging hosts).
- ``accessibility-text``: the words of one language that accessibility rules look for (vague
  link text, "opens in a new tab", placeholder alt text, photo credits).

The types are plain dataclasses; pydantic validates the YAML into them (imported only when a
pack is read, not when a validated pack comes from the cache).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeVar

from annotated_types import MinLen

from newslint import store as cache
from newslint.bounded_read import TooLarge, read_bounded
from newslint.config.patterns import check_pattern, compile_led

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

MAX_PACK_BYTES = 2 * 1024 * 1024
MAX_ALIASED = 10_000  # nodes that YAML aliases may repeat in one pack
_STRICT: dict[str, object] = {"extra": "forbid"}
NonEmpty = Annotated[str, MinLen(1)]


class PackError(Exception):
    """An invalid pack; the message names the file, the entry and the field."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Homonym:
    """Another name written like some forms of an entry, told apart by the words around a use.

    A use of one of ``forms`` is the other name when one of ``cues`` stands within three words
    of it ("the broadcaster Al Mayadeen"), or, with ``after_given_name``, when a capitalised
    word that does not start a sentence stands right before it ("Igor Nikolaev").
    """

    __pydantic_config__: ClassVar[dict[str, object]] = _STRICT
    name: NonEmpty
    forms: Annotated[tuple[NonEmpty, ...], MinLen(1)]
    cues: tuple[NonEmpty, ...] = ()
    after_given_name: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class NameEntry:
    __pydantic_config__: ClassVar[dict[str, object]] = _STRICT
    canonical: NonEmpty
    kind: Literal["place", "person", "group", "organisation"]
    source: NonEmpty
    variants: tuple[NonEmpty, ...] = ()
    context: tuple[NonEmpty, ...] = ()
    traps: tuple[NonEmpty, ...] = ()
    homonyms: tuple[Homonym, ...] = ()
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        forms = {f.casefold() for f in (self.canonical, *self.variants)}
        for homonym in self.homonyms:
            for form in homonym.forms:
                if form.casefold() not in forms:
                    raise ValueError(f"homonym {homonym.name!r}: {form!r} is not the canonical or a variant")


@dataclass(frozen=True, kw_only=True)
class _Pack:
    """What every pack file starts with."""

    __pydantic_config__: ClassVar[dict[str, object]] = _STRICT
    schema: Literal[1]
    name: NonEmpty
    description: str


@dataclass(frozen=True, kw_only=True)
class NamesPack(_Pack):
    type: Literal["names"]
    entries: tuple[NameEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PatternEntry:
    """Regular expressions; ``match`` anchors them: the whole text, its start, or anywhere."""

    __pydantic_config__: ClassVar[dict[str, object]] = _STRICT
    patterns: Annotated[tuple[str, ...], MinLen(1)]
    description: str = ""
    match: Literal["full", "start", "anywhere"] = "full"
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        for pattern in self.patterns:
            check_pattern(pattern)

    def source(self) -> str:
        """One regex for all the entry's patterns, anchored as ``match`` says, case as the entry says."""
        body = "|".join(f"(?:{p})" for p in self.patterns)
        if self.match == "anywhere":
            source = rf"(?<!\w)(?:{body})(?!\w)"
        else:
            source = rf"\W*(?:{body})" + (r"\W*\Z" if self.match == "full" else "")
        return f"(?{'' if self.case_sensitive else 'i'}:{source})"

    def compile(self) -> re.Pattern[str]:
        return compile_led(self.source())


@dataclass(frozen=True, slots=True, kw_only=True)
class RegionEntry(PatternEntry):
    region: Literal["skip-link", "banner", "byline", "dateline", "credit", "related"]


@dataclass(frozen=True, kw_only=True)
class BoilerplatePack(_Pack):
    type: Literal["boilerplate"]
    entries: tuple[RegionEntry, ...]

    @cached_property
    def _by_region(self) -> dict[str, tuple[re.Pattern[str], ...]]:
        regions: dict[str, list[re.Pattern[str]]] = {}
        for e in self.entries:
            regions.setdefault(e.region, []).append(e.compile())
        return {region: tuple(found) for region, found in regions.items()}

    def patterns(self, region: str) -> tuple[re.Pattern[str], ...]:
        """The compiled patterns of every entry for one region."""
        return self._by_region.get(region, ())

    @cached_property
    def _any(self) -> dict[tuple[str, ...], re.Pattern[str]]:
        return {}

    def any_pattern(self, *regions: str) -> re.Pattern[str]:
        """One pattern that matches where a pattern of any of these regions does, built once per pack."""
        found = self._any.get(regions)
        if found is None:
            found = self._any[regions] = re.compile(
                "|".join(f"(?:{p.pattern})" for r in regions for p in self.patterns(r))
            )
        return found


@dataclass(frozen=True, slots=True, kw_only=True)
class CueEntry(PatternEntry):
    cue: Literal["source", "agentless", "vague", "agency-citation", "continuation", "own-figure"]
    match: Literal["full", "start", "anywhere"] = "anywhere"


@dataclass(frozen=True, kw_only=True)
class AttributionPack(_Pack):
    type: Literal["attribution"]
    entries: tuple[CueEntry, ...]
    language: str = "en"

    @cached_property
    def _compiled(self) -> dict[str, re.Pattern[str] | None]:
        return {}

    def pattern(self, cue: str, agency: str = "") -> re.Pattern[str] | None:
        """One pattern for every entry of a cue (``{agency}`` filled in), or None where there is none."""
        key = f"{cue}\0{agency}"
        if key not in self._compiled:
            parts = [e.source().replace("{agency}", agency) for e in self.entries if e.cue == cue]
            self._compiled[key] = compile_led("|".join(parts)) if parts else None
        return self._compiled[key]


Defect = Literal["leak", "placeholder", "staging-host"]
# What a piece of page furniture is, when it sits in a story (newslint.document.furniture).
Furniture = Literal[
    "skip-link",
    "banner",
    "advert",
    "share",
    "cookie",
    "related",
    "newsletter",
    "appeal",
    "promo",
    "contact",
    "credit",
    "caption",
    "tags",
    "embed",
    "gallery",
    "quote-chip",
    "form",
    "links",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class DefectEntry(PatternEntry):
    """Text that does not belong in a published story: leaked page chrome, placeholders, staging hosts.

    A ``leak`` entry names the ``furniture`` its text is (a share bar, a photo credit…).
    """

    defect: Defect
    furniture: Furniture | None = None


@dataclass(frozen=True, kw_only=True)
class DefectsPack(_Pack):
    type: Literal["defects"]
    entries: tuple[DefectEntry, ...]

    @cached_property
    def _by_defect(self) -> dict[str, re.Pattern[str] | None]:
        return {}

    def pattern(self, defect: Defect, extra: tuple[str, ...] = ()) -> re.Pattern[str] | None:
        """One pattern for every entry of a defect (and ``extra`` patterns, matched anywhere), or None."""
        key = "\0".join((defect, *extra))
        if key not in self._by_defect:
            entries = [e for e in self.entries if e.defect == defect]
            if extra:
                entries.append(DefectEntry(defect=defect, patterns=extra, match="anywhere", case_sensitive=True))
            parts = [e.source() for e in entries]
            self._by_defect[key] = compile_led("|".join(parts)) if parts else None
        return self._by_defect[key]

    @cached_property
    def furniture(self) -> tuple[tuple[Furniture, str], ...]:
        """Each kind of page furniture the ``leak`` entries name, with the source of one pattern for its entries
        (compiled by its reader, once, with the others), in pack order."""
        kinds: dict[Furniture, list[str]] = {}
        for e in self.entries:
            if e.defect == "leak" and e.furniture is not None:
                kinds.setdefault(e.furniture, []).append(e.source())
        return tuple((kind, "|".join(parts)) for kind, parts in kinds.items())


@dataclass(frozen=True, slots=True, kw_only=True)
class TextCueEntry(PatternEntry):
    """Words of one language that accessibility rules look for in link names and alt text."""

    cue: Literal["vague-link", "link-filler", "new-window", "alt-prefix", "alt-placeholder", "photo-credit"]


@dataclass(frozen=True, kw_only=True)
class AccessibilityTextPack(_Pack):
    type: Literal["accessibility-text"]
    language: NonEmpty
    entries: tuple[TextCueEntry, ...]

    @cached_property
    def _by_cue(self) -> dict[str, re.Pattern[str]]:
        cues: dict[str, list[str]] = {}
        for e in self.entries:
            cues.setdefault(e.cue, []).append(e.source())
        return {cue: compile_led("|".join(parts)) for cue, parts in cues.items()}

    def pattern(self, cue: str) -> re.Pattern[str] | None:
        """One pattern for every entry of a cue, or None where the pack has none."""
        return self._by_cue.get(cue)


Pack = NamesPack | BoilerplatePack | AttributionPack | DefectsPack | AccessibilityTextPack
P = TypeVar("P", NamesPack, BoilerplatePack, AttributionPack, DefectsPack, AccessibilityTextPack)
PACK_TYPES: dict[str, type[Pack]] = {
    "names": NamesPack,
    "boilerplate": BoilerplatePack,
    "attribution": AttributionPack,
    "defects": DefectsPack,
    "accessibility-text": AccessibilityTextPack,
}


def shipped_rules() -> Path:
    """Where the rules' data is: ``newslint/rules`` when installed, ``rules/`` beside the package in a checkout.

    It holds ``packs/`` (the word lists and name tables rules read) and a folder per family with one
    spec per rule (its cases; see :mod:`newslint.config.specs`).
    """
    package = Path(__file__).resolve().parents[1]
    installed = package / "rules"
    return installed if installed.is_dir() else package.parent / "rules"


def builtin_pack_names() -> list[str]:
    folder = shipped_rules() / "packs"
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def resolve_pack(spec: str, base: Path | None = None) -> Path:
    """A pack given by name (shipped with newslint) or by path (relative to the config's folder)."""
    if "/" not in spec and "\\" not in spec and not spec.endswith((".yaml", ".yml")):
        shipped = shipped_rules() / "packs" / f"{spec}.yaml"
        if shipped.is_file():
            return shipped
        raise PackError(f"no pack named {spec!r} (shipped packs: {', '.join(builtin_pack_names())})")
    path = Path(spec).expanduser()
    return path if path.is_absolute() or base is None else base / path


HOUSE_PRESET_PREFIX = "house-"  # house-ap.yaml: the shipped preset ``house-style = "ap"`` names


def house_style_spec(spec: str) -> str:
    """The pack a ``house-style`` setting names: a shipped preset by its short name ("ap" is the pack
    ``house-ap``), otherwise the setting itself (a pack name or path)."""
    preset = f"{HOUSE_PRESET_PREFIX}{spec}"
    if "/" not in spec and "\\" not in spec and (shipped_rules() / "packs" / f"{preset}.yaml").is_file():
        return preset
    return spec


_LOADED: dict[Path, tuple[bytes, Pack]] = {}
# Cached packs are pickles of the classes above: a change to this module or to the pattern
# checks invalidates them.
_SCHEMA_SOURCE = Path(__file__).read_bytes() + Path(check_pattern.__code__.co_filename).read_bytes()


def load_typed_pack(spec: str, kind: type[P], base: Path | None = None) -> P:
    """A pack by name or path that must be of one type."""
    pack = load_pack(resolve_pack(spec, base))
    if not isinstance(pack, kind):
        wanted = next(name for name, cls in PACK_TYPES.items() if cls is kind)
        raise PackError(f"{spec}: a {wanted} pack is needed here, not a {pack.type} pack")
    return pack


def load_pack(path: Path) -> Pack:
    """Read and validate one pack file; every problem becomes a one-line :class:`PackError`.

    A validated pack is kept in the user cache under the hash of its bytes, so later runs
    skip YAML parsing and validation until the file changes.
    """
    try:
        raw = read_bounded(path, MAX_PACK_BYTES)  # a regular file: not /dev/zero, not a FIFO
    except TooLarge:
        raise PackError(f"{path}: too large for a rule pack (limit {MAX_PACK_BYTES // 2**20} MiB)") from None
    except OSError as exc:
        raise PackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from None
    seen = _LOADED.get(path)
    if seen is not None and seen[0] == raw:
        return seen[1]
    key = cache.key_of("pack", raw, _SCHEMA_SOURCE)
    pack = cache.get(key)
    if not isinstance(pack, Pack):
        pack = validate_pack(raw, path)
        cache.put(key, pack)
    _LOADED[path] = (raw, pack)
    return pack


def validate_pack(raw: bytes, path: Path) -> Pack:
    import yaml
    from pydantic import TypeAdapter, ValidationError

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = raw.decode("utf-8")
        _check_aliases(yaml.parse(text, Loader=loader), path)
        data = yaml.load(text, Loader=loader)
    except UnicodeDecodeError:
        raise PackError(f"{path}: rule pack is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where else ""
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]  # a reader error spans two lines
        raise PackError(f"{path}: invalid YAML{at}: {' '.join(reason.split())}") from None
    if not isinstance(data, dict):
        raise PackError(f"{path}: a rule pack is a mapping with schema, type, name, description and entries")
    kind = PACK_TYPES.get(str(data.get("type")))
    if kind is None:
        raise PackError(f"{path}: type: must be one of {', '.join(PACK_TYPES)}")
    try:
        return TypeAdapter(kind).validate_python(data)
    except ValidationError as exc:
        raise PackError(f"{path}: {_describe(exc.errors()[0], data)}") from None


def _check_aliases(events: Iterator[object], path: Path) -> None:
    """Refuse a pack whose aliases would repeat more than MAX_ALIASED nodes.

    An alias (``*name``) stands for the whole node its anchor (``&name``) marks; aliases of aliases
    multiply, so a pack of a few hundred kilobytes can stand for billions of nodes that validation
    would then visit. The events are counted as they come, before anything is built.
    """
    import yaml

    size: dict[str, int] = {}  # nodes in each anchored node, the aliases in it expanded
    open_nodes: list[tuple[str | None, int]] = []  # collections being read: anchor, nodes before them
    nodes = aliased = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            repeated = size.get(event.anchor or "", 1)
            nodes += repeated
            aliased += repeated
            if aliased > MAX_ALIASED:
                raise PackError(f"{path}: aliases repeat more than {MAX_ALIASED:,} nodes; at most {MAX_ALIASED:,}")
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
            if event.anchor:
                size[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            nodes += 1
            open_nodes.append((event.anchor, nodes))
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, before = open_nodes.pop()
            if anchor:
                size[anchor] = nodes - before + 1


def _describe(err: ErrorDetails, data: dict[str, Any]) -> str:
    """A validation error as 'entry N (canonical ...): field: reason'."""
    loc = list(err["loc"])
    where = []
    if len(loc) >= 2 and loc[0] == "entries" and isinstance(loc[1], int):
        entry = data["entries"][loc[1]] if isinstance(data.get("entries"), list) else None
        label = ""
        if isinstance(entry, dict):
            label = str(entry.get("canonical") or entry.get("region") or entry.get("cue") or entry.get("defect") or "")
        where.append(f"entry {loc[1] + 1}" + (f" ({label})" if label else ""))
        loc = loc[2:]
    if loc:
        where.append(".".join(str(p) for p in loc))
    reason = err["msg"].removeprefix("Value error, ")
    if err["type"] in ("extra_forbidden", "unexpected_keyword_argument"):
        reason = "unknown field"
    return ": ".join([*where, reason]) if where else reason
