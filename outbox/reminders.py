"""Reminders: when they are due, who gets one, and the message itself.

    points = reminder_points(campaign)           # every reminder instant, per requirement
    for at in due_points(campaign, since, now):  # instants passed since the last run
        for planned in plan_reminders(campaign, statuses, at):
            msg = compose_reminder(campaign, unit, status, planned, to, sender, now)

At one reminder check a unit gets at most one reminder, covering every requirement whose
point passed since the last check and that it still owes (plan, column URL and contact
share a due date: one mail, not three; a check after a restart that finds two points
passed sends one mail, not two). What is overdue is listed first, under 已逾期. A unit
with an extended deadline has its points moved with it. `PlannedReminder.key` is stable
across runs, so the store's unique key makes each reminder go out once whatever restarts
happen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Literal

from outbox.model import Sender
from outbox.render import (
    format_day,
    format_full_date,
    format_moment,
    make_environment,
    message_id,
    one_line,
    owed_lines,
    received_lines,
    render_subject,
)
from rules.campaign import Campaign, Requirement, Unit, parse_offset
from rules.model import UnitStatus

Kind = Literal["before", "overdue"]


@dataclass(frozen=True, slots=True, order=True)
class ReminderPoint:
    """One instant at which a requirement is reminded of.

    `kind` is "before" (a `remind_before` point) or "overdue" (the `overdue_after` notice);
    `label` is the configured value ("3d", "09:00", or the overdue offset "1d").
    """

    at: datetime
    requirement_id: str
    kind: Kind
    label: str


@dataclass(frozen=True, slots=True)
class PlannedReminder:
    """One reminder to one unit at one instant.

    `requirement_ids` are the requirements whose point is `at` and that the unit still owes
    (sorted); `overdue_ids` is the subset reminded of as overdue. `key` looks like
    "remind:taishan:column_url+contact+plan:20201105T0100Z" and is unique per unit,
    requirement set and instant.
    """

    unit_id: str
    requirement_ids: tuple[str, ...]
    at: datetime
    key: str
    overdue_ids: tuple[str, ...] = ()

    @property
    def overdue(self) -> bool:
        """True when every requirement in it is past its deadline."""
        return bool(self.requirement_ids) and set(self.requirement_ids) <= set(self.overdue_ids)


def _points_of(
    requirement: Requirement, campaign: Campaign, due: datetime | None = None
) -> list[ReminderPoint]:
    """The points of one requirement; `due` replaces its due time (a unit's extension)."""
    due = due or requirement.due
    points: dict[datetime, ReminderPoint] = {}
    for label in requirement.remind_before:
        clock = re.fullmatch(r"(?:(\d+)d@)?(\d{1,2}):(\d{2})", label)
        if clock:  # "09:00" on the due day, "3d@09:00" three calendar days before it
            days, hh, mm = (int(x) if x else 0 for x in clock.groups())
            day = due.astimezone(campaign.tz).date() - timedelta(days=days)
            at = datetime.combine(day, time(hh, mm), tzinfo=campaign.tz)
        else:
            at = due - parse_offset(label)
        at = at.astimezone(campaign.tz)
        if at < due:  # a clock time at or after the deadline is no reminder "before"
            points.setdefault(at, ReminderPoint(at, requirement.id, "before", label))
    if requirement.overdue_after:
        at = (due + parse_offset(requirement.overdue_after)).astimezone(campaign.tz)
        points[at] = ReminderPoint(at, requirement.id, "overdue", requirement.overdue_after)
    return list(points.values())


def reminder_points(campaign: Campaign) -> tuple[ReminderPoint, ...]:
    """Every reminder point of every requirement, in time order.

    'Nd'/'Nh' points lie that long before `due`; 'HH:MM' points at that clock time on the
    due day in the campaign timezone (dropped when not before `due`); `overdue_after` adds
    one "overdue" point after `due`.
    """
    found: list[ReminderPoint] = []
    for requirement in campaign.requirements:
        found.extend(_points_of(requirement, campaign))
    return tuple(sorted(found, key=lambda p: (p.at, p.requirement_id, p.kind)))


def unit_points(campaign: Campaign, status: UnitStatus) -> tuple[ReminderPoint, ...]:
    """The reminder points of one unit: the campaign's, moved with any deadline staff
    extended for it (the status carries the unit's own due time)."""
    requirements = {r.id: r for r in campaign.requirements}
    found: list[ReminderPoint] = []
    for r in status.requirements:
        req = requirements.get(r.requirement_id)
        if req is not None:
            found.extend(_points_of(req, campaign, r.due if r.due != req.due else None))
    return tuple(sorted(found, key=lambda p: (p.at, p.requirement_id, p.kind)))


def due_points(
    campaign: Campaign,
    since: datetime | None,
    now: datetime,
    grace: timedelta = timedelta(days=1),
    statuses: Sequence[UnitStatus] = (),
) -> tuple[datetime, ...]:
    """The distinct reminder instants in (since, now], oldest first.

    `since` is when the previous run looked (None: never). Points older than `grace`
    before `now` are skipped, not sent late: a daemon that was down for a week does not
    wake up and send a week of stale reminders (the next point, or the digest, covers it).
    """
    floor = now - grace
    points = list(reminder_points(campaign))
    for status in statuses:  # units with an extended deadline have points of their own
        points.extend(unit_points(campaign, status))
    instants = {
        p.at for p in points if p.at <= now and p.at >= floor and (since is None or p.at > since)
    }
    return tuple(sorted(instants))


def reminder_key(unit_id: str, requirement_ids: Sequence[str], at: datetime) -> str:
    """ "remind:<unit>:<req+req>:<UTC instant>" — the same whatever timezone `at` carries."""
    instant = at.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
    return f"remind:{unit_id}:{'+'.join(sorted(requirement_ids))}:{instant}"


def plan_reminders(
    campaign: Campaign, statuses: Sequence[UnitStatus], at: datetime
) -> tuple[PlannedReminder, ...]:
    """For the instant `at`, one PlannedReminder per unit that still owes a requirement
    whose point (the unit's own, see `unit_points`) is `at`; units in campaign order.
    Complete units, units that owe only other requirements, and units without a status
    get none."""
    return merge_reminders(campaign, statuses, (at,))


def merge_reminders(
    campaign: Campaign, statuses: Sequence[UnitStatus], instants: Sequence[datetime]
) -> tuple[PlannedReminder, ...]:
    """One PlannedReminder per unit for every instant of one reminder check together: a
    check that finds two points passed (after a restart, say) sends each unit one mail
    covering both, keyed by the latest instant."""
    if not instants:
        return ()
    wanted = set(instants)
    by_unit = {s.unit_id: s for s in statuses}
    planned: list[PlannedReminder] = []
    for unit in campaign.units:
        status = by_unit.get(unit.id)
        if status is None:
            continue
        points = [p for p in unit_points(campaign, status) if p.at in wanted]
        kinds: dict[str, str] = {}
        latest: datetime | None = None
        owes = {r.requirement_id for r in status.owed}
        for p in points:
            if p.requirement_id in owes:
                if kinds.get(p.requirement_id) != "overdue":
                    kinds[p.requirement_id] = p.kind
                latest = p.at if latest is None or p.at > latest else latest
        if not kinds or latest is None:
            continue
        owed = sorted(kinds)
        planned.append(
            PlannedReminder(
                unit_id=unit.id,
                requirement_ids=tuple(owed),
                at=latest,
                key=reminder_key(unit.id, owed, latest),
                overdue_ids=tuple(r for r in owed if kinds[r] == "overdue"),
            )
        )
    return tuple(planned)


def compose_reminder(
    campaign: Campaign,
    unit: Unit,
    status: UnitStatus,
    planned: PlannedReminder,
    to: Sequence[str],
    sender: Sender,
    now: datetime,
    *,
    templates: Path | None = None,
) -> EmailMessage:
    """The reminder for `planned`: what is missing with each deadline, what has arrived,
    where to send it. Chinese plain text plus an HTML alternative."""
    if not [a for a in to if a.strip()]:
        raise ValueError("a message needs at least one recipient")
    tz = campaign.tz
    by_req = {r.requirement_id: r for r in status.requirements}
    owed = owed_lines(campaign, status, now)
    # what is past its deadline comes first, whatever this reminder's point was for
    overdue = [line for line in owed if line.overdue]
    lines = [
        line for line in owed if line.requirement_id in planned.requirement_ids and not line.overdue
    ]
    others = [
        line
        for line in owed
        if line.requirement_id not in planned.requirement_ids and not line.overdue
    ]
    received = received_lines(campaign, status)
    dues = sorted(by_req[r].due for r in planned.requirement_ids if r in by_req)
    first_due = format_day(dues[0], tz) if dues else format_day(planned.at, tz)
    context = {
        "first_due": first_due,
        "unit_name": unit.name,
        "campaign_name": campaign.name,
        "notice": campaign.notice,
        "issuer": campaign.issuer,
        "overdue": planned.overdue,
        "overdue_lines": overdue,
        "lines": lines,
        "others": others,
        "received": received,
        "mailboxes": list(campaign.mailboxes) or [sender.reply_to or sender.address],
        "now_text": format_moment(now, tz),
        "date_text": format_full_date(now, tz),
    }
    env = make_environment(templates)
    text = env.get_template("reminder.txt").render(context)
    html = env.get_template("reminder.html").render(context)
    subject = render_subject(env, "reminder_overdue" if planned.overdue else "reminder", context)

    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender.from_
    msg["To"] = ", ".join(one_line(a, 320) for a in to)
    if sender.reply_to:
        msg["Reply-To"] = sender.reply_to
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = message_id("remind", planned.key, sender.domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Notice-Intake"] = "reminder"
    msg["X-Notice-Intake-Unit"] = unit.id
    msg["X-Notice-Intake-Key"] = planned.key
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg
