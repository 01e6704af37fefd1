"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set15), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # 2 own pieces of the 汇编 + 3 PDFs; the jtzz forward is jtzz's
    "dyq": _row(),  # 2 files + 3 links; the zip's 范镇中学 plan is the county's (not registered)
    "xintai": _row(summary=L),  # 4 of the 汇编 (incl. 第二职专's) + a link; summary 11-17
    "feicheng": _row(),  # one article in the body + 4 files
    "ningyang": _row(),  # 3 in the zip + 2 on 11-14
    "dongping": _row(),  # an uncredited 汇编 of 5 is all the county's
    "gaoxin": _row(),  # no registered school; the 服装学院 article is sdfz's
    "tsqzz": _row(),  # plan and liaison in the forwarded mail; 3 credited pieces + 2 own
    "dyzj": _row(plan=L, statistics=L),  # plan only in the county's zip 11-05 21:08; table 11-17
    "xtzz": _row(plan=L, summary=L),  # 代报 plan 11-06, 代为转报 summary 11-17; 3 + 2 来源 pieces
    "fczz": _row(column_url=L),  # WeChat 11-04, web address forwarded by feicheng 11-09
    "nyzz": _row(
        column_url=L, statistics=M
    ),  # column via the county 11-06; its row is the county's
    "dpzj": _row(articles=P, statistics=L),  # 4 articles; statistics 代报 on 11-17
    "tzy": _row(),
    "tsvtc": _row(contact=L),  # office phone on 11-05, the mobile on 11-06
    "lmkj": _row(statistics=L),  # statistics 11-16 19:05
    "tajs": _row(),  # everything to the 人社局 mailbox
    "jtzz": _row(),  # 2 articles through taishan + 3 own
    "sdfz": _row(),  # 4 own + 1 through gaoxin (11-12)
    "tshl": _row(column_url=L),  # 专栏正在建设 on 11-05, the address 11-07
}
