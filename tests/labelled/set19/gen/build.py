"""The message builder for set19 (set9's, with the arrival and the Date header apart): a unit's
mail and its label are written together.

set19: `when` is the time the city's server took the mail in (its Received stamp, the label's
`received_at`); `date` is what the sender's client wrote in Date (default: a few seconds
earlier, in +0800, or in +0000 for Exchange Online); `trace` writes the Received lines.

Stories call `send` with the whole body text as the unit writes it (no shared greeting or
closing templates: each mail is worded on its own), the client, and the files with their
labels. Noise calls `other`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from .docs import PRODUCER_NAMES, Doc
from .mime import CITY, CLIENTS, Att, Mail

TZ = timezone(timedelta(hours=8))
CTYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "wps": "application/kswps",
    "pdf": "application/pdf",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
    "zip": "application/x-zip-compressed",
    "png": "image/png",
    "jpg": "image/jpeg",
    "odt": "application/vnd.oasis.opendocument.text",
    "html": "text/html",
    "vcf": "text/x-vcard",
    "ics": "text/calendar",
}


def t(stamp: str) -> datetime:
    """'11-03 09:12' or '11-03 09:12:41' in 2020, Asia/Shanghai."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime("2020-" + stamp, fmt).replace(tzinfo=TZ)


def _hx(s: str, n: int = 8) -> str:
    import hashlib

    return hashlib.sha256(s.encode()).hexdigest()[:n]


def _rfc(d: datetime, tzname: str = " (CST)", pad: bool = False) -> str:
    from email.utils import format_datetime

    out = format_datetime(d)
    if pad and out[5] == "0":  # Postfix writes "Thu,  5 Nov"
        out = out[:5] + " " + out[6:]
    elif out[5] == "0":
        out = out[:5] + out[6:]
    return out + tzname


def trace(sender: str, client: str, arrive: datetime, sent: datetime, to: str) -> list[str]:
    """The Received lines servers prepend, topmost (the city's mail server, at `arrive`) first;
    the sending side's server stamps the true sending time `sent` (servers keep time)."""
    dom = sender.split("@")[-1].lower()
    h = _hx(sender + arrive.isoformat(), 24)
    ip = f"{int(h[:2], 16) % 200 + 20}.{int(h[2:4], 16)}.{int(h[4:6], 16)}.{int(h[6:8], 16)}"
    rcpt = f"\r\n\tfor <{to.strip()}>; " if "," not in to else ";\r\n\t"  # one recipient: "for"
    city = (
        f"by mx.ta.shandong.cn (Coremail) with SMTP id {h[8:12].upper()}Aa{h[12:20]}--.{int(h[20:], 16) % 9000 + 1000}S2"  # noqa: E501
        f"{rcpt}{_rfc(arrive)}"
    )
    if dom == "ta.shandong.cn":  # the city's own mail system: one hop, from its web mail
        return [
            f"from 10.76.{int(h[:2], 16)}.{int(h[2:4], 16)} (unknown [10.76.{int(h[:2], 16)}.{int(h[2:4], 16)}])\r\n"  # noqa: E501
            f"\tby mail.ta.shandong.cn (Coremail) with HTTP; {_rfc(arrive)}"
        ]
    if client == "outlook" or dom in ("outlook.com", "hotmail.com", "sdfzxy.edu.cn"):
        box = f"HK0PR03MB{int(h[:4], 16) % 9000 + 1000}"
        utc = sent.astimezone(UTC)
        return [
            f"from APC01-HK2-obe.outbound.protection.outlook.com (mail-hk2apc01on20{int(h[4:6], 16) % 90 + 10}.outbound.protection.outlook.com [40.107.130.{int(h[6:8], 16) % 250}])\r\n\t{city}",  # noqa: E501
            f"from {box}.apcprd03.prod.outlook.com ([fe80::{h[8:12]}:{h[12:16]}:{h[16:20]}:{h[20:24]}]) by\r\n"  # noqa: E501
            f" {box}.apcprd03.prod.outlook.com ([fe80::{h[8:12]}:{h[12:16]}:{h[16:20]}:{h[20:24]}%7]) with mapi id\r\n"  # noqa: E501
            f" 15.20.3541.018; {_rfc(utc, '')}",
        ]
    if dom in ("163.com", "126.com"):
        n = int(h[:2], 16) % 60 + 1
        mx = f"m{int(h[2:4], 16) % 20 + 1}-{n}.{dom}"
        if client in ("coremail", "coremail-gb2312"):  # web mail
            first = f"from {sender.replace('@', '$')} ( [{ip}] ) by ajax-webmail-wmsvr{n}\r\n (Coremail) ; {_rfc(sent)}"  # noqa: E501
        else:  # a desktop or phone client over SMTP
            first = (
                f"from PC-{h[:6].upper()} (unknown [{ip}])\r\n\tby smtp{n % 16 + 1} (Coremail) with SMTP id "  # noqa: E501
                f"{h[6:10]}_{h[10:20]}.{int(h[20:], 16) % 90000}S2;\r\n\t{_rfc(sent)}"
            )
        return [
            f"from {mx}.{dom.split('.')[0]}.com ({mx} [220.181.{int(h[4:6], 16) % 250}.{n}])\r\n\t{city}".replace(  # noqa: E501
                f".{dom.split('.')[0]}.com.{dom.split('.')[0]}.com", f".{dom.split('.')[0]}.com"
            ),
            first,
        ]
    if dom == "qq.com":
        return [
            f"from smtpbgsg{int(h[:2], 16) % 3 + 1}.qq.com (smtpbgsg{int(h[:2], 16) % 3 + 1}.qq.com [54.254.200.{int(h[2:4], 16) % 250}])\r\n\t{city}",  # noqa: E501
            f"from localhost (unknown [{ip}]) by esmtp{int(h[4:6], 16) % 9 + 1}.qq.com (ESMTP) with SMTP id 0;\r\n\t{_rfc(sent, '')}",  # noqa: E501
        ]
    # a school's own server (Postfix), mail submitted from an office PC
    return [
        f"from mail.{dom} (unknown [{ip}])\r\n\t{city}",
        f"from PC-{h[:6].upper()} (unknown [192.168.{int(h[:2], 16) % 10}.{int(h[2:4], 16)}])\r\n"
        f"\t(Authenticated sender: {sender})\r\n\tby mail.{dom} (Postfix) with ESMTPA id 4CR{h[4:12].upper()};\r\n"  # noqa: E501
        f"\t{_rfc(sent, ' (CST)', pad=True)}",
    ]


