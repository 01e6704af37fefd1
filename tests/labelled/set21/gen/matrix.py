"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set21), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # the 转发 notice beside the plan is only reference
    "dyq": _row(),  # 附件1 is the plan; photos are nothing
    "xintai": _row(),  # liaison only in the 回执; table pasted in a docx
    "feicheng": _row(),  # liaison mail first; a 汇编 of five; .ods table
    "ningyang": _row(plan=L),  # the plan 微信文件_20201106.docx on 11-06
    "dongping": _row(articles=P),  # four articles
    "gaoxin": _row(summary=L, statistics=L),  # both on 11-17
    "tzy": _row(),  # summary as scan0001.pdf
    "tsvtc": _row(),  # three article links and two .odt articles
    "sdfzxy": _row(contact=L),  # 职务 on 11-06
    "lmkj": _row(statistics=M),  # the table promised, never sent
    "tshl": _row(),
    "tajsxy": _row(),  # all to the 人社局; a PDF 汇编 of five
    "dyzj": _row(),
    "xtzz": _row(),  # table in 附件2.docx
    "fczz": _row(summary=L, statistics=L),  # 11-17
    "nyzz": _row(),
    "dpzj": _row(),  # photos with the summary are nothing
    "jtzz": _row(articles=L),  # the fifth on 11-15
    "tsqzz": _row(plan=L, column_url=L, contact=L),  # 11-05 20:36
}
