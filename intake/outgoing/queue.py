"""What every outgoing mail shares: who it is from, the templates, the units' statuses,
and queueing it.

`queue` writes the outbox row in the caller's transaction (its unique key makes each
decision go out once whatever restarts happen) and notes it in the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from intake.context import Context
from intake.store import Store
from outbox.model import Sender
from rules.model import UnitStatus


def sender_of(ctx: Context) -> Sender:
    """The From and Reply-To of everything sent, from `[outbox]`."""
    return Sender(from_=ctx.settings.outbox.from_, reply_to=ctx.settings.outbox.reply_to)


def templates_of(ctx: Context) -> Path | None:
    """The folder whose templates override the packaged ones, or None."""
    t = ctx.settings.outbox.templates
    return ctx.settings.path(t) if t else None


def statuses(ctx: Context, now: datetime) -> tuple[UnitStatus, ...]:
    """Every unit's status at `now` (the same as `intake.jobs.statuses`)."""
    from intake.jobs import statuses as current

    return current(ctx, now)


def queue(
    ctx: Context,
    s: Any,
    *,
    key: str,
    kind: str,
    unit_id: str | None,
    recipients: Sequence[str],
    subject: str,
    eml: bytes,
    now: datetime,
    covers: Sequence[list[Any]] = (),
) -> bool:
    """Queue an email in the caller's transaction and note it in the ledger; False (and
    nothing noted) when an email with `key` was queued before."""
    if not Store.enqueue(
        s,
        key=key,
        kind=kind,
        unit_id=unit_id,
        recipients=recipients,
        subject=subject,
        eml=eml,
        now=now,
    ):
        return False
    ctx.ledger.email(
        "queued",
        eml=eml,
        key=key,
        kind=kind,
        unit_id=unit_id,
        recipients=list(recipients),
        subject=subject,
        at=now,
        covers=list(covers),
    )
    return True
