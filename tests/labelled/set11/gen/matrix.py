"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set11), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # liaison beside a 分管领导 row in the body's table; a 美篇 link is the 5th
    "dyq": _row(),  # 总结.docx is the statistics, the .doc the summary, an xlsx 安排表 the plan
    "xintai": _row(column_url=L),  # 正在建设 11-02, column 11-09; the statistics inside the summary
    "feicheng": _row(),  # contact as a PDF vertical table; the column behind anchor text
    "ningyang": _row(column_url=P, articles=P, summary=L, statistics=M),  # WeChat only; 4; 11-17
    "dongping": _row(),  # two 简报 of two articles each; 填表人 under the table is not the liaison
    "gaoxin": _row(),  # 联络员变更 on 11-12 changes nothing; column 更正 changes nothing
    "tzy": _row(),  # a resent article counts once
    "tsvtc": _row(),
    "sdfzxy": _row(),  # early liaison without 职务/email, completed by the plan's sentence 11-05
    "lmkj": _row(),
    "tshl": _row(),
    "tajsxy": _row(),  # to the 人社局 mailbox
    "dyzj": _row(column_url=L),  # a news page on 11-03 is not the column; the column 11-06
    "xtzz": _row(summary=L, statistics=L),  # 11-17
    "fczz": _row(articles=L),  # the fifth on 11-15
    "nyzz": _row(),  # the statistics as the summary's 附件
    "dpzj": _row(articles=L),  # the fifth on 11-15
    "jtzz": _row(),  # the column only in the signature
    "whys": _row(),  # 联络员变更 on 11-09 changes nothing
}
