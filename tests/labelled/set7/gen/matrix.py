"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set7), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # five articles: photos docx, WeChat link, two PDFs, one in the body
    "daiyue": _row(),  # liaison only in an HTML table; three WeChat links + two docx
    "xintai": _row(summary=L, statistics=L),  # both on 11-17; the plan's 更正版 changes nothing
    "feicheng": _row(articles=P),  # four articles; liaison only in a vCard
    "ningyang": _row(plan=L, column_url=L, contact=L),  # all on 11-06
    "dongping": _row(),  # the forwarded article is 东平职专's; five of its own by 11-14 20:10
    "gaoxin": _row(contact=L, articles=P, statistics=M),  # email on 11-06; three articles
    "tavtc": _row(),  # the 更正版 article is the same file: five distinct
    "tsvtc": _row(),  # plan by file-name subject, column and liaison seven minutes later
    "sdfzxy": _row(),  # five articles in one PDF compilation
    "lmkj": _row(column_url=L, contact=P),  # column on 11-09; liaison never gives an email
    "tshlxy": _row(statistics=L),  # truncated on 11-16, readable on 11-17
    "tajsxy": _row(),  # all to the 人社局 mailbox (and its forward)
    "xtjg": _row(articles=P, statistics=L),  # two articles; table on 11-17
    "dyzjzx": _row(summary=L, statistics=L),  # both on 11-17
    "xtzz": _row(),
    "fczz": _row(),
    "nyzz": _row(column_url=M),  # 专栏建设中, never sent
    "dpzz": _row(),  # the fifth article came through 东平县教体局's forward
    "tsqzz": _row(),
}
