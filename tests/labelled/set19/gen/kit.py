"""set19's document makers: plans, articles, summaries and statistics tables as units write them
(python-docx, openpyxl, and python-docx exported to PDF by LibreOffice for a few resends).

Wording lives in the stories (gen/counties.py, gen/schools.py); these only lay it out.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .build import TZ, F, Unit, t  # noqa: F401
from .docs import Doc

HEAD = [
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


def docx(
    name: str, blocks: list[list[Any]], category: str, unit: str, pdf: bool = False, **kw: Any
) -> F:
    """A python-docx file (or the same exported to PDF by LibreOffice)."""
    return F(name, Doc("docx-pdf" if pdf else "python-docx", blocks), category, unit, **kw)


def plan(u: Unit, title: str, paras: list[str], name: str = "", **kw: Any) -> F:
    """A plan: title, then the unit's own paragraphs; '# ' starts a section heading."""
    blocks: list[list[Any]] = [["h", title]]
    for p in paras:
        blocks.append(["plain", p[2:]] if p.startswith("# ") else ["p", p])
    return docx(name or f"{title}.docx", blocks, "plan", u.id, **kw)


def article(
    u: Unit,
    headline: str,
    paras: list[str],
    name: str = "",
    pdf: bool = False,
    byline: str = "",
    **kw: Any,
) -> F:
    """An article: headline, a byline (unit and date as the writer puts it), paragraphs."""
    blocks: list[list[Any]] = [["h", headline]]
    if byline:
        blocks.append(["p", byline])
    blocks += [["p", p] for p in paras]
    ext = "pdf" if pdf else "docx"
    return docx(name or f"{headline}.{ext}", blocks, "article", u.id, pdf=pdf, **kw)


def summary(
    u: Unit,
    title: str,
    paras: list[str],
    name: str = "",
    table: list[list[Any]] | None = None,
    **kw: Any,
) -> F:
    """A summary report; an optional small table of figures after the second paragraph."""
    blocks: list[list[Any]] = [["h", title]]
    for n, p in enumerate(paras):
        blocks.append(["plain", p[2:]] if p.startswith("# ") else ["p", p])
        if n == 1 and table:
            blocks.append(["t", table])
    return docx(name or f"{title}.docx", blocks, "summary", u.id, **kw)


def stats(
    u: Unit,
    values: list[Any],
    name: str = "2020年职业教育活动周情况统计表.xlsx",
    unit_cell: str = "",
    note: str = "",
    title: bool = True,
    **kw: Any,
) -> F:
    """The statistics table: a merged title row, the header, the unit's row, a 填表人 line."""
    rows: list[list[Any]] = []
    merge = []
    if title:
        rows.append(["2020年职业教育活动周情况统计表"] + [None] * (len(HEAD) - 1))
        merge.append(f"A1:{chr(64 + len(HEAD))}1")
    rows.append(list(HEAD))
    rows.append([unit_cell or u.name, *values])
    if note:
        rows.append([note] + [None] * (len(HEAD) - 1))
    return F(
        name,
        Doc("openpyxl", {"sheet": "统计表", "rows": rows, "merge": merge}),
        "statistics",
        u.id,
        **kw,
    )


def zero(name: str, category: str, unit: str, note: str = "") -> F:
    """A file of no bytes (the attachment the upload lost)."""
    return F(
        name,
        None,
        category,
        unit,
        readable=False,
        raw=b"",
        producer="0 bytes",
        note=note or "0 bytes: nothing to open",
    )


def clock(stamp: str, off: timedelta) -> Any:
    """A Date header written by a PC whose clock is `off` from the true time `stamp`."""
    return t(stamp) + off
