"""What staff decide beyond correcting the rules: accept or reject a file, confirm a
liaison, record a submission that came another way, exempt a unit, extend its deadline.

    accept_file(ctx, "a31", now=now, who="tian")                 # an unreadable file counts
    reject_file(ctx, "a31", "表格缺页", now=now, who="tian")      # 请重新报送, mailed back
    confirm_liaison(ctx, "#12", now=now, who="tian")              # its contacts are trusted
    record_offline(ctx, "fczz", "plan", "方案.docx", data, channel="微信", ...)  # 线下
    exempt(ctx, "gaoxin", "statistics", now=now, who="tian", note="无职业学校")
    extend_deadline(ctx, "fczz", "summary", due, now=now, who="tian", note="疫情延期")

Each writes its rows and an audit row in one transaction, rebuilds what counts, and notes
itself in the ledger so `intake rebuild` replays it; the console and the command line call
these same functions. Mail goes only to verified addresses (intake.trust).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from sqlalchemy import select

from intake.context import Context
from intake.corrections.messages import attachment_row, message_identity, message_row
from intake.errors import UsageError
from intake.feed.staging import DirectWrites
from intake.items import ItemKinds, rebuild_items
from intake.ledger import identity
from intake.recording import record
from intake.sources.base import RawMessage
from intake.store import AttachmentRow, ItemRow, MessageRow, OutboxRow
from intake.store.schema import LiaisonConfirmationRow, OverrideRow
from intake.trust import Trust
from parsers.mail import read_mail
from rules.campaign import OTHER
from rules.model import CategoryVerdict, FileDecision, Judgement, UnitVerdict

OFFLINE = "offline"  # the mailbox name of submissions staff recorded by hand
CHANNELS = ("纸质", "微信", "U盘", "其他")


def _review(
    ctx: Context, ref: str, verdict: str, reason: str, *, now: datetime, who: str, note: str
) -> AttachmentRow:
    with ctx.store.session() as s:
        att = attachment_row(s, ref)
        if verdict == "accepted" and att.doc_status in ("ok", "image"):
            raise UsageError(f"ATTACHMENT: a{att.id} was read; there is nothing to accept")
        att.review, att.review_note = verdict, reason
        s.flush()
        rebuild_items(s, att.message, ItemKinds.of(ctx.settings.campaign))
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="accept" if verdict == "accepted" else "reject",
            target=f"a{att.id}",
            detail=f"{att.filename}: {verdict}" + (f" ({reason})" if reason else ""),
            note=note,
        )
        target = [*message_identity(att.message), att.idx]
    ctx.ledger.correction(
        "review", attachment=target, verdict=verdict, reason=reason, at=now, who=who, note=note
    )
    return att


def accept_file(
    ctx: Context, ref: str, *, now: datetime, who: str, note: str = ""
) -> AttachmentRow:
    """A file that could not be read counts after all (staff opened it by hand)."""
    return _review(ctx, ref, "accepted", "", now=now, who=who, note=note)


def reject_file(
    ctx: Context, ref: str, reason: str, *, now: datetime, who: str, note: str = ""
) -> int:
    """The file does not count; 请重新报送 with `reason` goes to the unit's verified
    addresses. Returns the queued email's number (0 when the unit has no verified address:
    then nothing is mailed and staff must phone)."""
    from intake.outgoing import queue, sender_of, templates_of
    from outbox.resubmit import Resubmit, compose_resubmit

    if not reason.strip():
        raise UsageError("REASON: say why the file is rejected; the unit reads it")
    att = _review(ctx, ref, "rejected", reason.strip(), now=now, who=who, note=note)
    with ctx.store.session() as s:
        row = s.get_one(AttachmentRow, att.id)
        unit_id, received_at = row.unit_id, row.message.received_at or now
        filename, sha = row.filename, row.sha256
        category = row.category
    campaign = ctx.settings.campaign
    unit = campaign.unit(unit_id) if unit_id else None
    to = Trust.load(ctx).recipients(unit_id) if unit_id else []
    if unit is None or not to:
        return 0
    due = next((r.due for r in campaign.requirements if r.deliverable == category), None)
    key = f"resubmit:{unit.id}:{sha[:16]}:{now.isoformat()}"
    msg = compose_resubmit(
        campaign,
        unit,
        Resubmit(key=key, file_name=filename, received_at=received_at, reason=reason, due=due),
        to,
        sender_of(ctx),
        now,
        templates=templates_of(ctx),
    )
    with ctx.store.session() as s:
        queue(
            ctx,
            s,
            key=key,
            kind="resubmit",
            unit_id=unit.id,
            recipients=to,
            subject=str(msg["Subject"]),
            eml=bytes(msg),
            now=now,
        )
    with ctx.store.session() as s:
        return s.scalar(select(OutboxRow.id).where(OutboxRow.key == key)) or 0


def confirm_liaison(ctx: Context, ref: str, *, now: datetime, who: str, note: str = "") -> None:
    """The liaison contacts found in a message are trusted: their email may receive the
    unit's mail, though the message came from an unverified address."""
    with ctx.store.session() as s:
        row = message_row(s, ref)
        keys = s.scalars(
            select(ItemRow.key).where(ItemRow.message_pk == row.id, ItemRow.contact.is_not(None))
        ).all()
        if not keys:
            raise UsageError(f"MESSAGE: #{row.id} carries no contact data")
        have = set(
            s.scalars(
                select(LiaisonConfirmationRow.key).where(
                    LiaisonConfirmationRow.message_pk == row.id
                )
            )
        )
        for key in keys:
            if key not in have:
                s.add(LiaisonConfirmationRow(message_pk=row.id, key=key, who=who, at=now))
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="confirm-liaison",
            target=f"#{row.id}",
            detail=f"{len(keys)} contact(s) of {row.from_addr or 'an unknown sender'}",
            note=note,
        )
        target = message_identity(row)
    ctx.ledger.correction("confirm-liaison", message=target, at=now, who=who, note=note)


