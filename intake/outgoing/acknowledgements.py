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
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update

from intake.context import Context
from intake.ledger import identity
from intake.outgoing.queue import queue, sender_of, templates_of
from intake.store import AttachmentRow, MessageRow, OutboxRow, read_items
from intake.store.serialize import contact_from_json
from intake.store.sql import facts_without_rows, serialize, stats_row_count
from intake.trust import Trust
from outbox.ack import compose_ack
from outbox.model import Receipt, ReceiptFile
from rules.model import Override
from rules.status import unit_status

log = logging.getLogger(__name__)


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
        problems = []  # a file's read status is worded by outbox.ack (READ_PROBLEMS)
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


# Messages read from the store at a time while one acknowledgement is built: a backlog
# acknowledged at once can be thousands of messages of one unit, and each one's facts are
# decoded only for the chunk it is in (issue 22).
ACK_CHUNK = 200
ACK_MAX_MESSAGES = 100  # messages one acknowledgement lists at most (oldest first)


@dataclass(frozen=True)
class _Pass:
    """What one acknowledgement pass decides every recipient's mail with."""

    ctx: Context
    now: datetime
    trust: Trust
    own: frozenset[str]
    overrides: tuple[Override, ...]
    headers: dict[str, str]
    names: dict[str, str]


def acknowledge(ctx: Context, now: datetime) -> int:
    """Queue one 回执 per recipient and unit for messages waiting for one; at most one per
    recipient per `outbox.ack_interval` (later mail waits and joins the next one)."""
    campaign = ctx.settings.campaign
    groups = _pending_groups(ctx, now)
    if not groups:
        return 0
    template = campaign.statistics
    run = _Pass(
        ctx=ctx,
        now=now,
        trust=Trust.load(ctx),
        own=frozenset({a.lower() for a in campaign.mailboxes} | {sender_of(ctx).address.lower()}),
        overrides=tuple(ctx.store.overrides()),
        headers={c.key: c.header for c in template.columns} if template else {},
        names={u.id: u.name for u in campaign.units},
    )
    # one recipient and unit at a time, in a function of its own: what one acknowledgement
    # read and composed is let go before the next one is read
    return sum(_acknowledge_one(run, to, unit_id, ids) for (to, unit_id), ids in groups.items())


