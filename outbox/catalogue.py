"""The article catalogue (宣传材料目录): every publicity article a unit sent, and which staff
recommend (推荐) to the province and to 大众网 / 泰安日报.

    entries = [Article("a31", "daiyue", "岱岳区职教活动周开幕", received, ArticleSource.FILE, ...)]
    ordered = catalogue_order(campaign, entries)
    data = cover_list_docx(campaign, recommended, now)    # the list that heads the export zip

`intake` gathers the entries from its store (intake/publish.py); this module only orders
and presents them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from outbox.links import units_in_notice_order
from outbox.render import format_day, format_full_date, one_line
from rules.campaign import Campaign


class ArticleSource(StrEnum):
    """Where an article came from: an attached file, the mail body, or a link."""

    FILE = "file"
    BODY = "body"
    LINK = "link"


SOURCE_LABELS = {
    ArticleSource.FILE: "附件",
    ArticleSource.BODY: "邮件正文",
    ArticleSource.LINK: "链接",
}


@dataclass(frozen=True, slots=True)
class Article:
    """One article item.

    `ref` is what staff type to recommend it ("a31" for an attached file, "m12.1" for the
    first article in the body or links of message 12); `filed` is the archive path of the
    file, or the URL of a link; `length` counts the characters of its text (no whitespace)
    and `images` its pictures, None when they could not be read; `read_status` is the
    reader's status ("ok", "unreadable", ...).
    """

    ref: str
    unit_id: str
    title: str
    received_at: datetime
    source: ArticleSource
    filed: str = ""
    filename: str = ""
    length: int | None = None
    images: int | None = None
    read_status: str = "ok"
    recommended: bool = False
    note: str = ""
    recommended_by: str = ""

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]


def catalogue_order(campaign: Campaign, articles: Sequence[Article]) -> list[Article]:
    """Articles by unit in the notice's order (counties, then schools), oldest first."""
    rank = {u.id: i for i, u in enumerate(units_in_notice_order(campaign))}
    return sorted(articles, key=lambda a: (rank.get(a.unit_id, len(rank)), a.received_at, a.ref))


def export_name(index: int, article: Article, unit_name: str) -> str:
    """The file's name inside the export zip: "01_单位_原文件名" (or the title for a link)."""
    base = article.filename or f"{article.title}.txt"
    return f"{index:02d}_{unit_name}_{base}"


def cover_list_docx(
    campaign: Campaign,
    articles: Sequence[Article],
    now: datetime,
    *,
    issuer: str = "",
) -> bytes:
    """The cover list of an export of recommended articles: a 公文-style docx with one
    table row per article (number, unit, title, date, source, where to find it, note)."""
    from outbox.official_docx import add_body, add_table, add_title, new_document

    names = {u.id: u.name for u in campaign.units}
    doc = new_document()
    add_title(doc, f"{campaign.name}推荐宣传材料目录")
    add_body(
        doc,
        f"共推荐宣传材料{len(articles)}篇，"
        f"截至{format_full_date(now, campaign.tz)}。文件按下表序号排列。",
    )
    rows = [("序号", "单位", "标题", "报送日期", "来源", "文件或链接", "推荐理由")]
    for i, a in enumerate(articles, start=1):
        unit = names.get(a.unit_id, a.unit_id)
        where = a.filed if a.source is ArticleSource.LINK else export_name(i, a, unit)
        rows.append(
            (
                str(i),
                unit,
                one_line(a.title, 120),
                format_day(a.received_at, campaign.tz),
                a.source_label,
                where,
                one_line(a.note, 200),
            )
        )
    add_table(doc, rows, widths_mm=(10, 30, 42, 18, 12, 26, 18))
    if issuer:
        add_body(doc, issuer, align="right", indent=False)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