def _offline_mail(
    unit_name: str, channel: str, filename: str, data: bytes, when: datetime
) -> bytes:
    """The raw form an offline submission is kept in (the archive and a rebuild read it)."""
    msg = EmailMessage()
    msg["From"] = "线下报送 <offline@notice-intake.invalid>"
    msg["Subject"] = f"{unit_name}线下报送（{channel}）：{filename}"
    msg["Date"] = format_datetime(when)
    msg.set_content(f"工作人员登记的线下报送（{channel}）。")
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return msg.as_bytes()


def record_offline(
    ctx: Context,
    unit_id: str,
    requirement_id: str,
    filename: str,
    data: bytes,
    *,
    channel: str,
    received_at: datetime,
    now: datetime,
    who: str,
    note: str = "",
) -> int:
    """A submission that came on paper, by WeChat or on a USB stick: filed and counted for
    the unit, marked 线下. For the column URL requirement `data` is the URL (UTF-8 text).
    Returns the message number it is recorded as."""
    campaign = ctx.settings.campaign
    unit = campaign.unit(unit_id)
    requirement = next((r for r in campaign.requirements if r.id == requirement_id), None)
    if unit is None:
        raise UsageError(f"UNIT: no unit {unit_id!r} in the config")
    if requirement is None:
        raise UsageError(f"REQUIREMENT: no requirement {requirement_id!r} in the config")
    if channel not in CHANNELS:
        raise UsageError(f"CHANNEL: {channel!r} is not one of {'、'.join(CHANNELS)}")
    if not data:
        raise UsageError("FILE: the file is empty")
    raw = _offline_mail(unit.name, channel, filename, data, received_at)
    sha = hashlib.sha256(raw).hexdigest()
    uid = f"{unit.id}-{requirement.id}-{sha[:16]}"
    ctx.store.claim(OFFLINE, 0, [uid], now)
    row_id = ctx.store.row_id(OFFLINE, 0, uid)
    message = RawMessage(uid=uid, data=raw, received_at=received_at)
    facts = ctx.read_facts(read_mail(raw))
    # a file or contact requirement is recorded as its own category; a URL's file is other
    category = requirement.deliverable if requirement.deliverable in campaign.categories else OTHER
    decided = CategoryVerdict(category, "staff", (f"recorded by {who} for {requirement.title}",))
    url = data.decode("utf-8", "replace").strip()
    judgement = Judgement(
        unit=UnitVerdict(unit.id, "staff", (f"recorded by {who} ({channel})",)),
        files=tuple(FileDecision(i, decided) for i in range(len(facts.files))),
        column_urls=(url,) if requirement.deliverable == campaign.url_id else (),
        notes=(f"线下报送（{channel}）",),
    )
    raw_path = ctx.archive.write_raw(raw, sha)
    record(
        ctx,
        row_id,
        message,
        sha,
        raw_path,
        facts,
        judgement,
        now=now,
        reason=f"recorded by {who} ({channel})",
        writes=DirectWrites(ctx.archive),
        replace=False,
    )
    with ctx.store.session() as s:
        row = s.get_one(MessageRow, row_id)
        row.body_facts = {**(row.body_facts or {}), "offline": channel}
        for att in row.attachments:
            att.review = "accepted"  # staff saw it: it counts even if we cannot read it
        s.flush()
        rebuild_items(s, row, ItemKinds.of(campaign))
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action="offline",
            target=f"#{row.id}",
            detail=f"{unit.id} {requirement.id}: {filename} ({channel})",
            note=note,
        )
        number = row.id
    ctx.ledger.correction(
        "offline",
        message=identity(OFFLINE, 0, uid),
        unit=unit.id,
        requirement=requirement.id,
        filename=filename,
        channel=channel,
        received_at=received_at,
        raw=raw_path,
        at=now,
        who=who,
        note=note,
    )
    return number


