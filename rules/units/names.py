"""The campaign's unit names as the content rules match them, built once per campaign.

Names are matched after `rules.text.canon` (NFKC, no spaces, and the campaign's
`[names]`: by default 教体局/教育和体育局/教育局, 职专/职业中专/职业中等专业学校,
职院/职业技术学院 each one spelling, optional 泰安市 prefix) and overlapping matches go to
the longest name, so "肥城市职业中等专业学校" is one mention of the school and none of
肥城市. A bureau (a unit of a kind with `bureau = true`: today's county bureaus) is matched
only by its bureau forms (names containing 局, and its place with an education office of
another name: 高新区社会事业局, 文教局); a bare place name such as 肥城市 or
泰安高新区 appears in school names and addresses and is never counted.

    unit_patterns(campaign)   # {"肥城职专": "fczz", "肥城市教体局": "feicheng", ...}
    county_of(campaign, "fczz")   # "feicheng": the school's county bureau
"""

from __future__ import annotations

import logging
from functools import lru_cache

from rules.campaign import Campaign, Names, Unit
from rules.text import name_variants

log = logging.getLogger(__name__)


def _variants(name: str, names: Names) -> set[str]:
    return name_variants(name, names.shortenings, names.region)


def _bureau_place(variant: str, names: Names) -> str | None:
    """The place a bureau's canonical name starts with (肥城市 of 肥城市教体局): the name
    without its institution suffix, a short form of `[names] shortenings` ending in 局."""
    for suffix in names.short_forms:
        if "局" in suffix and variant.endswith(suffix) and len(variant) > len(suffix) + 1:
            return variant[: -len(suffix)]
    return None


@lru_cache(maxsize=16)
def _patterns(
    units: tuple[Unit, ...], names: Names, bureaus: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """(canonical pattern, unit id) for every usable name and alias."""
    out: dict[str, str] = {}
    for unit in units:
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                if unit.kind in bureaus and "局" not in variant:
                    continue  # bare place names are not a mention of the bureau
                if len(variant) < 3 and not (variant == name and name in unit.aliases):
                    continue  # a two-letter name only where staff wrote it as an alias (泰护)
                # A pattern claimed by two units would be ambiguous by construction; the
                # first unit in config order keeps it and the clash is logged.
                if variant in out and out[variant] != unit.id:
                    log.warning("name %s is claimed by %s and %s", variant, out[variant], unit.id)
                    continue
                out[variant] = unit.id
    for place, bureau in _places(units, names, bureaus):
        for office in _EDUCATION_OFFICES:  # 泰安高新区社会事业局: the zone's education office
            out.setdefault(place + office, bureau)
    return tuple(out.items())


# What a development zone (高新区, 开发区) or a county calls its education authority when it
# is no 教育(和体育)局: matched after a bureau's own place name, never alone.
_EDUCATION_OFFICES = ("社会事业局", "社会事务局", "社会发展局", "文教局", "教文体局", "教育文体局")


@lru_cache(maxsize=16)
def _places(
    units: tuple[Unit, ...], names: Names, bureaus: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """(bare place name, bureau id): 肥城市/肥城 -> feicheng, from the bureau forms."""
    out: dict[str, str] = {}
    for unit in units:
        if unit.kind not in bureaus:
            continue
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                place = _bureau_place(variant, names)
                if place is not None:
                    out.setdefault(place, unit.id)
    return tuple(out.items())


@lru_cache(maxsize=16)
def _counties(
    units: tuple[Unit, ...], names: Names, bureaus: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """(school id, bureau id) for schools whose name starts with a bureau's place name
    (肥城市职业中等专业学校 -> 肥城市教育和体育局)."""
    places: list[tuple[str, str]] = []
    for unit in units:
        if unit.kind not in bureaus:
            continue
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                place = _bureau_place(variant, names)
                if place is not None:
                    places.append((place, unit.id))
    out: dict[str, str] = {}
    for unit in units:
        if unit.kind in bureaus:
            continue
        for name in (unit.name, *unit.aliases):
            for variant in _variants(name, names):
                for place, county in places:
                    if variant.startswith(place):
                        out.setdefault(unit.id, county)
    return tuple(out.items())


def _key(campaign: Campaign) -> tuple[tuple[Unit, ...], Names, frozenset[str]]:
    return campaign.units, campaign.names, campaign.bureau_kinds


def county_of(campaign: Campaign, school_id: str) -> str | None:
    """The county bureau a school belongs to, judged from the names, or None."""
    return dict(_counties(*_key(campaign))).get(school_id)


def unit_patterns(campaign: Campaign) -> dict[str, str]:
    """Canonical name/alias -> unit id, as used by the content rules."""
    return dict(_patterns(*_key(campaign)))


def place_names(campaign: Campaign) -> dict[str, str]:
    """Bare place name -> bureau id (肥城市 -> feicheng), from the bureaus' own names."""
    return dict(_places(*_key(campaign)))


def display_name(campaign: Campaign, unit_id: str) -> str:
    """The unit's name as evidence shows it (its id when it is not in the campaign)."""
    unit = campaign.unit(unit_id)
    return unit.name if unit else unit_id
