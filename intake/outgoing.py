"""Outgoing mail use cases: acknowledge, remind, digest, export, flush.

Each decision is written in the same transaction as its outbox row (unique key), so a
reminder or acknowledgement is queued once whatever restarts happen; `flush` delivers the
queue with capped backoff. Composing is pure (outbox/); this module reads the store and
builds the outbox's plain input values.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update

from intake import corrections, publish
from intake.archive import atomic_write
from intake.context import Context
from intake.ledger import identity
from intake.store import AttachmentRow, MessageRow, OutboxRow, Store
from intake.store.serialize import contact_from_json
from intake.store.sql import facts_without_rows, serialize, stats_row_count
from intake.trust import Trust
from outbox.ack import compose_ack
from outbox.deliver import DeliveryError, backoff, open_sender
from outbox.digest import compose_digest
from outbox.model import Arrival, Liaison, Problem, Receipt, ReceiptFile, Sender
from outbox.reminders import compose_reminder, due_points, merge_reminders
from outbox.workbook import build_workbook
from parsers.model import StatsRow
from rules.model import UnitStatus

log = logging.getLogger(__name__)

_STATUS_PROBLEMS = {
    "encrypted": "文件已加密，无法读取，请发送未加密的版本",
    "unreadable": "文件已损坏或无法读取，请重新发送",
    "unsupported": "文件格式暂无法读取，请转为 docx/xlsx/pdf 后重新发送",
    "image-only": "PDF 为扫描件，未能读取文字",
    "empty": "文件为空（0 字节）",
}
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
REMINDER_CURSOR = "reminders_checked_at"


def sender_of(ctx: Context) -> Sender:
    return Sender(from_=ctx.settings.outbox.from_, reply_to=ctx.settings.outbox.reply_to)


def templates_of(ctx: Context) -> Path | None:
    t = ctx.settings.outbox.templates
    return ctx.settings.path(t) if t else None


def statuses(ctx: Context, now: datetime) -> tuple[UnitStatus, ...]:
    """Every unit's status at `now` (the same as `intake.jobs.statuses`)."""
    from intake.jobs import statuses as current

    return current(ctx, now)


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


# --- acknowledgements -------------------------------------------------------------------


def _receipt(
    row: Any,
    attachments: Sequence[Any],
    headers: dict[str, str],
    credited: dict[str, str] | None = None,
) -> Receipt:
    """A message's receipt from its row and its attachment rows (`_ack_rows`); `headers`
    names the statistics columns (by key) as the template writes them; `credited` the
    units' names, for a file that counts for another unit than the mail's."""
    credited = credited or {}
    files = []
    for a in attachments:
        facts = a.facts or {}
        stats = facts.get("statistics")
        problems = []
        if a.doc_status in _STATUS_PROBLEMS:
            problems.append(_STATUS_PROBLEMS[a.doc_status])
        if stats and stats.get("problems"):
            problems.append(
                f"统计表有{len(stats['problems'])}处单元格不是数字："
                + "；".join(stats["problems"][:3])
            )
        if stats and stats.get("missing_fields"):
            missing = (headers.get(key, key) for key in stats["missing_fields"])
            problems.append("统计表缺少列：" + "、".join(missing))
        files.append(
            ReceiptFile(
                name=a.filename,
                category=a.category,
                read_status=a.doc_status,
                contacts=tuple(contact_from_json(c) for c in facts.get("contacts", [])),
                urls=tuple(u["url"] for u in facts.get("urls", []) if u.get("column_score")),
                stats_rows=a.stats_rows if stats else None,
                problems=tuple(problems),
                credited_to=credited.get(a.own_unit_id or "", ""),
            )
        )
    body = row.body_facts or {}
    return Receipt(
        message_id=row.message_id,
        subject=row.subject,
        received_at=row.received_at or row.claimed_at,
        files=tuple(files),
        body_contacts=tuple(contact_from_json(c) for c in body.get("contacts", [])),
        body_urls=tuple(body.get("column_urls", [])),
    )


