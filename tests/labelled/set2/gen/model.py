"""The message model of the set: what a message holds and how a person labels it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .docs import Doc

TZ = timezone(timedelta(hours=8))
CITY = "jyj-zcjk01@ta.shandong.cn"
CITY_NAME = "泰安市教育局职成高教科"
RSJ = "rsjzjk@ta.shandong.cn"


def at(text: str) -> datetime:
    """'11-03 10:15' -> 2020-11-03T10:15+08:00."""
    return datetime.strptime("2020-" + text, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


@dataclass(eq=False)
class Att:
    """One attachment: a document, a forwarded message (message/rfc822) or an inline image."""

    doc: Doc | None = None
    msg: Msg | None = None
    cid: str | None = None  # inline image referenced from the HTML body
    encoding: str | None = None  # nodemailer: transfer encoding of a message/rfc822 part


@dataclass(eq=False)
class Msg:
    """A message, its producer and its labels."""

    slug: str
    when: str  # received, campaign time, "MM-DD HH:MM"
    client: str
    kind: str
    unit: str | None
    sender: tuple[str, str]  # (display name, address)
    subject: str | None = None
    text: str | None = None
    html: str | None = None
    atts: list[Att] = field(default_factory=list)
    to: list[str] = field(default_factory=lambda: [CITY])
    cc: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    in_reply_to: str | None = None
    auth: str = "pass"  # pass | fail | none: the Authentication-Results our MX adds
    opts: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # a message written byte for byte (reports, bounces)
    # labels
    body_article: str | None = None
    article_links: list[str] = field(default_factory=list)
    column_url: str | None = None
    wechat_only: bool = False
    liaison: dict[str, str] | None = None
    note: str = ""
    unit_unassigned_ok: bool = False
    extra_files: list[dict[str, object]] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    delay_s: int = 40  # seconds between the Date header and arrival

    @property
    def received(self) -> datetime:
        """Arrival time at the bureau's mailbox."""
        return at(self.when)

    @property
    def sent(self) -> datetime:
        """The sender's clock (Date header)."""
        return self.received - timedelta(seconds=self.delay_s)

    def file_labels(self) -> list[dict[str, object]]:
        """Every file a person would see: attachments, archive members, forwarded files."""
        out: list[dict[str, object]] = []
        for a in self.atts:
            if a.doc is not None:
                for d in a.doc.flat():
                    out.append(
                        {
                            "name": d.name,
                            "category": d.category,
                            "unit": d.unit,
                            "readable": d.readable,
                        }
                    )
            if a.msg is not None:
                out.extend(a.msg.file_labels())
        out.extend(self.extra_files)
        return out

    def docs(self) -> list[Doc]:
        """All documents this message (and what it forwards) carries."""
        out: list[Doc] = []
        for a in self.atts:
            if a.doc is not None:
                out.append(a.doc)
            if a.msg is not None:
                out.extend(a.msg.docs())
        return out