def _set_override(
    ctx: Context,
    unit_id: str,
    requirement_id: str,
    *,
    exempt: bool | None,
    due: datetime | None,
    now: datetime,
    who: str,
    note: str,
    action: str,
) -> None:
    campaign = ctx.settings.campaign
    if campaign.unit(unit_id) is None:
        raise UsageError(f"UNIT: no unit {unit_id!r} in the config")
    if not any(r.id == requirement_id for r in campaign.requirements):
        raise UsageError(f"REQUIREMENT: no requirement {requirement_id!r} in the config")
    with ctx.store.session() as s:
        row = s.scalars(
            select(OverrideRow).where(
                OverrideRow.unit_id == unit_id, OverrideRow.requirement_id == requirement_id
            )
        ).first()
        if row is None:
            row = OverrideRow(unit_id=unit_id, requirement_id=requirement_id, who=who, at=now)
            s.add(row)
        if exempt is not None:
            row.exempt = exempt
        if action == "extend":
            row.due = due
        row.note, row.who, row.at = note, who, now
        if not row.exempt and row.due is None:
            s.delete(row)
        detail = {"exempt": "免报", "unexempt": "取消免报", "extend": f"截止延至{due}"}[action]
        ctx.store.audit(
            s,
            at=now,
            user=who,
            action=action,
            target=f"{unit_id}/{requirement_id}",
            detail=detail,
            note=note,
        )
    ctx.ledger.correction(
        action, unit=unit_id, requirement=requirement_id, due=due, at=now, who=who, note=note
    )


def exempt(
    ctx: Context, unit_id: str, requirement_id: str, *, now: datetime, who: str, note: str
) -> None:
    """The unit need not deliver this requirement (免报): not owed, never reminded."""
    if not note.strip():
        raise UsageError("NOTE: say why the unit is exempted")
    _set_override(
        ctx,
        unit_id,
        requirement_id,
        exempt=True,
        due=None,
        now=now,
        who=who,
        note=note,
        action="exempt",
    )


def unexempt(
    ctx: Context, unit_id: str, requirement_id: str, *, now: datetime, who: str, note: str = ""
) -> None:
    """Take an exemption back."""
    _set_override(
        ctx,
        unit_id,
        requirement_id,
        exempt=False,
        due=None,
        now=now,
        who=who,
        note=note,
        action="unexempt",
    )


def extend_deadline(
    ctx: Context,
    unit_id: str,
    requirement_id: str,
    due: datetime,
    *,
    now: datetime,
    who: str,
    note: str,
) -> None:
    """The unit's own deadline for this requirement: status and reminders follow it."""
    if due.tzinfo is None:
        raise UsageError("DUE: give the time with its timezone")
    _set_override(
        ctx,
        unit_id,
        requirement_id,
        exempt=None,
        due=due,
        now=now,
        who=who,
        note=note,
        action="extend",
    )


def replay(ctx: Context, event: dict[str, Any]) -> None:
    """Apply one ledger event of this module again (intake rebuild)."""
    at, who, note = datetime.fromisoformat(event["at"]), event["who"], event.get("note", "")
    action = event["action"]
    if action == "review":
        *place, idx = event["attachment"]
        with ctx.store.session() as s:
            pk = s.scalar(
                select(AttachmentRow.id)
                .join(MessageRow, MessageRow.id == AttachmentRow.message_pk)
                .where(
                    MessageRow.mailbox == place[0],
                    MessageRow.uidvalidity == int(place[1]),
                    MessageRow.uid == str(place[2]),
                    AttachmentRow.idx == int(idx),
                )
            )
        if pk is None:
            raise ValueError(f"no attachment {idx} of {place}")
        _review(
            ctx, f"a{pk}", event["verdict"], event.get("reason", ""), now=at, who=who, note=note
        )
    elif action == "confirm-liaison":
        place = event["message"]
        confirm_liaison(
            ctx,
            f"#{ctx.store.row_id(place[0], int(place[1]), str(place[2]))}",
            now=at,
            who=who,
            note=note,
        )
    elif action == "offline":
        from email import message_from_bytes, policy

        raw = message_from_bytes(ctx.archive.read(event["raw"]), policy=policy.default)
        part = next(p for p in raw.iter_attachments())
        record_offline(
            ctx,
            event["unit"],
            event["requirement"],
            event["filename"],
            part.get_payload(decode=True) or b"",
            channel=event["channel"],
            received_at=datetime.fromisoformat(event["received_at"]),
            now=at,
            who=who,
            note=note,
        )
    elif action in ("exempt", "unexempt", "extend"):
        due = datetime.fromisoformat(event["due"]) if event.get("due") else None
        _set_override(
            ctx,
            event["unit"],
            event["requirement"],
            exempt={"exempt": True, "unexempt": False}.get(action),
            due=due,
            now=at,
            who=who,
            note=note,
            action=action,
        )
    else:
        raise ValueError(f"unknown correction {action!r}")
