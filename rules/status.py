"""Where each unit stands on each requirement at a given moment.

    unit_status(campaign, unit, items, now)
    # UnitStatus(unit_id="fczz", requirements=(
    #     RequirementStatus("fczz", "plan", State.COMPLETE, count=1, min_count=1, ...),
    #     RequirementStatus("fczz", "articles", State.PARTIAL, count=2, min_count=5,
    #                       detail="已收到2篇，还差3篇"), ...))

Counting: items of the unit and the requirement's deliverable, received at or before `now`
(later items are ignored, so a campaign can be replayed), one per `key` (a resent identical
file counts once; the earliest copy is kept). With `opens`, items received before it do not
count. COMPLETE when enough items arrived by `due`; LATE when enough arrived only counting
those after `due`; PARTIAL when some; MISSING when none. Contact data is COMPLETE only when
one received contact has every field present and valid; `count` is then the number of
complete contacts, and `detail` names what is missing or invalid in the best one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from parsers.model import Contact, FieldValue
from rules.campaign import Campaign, Deliverable, Requirement, Unit
from rules.model import Item, RequirementStatus, State, UnitStatus

# Measure words for the Chinese detail text.
_MEASURE = {Deliverable.ARTICLE: "篇", Deliverable.COLUMN_URL: "个"}
_CONTACT_FIELDS: tuple[tuple[str, str], ...] = (
    ("unit", "单位"),
    ("name", "姓名"),
    ("position", "职务"),
    ("email", "邮箱"),
    ("mobile", "手机号码"),
)


def _aware(moment: datetime, campaign: Campaign) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=campaign.tz)


def _distinct(items: Sequence[Item], campaign: Campaign) -> list[Item]:
    """One item per key, the earliest copy, in order of arrival."""
    first: dict[str, Item] = {}
    for item in sorted(items, key=lambda i: _aware(i.received_at, campaign)):
        first.setdefault(item.key, item)
    return list(first.values())


def contact_problems(contact: Contact) -> list[str]:
    """What is missing or invalid in a contact, in Chinese: ["手机号码无效", "缺少职务"]."""
    out: list[str] = []
    for attr, label in _CONTACT_FIELDS:
        value: FieldValue = getattr(contact, attr)
        if not value.value.strip():
            out.append(f"缺少{label}")
        elif not value.valid:
            out.append(f"{label}无效")
    return out


def _contact_status(
    campaign: Campaign, unit: Unit, req: Requirement, items: list[Item]
) -> RequirementStatus:
    due = _aware(req.due, campaign)
    contacts = [(i, i.contact) for i in items if i.contact is not None]
    complete = [i for i, c in contacts if c.complete]
    on_time = [i for i in complete if _aware(i.received_at, campaign) <= due]
    if on_time:
        state, detail = State.COMPLETE, ""
    elif complete:
        state, detail = State.LATE, "联络员信息截止后才完整"
    elif items:
        state = State.PARTIAL
        if contacts:
            # The attempt with the fewest problems, the latest of equals.
            problems = min((contact_problems(c) for _, c in reversed(contacts)), key=len)
            detail = "联络员" + "；".join(problems)
        else:
            detail = "联络员信息无法识别"
    else:
        state, detail = State.MISSING, "尚未收到联络员联系方式"
    return RequirementStatus(
        unit_id=unit.id,
        requirement_id=req.id,
        state=state,
        count=len(complete),
        min_count=req.min_count,
        due=req.due,
        items=tuple(items),
        detail=detail,
    )


def requirement_status(
    campaign: Campaign, unit: Unit, req: Requirement, items: Sequence[Item], now: datetime
) -> RequirementStatus:
    """The status of one requirement for one unit at `now`."""
    now = _aware(now, campaign)
    mine = [
        i
        for i in items
        if i.unit_id == unit.id
        and i.deliverable == req.deliverable
        and _aware(i.received_at, campaign) <= now
    ]
    distinct = _distinct(mine, campaign)
    if req.deliverable is Deliverable.CONTACT:
        return _contact_status(campaign, unit, req, distinct)
    measure = _MEASURE.get(req.deliverable, "份")
    early: list[Item] = []
    if req.opens is not None:
        opens = _aware(req.opens, campaign)
        early = [i for i in distinct if _aware(i.received_at, campaign) < opens]
        distinct = [i for i in distinct if _aware(i.received_at, campaign) >= opens]
    due = _aware(req.due, campaign)
    on_time = [i for i in distinct if _aware(i.received_at, campaign) <= due]
    count = len(distinct)
    late_count = count - len(on_time)
    if len(on_time) >= req.min_count:
        state, detail = State.COMPLETE, ""
    elif count >= req.min_count:
        state, detail = State.LATE, f"截止后收到{late_count}{measure}"
    elif count > 0:
        state = State.PARTIAL
        detail = f"已收到{count}{measure}，还差{req.min_count - count}{measure}"
    else:
        state, detail = State.MISSING, "尚未收到"
    if early and state is not State.COMPLETE:
        detail += f"（活动开始前收到的{len(early)}{measure}不计入）"
    return RequirementStatus(
        unit_id=unit.id,
        requirement_id=req.id,
        state=state,
        count=count,
        min_count=req.min_count,
        due=req.due,
        items=tuple(distinct),
        detail=detail,
    )


def unit_status(campaign: Campaign, unit: Unit, items: Sequence[Item], now: datetime) -> UnitStatus:
    """Every requirement that applies to `unit`'s kind, in config order, at `now`."""
    return UnitStatus(
        unit_id=unit.id,
        requirements=tuple(
            requirement_status(campaign, unit, req, items, now)
            for req in campaign.requirements_for(unit)
        ),
    )


def campaign_status(
    campaign: Campaign, items: Sequence[Item], now: datetime
) -> tuple[UnitStatus, ...]:
    """Every unit's status at `now`, units in config order."""
    by_unit: dict[str | None, list[Item]] = {}
    for item in items:  # once, not once per unit and requirement (thousands of items)
        by_unit.setdefault(item.unit_id, []).append(item)
    return tuple(
        unit_status(campaign, unit, by_unit.get(unit.id, []), now) for unit in campaign.units
    )
