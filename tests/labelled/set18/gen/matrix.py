"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set18), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # liaison in a 经研究，确定 sentence; a column with a query
    "daiyue": _row(summary=L, statistics=L),  # liaison among 组长/副组长/成员; summary 11-17
    "xintai": _row(),  # 回执 with merged cells; an IP-address column
    "feicheng": _row(),  # office phone first, the mobile the next morning (before the due time)
    "ningyang": _row(articles=L),  # 主联络员 recorded; the fifth article on 11-15
    "dongping": _row(articles=P),  # column only in the PDF; liaison changed 11-10; 4 articles
    "gaoxin": _row(column_url=L),  # a QR code on 11-04, the typed address on 11-07
    "tzy": _row(),  # the column only behind a docx hyperlink
    "tsvtc": _row(),  # home page and column in one sentence
    "sdfzxy": _row(articles=P),  # wrong mobile corrected the same day; 4 articles
    "lmkj": _row(),  # xlsx 回执 with merged cells
    "tshl": _row(contact=L),  # office phone only; the mobile 11-06
    "tajsxy": _row(),  # all to the 人社局 box
    "dyzj": _row(),  # URL in the paragraph after its label
    "xtzz": _row(),  # 现由…担任 on 11-09 changes nothing already complete
    "fczz": _row(summary=L, statistics=L),  # python-docx 回执; summary 11-17
    "nyzz": _row(),  # liaison in the .odt plan's 组织机构
    "dpzj": _row(articles=P),  # 3 articles
    "jtzz": _row(),  # the column only behind an HTML anchor
    "tsqzz": _row(),  # (0538) landline and 138-5388-0916
}
