"""Documents of set17 as units write them: plans, articles, summaries, statistics tables.

Each function returns a `Doc` for one producer: python-docx blocks, openpyxl sheets, or HTML
that LibreOffice converts (Writer: doc, docx, pdf, odt; Calc: xls, xlsx). The wording of each
document is passed in by the story; only the common scaffolding (a second paragraph of an
article, the table's layout) is chosen here, by a hash of the headline so it stays stable.
"""

from __future__ import annotations

import hashlib
from html import escape
from typing import Any

from .docs import Doc

WRITER = {"lo-doc", "lo-docx", "lo-pdf", "lo-odt"}
CALC = {"lo-xls", "lo-xlsx"}

# What a clerk writes after a news item's lead; picked by the headline, never shown twice in
# one unit's mail on purpose (the hash spreads them).
FOLLOW = [
    "活动现场气氛热烈，参与群众纷纷表示，通过亲身体验，对职业教育有了新的认识。",
    "据了解，此次活动是学校职业教育活动周系列活动之一，活动周期间还将陆续开展技能展示、"
    "校园开放日等活动。",
    "参加活动的学生表示，在活动中既锻炼了专业技能，又增强了服务社会的意识，收获很大。",
    "下一步，学校将以活动周为契机，持续深化产教融合、校企合作，不断提升人才培养质量。",
    "本次活动严格落实疫情防控要求，参与人员全程佩戴口罩、测温登记，确保活动安全有序。",
    "活动通过学校微信公众号、抖音号同步直播，线上观看人数累计达3000余人次。",
    "“人人出彩、技能强国”，活动让更多家长和学生了解了职业教育、认可了职业教育。",
    "学校相关负责人介绍，活动周期间共组织各类活动十余项，覆盖全体在校师生。",
]


def _follow(headline: str) -> str:
    n = int(hashlib.sha256(headline.encode()).hexdigest()[:6], 16)
    return FOLLOW[n % len(FOLLOW)]


def _html(title: str, paras: list[str], table: list[list[Any]] | None = None) -> str:
    body = f"<h1 style='text-align:center'>{escape(title)}</h1>" if title else ""
    for p in paras:
        body += f"<p>{escape(p)}</p>"
    if table:
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in table
        )
        body += f"<table border='1' cellspacing='0'>{rows}</table>"
    return (
        "<html><head><meta charset='utf-8'></head><body style=\"font-family:'宋体'\">"
        f"{body}</body></html>"
    )


def text_doc(
    title: str,
    paras: list[str],
    producer: str = "python-docx",
    table: list[list[Any]] | None = None,
    header: str = "",
) -> Doc:
    """A Word-like document: a title, paragraphs, an optional table (plan, summary...)."""
    if producer in WRITER:
        return Doc(producer, _html(title, paras, table))
    blocks: list[list[Any]] = []
    if header:
        blocks.append(["header", header])
    if title:
        blocks.append(["h", title] if producer != "plain" else ["plain", title])
    blocks += [["p", p] for p in paras]
    if table:
        blocks.append(["t", table])
    return Doc("docx-pdf" if producer == "docx-pdf" else "python-docx", blocks)


def article(headline: str, lead: str, producer: str = "python-docx", more: str = "") -> Doc:
    """A news item: headline, the lead the unit wrote, and a closing paragraph."""
    paras = [lead] + ([more] if more else []) + [_follow(headline)]
    if producer in WRITER:
        return Doc(producer, _html(headline, paras))
    if producer == "plain":  # WPS users often just bold the headline
        return Doc("python-docx", [["plain", headline], *[["p", p] for p in paras]])
    return text_doc(headline, paras, producer)


STAT_HEAD = [
    "单位名称",
    "线上活动（场次）",
    "线下活动（场次）",
    "校园开放日（次）",
    "技术技能服务（场次）",
    "参与师生（人次）",
    "服务群众（人次）",
    "宣传报道（篇）",
    "网络浏览量（人次）",
]


def stats(
    unit: str,
    values: list[Any],
    producer: str = "openpyxl",
    title: bool = True,
    head: list[str] | None = None,
    extra_rows: list[list[Any]] | None = None,
    note: str = "",
) -> Doc:
    """The 《2020年职业教育活动周情况统计表》 with one unit's row (and any extra rows)."""
    hdr = head or STAT_HEAD
    rows: list[list[Any]] = []
    if title:
        rows.append(["2020年职业教育活动周情况统计表"] + [None] * (len(hdr) - 1))
    rows.append(list(hdr))
    rows.append([unit, *values])
    rows += extra_rows or []
    if note:
        rows.append([note] + [None] * (len(hdr) - 1))
    if producer in CALC:
        html_rows = [[("" if c is None else c) for c in r] for r in rows]
        return Doc(producer, _html("", [], html_rows))
    merge = [f"A1:{chr(64 + len(hdr))}1"] if title else []
    return Doc("openpyxl", {"sheet": "Sheet1", "rows": rows, "merge": merge})
