"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set29), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # its table lists its school as a row plus a 合计 row: the county's own
    "dyq": _row(),  # summary as PDF, table as an .xls from LibreOffice Calc
    "xintai": _row(),  # the table pasted at the end of the summary (附件：统计表) counts
    "feicheng": _row(articles=P),  # 4 articles; the summary only in the body counts; 9场/约3800人
    "ningyang": _row(plan=L, column_url=L, contact=L, articles=L, statistics=L),  # 11-06; 5th on
    # 11-15; a phone photo of the table 11-16, the Excel on 11-17
    "dongping": _row(),  # 情况报告 11-15; the table lacks the 网络浏览量 column
    "gaoxin": _row(column_url=P, statistics=M),  # WeChat only; summary without the table
    "tzy": _row(),  # the table as a CSV
    "tsvtc": _row(),  # the 修改版 summary of 11-17 changes nothing
    "sdfzxy": _row(statistics=P),  # only a scanned PDF of the stamped table
    "lmkj": _row(summary=L, statistics=L),  # both on 11-17
    "tshl": _row(),  # the table as a Word table
    "tajsxy": _row(),  # everything to the 人社局 mailbox
    "dyzj": _row(),  # the table sent twice
    "xtzz": _row(articles=P),  # 2 articles; 工作总结.docx / 统计表.xlsx named for nobody
    "fczz": _row(),  # table from LibreOffice Calc with units in the numbers
    "nyzz": _row(contact=P, summary=M, statistics=M),  # no 职务; nothing at the second deadline
    "dpzj": _row(summary=L, statistics=L),  # 11-16 18:42, just after 18:00
    "jtzz": _row(),  # summary PDF and table from a teacher's personal QQ box
    "tsqzz": _row(),
}
