"""Acknowledgements (回执): one reply for one message or a burst of messages from a unit.

    msg = compose_ack(campaign, unit, receipts, status, to, sender, now)

Whether to acknowledge at all is decided elsewhere (rules' `Judgement.may_reply`, intake's
per-recipient interval); this module only composes. The reply threads under the last
message of the burst and names every attachment with how it was understood, then what the
unit still owes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from outbox.headers import automatic_mail
from outbox.model import Receipt, ReceiptFile, Sender
from outbox.render import (
    READ_PROBLEMS,
    category_label,
    contact_problems,
    contact_summary,
    format_full_date,
    format_moment,
    make_environment,
    message_id,
    one_line,
    owed_lines,
    received_lines,
    render_subject,
)
from parsers.model import Contact
from rules.campaign import Campaign, Unit
from rules.model import UnitStatus

_REPLY_PREFIX = re.compile(r"^\s*(re|回复|答复)\s*[:：]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _FileView:
    name: str
    category: str
    findings: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _ReceiptView:
    subject: str
    received: str
    files: tuple[_FileView, ...]
    body_findings: tuple[str, ...]
    problems: tuple[str, ...]


def _contact_texts(contacts: Sequence[Contact], campaign: Campaign) -> tuple[list[str], list[str]]:
    findings: list[str] = []
    problems: list[str] = []
    for contact in contacts:
        findings.append(f"联络员：{contact_summary(contact)}")
        problems.extend(f"联络员{p}" for p in contact_problems(contact, campaign))
    return findings, problems


def _file_view(file: ReceiptFile, campaign: Campaign) -> _FileView:
    findings, problems = _contact_texts(file.contacts, campaign)
    findings.extend(f"网址：{one_line(url, 300)}" for url in file.urls)
    if file.stats_rows is not None:
        findings.append(f"读取统计数据{file.stats_rows}行")
    if file.credited_to:
        findings.append(f"计入：{one_line(file.credited_to, 100)}")
    if file.read_status in READ_PROBLEMS:
        problems.insert(0, READ_PROBLEMS[file.read_status])
    problems.extend(one_line(p, 300) for p in file.problems)
    archive = file.read_status == "container"  # its files are listed one by one after it
    return _FileView(
        one_line(file.name, 200) or "（无文件名）",
        "压缩包（其中的文件逐一列在下面）" if archive else category_label(file.category, campaign),
        tuple(findings),
        tuple(problems),
    )


def _receipt_view(receipt: Receipt, campaign: Campaign) -> _ReceiptView:
    findings, problems = _contact_texts(receipt.body_contacts, campaign)
    findings.extend(f"网址：{one_line(url, 300)}" for url in receipt.body_urls)
    problems.extend(one_line(p, 300) for p in receipt.problems)
    return _ReceiptView(
        one_line(receipt.subject, 200) or "（无主题）",
        format_moment(receipt.received_at, campaign.tz),
        tuple(_file_view(f, campaign) for f in receipt.files),
        tuple(findings),
        tuple(problems),
    )


def _msgid(value: str) -> str | None:
    """A Message-ID in angle brackets, or None when it cannot be one (spaces, control chars)."""
    value = value.strip()
    if not value:
        return None
    if not value.startswith("<"):
        value = f"<{value}>"
    if re.search(r"[\s\x00-\x1f\x7f]", value) or value.count("<") != 1 or value.count(">") != 1:
        return None
    return value if value.endswith(">") and len(value) <= 998 else None


def reply_subject(subjects: Sequence[str], templates: Path | None = None) -> str:
    """ "Re: 原主题" (no second "Re:"), or "Re: 第一封主题 等3封邮件" for a burst (the
    template ack.subject.txt)."""
    return render_subject(make_environment(templates), "ack", _subject_context(subjects))


def _subject_context(subjects: Sequence[str]) -> dict[str, object]:
    first = one_line(subjects[0], 150) if subjects else ""
    first = first or "（无主题）"
    return {
        "first_subject": first,
        "already_reply": bool(_REPLY_PREFIX.match(first)),
        "count": len(subjects),
        "subjects": [one_line(s, 150) for s in subjects],
    }


def compose_ack(
    campaign: Campaign,
    unit: Unit,
    receipts: Sequence[Receipt],
    status: UnitStatus,
    to: str,
    sender: Sender,
    now: datetime,
    *,
    templates: Path | None = None,
) -> EmailMessage:
    """The 回执 for `receipts` (oldest first), replying to the last one."""
    if not receipts:
        raise ValueError("an acknowledgement needs at least one received message")
    if not to.strip():
        raise ValueError("a message needs at least one recipient")
    tz = campaign.tz
    receipts = sorted(receipts, key=lambda r: r.received_at)
    owed = owed_lines(campaign, status, now)
    context = {
        "unit_name": unit.name,
        "campaign_name": campaign.name,
        "notice": campaign.notice,
        "issuer": campaign.issuer,
        "receipts": [_receipt_view(r, campaign) for r in receipts],
        "owed": owed,
        "received": received_lines(campaign, status),
        "complete": not owed,
        "mailboxes": list(campaign.mailboxes) or [sender.reply_to or sender.address],
        "date_text": format_full_date(now, tz),
    }
    env = make_environment(templates)
    text = env.get_template("ack.txt").render(context)
    html = env.get_template("ack.html").render(context)

    ids = [i for i in (_msgid(r.message_id) for r in receipts) if i]
    return automatic_mail(
        "ack",
        render_subject(env, "ack", {**context, **_subject_context([r.subject for r in receipts])}),
        [to],
        sender,
        now,
        message_id=message_id(
            "ack", f"{unit.id}:{' '.join(ids) or now.isoformat()}", sender.domain
        ),
        text=text,
        html=html,
        unit_id=unit.id,
        replying_to=ids,
        auto_submitted="auto-replied",
    )
