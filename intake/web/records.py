"""Reading messages, their files and their history for the pages (plain loaded rows).

with store.session() as s:
    rows = messages_of_unit(s, "taishan")      # attachments loaded
    history = history_of(s, rows)              # {message id: [AuditRow, ...]}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from intake.store import AuditRow, MessageRow


def messages_of_unit(s: Session, unit_id: str) -> list[MessageRow]:
    """Every message filed under `unit_id` (ignored ones too), oldest first."""
    return list(
        s.scalars(
            select(MessageRow)
            .options(selectinload(MessageRow.attachments))
            .where(MessageRow.unit_id == unit_id)
            .order_by(MessageRow.received_at, MessageRow.id)
        )
    )


def message(s: Session, message_id: int) -> MessageRow | None:
    """One message with its attachments, or None."""
    return s.scalars(
        select(MessageRow)
        .options(selectinload(MessageRow.attachments))
        .where(MessageRow.id == message_id)
    ).first()


def targets(row: MessageRow) -> list[str]:
    """The audit targets that concern a message: "#12" and its attachments' "a31"."""
    return [f"#{row.id}", *(f"a{a.id}" for a in row.attachments)]


def history_of(s: Session, rows: Sequence[MessageRow]) -> dict[int, list[AuditRow]]:
    """The audit rows of each message and its attachments, oldest first."""
    owner = {t: r.id for r in rows for t in targets(r)}
    found: dict[int, list[AuditRow]] = defaultdict(list)
    keys = list(owner)
    for start in range(0, len(keys), 500):  # bounded IN lists
        for a in s.scalars(
            select(AuditRow)
            .where(AuditRow.target.in_(keys[start : start + 500]))
            .order_by(AuditRow.at, AuditRow.id)
        ):
            found[owner[a.target]].append(a)
    return found


def audit_about(s: Session, *words: str, limit: int = 200) -> list[AuditRow]:
    """Audit rows whose target or detail mentions any of `words` (a unit's id...)."""
    if not words:
        return []
    clauses: list[Any] = []
    for w in words:
        clauses += [AuditRow.target.contains(w), AuditRow.detail.contains(w)]
    return list(
        s.scalars(select(AuditRow).where(or_(*clauses)).order_by(AuditRow.id.desc()).limit(limit))
    )


def contact_fields(contact: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(label, value, valid) of a stored contact's fields, in the notice's order."""
    labels = (
        ("unit", "单位"),
        ("name", "姓名"),
        ("position", "职务"),
        ("email", "邮箱"),
        ("mobile", "手机号码"),
        ("phone", "电话"),
    )
    out = []
    for key, label in labels:
        field = contact.get(key)
        if isinstance(field, dict) and (field.get("value") or key != "phone"):
            out.append((label, str(field.get("value", "")), bool(field.get("valid"))))
    return out
