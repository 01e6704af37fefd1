"""Staff corrections of what the rules decided: assign, reclassify, ignore, resend.

    assign(ctx, "#12", "feicheng", remember_sender=True, now=now, who="tian")
    reclassify(ctx, "a31", "plan", now=now, who="tian")
    ignore(ctx, "#13", now=now, who="tian")

Each correction changes the rows, rebuilds the message's items (so status follows), plans
the file moves (`intake.corrections.files`) and writes an audit row, in one transaction;
then it moves the files and notes itself in the ledger (so `intake rebuild` replays it).
A correction killed at any point leaves rows and files agreeing after the next start.
"""

from __future__ import annotations

import getpass
from datetime import datetime
from pathlib import PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.archive import UNASSIGNED
from intake.context import Context
from intake.corrections.files import finish_moves, relocate
from intake.errors import UsageError
from intake.failpoints import failpoint
from intake.items import ItemKinds, rebuild_items
from intake.ledger import identity
from intake.store import AttachmentRow, MessageRow, OutboxRow, SenderRow

_NO_REPLY_FLAGS = {"auto-reply", "bounce", "list", "null-sender", "read-receipt"}


def actor() -> str:
    """The OS user running the command, for the audit log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def message_row(s: Session, ref: str) -> MessageRow:
    """The message a staff reference names ("#12" or "12")."""
    key = ref.lstrip("#")
    if not key.isdigit():
        raise UsageError(f"MESSAGE: {ref!r} is not a message number like #12")
    row = s.get(MessageRow, int(key))
    if row is None:
        raise UsageError(f"MESSAGE: no message #{key}")
    return row


def attachment_row(s: Session, ref: str) -> AttachmentRow:
    """The attachment a staff reference names ("a31" or "31")."""
    key = ref.lstrip("a")
    if not key.isdigit():
        raise UsageError(f"ATTACHMENT: {ref!r} is not an attachment number like a31")
    att = s.get(AttachmentRow, int(key))
    if att is None:
        raise UsageError(f"ATTACHMENT: no attachment a{key}")
    return att


def message_identity(row: MessageRow) -> list:
    return identity(row.mailbox, row.uidvalidity, row.uid)


def _folder(unit_id: str | None, category: str) -> str:
    return str(PurePosixPath(unit_id or UNASSIGNED, category))


def assign(
    ctx: Context,
    ref: str,
    unit_id: str,
    *,
    remember_sender: bool,
    now: datetime,
    who: str,
    note: str = "",
) -> MessageRow:
    """File a message under `unit_id`; optionally remember its sender for that unit."""
    if ctx.settings.campaign.unit(unit_id) is None:
        raise UsageError(f"UNIT: no unit {unit_id!r} in the config")
    with ctx.store.session() as s:
        row = message_row(s, ref)
        if row.state not in ("done", "ignored"):
            raise UsageError(f"MESSAGE: #{row.id} is {row.state}; reprocess it first")
        if row.state == "ignored" and not row.raw_path:
            raise UsageError(
                f"MESSAGE: #{row.id} was ignored as unrelated and its content "
                "was not kept; it is still on the server"
            )
        before = row.unit_id
        row.state, row.unit_id, row.unit_rule = "done", unit_id, "staff"
        row.unit_evidence, row.candidates, row.new_sender = [f"assigned by {who}"], [], False
        if not (set(row.flags or []) & _NO_REPLY_FLAGS) and row.ack_state in ("none", "held"):
            row.ack_state = "pending"  # sent only if the sender is verified (intake.trust)
        relocate(
            ctx, s, row.attachments, lambda a: _folder(a.own_unit_id or unit_id, a.category), now
        )
        if remember_sender and row.from_addr:
            _remember(s, row.from_addr, unit_id, now)
        s.flush()
        rebuild_items(s, row, ItemKinds.of(ctx.settings.campaign))
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="assign",
            target=f"#{row.id}",
            detail=f"{before or 'unassigned'} -> {unit_id}"
            + (f"; sender {row.from_addr} remembered" if remember_sender else ""),
            note=note,
        )
        target = message_identity(row)
    failpoint("assign:committed")
    finish_moves(ctx)
    ctx.ledger.correction(
        "assign",
        message=target,
        unit=unit_id,
        remember_sender=remember_sender,
        at=now,
        who=who,
        note=note,
    )
    return row


def _remember(s: Session, address: str, unit_id: str, now: datetime) -> None:
    """Register `address` for the unit; its messages held for want of a verified sender
    may now be acknowledged."""
    sender = s.get(SenderRow, address)
    if sender is None:
        s.add(SenderRow(address=address, unit_id=unit_id, learned_at=now))
    else:
        sender.unit_id = unit_id
    held = select(MessageRow).where(
        MessageRow.from_addr == address,
        MessageRow.unit_id == unit_id,
        MessageRow.ack_state == "held",
    )
    for other in s.scalars(held):
        other.ack_state = "pending"


def reclassify(
    ctx: Context, ref: str, category: str, *, now: datetime, who: str, note: str = ""
) -> AttachmentRow:
    """Change an attachment's category; its file moves to the category's folder."""
    categories = ctx.settings.campaign.categories
    if category not in categories:
        raise UsageError(f"CATEGORY: {category!r} is not one of {', '.join(categories)}")
    kinds = ItemKinds.of(ctx.settings.campaign)
    with ctx.store.session() as s:
        att = attachment_row(s, ref)
        before = att.category
        att.category, att.category_rule, att.category_evidence = (
            category,
            "staff",
            [f"reclassified by {who}"],
        )
        relocate(ctx, s, [att], lambda a: _folder(att.unit_id, category), now)
        s.flush()
        rebuild_items(s, att.message, kinds)
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="reclassify",
            target=f"a{att.id}",
            detail=f"{before} -> {category}",
            note=note,
        )
        target = [*message_identity(att.message), att.idx]
    failpoint("reclassify:committed")
    finish_moves(ctx)
    ctx.ledger.correction(
        "reclassify", attachment=target, category=category, at=now, who=who, note=note
    )
    return att


def ignore(ctx: Context, ref: str, *, now: datetime, who: str, note: str = "") -> MessageRow:
    """Take a message out of the campaign (it no longer counts; its files stay)."""
    with ctx.store.session() as s:
        row = message_row(s, ref)
        before = row.state
        row.state, row.ack_state = "ignored", "none"
        row.relevance = f"ignored by {who}"
        s.flush()
        rebuild_items(s, row, ItemKinds.of(ctx.settings.campaign))
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="ignore",
            target=f"#{row.id}",
            detail=f"{before} -> ignored",
            note=note,
        )
        target = message_identity(row)
    ctx.ledger.correction("ignore", message=target, at=now, who=who, note=note)
    return row


def resend(
    ctx: Context, refs: list[str], *, uncertain: bool, now: datetime, who: str, note: str = ""
) -> list[OutboxRow]:
    """Queue outbox emails again: named ones (o5) that failed or whose delivery is
    uncertain, or with `uncertain` every delivery-uncertain one. Staff decide: the
    recipient may already have one copy."""
    with ctx.store.session() as s:
        if uncertain:
            rows = list(s.scalars(select(OutboxRow).where(OutboxRow.state == "sending")))
        else:
            rows = []
            for ref in refs:
                key = ref.lstrip("o")
                row = s.get(OutboxRow, int(key)) if key.isdigit() else None
                if row is None:
                    raise UsageError(f"EMAIL: no outbox email {ref!r} (like o5, see problems)")
                if row.state not in ("sending", "failed"):
                    raise UsageError(f"EMAIL: o{row.id} is {row.state}, not failed or uncertain")
                rows.append(row)
        for row in rows:
            before = row.state
            row.state, row.next_attempt_at = "queued", now
            ctx.store.audit(
                s,
                at=now,
                user=who,
                action="resend",
                target=f"o{row.id}",
                detail=f"{before} -> queued",
                note=note,
            )
        keys = [r.key for r in rows]
    if keys:
        ctx.ledger.correction("resend", emails=keys, at=now, who=who, note=note)
    return rows
