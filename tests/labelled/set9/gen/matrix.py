"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set9), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # liaison and column only in its 通知; the 转报 article is tsqzz's
    "dyq": _row(column_url=L, summary=L, statistics=L),  # column 11-06; summary in the thread 11-17
    "xintai": _row(column_url=L),  # WeChat account 11-03, web column 11-09; two links count
    "feicheng": _row(),  # liaison in the plan's header table; the 更正版 table changes nothing
    "ningyang": _row(plan=L, column_url=L, contact=L, articles=P),  # 11-06, mobile 11-07, 4 arts
    "dongping": _row(articles=L),  # two in one body; the fifth on 11-15
    "gaoxin": _row(column_url=P, statistics=M),  # WeChat only; 附件2 resent counts once
    "tzy": _row(),  # articles from a staff member's personal box
    "tsvtc": _row(),  # liaison only in the plan's last section
    "sdfzxy": _row(column_url=L),  # the column only in the summary
    "lmkj": _row(contact=L, articles=P, summary=L),  # 职务 on 11-09; 4 articles (one resent)
    "tshl": _row(),  # a personal 163 box
    "tajsxy": _row(),  # all to the 人社局 mailbox; a 汇编 of five
    "dyzj": _row(column_url=L),  # WeChat account 11-05, web column 11-08
    "xtzz": _row(),  # its plan came in xintai's mail
    "fczz": _row(summary=L, statistics=L),  # the fifth article a link on the county's site
    "nyzz": _row(),  # the 修改稿 changes nothing
    "dpzj": _row(contact=P, articles=P, statistics=L),  # no email; 3 articles; summary via county
    "jtzz": _row(),
    "tsqzz": _row(),  # one of its five articles through taishan
}
