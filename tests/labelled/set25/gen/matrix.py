"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set25), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # plan = its 通知 (附件1); articles in a zip and in 附件1-3
    "dyq": _row(),  # 新建 Microsoft Word 文档 = plan; 文档1.docx twice, two articles
    "xintai": _row(),  # 回执.xls; statistics as a Word table
    "feicheng": _row(contact=L),  # 职务 only in the 11-06 回执
    "ningyang": _row(articles=P),  # plan named 活动周总结, summary named 活动周方案; 4 articles
    "dongping": _row(summary=L, statistics=L),  # 11-17
    "gaoxin": _row(plan=L, articles=P, statistics=M),  # 附件1 = 回执; 活动安排 11-06; 3 articles
    "tzy": _row(),  # a compilation of three
    "tsvtc": _row(),  # 文档1 = 活动安排, 文档2 = 回执
    "sdfzxy": _row(),  # 附件1/附件2 reused three times; summary 17:50
    "lmkj": _row(plan=L, column_url=L, contact=L, articles=P),  # everything early came 11-06
    "tshl": _row(),  # 1.docx/2.docx reused for articles; two articles from a personal QQ box
    "tajsxy": _row(),  # 新闻稿.docx three times, three articles
    "dyzj": _row(plan=L, column_url=L, contact=L),  # a photo of the plan at 19:32 on 11-05
    "xtzz": _row(summary=L),  # truncated summary 11-16, readable resend 11-17
    "fczz": _row(),  # pinyin names
    "nyzz": _row(),  # 文档1.docx article, then summary
    "dpzj": _row(column_url=M, contact=P, articles=P, statistics=L, summary=L),  # 19:10 on 11-16
    "jtzz": _row(),  # summary and statistics under each other's names
    "tsqzz": _row(statistics=L),  # 统计表.docx was the 回执; the table 11-17
}
