"""Small builders for MailFacts in rule tests (the parsers are tested on their own)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from zoneinfo import ZoneInfo

from parsers.model import (
    Attachment,
    Contact,
    Document,
    FieldValue,
    FileFacts,
    FoundUrl,
    Heading,
    Mail,
    MailFacts,
    MailFlag,
    ReadStatus,
    StatsTable,
    Table,
)

TZ = ZoneInfo("Asia/Shanghai")


def at(text: str) -> datetime:
    """'2020-11-09 10:00' in Asia/Shanghai."""
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def mail(
    subject: str = "",
    from_addr: str = "someone@qq.com",
    body: str = "请查收。",
    *,
    flags: frozenset[MailFlag] | set[MailFlag] = frozenset(),
    forwarded_from: str = "",
    forwarded_subject: str = "",
    date: datetime | None = None,
    attachments: tuple[Attachment, ...] = (),
) -> Mail:
    return Mail(
        message_id="<t@test>",
        subject=subject,
        from_addr=from_addr,
        body_text=body,
        flags=frozenset(flags),
        forwarded_from=forwarded_from,
        forwarded_subject=forwarded_subject,
        date=date or at("2020-11-03 10:00"),
        attachments=attachments,
    )


def attachment(filename: str, data: bytes = b"x", origin: str = "") -> Attachment:
    return Attachment(
        filename=filename,
        content_type="application/octet-stream",
        data=data,
        sha256=hashlib.sha256(data + filename.encode()).hexdigest(),
        origin=origin,
    )


def file(
    filename: str,
    text: str = "",
    *,
    kind: str = "docx",
    status: ReadStatus = ReadStatus.OK,
    title: str = "",
    tables: tuple[tuple[tuple[str, ...], ...], ...] = (),
    contacts: tuple[Contact, ...] = (),
    urls: tuple[FoundUrl, ...] = (),
    stats_columns: int = 0,
    data: bytes = b"x",
    origin: str = "",
) -> FileFacts:
    headings = (Heading(0, title),) if title else ()
    full_text = "\n".join(p for p in (title, text) if p)
    stats = None
    if stats_columns:
        keys = ["unit", "online_events", "offline_events", "open_days", "participants"]
        stats = StatsTable(
            sheet="Sheet1",
            header_row=2,
            columns={k: i for i, k in enumerate(keys[:stats_columns])},
            rows=(),
        )
    return FileFacts(
        attachment=attachment(filename, data, origin),
        document=Document(
            status=status,
            kind=kind,
            text=full_text if status is ReadStatus.OK else "",
            headings=headings if status is ReadStatus.OK else (),
            tables=tuple(Table(rows=t, name=f"table {i + 1}") for i, t in enumerate(tables)),
        ),
        contacts=contacts,
        urls=urls,
        statistics=stats,
    )


def facts(
    m: Mail,
    *files: FileFacts,
    contacts: tuple[Contact, ...] = (),
    urls: tuple[FoundUrl, ...] = (),
) -> MailFacts:
    return MailFacts(mail=m, files=files, body_contacts=contacts, body_urls=tuple(urls))


def ok(value: str) -> FieldValue:
    return FieldValue(value=value, valid=True)


def bad(value: str, problem: str = "invalid") -> FieldValue:
    return FieldValue(value=value, valid=False, problem=problem)


def contact(
    unit: str = "肥城市职业中等专业学校",
    name: str = "张三",
    position: str = "办公室主任",
    email: str = "zhangsan@163.com",
    mobile: str = "13805381234",
    source: str = "body",
) -> Contact:
    """A complete contact; pass "" for a missing field."""
    return Contact(
        unit=ok(unit) if unit else FieldValue(problem="missing"),
        name=ok(name) if name else FieldValue(problem="missing"),
        position=ok(position) if position else FieldValue(problem="missing"),
        email=ok(email) if email else FieldValue(problem="missing"),
        mobile=ok(mobile) if mobile else FieldValue(problem="missing"),
        source=source,
    )


ARTICLE = (
    "11月9日，肥城市职业中等专业学校组织师生走进社区，开展家电维修、健康护理等技能服务活动，"
    "受到居民好评。\n"
    "活动中，汽修专业的同学们为居民检查车辆，烹饪专业的师生现场制作面点，吸引了众多群众驻足观看。\n"
    "据悉，活动周期间该校还将开展校园开放日等系列活动，进一步扩大职业教育的社会影响力。"
)
