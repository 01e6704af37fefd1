"""The message builder for set9 (set7's, with a charset for real mail programs): a unit's mail
and its label are written together.

Stories call `send` with the whole body text as the unit writes it (no shared greeting or
closing templates: each mail is worded on its own), the client, and the files with their
labels. Noise calls `other`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
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
    """'11-03 09:12' in 2020, Asia/Shanghai."""
    return datetime.strptime("2020-" + stamp, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


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
    **label: Any,
) -> Item:
    """A unit's mail as it writes it; `members` are the labelled files inside a zip;
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
    return b.add(mail, kind, None, [], note=note)


def att_bytes(f: F, data: bytes) -> Att:
    """The attachment of a file label."""
    ext = f.name.rsplit(".", 1)[-1].lower() if "." in f.name else ""
    if f.cut:
        data = data[: len(data) * 2 // 5]
    return Att(f.name, data, f.ctype or CTYPES.get(ext, "application/octet-stream"), style=f.style)
