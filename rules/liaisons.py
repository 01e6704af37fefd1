"""Liaison contacts as the bureau records them: a contact written without its 单位 belongs
to the unit of the mail (or document) it came in; one whose 单位 names another unit of the
campaign (a county's table of its schools' liaisons) belongs to that unit.

    settle(contact, unit)          # Contact(unit=FieldValue("肥城市职业中等专业学校",
                                   #         valid=True, problem="inferred"), ...)
    owner(contact, campaign, "ningyang")   # "nyzz" when its 单位 is 宁阳县职业中专
"""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Contact, FieldValue
from rules.campaign import Campaign, Unit
from rules.text import canon, find_names
from rules.units import unit_patterns

INFERRED = "inferred"  # FieldValue.problem of a unit taken from the mail, not written


def settle(contact: Contact, unit: Unit | None, campaign: Campaign | None = None) -> Contact:
    """The contact with its missing unit taken from `unit` (marked as inferred), so a
    liaison who wrote everything but the unit's name completes the requirement; a 单位
    written as one campaign unit's short or long form ("岱岳区职教中心办公室") is recorded
    under that unit's name, as the bureau's list writes it."""
    written = contact.unit.value.strip()
    if written and campaign is not None:
        named = _named_units(written, campaign)
        if len(named) == 1:
            (one,) = named
            canonical = campaign.unit(one)
            if canonical is not None and canonical.name != written:
                return replace(contact, unit=FieldValue(value=canonical.name, valid=True))
    if unit is None or written:
        return contact
    return replace(contact, unit=FieldValue(value=unit.name, valid=True, problem=INFERRED))


def _named_units(written: str, campaign: Campaign) -> set[str]:
    return {m.key for m in find_names(canon(written), unit_patterns(campaign))}


def owner(contact: Contact, campaign: Campaign, default: str | None) -> str | None:
    """The unit a contact is the liaison of: the one its 单位 names (when that is exactly
    one unit of the campaign), else `default` (the mail's or the document's unit)."""
    written = contact.unit.value.strip()
    if not written or contact.unit.problem == INFERRED:
        return default
    names = _named_units(written, campaign)
    return names.pop() if len(names) == 1 else default
