"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set23), written
unit by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # column in the 回执's header-row table; one article a link
    "dyq": _row(statistics=L),  # merged-cell 回执; the table on 11-17
    "xintai": _row(articles=P),  # xlsx 回执 one row per unit; four articles
    "feicheng": _row(),  # 回执 as a LibreOffice PDF
    "ningyang": _row(statistics=M),  # column broken over two lines; no table
    "dongping": _row(articles=L),  # full-width brackets; the fifth article on 11-15
    "gaoxin": _row(plan=L),  # column without a scheme 11-05; plan 11-06
    "tzy": _row(),  # homepage beside the column
    "tsvtc": _row(),  # key/value 回执 with the homepage row
    "sdfzxy": _row(summary=L),  # href not its shown text; summary 11-17
    "lmkj": _row(plan=L),  # label/value xlsx; plan 11-06
    "tshl": _row(),  # 点击进入专栏
    "tajsxy": _row(),  # non-ASCII query; a 汇编 of three; all to the 人社局
    "dyzj": _row(),  # corrected 11-04, before the deadline
    "xtzz": _row(),  # column only in the signature
    "fczz": _row(),  # one article an article-page link
    "nyzz": _row(column_url=P),  # WeChat only
    "dpzj": _row(contact=P, articles=P),  # trailing 。; no email; three articles
    "jtzz": _row(),  # merged-cell 回执 with the homepage row
    "tsqzz": _row(column_url=L),  # homepage 11-04, the column 11-07
}
