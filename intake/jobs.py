"""Use cases, one function each; the command line and the scheduler call only these.

report = poll_once(ctx, now=now)       # take in new mail from every configured mailbox
statuses(ctx, now)                     # where every unit stands
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from intake.pipeline import Context, Outcome, PollReport, poll
from intake.sources import MailSource, open_sources
from rules.model import UnitStatus
from rules.status import campaign_status

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
    """Take in everything new from every configured mailbox (or only `source`), in config
    order, into one report. Each mailbox keeps its own UIDVALIDITY and UIDs in the store
    (keyed by the source's name), so one matrix is fed by all of them."""
    swept = ctx.archive.sweep(abandoned_only=True)
    if swept:  # a crash (kill, power loss) interrupted a write; the message is redone
        log.info("removed %d partial file(s) left by an interrupted run", swept)
    if source is not None:
        return poll(ctx, source, now=now, stop=stop, on_outcome=on_outcome, on_total=on_total)
    sources = open_sources(ctx.settings)
    reports: list[PollReport] = []
    try:
        for src in sources:
            if stop is not None and stop.is_set():
                break
            reports.append(
                poll(ctx, src, now=now, stop=stop, on_outcome=on_outcome, on_total=on_total)
            )
    finally:
        for src in sources:
            src.close()
    return merge_reports(reports)


def merge_reports(reports: list[PollReport]) -> PollReport:
    """One report of several mailboxes' polls: outcomes in order, what is left summed."""
    if len(reports) == 1:
        return reports[0]
    merged = PollReport(mailbox=", ".join(r.mailbox for r in reports))
    for report in reports:
        merged.outcomes.extend(report.outcomes)
        merged.remaining += report.remaining
    return merged


def statuses(ctx: Context, now: datetime) -> tuple[UnitStatus, ...]:
    """Every unit's status on every requirement at `now`, staff overrides applied."""
    return campaign_status(ctx.settings.campaign, ctx.store.items(), now, ctx.store.overrides())


def reprocess(ctx: Context, refs: list[str], *, failed: bool, now: datetime) -> list[Outcome]:
    """Re-run the pipeline on stored raw mail for the given messages (#12) or all failed."""
    from sqlalchemy import select

    from intake.errors import UsageError
    from intake.pipeline import take_in
    from intake.sources.base import RawMessage
    from intake.store import MessageRow

    with ctx.store.session() as s:
        if failed:
            rows = list(s.scalars(select(MessageRow).where(MessageRow.state == "failed")))
        else:
            ids = []
            for ref in refs:
                key = ref.lstrip("#")
                if not key.isdigit():
                    raise UsageError(f"MESSAGE: {ref!r} is not a message number like #12")
                ids.append(int(key))
            rows = list(s.scalars(select(MessageRow).where(MessageRow.id.in_(ids))))
            missing = set(ids) - {r.id for r in rows}
            if missing:
                raise UsageError(f"MESSAGE: no message {', '.join(f'#{m}' for m in missing)}")
    outcomes = []
    known = ctx.store.known()
    for row in rows:
        if not row.raw_path:
            raise UsageError(f"MESSAGE: #{row.id} has no stored raw mail (ignored as unrelated)")
        raw = RawMessage(
            uid=row.uid, data=ctx.archive.read(row.raw_path), received_at=row.received_at or now
        )
        outcomes.append(take_in(ctx, row.mailbox, row.uidvalidity, raw, now=now, known=known))
    return outcomes