def stamp_mail(mail: Mail, date: datetime | None, lag: int) -> None:
    """Set the Date header and the Received trace: the sender's server took it in `lag`
    seconds before the city's did; `date` is the sender's clock (default: the true time)."""
    from email.utils import format_datetime

    true_sent = mail.when - timedelta(seconds=lag)
    shown = date or true_sent
    if date is None and mail.client == "outlook":  # Exchange Online writes Date in UTC
        shown = true_sent.astimezone(UTC)
    mail.date_hdr = format_datetime(shown)
    mail.received = trace(
        mail.sender, mail.client, mail.when, true_sent, mail.to + ("," if mail.cc else "")
    )


@dataclass
class Unit:
    """A unit of the set's config."""

    id: str
    name: str
    short: str
    email: str


@dataclass
class F:
    """A file to attach and its label."""

    name: str
    doc: Doc | None
    category: str
    unit: str
    readable: bool = True
    raw: bytes | None = None
    producer: str = ""
    note: str = ""
    count: int = 0  # articles inside one file
    cut: bool = False  # truncated: nobody can open it
    ctype: str = ""  # "" = by extension
    style: str = ""  # file-name encoding override (mime.Att.style)
    label: bool = True  # False: a zip whose members are labelled instead


@dataclass
class Item:
    """One message being built: the mail and its label."""

    mail: Mail
    label: dict[str, Any]
    files: list[F] = field(default_factory=list)
    inner: Item | None = None  # a message forwarded as message/rfc822


