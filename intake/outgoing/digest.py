"""Staff's view: the daily digest, the consolidated workbook, and the problem words.

The digest is composed from the store (today's arrivals, every unit's status, open
problems) with the workbook attached, saved as HTML under data/digests/ and queued once
per day (its key is the date).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from intake import corrections, publish
from intake.archive import atomic_write
from intake.context import Context
from intake.outgoing.queue import queue, sender_of, statuses, templates_of
from intake.store import MessageRow, Store
from outbox.digest import compose_digest
from outbox.model import Arrival, Liaison, Problem
from parsers.model import StatsRow

log = logging.getLogger(__name__)

PROBLEM_KINDS = {  # the digest's, the console's and `intake problems`' words
    "unassigned": "未识别单位",
    "ambiguous": "单位不确定",
    "failed": "处理失败",
    "unreadable": "文件无法读取",
    "invalid-contact": "联络员信息有误",
    "new-sender": "新发件地址",
    "liaison-unconfirmed": "联络员待确认",
    "auth-failed": "发件人验证失败",
    "too-large": "邮件过大未读取",
    "delivery-failed": "投递失败",
    "delivery-retrying": "投递重试中",
    "delivery-uncertain": "投递结果不明",
}


def liaisons(store: Store, *, skip_messages: frozenset[str] = frozenset()) -> list[Liaison]:
    """Every unit's liaison contacts, newest first per unit (complete ones first); contacts
    found in the messages numbered in `skip_messages` are left out."""
    found: list[Liaison] = []
    for item in store.items():
        if item.message_ref in skip_messages:
            continue
        if item.contact is not None:  # contact data, whatever its deliverable's id
            found.append(
                Liaison(unit_id=item.unit_id, contact=item.contact, received_at=item.received_at)
            )
    found.sort(
        key=lambda li: (
            li.unit_id,
            not li.contact.complete,
            -(li.received_at.timestamp() if li.received_at else 0),
        )
    )
    return found


def _outbox_problems(ctx: Context) -> list[Problem]:
    return [
        Problem(
            kind=PROBLEM_KINDS.get(p.kind, p.kind),
            text=p.text,
            since=p.since or datetime.min.replace(tzinfo=ctx.settings.campaign.tz),
            message_ref=p.ref,
        )
        for p in corrections.problems(ctx)
    ]


def _statistics_rows(ctx: Context) -> list[tuple[str, StatsRow]]:
    """Each unit's statistics rows from its latest statistics table."""
    campaign = ctx.settings.campaign
    tables = {campaign.template_deliverable(t.id) for t in campaign.stats_templates}
    tables = {t for t in tables if t} or {"statistics"}
    latest: dict[str, list[StatsRow]] = {}
    with ctx.store.session() as s:
        rows = s.scalars(
            select(MessageRow)
            .where(MessageRow.state == "done", MessageRow.unit_id.is_not(None))
            .order_by(MessageRow.received_at, MessageRow.id)
        )
        for m in rows:
            for a in m.attachments:
                stats = (a.facts or {}).get("statistics")
                if a.category in tables and stats and stats.get("rows"):
                    latest[m.unit_id] = [
                        StatsRow(label=r["label"], values=r["values"], row=r["row"])
                        for r in stats["rows"]
                    ]
    return [(unit, row) for unit, rows in latest.items() for row in rows]


def workbook_bytes(ctx: Context, now: datetime) -> bytes:
    """The consolidated workbook (openpyxl is imported here, not with this module: the poll
    process imports this package and never writes a workbook)."""
    from outbox.workbook import build_workbook

    return build_workbook(
        ctx.settings.campaign,
        statuses(ctx, now),
        liaisons(ctx.store),
        _statistics_rows(ctx),
        _outbox_problems(ctx),
        now,
        links=publish.column_links(ctx),  # last checks from the store: no network here
        articles=publish.gather_articles(ctx),
    )


def export(ctx: Context, path: Path, now: datetime) -> Path:
    """Write the consolidated workbook to `path` (atomically)."""
    atomic_write(path, workbook_bytes(ctx, now))
    return path


def _arrivals(ctx: Context, start: datetime, end: datetime) -> list[Arrival]:
    with ctx.store.session() as s:
        rows = s.scalars(
            select(MessageRow)
            .where(
                MessageRow.state == "done",
                MessageRow.received_at >= start,
                MessageRow.received_at <= end,
            )
            .order_by(MessageRow.received_at)
        )
        return [
            Arrival(
                unit_id=m.unit_id,
                received_at=m.received_at,
                subject=m.subject,
                files=tuple(a.filename for a in m.attachments),
                sender=m.from_addr,
            )
            for m in rows
        ]


@dataclass
class DigestRun:
    message: EmailMessage
    html_path: Path | None
    queued: bool


def digest(ctx: Context, now: datetime, *, dry_run: bool = False) -> DigestRun:
    """Compose today's digest; unless dry_run, save its HTML under data/digests/ and queue
    it to the staff (once per day: the key is the date)."""
    campaign = ctx.settings.campaign
    local = now.astimezone(campaign.tz)
    start = datetime.combine(local.date(), time(0, 0), tzinfo=campaign.tz)
    current = statuses(ctx, now)
    arrivals = _arrivals(ctx, start, now)
    problems = _outbox_problems(ctx)
    book = workbook_bytes(ctx, now)
    to = list(ctx.settings.outbox.staff)
    msg = compose_digest(
        campaign,
        current,
        arrivals,
        problems,
        now,
        to,
        sender_of(ctx),
        book,
        templates=templates_of(ctx),
    )
    if dry_run:
        return DigestRun(message=msg, html_path=None, queued=False)
    html = msg.get_body(("html",)).get_content()  # the mail's own HTML part, not a re-render
    html_path = ctx.settings.data_dir / "digests" / f"{local:%Y%m%d}.html"
    atomic_write(html_path, html.encode("utf-8"))
    queued = False
    if to:
        with ctx.store.session() as s:
            queued = queue(
                ctx,
                s,
                key=f"digest:{local:%Y-%m-%d}",
                kind="digest",
                unit_id=None,
                recipients=to,
                subject=str(msg["Subject"]),
                eml=bytes(msg),
                now=now,
            )
    else:
        log.warning("outbox.staff is empty: digest saved to %s but not mailed", html_path)
    return DigestRun(message=msg, html_path=html_path, queued=queued)
