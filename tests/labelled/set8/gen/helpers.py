"""Short constructors the stories use: a file label with its document in one call."""

from __future__ import annotations

import hashlib
from typing import Any

from .build import F
from .docs import Doc
from .make import article, compilation, doc, plan, stat_rows, stats_html, summary

BY_EXT = {"docx": "python-docx", "doc": "lo-doc", "pdf": "lo-pdf", "odt": "lo-odt"}


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def _prod(name: str, producer: str | None) -> str:
    return producer or BY_EXT[name.rsplit(".", 1)[1].lower()]


def art(name: str, lead: str, unit: str, producer: str | None = None, **kw: Any) -> F:
    """An article file whose headline is its file name."""
    head = kw.pop("head", _stem(name))
    d = article(head, lead, _prod(name, producer), kw.pop("byline", ""), kw.pop("editor", ""))
    return F(name, d, "article", unit, **kw)


def comp(
    name: str, pieces: list[tuple[str, str]], unit: str, styled: bool, producer: str | None = None
) -> F:
    """A 汇编 of several articles."""
    d = compilation(_stem(name), pieces, _prod(name, producer), styled)
    return F(name, d, "article", unit, count=len(pieces))


def pl(
    name: str, unit: str, org: str, producer: str | None = None, extra: list[Any] | None = None
) -> F:
    """A plan whose title is its file name."""
    return F(name, plan(_stem(name), org, _prod(name, producer), extra), "plan", unit)


def sm(name: str, unit: str, org: str, figures: str, producer: str | None = None) -> F:
    """A summary whose title is its file name and whose text quotes `figures`."""
    return F(name, summary(_stem(name), org, figures, _prod(name, producer)), "summary", unit)


def nums(seed: str) -> list[int]:
    """Eight fixed figures for a statistics row (online, offline, open days, services,
    participants, public served, reports, page views)."""
    h = hashlib.sha256(seed.encode()).digest()
    return [
        5 + h[0] % 30,
        2 + h[1] % 15,
        1 + h[2] % 4,
        2 + h[3] % 12,
        300 + h[4] * 11,
        200 + h[5] * 7,
        5 + h[6] % 20,
        3000 + h[7] * 97,
    ]


def row(label: str) -> list[Any]:
    """One statistics row for `label`."""
    return [label, *nums(label)]


def st_xlsx(
    name: str,
    unit: str,
    rows: list[list[Any]],
    total: bool = False,
    tail: list[list[Any]] | None = None,
    extra: list[dict[str, Any]] | None = None,
    title: str = "2020年职业教育活动周情况统计表",
) -> F:
    """A statistics workbook (openpyxl): a merged title row, the table, rows under it
    (填表人 …), and extra sheets."""
    body = [[title], *stat_rows(rows, total), *(tail or [])]
    first = {"sheet": "统计表", "rows": body, "merge": ["A1:I1"]}
    return F(name, Doc("openpyxl", {"sheets": [first, *(extra or [])]}), "statistics", unit)


def st_lo(
    name: str,
    unit: str,
    rows: list[list[Any]],
    total: bool = True,
    tail: list[list[Any]] | None = None,
) -> F:
    """A statistics table made by LibreOffice Calc from HTML (.xls or .xlsx by the name)."""
    producer = "lo-xls" if name.endswith(".xls") else "lo-xlsx"
    src = stats_html("2020年职业教育活动周情况统计表", stat_rows(rows, total), tail)
    return F(name, Doc(producer, src), "statistics", unit)


def st_docx(name: str, unit: str, rows: list[list[Any]], total: bool = True) -> F:
    """A statistics table typed as a Word table."""
    blocks = [
        ("h", "2020年职业教育活动周情况统计表"),
        ("t", stat_rows(rows, total)),
        "填报说明：数据截至11月14日。",
    ]
    return F(name, doc("python-docx", blocks), "statistics", unit)


def blocks_doc(
    name: str, category: str, unit: str, blocks: list[Any], producer: str | None = None
) -> F:
    """Any file from blocks."""
    return F(name, doc(_prod(name, producer), blocks), category, unit)
