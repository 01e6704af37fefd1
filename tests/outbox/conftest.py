"""Helpers for outbox tests: unit statuses built directly from rules' types, and the sender.

`status_at` is a deliberately small stand-in for rules' status computation: an item counts
when it arrived by `now` (and inside the requirement's window for windowed requirements);
`min_count` items make it complete (LATE when the completing item came after `due`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import pytest

from outbox.model import Sender
from rules.campaign import Campaign
from rules.model import Item, RequirementStatus, State, UnitStatus

Deliveries = Mapping[str, Sequence[datetime]]  # requirement id -> arrival times


def status_at(
    campaign: Campaign,
    unit_id: str,
    deliveries: Deliveries,
    now: datetime,
    *,
    details: Mapping[str, str] | None = None,
) -> UnitStatus:
    """A unit's status at `now`; a requirement named in `details` stays PARTIAL with that
    detail (e.g. an invalid mobile number) whatever has arrived."""
    unit = campaign.unit(unit_id)
    assert unit is not None
    details = details or {}
    out: list[RequirementStatus] = []
    for req in campaign.requirements:
        if unit.kind not in req.kinds:
            out.append(RequirementStatus(unit_id, req.id, State.NOT_DUE, 0, 0, req.due))
            continue
        times = sorted(
            t
            for t in deliveries.get(req.id, ())
            if t <= now and (req.opens is None or t >= req.opens)
        )
        items = tuple(
            Item(unit_id, req.deliverable, t, f"{req.id}-{i}", f"{req.title}{i + 1}")
            for i, t in enumerate(times)
        )
        if req.id in details:
            state, detail = State.PARTIAL, details[req.id]
        elif len(items) >= req.min_count:
            late = times[req.min_count - 1] > req.due
            state, detail = (State.LATE if late else State.COMPLETE), ""
        elif items:
            state, detail = State.PARTIAL, ""
        else:
            state, detail = State.MISSING, ""
        out.append(
            RequirementStatus(
                unit_id, req.id, state, len(items), req.min_count, req.due, items, detail
            )
        )
    return UnitStatus(unit_id, tuple(out))


def statuses_at(
    campaign: Campaign,
    schedule: Mapping[str, Deliveries],
    now: datetime,
    details: Mapping[str, Mapping[str, str]] | None = None,
) -> list[UnitStatus]:
    """Every unit's status at `now`; units missing from `schedule` have delivered nothing."""
    details = details or {}
    return [
        status_at(campaign, u.id, schedule.get(u.id, {}), now, details=details.get(u.id))
        for u in campaign.units
    ]


@pytest.fixture()
def sender() -> Sender:
    return Sender("泰安市教育局职成高教科 <jyj-zcjk01@ta.shandong.cn>", "jyj-zcjk01@ta.shandong.cn")
