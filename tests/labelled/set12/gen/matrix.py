"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set12), written
unit by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # one article in its 转报 zip, four in its 汇编
    "daiyue": _row(articles=P, summary=L, statistics=L),  # 3 + a 更正 + 1 = 4; summary 11-17
    "xintai": _row(),  # contact only in an xlsx; the 更正 table changes nothing
    "feicheng": _row(),  # articles from a staff member's 126 box
    "ningyang": _row(plan=L, column_url=L, contact=L),  # all on 11-06
    "dongping": _row(),  # two of five articles on 11-07 (before the week); dpzj's table 代报
    "gaoxin": _row(statistics=L),  # the table on 11-17
    "tsvtc": _row(),  # three articles from a teacher's outlook.com box, in English
    "tavtc": _row(articles=L),  # the fifth on 11-15
    "sdfz": _row(),  # a 汇编 PDF of five; the 修订版 summary changes nothing
    "tshl": _row(statistics=M),  # never sent
    "tajs": _row(),  # all to the 人社局 mailbox
    "lmkj": _row(articles=L),  # four, the fifth 11-15 from a teacher's box; 2019 summary: nothing
    "dyzj": _row(),  # plan, column and contact from daiyue's address
    "tsqzz": _row(),  # two articles in taishan's zip, three of its own
    "xtzz": _row(),  # one article in xintai's mail
    "fczz": _row(),  # articles from a teacher's 163 box; summary and table 代报 by feicheng
    "nyzz": _row(),  # all five articles in ningyang's zip
    "dpzj": _row(),  # its table 代报 by dongping 17:30, its own 19:30 changes nothing
    "tasl": _row(),  # the old name from a teacher's QQ box
}
