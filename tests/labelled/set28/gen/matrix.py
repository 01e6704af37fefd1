"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set28), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # Outlook HTML-only: column behind an anchor, liaison a pasted table
    "dyq": _row(),  # column in a Foxmail reply 11-05 10:02, before the deadline
    "xintai": _row(articles=L),  # the fifth article came with the summary on 11-16
    "feicheng": _row(),  # liaison only in the 回执 file; 4th/5th article 11-14 20:30
    "ningyang": _row(plan=L, column_url=L, contact=L, articles=P, summary=L, statistics=L),
    "dongping": _row(),  # zip of plan + 回执; column = the anchor's href; zip of 3 articles
    "gaoxin": _row(statistics=L),  # liaison in the iPhone signature; table 11-16 19:10
    "tzy": _row(),  # three articles from a personal QQ box signed with the college
    "tsvtc": _row(),
    "sdfzxy": _row(),  # Android signature liaison
    "lmkj": _row(contact=L),  # 职务 added in a Foxmail reply on 11-06
    "tshl": _row(),  # a personal 163 box signed with the college
    "tajsxy": _row(),  # to the 人社局 mailbox; a zip of three articles
    "dyzj": _row(statistics=M),  # the table promised, never sent
    "xtzz": _row(plan=L, column_url=L, contact=L),  # zip of plan + 回执 + article on 11-09
    "fczz": _row(),  # anchor text www.fczz.net, href the column
    "nyzz": _row(column_url=L),  # column 11-07
    "dpzj": _row(contact=P, articles=P),  # no 邮箱 in the pasted table; three articles
    "jtzz": _row(),
    "tsqzz": _row(),  # one article from a teacher's 126 box
}
