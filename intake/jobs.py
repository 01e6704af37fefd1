"""Use cases, one function each; the command line and the scheduler call only these.

report = poll_once(ctx, now=now)       # take in new mail
statuses(ctx, now)                     # where every unit stands
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from rules.status import campaign_status

from intake.pipeline import Context, Outcome, PollReport, poll
from intake.sources import MailSource, open_source
from rules.model import UnitStatus

log = logging.getLogger(__name__)


def poll_once(
    ctx: Context,
    *,
    now: datetime,
    source: MailSource | None = None,
    stop: threading.Event | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> PollReport:
    """Take in everything new from the configured mailbox (or `source`)."""
    own = source is None
    src = source or open_source(ctx.settings)
    try:
        return poll(ctx, src, now=now, stop=stop, on_outcome=on_outcome, on_total=on_total)
    finally:
        if own:
            src.close()


def statuses(ctx: Context, now: datetime) -> tuple[UnitStatus, ...]:
    """Every unit's status on every requirement at `now`."""
    return campaign_status(ctx.settings.campaign, ctx.store.items(), now)
