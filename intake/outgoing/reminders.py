"""Reminders: queue those whose time came since the last check, one mail per unit.

The last check's time is kept in the store (and the ledger) under `REMINDER_CURSOR`;
every point passed since then goes into one mail per unit, to its verified addresses.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

from intake.context import Context
from intake.outgoing.queue import queue, sender_of, statuses, templates_of
from intake.store.sql import serialize
from intake.trust import Trust
from outbox.reminders import compose_reminder, due_points, merge_reminders

log = logging.getLogger(__name__)

REMINDER_CURSOR = "reminders_checked_at"


@dataclass
class ReminderRun:
    """The reminders a check queued (newly: one already queued is not counted) or, in a
    dry run, would queue; units skipped for want of a verified address."""

    queued: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def remind(
    ctx: Context, now: datetime, *, dry_run: bool = False, grace: timedelta = timedelta(days=1)
) -> ReminderRun:
    """Queue the reminders whose time came since the last run (at `now`); with dry_run,
    compose them and change nothing."""
    campaign = ctx.settings.campaign
    since_text = ctx.store.get_meta(REMINDER_CURSOR)
    since = datetime.fromisoformat(since_text) if since_text else None
    run = ReminderRun()
    current = {us.unit_id: us for us in statuses(ctx, now)}
    instants = due_points(campaign, since, now, grace, tuple(current.values()))
    trust = Trust.load(ctx) if instants else Trust()
    with ctx.store.session() as s:
        if instants and not dry_run:
            serialize(s, "remind")  # daemons sharing a database queue reminders one at a time
        # every point passed since the last check together: one mail per unit
        for planned in merge_reminders(campaign, tuple(current.values()), instants):
            unit = campaign.unit(planned.unit_id)
            to = trust.recipients(planned.unit_id)
            if unit is None or not to:
                run.skipped.append(planned.unit_id)
                log.warning(
                    "no verified address for unit %s: reminder %s not sent",
                    planned.unit_id,
                    planned.key,
                )
                continue
            msg = compose_reminder(
                campaign,
                unit,
                current[unit.id],
                planned,
                to,
                sender_of(ctx),
                now,
                templates=templates_of(ctx),
            )
            if dry_run:
                run.queued.append((planned.key, to, msg))
            elif queue(
                ctx,
                s,
                key=planned.key,
                kind="reminder",
                unit_id=unit.id,
                recipients=to,
                subject=str(msg["Subject"]),
                eml=bytes(msg),
                now=now,
            ):
                run.queued.append((planned.key, to, msg))
                log.info("reminder queued for %s: %s", unit.id, planned.key)
        if not dry_run:
            ctx.store.set_meta(REMINDER_CURSOR, now.isoformat(), session=s)
    if not dry_run:
        ctx.ledger.meta(REMINDER_CURSOR, now.isoformat())
    return run