def _pending_groups(ctx: Context, now: datetime) -> dict[tuple[str, str], list[int]]:
    """The ids of the messages waiting for an acknowledgement, oldest first, by recipient
    and unit (ids only, read in chunks: a backlog can be tens of thousands)."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    with ctx.store.session() as s:
        rows = s.execute(
            select(MessageRow.id, MessageRow.reply_to, MessageRow.from_addr, MessageRow.unit_id)
            .where(
                MessageRow.ack_state == "pending",
                MessageRow.state == "done",
                MessageRow.received_at <= now,
            )
            .order_by(MessageRow.received_at, MessageRow.id)
            .execution_options(yield_per=1000)
        )
        for pk, reply_to, from_addr, unit_id in rows:
            if unit_id:
                groups[((reply_to or from_addr).lower(), unit_id)].append(pk)
    return groups


def _acknowledge_one(run: _Pass, to: str, unit_id: str, ids: list[int]) -> int:
    """Queue the acknowledgement to `to` of unit `unit_id` for those of `ids` (oldest
    first) still pending: 1 if one was queued."""
    ctx, now, campaign = run.ctx, run.now, run.ctx.settings.campaign
    with ctx.store.session() as s:
        # another daemon on this database may acknowledge the same mail now: one
        # recipient's acknowledgement at a time, covering what is still pending then
        serialize(s, f"ack:{to}")
        ids = _still_pending(s, ids)
        if not ids:
            return 0
        if to in run.own or not to:
            _set_ack_state(s, ids, "none")
            return 0
        if not run.trust.verified(to, unit_id):
            # assigned by content from an unverified address: never a unit's status
            _set_ack_state(s, ids, "held")
            log.info("no acknowledgement to %s: not a verified address of %s", to, unit_id)
            return 0
        last = s.scalars(
            select(OutboxRow.created_at)
            .where(OutboxRow.kind == "ack", OutboxRow.key.like(f"ack:{to}:%"))
            .order_by(OutboxRow.created_at.desc())
            .limit(1)
        ).first()
        if last is not None and last > now - ctx.settings.outbox.ack_delay:
            return 0
        unit = campaign.unit(unit_id)
        if unit is None:
            return 0
        # the oldest ACK_MAX_MESSAGES: a 回执 listing hundreds of mails helps nobody, and
        # building it would hold them all; the rest wait for the next one
        ids = ids[:ACK_MAX_MESSAGES]
        # this unit's items only (what `statuses` gives for it: each unit's status is
        # computed from its own items), not every unit's for every acknowledgement
        status = unit_status(campaign, unit, read_items(s, unit_id), now, run.overrides)
        receipts, covered = _receipts(s, ids, run.headers, run.names)
        msg = compose_ack(
            campaign,
            unit,
            receipts,
            status,
            to,
            sender_of(ctx),
            now,
            templates=templates_of(ctx),
        )
        del receipts, status
        # named by what it covers, not by row numbers: stable across `intake rebuild`
        listed = "\n".join(f"{mailbox}\t{validity}\t{uid}" for mailbox, validity, uid in covered)
        key = f"ack:{to}:{hashlib.sha256(listed.encode()).hexdigest()[:20]}"
        queued = queue(
            ctx,
            s,
            covers=[identity(*c) for c in covered],
            key=key,
            kind="ack",
            unit_id=unit_id,
            recipients=[to],
            subject=str(msg["Subject"]),
            eml=bytes(msg),
            now=now,
        )
        if queued:
            log.info("acknowledgement queued for %s (%s, %d message(s))", to, unit_id, len(ids))
        _set_ack_state(s, ids, "queued")
    return 1 if queued else 0


def _receipts(
    s: Any, ids: list[int], headers: dict[str, str], names: dict[str, str]
) -> tuple[list[Receipt], list[tuple[str, int, str]]]:
    """The receipts of these messages (oldest first) and what they cover as (mailbox,
    UIDVALIDITY, UID), read ACK_CHUNK messages at a time: only a chunk's rows and decoded
    facts are held while the receipts are made."""
    receipts: list[Receipt] = []
    covered: list[tuple[str, int, str]] = []
    for i in range(0, len(ids), ACK_CHUNK):
        messages, attachments = _ack_rows(s, ids[i : i + ACK_CHUNK])
        for r in messages:
            receipts.append(_receipt(r, attachments[r.id], headers, names))
            covered.append((r.mailbox, r.uidvalidity, r.uid))
    return receipts, covered


# A receipt counts a statistics table's rows: the database counts them and (SQLite) leaves
# them out of the facts it hands over (they were most of the JSON an acknowledgement pass
# decoded): intake.store.sql.
_FACTS_WITHOUT_ROWS = facts_without_rows(AttachmentRow.facts).label("facts")
_STATS_ROWS = stats_row_count(AttachmentRow.facts).label("stats_rows")


def _still_pending(s: Any, ids: list[int]) -> list[int]:
    """Those of `ids` whose acknowledgement is still pending (read after `serialize`), in
    their order; asked ACK_CHUNK at a time (a query's parameters are bounded)."""
    pending: set[int] = set()
    for i in range(0, len(ids), ACK_CHUNK):
        pending.update(
            s.scalars(
                select(MessageRow.id).where(
                    MessageRow.id.in_(ids[i : i + ACK_CHUNK]), MessageRow.ack_state == "pending"
                )
            )
        )
    return [pk for pk in ids if pk in pending]


# Core, not the ORM's bulk update (which looks for affected objects in the session)
_SET_ACK_STATE = (
    update(MessageRow.__table__)
    .where(MessageRow.__table__.c.id.in_(bindparam("ids", expanding=True)))
    .values(ack_state=bindparam("new_state"))
)


def _set_ack_state(s: Any, ids: list[int], state: str) -> None:
    """Set these messages' ack_state in the caller's transaction, ACK_CHUNK at a time."""
    for i in range(0, len(ids), ACK_CHUNK):
        s.execute(_SET_ACK_STATE, {"ids": ids[i : i + ACK_CHUNK], "new_state": state})


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
