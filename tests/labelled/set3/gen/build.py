"""The set being built: each `add` makes one message with a named producer and records its
labels (the schema of README.md) next to it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from . import clients, hand
from .units import CITY, UNITS, Person

TZ = ZoneInfo("Asia/Shanghai")
REAL = {
    "neomutt": clients.neomutt,
    "s-nail": clients.snail,
    "phpmailer": clients.phpmailer,
    "nodemailer": clients.nodemailer,
    "python-email": clients.pyemail,
}
HAND = {
    "foxmail": "foxmail",
    "outlook": "outlook",
    "qqmail": "qq",
    "coremail": "coremail",
    "coremail-163": "coremail",
    "coremail-126": "coremail",
    "iphone-mail": "apple",
    "wechat": "wechat",
}
BRAND = {"coremail": "ta.shandong.cn", "coremail-163": "163com", "coremail-126": "126com"}


def at(day: int, hh: int, mm: int = 0) -> datetime:
    """A November 2020 moment in the campaign's timezone."""
    return datetime(2020, 11, day, hh, mm, tzinfo=TZ)


@dataclass
class F:
    """An attachment and its label: category, the unit it belongs to, readable or not.
    A zip/7z carries its members (labelled too); style is the file-name encoding a hand-shaped
    client uses."""

    name: str
    data: bytes
    category: str
    unit: str | None = None
    readable: bool = True
    members: list[F] = field(default_factory=list)
    style: str = "rfc2047"
    cid: str | None = None

    def labels(self, default_unit: str | None) -> list[dict]:
        if self.cid:
            return []  # a picture inside the body is not a file anybody sends
        own = {
            "name": self.name.rsplit("/", 1)[-1],
            "category": self.category,
            "unit": self.unit or default_unit,
            "readable": self.readable,
        }
        return [own, *[x for m in self.members for x in m.labels(self.unit or default_unit)]]


def liaison(unit_id: str, p: Person | None = None, **override: str) -> dict:
    """The liaison label: full unit name as in config and the five fields as written."""
    u = UNITS[unit_id]
    p = p or u.liaison
    d = {
        "unit": u.name,
        "name": p.name,
        "position": p.position,
        "email": p.email,
        "mobile": p.mobile,
    }
    d.update(override)
    return d


