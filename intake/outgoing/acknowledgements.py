"""Acknowledgements (回执): one per recipient and unit for the mail waiting for one.

The decision and its outbox row share one transaction, serialized per recipient, so two
daemons on one database never acknowledge the same mail twice. Only a verified address of
the unit gets one; the campaign's own mailboxes never do.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update

from intake.context import Context
from intake.ledger import identity
from intake.outgoing.queue import queue, sender_of, statuses, templates_of
from intake.store import AttachmentRow, MessageRow, OutboxRow
from intake.store.serialize import contact_from_json
from intake.store.sql import facts_without_rows, serialize, stats_row_count
from intake.trust import Trust
from outbox.ack import compose_ack
from outbox.model import Receipt, ReceiptFile

log = logging.getLogger(__name__)

_STATUS_PROBLEMS = {
    "encrypted": "文件已加密，无法读取，请发送未加密的版本",
    "unreadable": "文件已损坏或无法读取，请重新发送",
    "unsupported": "文件格式暂无法读取，请转为 docx/xlsx/pdf 后重新发送",
    "image-only": "PDF 为扫描件，未能读取文字",
    "empty": "文件为空（0 字节）",
}


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