def acknowledge(ctx: Context, now: datetime) -> int:
    """Queue one 回执 per recipient and unit for messages waiting for one; at most one per
    recipient per `outbox.ack_interval` (later mail waits and joins the next one)."""
    campaign = ctx.settings.campaign
    interval = ctx.settings.outbox.ack_delay
    own = {a.lower() for a in campaign.mailboxes} | {sender_of(ctx).address.lower()}
    with ctx.store.session() as s:  # columns only: each group's rows are loaded below
        pending = s.execute(
            select(MessageRow.id, MessageRow.reply_to, MessageRow.from_addr, MessageRow.unit_id)
            .where(
                MessageRow.ack_state == "pending",
                MessageRow.state == "done",
                MessageRow.received_at <= now,
            )
            .order_by(MessageRow.received_at, MessageRow.id)
        ).all()
    if not pending:
        return 0
    unit_statuses = {us.unit_id: us for us in statuses(ctx, now)}
    names = {u.id: u.name for u in campaign.units}
    template = campaign.statistics
    headers = {c.key: c.header for c in template.columns} if template else {}
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for row in pending:
        to = (row.reply_to or row.from_addr).lower()
        if row.unit_id:
            groups[(to, row.unit_id)].append(row)
    queued = 0
    trust = Trust.load(ctx)
    for (to, unit_id), rows in groups.items():
        with ctx.store.session() as s:
            # another daemon on this database may acknowledge the same mail now: one
            # recipient's acknowledgement at a time, covering what is still pending then
            serialize(s, f"ack:{to}")
            rows = _still_pending(s, rows)
            if not rows:
                continue
            if to in own or not to:
                s.execute(_SET_ACK_STATE, {"ids": [r.id for r in rows], "new_state": "none"})
                continue
            if not trust.verified(to, unit_id):
                # assigned by content from an unverified address: never a unit's status
                s.execute(_SET_ACK_STATE, {"ids": [r.id for r in rows], "new_state": "held"})
                log.info("no acknowledgement to %s: not a verified address of %s", to, unit_id)
                continue
            last = s.scalars(
                select(OutboxRow.created_at)
                .where(OutboxRow.kind == "ack", OutboxRow.key.like(f"ack:{to}:%"))
                .order_by(OutboxRow.created_at.desc())
                .limit(1)
            ).first()
            if last is not None and last > now - interval:
                continue
            unit = campaign.unit(unit_id)
            status = unit_statuses.get(unit_id)
            if unit is None or status is None:
                continue
            ids = [r.id for r in rows]
            fresh, attachments = _ack_rows(s, ids)
            msg = compose_ack(
                campaign,
                unit,
                [_receipt(r, attachments[r.id], headers, names) for r in fresh],
                status,
                to,
                sender_of(ctx),
                now,
                templates=templates_of(ctx),
            )
            # named by what it covers, not by row numbers: stable across `intake rebuild`
            covered = "\n".join(f"{r.mailbox}\t{r.uidvalidity}\t{r.uid}" for r in fresh)
            key = f"ack:{to}:{hashlib.sha256(covered.encode()).hexdigest()[:20]}"
            if queue(
                ctx,
                s,
                covers=[identity(r.mailbox, r.uidvalidity, r.uid) for r in fresh],
                key=key,
                kind="ack",
                unit_id=unit_id,
                recipients=[to],
                subject=str(msg["Subject"]),
                eml=bytes(msg),
                now=now,
            ):
                queued += 1
                log.info(
                    "acknowledgement queued for %s (%s, %d message(s))", to, unit_id, len(fresh)
                )
            s.execute(_SET_ACK_STATE, {"ids": ids, "new_state": "queued"})
    return queued


# A receipt counts a statistics table's rows: the database counts them and (SQLite) leaves
# them out of the facts it hands over (they were most of the JSON an acknowledgement pass
# decoded): intake.store.sql.
_FACTS_WITHOUT_ROWS = facts_without_rows(AttachmentRow.facts).label("facts")
_STATS_ROWS = stats_row_count(AttachmentRow.facts).label("stats_rows")


def _still_pending(s: Any, rows: list[Any]) -> list[Any]:
    """Those of `rows` whose acknowledgement is still pending (read after `serialize`)."""
    pending = set(
        s.scalars(
            select(MessageRow.id).where(
                MessageRow.id.in_([r.id for r in rows]), MessageRow.ack_state == "pending"
            )
        )
    )
    return [r for r in rows if r.id in pending]


# Core, not the ORM's bulk update (which looks for affected objects in the session)
_SET_ACK_STATE = (
    update(MessageRow.__table__)
    .where(MessageRow.__table__.c.id.in_(bindparam("ids", expanding=True)))
    .values(ack_state=bindparam("new_state"))
)


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


def _ack_rows(s: Any, ids: list[int]) -> tuple[list[Any], dict[int, list[Any]]]:
    """The columns a receipt needs of these messages (oldest first) and their attachments
    by message, as plain rows: an acknowledgement can cover hundreds of messages."""
    messages = s.execute(
        select(
            MessageRow.id,
            MessageRow.mailbox,
            MessageRow.uidvalidity,
            MessageRow.uid,
            MessageRow.message_id,
            MessageRow.subject,
            MessageRow.received_at,
            MessageRow.claimed_at,
            MessageRow.body_facts,
        )
        .where(MessageRow.id.in_(ids))
        .order_by(MessageRow.received_at, MessageRow.id)
    ).all()
    attachments: dict[int, list[Any]] = defaultdict(list)
    rows = s.execute(
        select(
            AttachmentRow.message_pk,
            AttachmentRow.filename,
            AttachmentRow.category,
            AttachmentRow.doc_status,
            AttachmentRow.own_unit_id,
            _FACTS_WITHOUT_ROWS,
            _STATS_ROWS,
        )
        .where(AttachmentRow.message_pk.in_(ids))
        .order_by(AttachmentRow.message_pk, AttachmentRow.idx)
    )
    for a in rows:
        attachments[a.message_pk].append(a)
    return list(messages), attachments


# --- reminders -----------------------------------------------------------------------------


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


# --- digest and workbook ------------------------------------------------------------------


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


# --- delivery ------------------------------------------------------------------------------


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
