"""The daily digest's slot: when it is due, sending it once, catching up after a stop.

    digest_slot(ctx, now)     # the latest scheduled digest time at or before now
    catch_up(ctx, now)        # "sent" | "skipped" | "none"

The daemon's digest job and its start-up call these; the sent day is kept in the store
(`DIGEST_META`) so a restart never sends a day's digest twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta

from intake import outgoing
from intake.context import Context
from rules.campaign import parse_offset

log = logging.getLogger("intake.daemon")  # the daemon's lines, as they always were

DIGEST_META = "digest_sent_on"  # "2020-11-10" when sent, "2020-11-10 skipped" when skipped


def digest_slot(ctx: Context, now: datetime) -> datetime:
    """The latest scheduled digest time at or before `now` (today's or yesterday's)."""
    tz = ctx.settings.campaign.tz
    hh, mm = (int(x) for x in ctx.settings.schedule.digest_at.split(":"))
    local = now.astimezone(tz)
    slot = datetime.combine(local.date(), time(hh, mm), tzinfo=tz)
    return slot if slot <= local else slot - timedelta(days=1)


def grace(ctx: Context) -> timedelta:
    return parse_offset(ctx.settings.schedule.misfire_grace)


def recorded_day(ctx: Context) -> str:
    return (ctx.store.get_meta(DIGEST_META) or "").split(" ")[0]


Flush = Callable[[Context, datetime], outgoing.FlushReport]


def send_digest(
    ctx: Context, slot: datetime, now: datetime, *, flush: Flush = outgoing.flush
) -> outgoing.DigestRun:
    """Compose, save and queue the digest of `slot`'s day, then flush; record it as sent.

    A late digest still describes its own day: after midnight it is composed at the slot.
    """
    tz = ctx.settings.campaign.tz
    at = now if now.astimezone(tz).date() == slot.astimezone(tz).date() else slot
    run = outgoing.digest(ctx, at)
    flush(ctx, now)
    ctx.set_meta(DIGEST_META, f"{slot.astimezone(tz):%Y-%m-%d}")
    log.info("digest of %s saved to %s", f"{slot.astimezone(tz):%Y-%m-%d}", run.html_path)
    return run


def skip_digest(ctx: Context, slot: datetime, now: datetime, why: str) -> None:
    tz = ctx.settings.campaign.tz
    day = f"{slot.astimezone(tz):%Y-%m-%d}"
    ctx.set_meta(DIGEST_META, f"{day} skipped")
    log.warning(
        "digest of %s (due %s) skipped: %s; it is now %s, more than the misfire grace of %s later",
        day,
        f"{slot.astimezone(tz):%H:%M}",
        why,
        f"{now.astimezone(tz):%Y-%m-%d %H:%M}",
        ctx.settings.schedule.misfire_grace,
    )


def catch_up(ctx: Context, now: datetime, *, flush: Flush = outgoing.flush) -> str:
    """At start-up: the digest due while the daemon was down is sent once if `now` is within
    schedule.misfire_grace of its time, else skipped with a log line.

    Returns "sent", "skipped" or "none" (nothing was due, or it was handled before). A store
    that never sent a digest starts fresh: nothing is sent or logged for the past.
    """
    slot = digest_slot(ctx, now)
    day = f"{slot.astimezone(ctx.settings.campaign.tz):%Y-%m-%d}"
    recorded = ctx.store.get_meta(DIGEST_META)
    if recorded is not None and recorded.split(" ")[0] >= day:
        return "none"
    if now - slot <= grace(ctx):
        send_digest(ctx, slot, now, flush=flush)
        return "sent"
    if recorded is None:
        return "none"
    skip_digest(ctx, slot, now, "the daemon was not running then")
    return "skipped"
