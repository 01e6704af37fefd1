"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00, written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),
    "daiyue": _row(),
    "xintai": _row(),
    "feicheng": _row(summary=L, statistics=L),  # both on 11-17
    "ningyang": _row(column_url=P),  # a WeChat account only
    "dongping": _row(articles=L),  # the fifth article on 11-15
    "gaoxin": _row(column_url=L, articles=P),  # an article URL first, column 11-07; four articles
    "tavtc": _row(),
    "tsvtc": _row(),
    "tshlxy": _row(articles=P),  # four distinct articles, two resends
    "taysxx": _row(),  # the plan is a scanned JPG: a person reads it
    "tajtzz": _row(),
    "tagczz": _row(),
    "dyzjzx": _row(),  # its summary came through daiyue
    "xtyzz": _row(plan=L, statistics=M),  # plan forwarded by xintai on 11-06; no table
    "fczz": _row(),
    "nyyzz": _row(column_url=L),  # WeChat first, web column on 11-06
    "dpzz": _row(summary=L),  # truncated on 11-16, readable on 11-17
    "tadzjg": _row(),  # all to the 人社局 mailbox
    "tasmzz": _row(plan=L, column_url=L, contact=L),  # 19:32 on 11-05
}
