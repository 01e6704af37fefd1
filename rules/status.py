"""Where each unit stands on each requirement at a given moment.

    unit_status(campaign, unit, items, now, overrides)
    # UnitStatus(unit_id="fczz", requirements=(
    #     RequirementStatus("fczz", "plan", State.COMPLETE, count=1, min_count=1, ...),
    #     RequirementStatus("fczz", "articles", State.PARTIAL, count=2, min_count=5,
    #                       detail="已收到2篇，还差3篇"), ...))

Counting: items of the unit and the requirement's deliverable, received at or before `now`
(later items are ignored, so a campaign can be replayed), one per `key` (a resent identical
file counts once; the earliest copy is kept). Only readable items count: a file that could
not be read (corrupt, encrypted, empty) is received but completes nothing — the unit is
asked for a readable copy (待补正) unless staff accepted it. Items received before the
requirement's window `opens` count and are marked early (提前); items after `due` make it
LATE (逾期补交) when only they make it enough. A WeChat account given instead of a column
URL is received (PARTIAL) but is not the URL the city links to.

COMPLETE when enough readable items arrived by `due`; LATE when enough arrived only counting
those after `due`; PARTIAL when something arrived (an unreadable file included); MISSING
when nothing did. Staff overrides: EXEMPT (免报) takes a requirement out for one unit; an
extension gives the unit its own `due`.

Contact data (a requirement of the campaign's contact deliverable): only the liaison's (a
leader's or a form filler's contact is not the liaison); a contact sent as a change of
liaison (联络员变更) supersedes every earlier one, even a complete one. COMPLETE when one
current contact has every field the campaign asks for (`[contact] fields`) present and
valid by `due`, or when a complete current one came later as a change of a liaison that
was complete by `due` (the unit met the deadline; the change is an update); `count` is
then the number of complete current contacts and `detail` names what is missing or
invalid in the best one. The counting word of the detail text is the deliverable's
`measure` (篇 for articles, 个 for the column URL, 份 otherwise).

A column URL sent as a correction (更正, 以此为准, "之前的地址打不开") replaces the ones
before it; like a change of liaison it is an update, so the column is on time when the
first one it corrects was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from parsers.model import Contact, FieldValue
from rules.campaign import Campaign, ContactField, Requirement, Unit
from rules.deliverables import DEFAULT_CONTACT_FIELDS
from rules.model import Item, Override, RequirementStatus, State, UnitStatus


def _aware(moment: datetime, campaign: Campaign) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=campaign.tz)


def _distinct(items: Sequence[Item], campaign: Campaign) -> list[Item]:
    """One item per key, the earliest copy, in order of arrival; a readable file sent again
    in another format under the same name (活动.pdf, then 活动.docx) is the same one."""
    first: dict[str, Item] = {}
    formats: dict[str, str] = {}  # file name without extension -> the extension seen first
    for item in sorted(items, key=lambda i: _aware(i.received_at, campaign)):
        if item.key in first:
            continue
        stem, dot, suffix = item.label.rpartition(".")
        if item.source == "file" and item.readable and dot and len(stem) >= 6:
            seen = formats.setdefault(stem, suffix.lower())
            if seen != suffix.lower():
                continue  # the same document in another format
        first[item.key] = item
    return list(first.values())


def contact_problems(
    contact: Contact, fields: tuple[ContactField, ...] = DEFAULT_CONTACT_FIELDS
) -> list[str]:
    """What is missing or invalid in a contact, in Chinese: ["手机号码无效", "缺少职务"]."""
    out: list[str] = []
    for spec in fields:
        attr, label = spec.key, spec.label
        value: FieldValue = getattr(contact, attr)
        if not value.value.strip():
            out.append(f"缺少{label}")
        elif not value.valid:
            out.append(f"{label}无效")
    return out


def _is_liaison(contact: Contact) -> bool:
    return getattr(contact, "role", "liaison") in ("", "liaison")


def _since_correction(items: list[Item], campaign: Campaign) -> list[Item]:
    """A corrected column URL (更正…以此为准) replaces the ones before it: the items from
    the latest correction on. Like a change of a liaison, a correction is an update: it
    keeps the time of the first column it corrects, so a unit that gave one by `due` stays
    on time. Contacts keep their own rule (`_current_contacts`)."""
    fixes = [i for i in items if i.supersedes and i.contact is None]
    if not fixes:
        return items
    last = max(_aware(i.received_at, campaign) for i in fixes)
    replaced = [i for i in items if i.contact is None and _aware(i.received_at, campaign) < last]
    first = min((_aware(i.received_at, campaign) for i in replaced), default=last)
    return [
        replace(i, received_at=first) if i.supersedes and i.contact is None else i
        for i in items
        if i.contact is not None or _aware(i.received_at, campaign) >= last
    ]


def _current_contacts(items: list[Item]) -> list[Item]:
    """The liaison contacts that stand: from the latest change of liaison on."""
    liaison = [i for i in items if i.contact is not None and _is_liaison(i.contact)]
    changes = [n for n, i in enumerate(liaison) if i.supersedes]
    return liaison[changes[-1] :] if changes else liaison


_CONTACT_FIELDS = ("unit", "name", "position", "email", "mobile", "phone")


def _joined(items: list[Item]) -> list[Item]:
    """Contacts of one person completed by later mail ("周建华手机：…" after a table that
    lacked the mobile): each takes the valid fields earlier contacts of the same name gave,
    so the person is complete when the last missing field arrived, not before."""
    known: dict[str, Contact] = {}
    out: list[Item] = []
    for it in items:
        c = it.contact
        if c is None or not c.name.valid:
            out.append(it)
            continue
        before = known.get(c.name.value)
        if before is not None:
            filled = {
                f: getattr(before, f)
                for f in _CONTACT_FIELDS
                if not getattr(c, f).valid and getattr(before, f).valid
            }
            if filled:
                c = replace(c, **filled)
                it = replace(it, contact=c)
        known[c.name.value] = c
        out.append(it)
    return out


def _unreadable_note(count: int) -> str:
    return f"收到{count}份无法读取的文件，请重新报送可读取的版本" if count else ""


def _contact_status(
    campaign: Campaign, unit: Unit, req: Requirement, items: list[Item], due: datetime
) -> RequirementStatus:
    readable = [i for i in items if i.readable]
    unreadable = len(items) - len(readable)
    contacts = _joined(_current_contacts(readable))
    complete = [
        i for i in contacts if i.contact is not None and campaign.contact_complete(i.contact)
    ]
    on_time = [i for i in complete if _aware(i.received_at, campaign) <= due]
    # a change of liaison after the deadline does not make a unit that met it late
    met_before = complete and any(
        i.contact is not None
        and _is_liaison(i.contact)
        and campaign.contact_complete(i.contact)
        and _aware(i.received_at, campaign) <= due
        for i in readable
    )
    if on_time or met_before:
        state, detail = State.COMPLETE, ""
    elif complete:
        state, detail = State.LATE, "联络员信息截止后才完整"
    elif items:
        state = State.PARTIAL
        if contacts:
            # The attempt with the fewest problems, the latest of equals.
            fields = campaign.contact.fields
            problems = min(
                (contact_problems(i.contact, fields) for i in reversed(contacts)), key=len
            )
            detail = "联络员" + "；".join(problems)
        else:
            detail = _unreadable_note(unreadable) or "联络员信息无法识别"
    else:
        state, detail = State.MISSING, "尚未收到联络员联系方式"
    return RequirementStatus(
        unit_id=unit.id,
        requirement_id=req.id,
        state=state,
        count=len(complete),
        min_count=req.min_count,
        due=due,
        items=tuple(items),
        detail=detail,
        late=0 if met_before else len(complete) - len(on_time),
        unreadable=unreadable,
    )


def requirement_status(
    campaign: Campaign,
    unit: Unit,
    req: Requirement,
    items: Sequence[Item],
    now: datetime,
    override: Override | None = None,
) -> RequirementStatus:
    """The status of one requirement for one unit at `now`."""
    now = _aware(now, campaign)
    due = _aware(override.due if override and override.due else req.due, campaign)
    mine = [
        i
        for i in items
        if i.unit_id == unit.id
        and i.deliverable == req.deliverable
        and _aware(i.received_at, campaign) <= now
    ]
    distinct = _distinct(_since_correction(mine, campaign), campaign)
    if override is not None and override.exempt:
        return RequirementStatus(
            unit_id=unit.id,
            requirement_id=req.id,
            state=State.EXEMPT,
            count=sum(1 for i in distinct if i.readable),
            min_count=req.min_count,
            due=due,
            items=tuple(distinct),
            detail=f"免报{('：' + override.note) if override.note else ''}",
        )
    spec = campaign.deliverable(req.deliverable)
    if spec is not None and spec.kind == "contact":
        return _contact_status(campaign, unit, req, distinct, due)
    measure = campaign.measure(req.deliverable)
    readable = [i for i in distinct if i.readable]
    wechat = [i for i in distinct if i.source == "wechat"]
    unreadable = len(distinct) - len(readable) - len(wechat)
    opens = _aware(req.opens, campaign) if req.opens is not None else None
    early = [i for i in readable if opens is not None and _aware(i.received_at, campaign) < opens]
    on_time = [i for i in readable if _aware(i.received_at, campaign) <= due]
    count = len(readable)
    late_count = count - len(on_time)
    if len(on_time) >= req.min_count:
        state, detail = State.COMPLETE, ""
    elif count >= req.min_count:
        state, detail = State.LATE, f"截止后收到{late_count}{measure}"
    elif distinct:
        state = State.PARTIAL
        missing = req.min_count - count
        detail = f"已收到{count}{measure}，还差{missing}{measure}" if count else ""
        note = _unreadable_note(unreadable)
        if wechat and not count:
            note = "；".join(
                n for n in (note, f"仅报送了{wechat[0].label}，请报送宣传专栏网址") if n
            )
        detail = "；".join(d for d in (detail, note) if d)
    else:
        state, detail = State.MISSING, "尚未收到"
    if early and state is not State.MISSING:
        detail = "；".join(d for d in (detail, f"其中{len(early)}{measure}提前报送") if d)
    return RequirementStatus(
        unit_id=unit.id,
        requirement_id=req.id,
        state=state,
        count=count,
        min_count=req.min_count,
        due=due,
        items=tuple(distinct),
        detail=detail,
        early=len(early),
        late=late_count,
        unreadable=unreadable,
    )


def unit_status(
    campaign: Campaign,
    unit: Unit,
    items: Sequence[Item],
    now: datetime,
    overrides: Sequence[Override] = (),
) -> UnitStatus:
    """Every requirement that applies to `unit`'s kind, in config order, at `now`."""
    mine = {o.requirement_id: o for o in overrides if o.unit_id == unit.id}
    return UnitStatus(
        unit_id=unit.id,
        requirements=tuple(
            requirement_status(campaign, unit, req, items, now, mine.get(req.id))
            for req in campaign.requirements_for(unit)
        ),
    )


def campaign_status(
    campaign: Campaign,
    items: Sequence[Item],
    now: datetime,
    overrides: Sequence[Override] = (),
) -> tuple[UnitStatus, ...]:
    """Every unit's status at `now`, units in config order."""
    by_unit: dict[str | None, list[Item]] = {}
    for item in items:  # once, not once per unit and requirement (thousands of items)
        by_unit.setdefault(item.unit_id, []).append(item)
    return tuple(
        unit_status(campaign, unit, by_unit.get(unit.id, []), now, overrides)
        for unit in campaign.units
    )
