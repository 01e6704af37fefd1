"""Staff corrections and the list of what needs a human.

    problems(ctx)                                  # unassigned, unreadable, invalid contacts...
    assign(ctx, 12, "feicheng", remember_sender=True, actor=..., now=...)
    reclassify(ctx, 31, "plan", actor=..., now=...)
    ignore(ctx, 13, actor=..., now=...)

Each correction moves the files, rebuilds the message's items (so status follows) and
writes an audit row (who, when, what, note) in the same transaction.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from sqlalchemy import select

from intake.archive import UNASSIGNED
from intake.context import Context
from intake.errors import UsageError
from intake.items import rebuild_items
from intake.store import AttachmentRow, MessageRow, OutboxRow, SenderRow
from rules.campaign import Category

_NO_REPLY_FLAGS = {"auto-reply", "bounce", "list", "null-sender"}
_BAD_DOCS = {"unreadable", "unsupported", "encrypted", "image-only"}


def actor() -> str:
    """The OS user running the command, for the audit log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing staff should look at. `ref` is what to pass to assign/reclassify."""

    kind: str  # unassigned | ambiguous | failed | unreadable | invalid-contact | new-sender |
    # auth-failed | too-large | delivery-failed | delivery-uncertain
    ref: str  # "#12" for a message, "a31" for an attachment, "o5" for an outbox email
    text: str
    since: datetime | None


def problems(ctx: Context) -> list[Problem]:
    """Everything that needs a human, oldest first."""
    out: list[Problem] = []
    with ctx.store.session() as s:
        for m in s.scalars(select(MessageRow).where(MessageRow.state.in_(("done", "failed")))):
            who = f"{m.subject or '(no subject)'} <{m.from_addr}>"
            if m.state == "failed":
                out.append(Problem("failed", f"#{m.id}", f"{who}: {m.error}", m.received_at))
                continue
            if m.unit_id is None:
                kind = "ambiguous" if m.candidates else "unassigned"
                cands = f" (candidates: {', '.join(m.candidates)})" if m.candidates else ""
                out.append(Problem(kind, f"#{m.id}", f"{who}{cands}", m.received_at))
            elif m.new_sender:
                out.append(
                    Problem(
                        "new-sender",
                        f"#{m.id}",
                        f"{m.from_addr} is not registered for {m.unit_id} ({m.unit_rule})",
                        m.received_at,
                    )
                )
            if "too-large" in (m.flags or []):
                out.append(
                    Problem(
                        "too-large",
                        f"#{m.id}",
                        f"{who}: over mailbox.max_message_mb, stored raw but not read: "
                        "its files are not filed",
                        m.received_at,
                    )
                )
            if "auth-failed" in (m.flags or []):
                out.append(
                    Problem(
                        "auth-failed",
                        f"#{m.id}",
                        f"{who}: sender authentication failed",
                        m.received_at,
                    )
                )
            for a in m.attachments:
                if a.doc_status in _BAD_DOCS:
                    out.append(
                        Problem(
                            "unreadable",
                            f"a{a.id}",
                            f"{a.filename}: {a.doc_status} {a.doc_reason}".strip(),
                            m.received_at,
                        )
                    )
            for c in _contacts(m):
                bad = [
                    f"{k}: {v.get('problem') or 'invalid'}"
                    for k in ("name", "position", "email", "mobile")
                    if isinstance((v := c.get(k)), dict) and v.get("value") and not v.get("valid")
                ]
                if bad and m.unit_id:
                    out.append(
                        Problem(
                            "invalid-contact",
                            f"#{m.id}",
                            f"{m.unit_id} {c.get('source', '')}: {'; '.join(bad)}",
                            m.received_at,
                        )
                    )
        for o in s.scalars(
            select(OutboxRow).where(OutboxRow.state == "queued", OutboxRow.attempts >= 3)
        ):
            out.append(
                Problem(
                    "delivery-retrying",
                    f"o{o.id}",
                    f"{o.kind} to {', '.join(o.recipients)}: {o.attempts} attempts, "
                    f"last: {o.last_error}",
                    o.created_at,
                )
            )
        for o in s.scalars(select(OutboxRow).where(OutboxRow.state == "failed")):
            out.append(
                Problem(
                    "delivery-failed",
                    f"o{o.id}",
                    f"{o.kind} to {', '.join(o.recipients)}: {o.last_error}",
                    o.created_at,
                )
            )
        # `sending` outlives a flush only when it was killed while handing the email to
        # the server: it may have arrived, so it is not sent again (at most once)
        for o in s.scalars(select(OutboxRow).where(OutboxRow.state == "sending")):
            out.append(
                Problem(
                    "delivery-uncertain",
                    f"o{o.id}",
                    f"{o.kind} to {', '.join(o.recipients)}: interrupted while being sent; "
                    f"it may or may not have arrived (after checking: intake resend o{o.id})",
                    o.created_at,
                )
            )
    return sorted(out, key=lambda p: (p.since is None, p.since or datetime.min))


def _contacts(m: MessageRow) -> list[dict]:
    found = list((m.body_facts or {}).get("contacts", []))
    for a in m.attachments:
        found.extend((a.facts or {}).get("contacts", []))
    return found


def _message(s, ref: str) -> MessageRow:
    key = ref.lstrip("#")
    if not key.isdigit():
        raise UsageError(f"MESSAGE: {ref!r} is not a message number like #12")
    row = s.get(MessageRow, int(key))
    if row is None:
        raise UsageError(f"MESSAGE: no message #{key}")
    return row


def _move_files(ctx: Context, row: MessageRow, unit_id: str | None) -> None:
    for a in row.attachments:
        if not a.path or a.duplicate_of is not None:
            continue
        parts = PurePosixPath(a.path).parts
        new = str(PurePosixPath(unit_id or UNASSIGNED, a.category, parts[-1]))
        ctx.archive.move(a.path, new)
        a.path = new


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
        row = _message(s, ref)
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
        _move_files(ctx, row, unit_id)
        if remember_sender and row.from_addr:
            sender = s.get(SenderRow, row.from_addr)
            if sender is None:
                s.add(SenderRow(address=row.from_addr, unit_id=unit_id, learned_at=now))
            else:
                sender.unit_id = unit_id
            held = select(MessageRow).where(
                MessageRow.from_addr == row.from_addr,
                MessageRow.unit_id == unit_id,
                MessageRow.ack_state == "held",
            )
            for other in s.scalars(held):  # now verified: their receipts may go out
                other.ack_state = "pending"
        s.flush()
        rebuild_items(s, row)
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
        return row


def reclassify(
    ctx: Context, ref: str, category: str, *, now: datetime, who: str, note: str = ""
) -> AttachmentRow:
    """Change an attachment's category; its file moves to the category's folder."""
    try:
        cat = Category(category)
    except ValueError:
        raise UsageError(
            f"CATEGORY: {category!r} is not one of {', '.join(c.value for c in Category)}"
        ) from None
    key = ref.lstrip("a")
    if not key.isdigit():
        raise UsageError(f"ATTACHMENT: {ref!r} is not an attachment number like a31")
    with ctx.store.session() as s:
        att = s.get(AttachmentRow, int(key))
        if att is None:
            raise UsageError(f"ATTACHMENT: no attachment a{key}")
        before = att.category
        att.category, att.category_rule, att.category_evidence = (
            cat.value,
            "staff",
            [f"reclassified by {who}"],
        )
        if att.path and att.duplicate_of is None:
            new = str(
                PurePosixPath(
                    att.message.unit_id or UNASSIGNED, cat.value, PurePosixPath(att.path).name
                )
            )
            ctx.archive.move(att.path, new)
            att.path = new
        s.flush()
        rebuild_items(s, att.message)
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="reclassify",
            target=f"a{att.id}",
            detail=f"{before} -> {cat.value}",
            note=note,
        )
        return att


def ignore(ctx: Context, ref: str, *, now: datetime, who: str, note: str = "") -> MessageRow:
    """Take a message out of the campaign (it no longer counts; its files stay)."""
    with ctx.store.session() as s:
        row = _message(s, ref)
        before = row.state
        row.state, row.ack_state = "ignored", "none"
        row.relevance = f"ignored by {who}"
        s.flush()
        rebuild_items(s, row)
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="ignore",
            target=f"#{row.id}",
            detail=f"{before} -> ignored",
            note=note,
        )
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
        return rows