class Builder:
    """Collects every message of the set."""

    def __init__(self) -> None:
        self.items: list[Item] = []

    def add(self, mail: Mail, kind: str, unit: str | None, files: list[F], **label: Any) -> Item:
        """Record one message with its label."""
        flat: list[F] = []
        for f in files:
            if f.doc is not None and f.doc.producer in ("zip", "zip-gbk") and not f.label:
                flat += list(label.get("_members", []))
            elif f.label:
                flat.append(f)
        label.pop("_members", None)
        lab: dict[str, Any] = {
            "file": "",
            "received_at": mail.when.isoformat(),
            "kind": kind,
            "unit": unit,
            "unit_unassigned_ok": label.pop("unassigned_ok", False),
            "client": CLIENTS[mail.client],
            "files": [] if kind != "submission" else [_file_label(f) for f in flat],
            "body_article": label.pop("body_article", False),
            "article_links": label.pop("article_links", []),
            "column_url": label.pop("column_url", None),
            "wechat_only": label.pop("wechat_only", False),
            "liaison": label.pop("liaison", None),
            "note": label.pop("note", ""),
            **label,
        }
        item = Item(mail, lab, files)
        self.items.append(item)
        return item


def _file_label(f: F) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": f.name,
        "category": f.category,
        "unit": f.unit,
        "readable": f.readable,
        "producer": f.producer or (PRODUCER_NAMES[f.doc.producer] if f.doc else ""),
    }
    if f.note:
        out["note"] = f.note
    if f.count:
        out["count"] = f.count
    return out


def person(unit: str, name: str, position: str, email: str, mobile: str) -> dict[str, str]:
    """A liaison label (unit "" when the wording does not write the unit)."""
    return {"unit": unit, "name": name, "position": position, "email": email, "mobile": mobile}


def send(
    b: Builder,
    u: Unit,
    when: str,
    client: str,
    subject: str,
    text: str,
    files: list[F] | None = None,
    html: str = "",
    sender: str = "",
    sender_name: str = "",
    to: str = CITY,
    cc: str = "",
    headers: list[tuple[str, str]] | None = None,
    members: list[F] | None = None,
    forward: Mail | None = None,
    html_only: bool = False,
    date: datetime | None = None,
    lag: int = -1,
    **label: Any,
) -> Item:
    """A unit's mail as it writes it (`date`: the Date its client wrote; `lag`: seconds
    between the sender's server and the city's); `members` are the labelled files inside a zip;
    `forward` is a message forwarded as message/rfc822 that carries the files."""
    stamp = t(when)
    mail = Mail(
        f"{u.id}-{stamp.isoformat()}-{subject}",
        stamp,
        sender or u.email,
        sender_name,
        subject,
        text.strip("\n") + "\n",
        html,
        client,
        to,
        cc=cc,
        extra_headers=headers or [],
        html_only=html_only,
    )
    mail.charset = label.pop("charset", "")
    mail.enc = label.pop("enc", "")
    stamp_mail(mail, date, lag if lag >= 0 else int(_hx(mail.slug, 2), 16) % 40 + 2)
    unit = label.pop("unit", u.id)
    if members:
        label.setdefault("containers", [f.name for f in files or [] if not f.label])
    item = b.add(mail, "submission", unit, files or [], _members=members or [], **label)
    if forward is not None:
        item.inner = Item(forward, {}, item.files)
        item.files = []
        item.label["forwarded"] = forward.subject
    return item


def other(
    b: Builder,
    kind: str,
    when: str,
    client: str,
    sender: str,
    subject: str,
    text: str = "",
    sender_name: str = "",
    to: str = CITY,
    cc: str = "",
    headers: list[tuple[str, str]] | None = None,
    atts: list[Att] | None = None,
    raw_body: bytes = b"",
    raw_ctype: str = "",
    html: str = "",
    html_only: bool = False,
    note: str = "",
    date: datetime | None = None,
) -> Item:
    """A message that is not a unit's submission."""
    stamp = t(when)
    mail = Mail(
        f"{kind}-{stamp.isoformat()}-{subject}",
        stamp,
        sender,
        sender_name,
        subject,
        text,
        html,
        client,
        to,
        cc=cc,
        atts=atts or [],
        extra_headers=headers or [],
        raw_body=raw_body,
        raw_ctype=raw_ctype,
        html_only=html_only,
    )
    stamp_mail(mail, date, int(_hx(mail.slug, 2), 16) % 20 + 1)
    return b.add(mail, kind, None, [], note=note)


def att_bytes(f: F, data: bytes) -> Att:
    """The attachment of a file label."""
    ext = f.name.rsplit(".", 1)[-1].lower() if "." in f.name else ""
    if f.cut:
        data = data[: len(data) * 2 // 5]
    return Att(f.name, data, f.ctype or CTYPES.get(ext, "application/octet-stream"), style=f.style)
