# ruff: noqa: E501
"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set24), written unit
by unit from what each story sends (not computed). Other business, receipts, auto-replies and
the spoof change nothing."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # its 安全检查 report's 联系人 and its forward of the notice count for nothing
    "dyq": _row(contact=P, statistics=M),  # no 职务; a 招生统计表 is not the week's table
    "xintai": _row(contact=L),  # liaison 11-07; the 培训回执 table of 11-04 does not count
    "feicheng": _row(summary=L),  # 汇编 of five; summary 11-17 (资助总结 of 11-09 does not count)
    "ningyang": _row(contact=M, articles=P),  # 参会回执 is no liaison; three articles
    "dongping": _row(),  # 疫情台账, replies and an auto-reply beside a complete campaign
    "gaoxin": _row(plan=L, column_url=M, contact=L, articles=P, summary=M, statistics=M),
    "tzy": _row(),
    "tsvtc": _row(articles=P),  # four articles over two mails
    "sdfzxy": _row(summary=L, statistics=L),  # 11-17; the 资助总结 of 11-16 does not count
    "lmkj": _row(),  # a PDF 汇编 of five
    "tshl": _row(statistics=M),  # the spoofed table of 11-15 does not count
    "tajsxy": _row(),  # all to the 人社局 mailbox
    "dyzj": _row(column_url=M),  # 专栏正在开设, never sent
    "xtzz": _row(articles=P),  # three articles
    "fczz": _row(),
    "nyzz": _row(plan=L, column_url=L, contact=L),  # 11-06; the 安全检查 联系人 of 11-04 is not it
    "dpzj": _row(),
    "jtzz": _row(),
    "tsqzz": _row(articles=P, summary=M, statistics=M),  # 资助总结 and 1+X 统计表 do not count
}
