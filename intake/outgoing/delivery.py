"""Delivery: send the queued emails that are due, at most once each, with capped backoff.

A refused login or an unreachable server postpones the whole queue; a 5xx reply fails that
one email; any other refusal keeps it queued for a later try.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes, policy

from sqlalchemy import select

from intake.context import Context
from intake.store import OutboxRow
from outbox.deliver import DeliveryError, backoff, open_sender

log = logging.getLogger(__name__)


@dataclass
class FlushReport:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    error: str = ""


def open_delivery(ctx: Context):  # -> outbox.deliver.SmtpSender | FileSender
    ep = ctx.settings.outbox.endpoint
    password = None if ep.local else ctx.settings.outbox.password(ctx.settings.base)
    path = ctx.settings.path(ep.path) if ep.local else None
    return open_sender(
        ep.scheme, ep.host, ep.port, ep.user, password, path, timeout=ctx.settings.outbox.timeout
    )


def flush(ctx: Context, now: datetime, limit: int = 200) -> FlushReport:
    """Send queued emails that are due; failures stay queued with backoff, 5xx fail.

    At most once: each row is marked `sending` in its own committed transaction before
    it is handed to the server, and `sent` after. A crash between the two leaves it
    `sending`; it is never sent again and `intake problems` lists it as
    delivery-uncertain (the server may or may not have accepted it). Marking also claims
    the row, so two flushes running at once never send the same email.
    """
    report = FlushReport()
    due = ctx.store.outbox_due(now, limit)
    if not due:
        return report
    sender = open_delivery(ctx)
    try:
        with sender:
            for row in due:
                msg = message_from_bytes(row.eml, policy=policy.SMTP)
                if not _claim(ctx, row.id):
                    continue  # another flush took it
                # on disk before the server sees it: a lost database never sends it again
                ctx.ledger.email("sending", key=row.key, at=now, sync=True)
                try:
                    sender.send(msg)  # type: ignore[arg-type]
                except DeliveryError as exc:
                    _failed(ctx, row.id, now, str(exc), exc.permanent, report)
                    if not exc.permanent:
                        break  # the server is down or refusing: keep the rest for later
                    continue
                with ctx.store.session() as s:
                    r = s.get_one(OutboxRow, row.id)
                    r.state, r.sent_at, r.attempts = "sent", now, r.attempts + 1
                ctx.ledger.email("sent", key=row.key, at=now)
                report.sent += 1
                log.info("sent %s to %s: %s", row.kind, ", ".join(row.recipients), row.subject)
    except DeliveryError as exc:  # connecting or logging in failed: no email is at fault
        _postpone(ctx, [r.id for r in due], now, str(exc), report)
    return report


def _postpone(
    ctx: Context, row_ids: list[int], now: datetime, error: str, report: FlushReport
) -> None:
    """Keep every still-queued row queued for a later try: a refused login or an
    unreachable server says nothing about the emails, which must not be marked failed."""
    with ctx.store.session() as s:
        for r in s.scalars(
            select(OutboxRow).where(OutboxRow.id.in_(row_ids), OutboxRow.state == "queued")
        ):
            r.attempts += 1
            r.last_error = error[:500]
            r.next_attempt_at = now + backoff(r.attempts)
            report.retry += 1
    report.error = error


def _claim(ctx: Context, row_id: int) -> bool:
    """Mark a queued row `sending` (committed before SMTP DATA); False if it is not queued
    (another daemon's flush may have it: Store.claim_email)."""
    return ctx.store.claim_email(row_id)


def _failed(
    ctx: Context, row_id: int, now: datetime, error: str, permanent: bool, report: FlushReport
) -> None:
    with ctx.store.session() as s:
        r = s.get_one(OutboxRow, row_id)
        r.attempts += 1
        r.last_error = error[:500]
        if permanent:
            r.state = "failed"
            report.failed += 1
            ctx.ledger.email("failed", key=r.key, at=now, error=error[:500])
        else:
            r.state = "queued"  # the server refused or was unreachable: not delivered
            ctx.ledger.email("queued", key=r.key, at=now)
            r.next_attempt_at = now + backoff(r.attempts)
            report.retry += 1
    report.error = error
