"""The message builder for set5: helpers that write a unit's mail and its label together.

Each helper takes the shape (liaison wording, URL wording, article form, statistics layout,
client) explicitly, so every story in `units_*.py` says what it sends and how.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from . import texts
from .docs import PRODUCER_NAMES, Doc
from .mime import CLIENTS, Att, Mail

TZ = timezone(timedelta(hours=8))
CTYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "wps": "application/kswps",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
    "et": "application/kset",
    "csv": "text/csv",
    "zip": "application/zip",
    "png": "image/png",
    "jpg": "image/jpeg",
    "vcf": "text/vcard",
    "odt": "application/vnd.oasis.opendocument.text",
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
    count: int = 0
    cut: bool = False  # truncated: nobody can open it


@dataclass
class Item:
    """One message being built: the mail and its label."""

    mail: Mail
    label: dict[str, Any]
    files: list[F] = field(default_factory=list)
    inline: list[tuple[str, Doc | bytes]] = field(default_factory=list)
    inner: Item | None = None  # a message forwarded as message/rfc822


class Builder:
    """Collects every message of the set and the documents they need."""

    def __init__(self, seed: int = 5) -> None:
        self.rng = random.Random(seed)
        self.items: list[Item] = []

    def add(
        self,
        mail: Mail,
        kind: str = "submission",
        unit: str | None = None,
        files: list[F] | None = None,
        column_url: str | None = None,
        liaison: dict[str, str] | None = None,
        body_article: bool = False,
        article_links: list[str] | None = None,
        note: str = "",
        unassigned_ok: bool = False,
        **more: Any,
    ) -> Item:
        """Record one message with its label."""
        files = files or []
        label: dict[str, Any] = {
            "file": "",
            "received_at": mail.when.isoformat(),
            "kind": kind,
            "unit": unit,
            "unit_unassigned_ok": unassigned_ok,
            "client": CLIENTS[mail.client],
            "files": []
            if kind != "submission"
            else [
                {
                    "name": f.name,
                    "category": f.category,
                    "unit": f.unit,
                    "readable": f.readable,
                    "producer": f.producer or (PRODUCER_NAMES[f.doc.producer] if f.doc else ""),
                    **({"note": f.note} if f.note else {}),
                    **({"count": f.count} if f.count else {}),
                }
                for f in files
            ],
            "body_article": body_article,
            "article_links": article_links or [],
            "column_url": column_url,
            "wechat_only": False,
            "liaison": liaison,
            "note": note,
            **more,
        }
        item = Item(mail, label, files)
        self.items.append(item)
        return item

    # --- shared pieces -----------------------------------------------------------------

    def person(
        self,
        unit: Unit,
        name: str,
        position: str,
        email: str,
        mobile: str,
        unit_written: bool = True,
    ) -> dict[str, str]:
        """A liaison label (unit "" when the wording does not write the unit)."""
        return {
            "unit": unit.name if unit_written else "",
            "name": name,
            "position": position,
            "email": email,
            "mobile": mobile,
        }

    def articles(
        self, u: Unit, producer: str, idxs: list[int], ext: str, names: list[str] | None = None
    ) -> list[F]:
        """Article files for a unit, one per index."""
        out = []
        for n, i in enumerate(idxs):
            title, paras = texts.article(u.short, self.rng, i)
            name = names[n] if names else f"{title}.{ext}"
            out.append(F(name, texts.doc_from(producer, title, paras), "article", u.id))
        return out

    def stats(self, u: Unit, layout: str, name: str, rng_seed: int) -> F:
        """A statistics table in one of the set's layouts."""
        rng = random.Random(rng_seed)
        nums = texts.numbers(rng)
        heads = texts.STAT_HEADERS
        title = "2020年职业教育活动周情况统计表"
        if layout == "merged":  # two header rows, groups merged, totals row
            rows = [
                [title] + [""] * 8,
                ["单位名称", "活动开展", "", "", "", "参与情况", "", "宣传情况", ""],
                ["单位名称", *heads],
                [u.name, *nums],
                ["合计", *nums],
            ]
            spec = {
                "sheet": "统计表",
                "rows": rows,
                "merge": ["A1:I1", "B2:E2", "F2:G2", "H2:I2", "A2:A3"],
            }
            return F(
                name,
                Doc("openpyxl", spec),
                "statistics",
                u.id,
                note="merged header rows and a totals row",
            )
        if layout == "transposed":  # indicators as rows
            rows = [
                [title, ""],
                ["填报单位：" + u.name, ""],
                ["项目", "数量"],
                *[[h, v] for h, v in zip(heads, nums, strict=True)],
            ]
            return F(
                name,
                Doc("openpyxl", {"sheet": "Sheet1", "rows": rows, "merge": ["A1:B1", "A2:B2"]}),
                "statistics",
                u.id,
                note="indicators as rows, one value column",
            )
        if layout == "csv":
            rows = [["单位名称", *heads], [u.name, *nums]]
            return F(name, Doc("csv-gb18030", rows), "statistics", u.id, note="GB18030 CSV")
        if layout in ("lo-xls", "lo-xlsx"):
            html = (
                "<html><head><meta charset='utf-8'></head><body><table border='1'>"
                f"<tr><td colspan='9'>{title}</td></tr>"
                "<tr><td rowspan='2'>单位名称</td><td colspan='4'>活动开展</td>"
                "<td colspan='4'>参与与宣传</td></tr><tr>"
                + "".join(f"<td>{h}</td>" for h in heads)
                + "</tr>"
                f"<tr><td>{u.name}</td>"
                + "".join(f"<td>{v}</td>" for v in nums)
                + "</tr></table></body></html>"
            )
            return F(
                name,
                Doc(layout, html),
                "statistics",
                u.id,
                note="HTML table through LibreOffice Calc, merged header",
            )
        raise ValueError(layout)

    def summary(
        self, u: Unit, producer: str, name: str, title_idx: int, seed: int, title: str = ""
    ) -> F:
        """A summary report."""
        nums = texts.numbers(random.Random(seed))
        title = title or texts.SUMMARY_TITLES[title_idx % 4].format(n=u.name)
        return F(name, texts.doc_from(producer, title, texts.summary_paras(nums)), "summary", u.id)


