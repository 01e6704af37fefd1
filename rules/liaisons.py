"""Liaison contacts as the bureau records them: a contact written without its 单位 belongs
to the unit of the mail (or document) it came in.

    settle(contact, unit)   # Contact(unit=FieldValue("肥城市职业中等专业学校", valid=True,
                            #         problem="inferred"), ...)
"""

from __future__ import annotations

from dataclasses import replace

from parsers.model import Contact, FieldValue
from rules.campaign import Unit

INFERRED = "inferred"  # FieldValue.problem of a unit taken from the mail, not written


def settle(contact: Contact, unit: Unit | None) -> Contact:
    """The contact with its missing unit taken from `unit` (marked as inferred), so a
    liaison who wrote everything but the unit's name completes the requirement."""
    if unit is None or contact.unit.value.strip():
        return contact
    return replace(contact, unit=FieldValue(value=unit.name, valid=True, problem=INFERRED))
