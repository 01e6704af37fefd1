"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set8), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # two docx and three links; the 转报 plan and article are the school's
    "daiyue": _row(),  # liaison in the merged-title table; column the next day, still on time
    "xintai": _row(summary=L, statistics=L),  # 11-17; the liaison change keeps contact complete
    "feicheng": _row(),  # column only behind 点击进入; five articles in one unstyled 汇编
    "ningyang": _row(plan=L, column_url=L, contact=L),  # all on 11-06; 填表人 is no liaison
    "dongping": _row(articles=P),  # four articles; the province's notice counts for nothing
    "gaoxin": _row(articles=L),  # the fifth article on 11-15
    "tavtc": _row(),  # six articles (one pasted in the body); the 修订 table changes nothing
    "tsvtc": _row(),  # the plan's 以此版为准 resend changes nothing
    "sdfzxy": _row(),  # the column moves on 11-09: already complete
    "lmkj": _row(plan=L, column_url=L, contact=L, articles=L, summary=L, statistics=L),
    "hlzy": _row(),  # liaison in the leaders' table; three articles in a GBK-named zip
    "tajsxy": _row(),  # all to the 人社局 mailbox
    "dyzjzx": _row(),  # the fifth article is a link to its own news page
    "xtyz": _row(),  # two campuses, one unit
    "fczz": _row(),  # two articles in a Big5 mail
    "nyzz": _row(),  # one article before the week and five in it
    "dpzj": _row(column_url=M, contact=P, articles=P, statistics=M),
    "tagcjs": _row(),  # a styled 汇编 of three and two single articles
    "tsqzz": _row(),  # plan and one article through its county's 转报
}