def signature(u: Unit, when: datetime, who: str = "") -> str:
    """The closing lines most Chinese office mail ends with."""
    return f"\n\n{u.name}{who}\n{when.year}年{when.month}月{when.day}日"


def att_bytes(f: F, data: bytes) -> Att:
    """The attachment of a file label."""
    ext = f.name.rsplit(".", 1)[-1].lower()
    if f.cut:
        data = data[: len(data) * 2 // 5]
    return Att(f.name, data, CTYPES.get(ext, "application/octet-stream"))


def compose(
    b: Builder,
    u: Unit,
    when: datetime,
    subject: str,
    parts: list[Any],
    client: str,
    files: list[F] | None = None,
    sender: str = "",
    sender_name: str = "",
    to: str = "",
    greet: int = 0,
    close: int = 0,
    extra_headers: list[tuple[str, str]] | None = None,
    sign: bool = True,
    tail: str = "",
    **label: Any,
) -> Item:
    """A unit's covering mail: greeting, the parts (text or (text, html)), closing, signature."""
    from html import escape

    from .mime import CITY
    from .shapes import CLOSINGS, GREETINGS, html_of

    text_lines = [GREETINGS[greet % len(GREETINGS)]]
    html_lines = [escape(text_lines[0])]
    rich = False
    for p in parts:
        if isinstance(p, tuple):
            rich = rich or p[0] != p[1]
            text_lines.append(p[0])
            html_lines.append(p[1])
        else:
            text_lines.append(p)
            html_lines.append(escape(p).replace("\n", "<br>"))
    closing = CLOSINGS[close % len(CLOSINGS)]
    sig = signature(u, when) if sign else ""
    text = "\n".join(text_lines) + ("\n" + closing if closing else "") + sig + tail
    html = ""
    if rich or client in ("coremail", "foxmail", "qqmail"):
        html = html_of(
            html_lines
            + [escape(closing)]
            + [escape(s) for s in sig.split("\n")]
            + [escape(s) for s in tail.split("\n") if tail]
        )
    mail = Mail(
        f"{u.id}-{when.isoformat()}-{subject}",
        when,
        sender or u.email,
        sender_name,
        subject,
        text,
        html,
        client,
        to or CITY,
        extra_headers=extra_headers or [],
    )
    return b.add(mail, unit=u.id, files=files or [], **label)