class DevSet:
    """Messages in the order they are added; numbered files mail/NNN-slug.eml."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.raw: list[bytes] = []

    def _id(self, when: datetime, domain: str) -> str:
        n = len(self.messages) + 1
        h = hashlib.sha256(f"{n}{when}".encode()).hexdigest()[:10]
        return f"{when:%Y%m%d%H%M%S}{n:03d}.{h}@{domain}"

    def add(
        self,
        slug: str,
        when: datetime,
        client: str,
        *,
        frm: str,
        name: str,
        subject: str,
        text: str = "",
        html: str = "",
        files: list[F] = (),
        to: list[str] | None = None,
        cc: list[str] = (),
        extra: list[str] = (),
        charset: str = "gbk",
        options: dict | None = None,
        kind: str = "submission",
        unit: str | None = None,
        unassigned_ok: bool = False,
        body_article: str | None = None,
        article_links: list[str] = (),
        column_url: str | None = None,
        wechat_only: bool = False,
        liaison: dict | None = None,
        note: str = "",
        auth_fail: bool = False,
        return_path: str | None = None,
    ) -> None:
        """One message written by `client` and its labels."""
        to = list(to or [CITY])
        sent = when - timedelta(seconds=37 + 11 * (len(self.messages) % 7))
        mid = self._id(sent, frm.split("@")[1])
        if client in REAL:
            spec = clients.Spec(
                frm,
                name,
                to,
                subject,
                text,
                html,
                list(cc),
                [(f.name, f.data) for f in files if not f.cid],
                [(f.cid, f.name, f.data) for f in files if f.cid],
                charset,
                options or {},
            )
            raw = clients.derandomize(REAL[client](spec), mid, sent)  # hand-shaped mail is seeded
        else:
            atts = [
                hand.Att(
                    f.name,
                    f.data,
                    style=f.style,
                    charset=charset if f.style != "rfc2231-cont" else "utf-8",
                    cid=f.cid,
                )
                for f in files
            ]
            m = hand.Mail(frm, name, to, subject, text, html, list(cc), atts, list(extra), charset)
            raw = hand.compose(HAND[client], m, mid, brand=BRAND.get(client, "163com"))
        trace = list(extra) if client in REAL else []
        if auth_fail:
            domain = frm.split("@")[1]
            trace.insert(
                0,
                "Authentication-Results: mx.ta.shandong.cn;"
                f"\n\tspf=fail (sender IP is 185.220.101.7) smtp.mailfrom={frm};"
                f"\n\tdkim=fail header.d={domain};"
                f"\n\tdmarc=fail action=none header.from={domain}",
            )
        raw = clients.finish(
            raw,
            sent=sent,
            received=when,
            message_id=mid,
            to=to[0],
            helo=f"mail.{frm.split('@')[1]}",
            extra=trace,
            return_path=frm if return_path is None else return_path,
        )
        self._record(
            slug,
            when,
            client,
            raw,
            kind=kind,
            unit=unit,
            unassigned_ok=unassigned_ok,
            files=[x for f in files for x in f.labels(unit)],
            body_article=body_article,
            article_links=list(article_links),
            column_url=column_url,
            wechat_only=wechat_only,
            liaison=liaison,
            note=note,
        )

    def add_raw(
        self,
        slug: str,
        when: datetime,
        client: str,
        raw: bytes,
        *,
        frm: str,
        kind: str,
        unit: str | None = None,
        note: str = "",
        return_path: str | None = None,
        extra: list[str] = (),
    ) -> None:
        """A message built elsewhere (machine mail, forwards) and its labels."""
        sent = when - timedelta(seconds=5)
        mid = self._id(sent, frm.split("@")[-1].strip(">"))
        raw = clients.finish(
            raw,
            sent=sent,
            received=when,
            message_id=mid,
            to=CITY,
            helo=f"mail.{frm.split('@')[-1]}",
            extra=list(extra),
            return_path=frm if return_path is None else return_path,
        )
        self._record(
            slug,
            when,
            client,
            raw,
            kind=kind,
            unit=unit,
            unassigned_ok=False,
            files=[],
            body_article=None,
            article_links=[],
            column_url=None,
            wechat_only=False,
            liaison=None,
            note=note,
        )

    def _record(self, slug: str, when: datetime, client: str, raw: bytes, **lab) -> None:
        n = len(self.messages) + 1
        self.raw.append(raw)
        self.messages.append(
            {
                "file": f"mail/{n:03d}-{slug}.eml",
                "received_at": when.isoformat(),
                "client": client,
                "kind": lab["kind"],
                "unit": lab["unit"],
                "unit_unassigned_ok": lab["unassigned_ok"],
                "files": lab["files"],
                "body_article": {"title": lab["body_article"]} if lab["body_article"] else None,
                "article_links": lab["article_links"],
                "column_url": lab["column_url"],
                "wechat_only": lab["wechat_only"],
                "liaison": lab["liaison"],
                "note": lab["note"],
            }
        )

    def inner(self, client: str, when: datetime, **kw) -> bytes:
        """A message as its first sender wrote it, to be forwarded inside another (not added)."""
        files = kw.pop("files", [])
        to = kw.pop("to", [CITY])
        frm = kw["frm"]
        if client in REAL:
            spec = clients.Spec(
                frm,
                kw["name"],
                to,
                kw["subject"],
                kw.get("text", ""),
                kw.get("html", ""),
                [],
                [(f.name, f.data) for f in files],
                [],
                kw.get("charset", "gbk"),
                {},
            )
            raw = REAL[client](spec)
        else:
            atts = [hand.Att(f.name, f.data, style=f.style) for f in files]
            m = hand.Mail(
                frm, kw["name"], to, kw["subject"], kw.get("text", ""), kw.get("html", ""), [], atts
            )
            raw = hand.compose(HAND[client], m, f"inner{when}")
        mid = f"{when:%Y%m%d%H%M%S}.inner@{frm.split('@')[1]}"
        if client in REAL:
            raw = clients.derandomize(raw, mid, when)
        raw = clients.finish(
            raw,
            sent=when,
            received=when,
            message_id=mid,
            to=to[0],
            helo=f"mail.{frm.split('@')[1]}",
            return_path=frm,
        )
        return raw.replace(b"\r\n", b"\n")
