"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set10), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # plan as 新建 Microsoft Word 文档.docx; 1/2/3.docx in a GBK zip
    "dyq": _row(summary=L, statistics=L),  # one article in the body, two links; summary 11-17
    "xintai": _row(),  # five in a .7z; the two forwarded articles are xtzz's
    "feicheng": _row(contact=L, articles=L),  # 职务/邮箱 on 11-06; the fifth article 11-15
    "ningyang": _row(),  # 1.docx–5.docx, no subject then 回复：; statistics as a PDF
    "dongping": _row(summary=L, statistics=L),  # liaison and column only in the .doc plan
    "gaoxin": _row(
        plan=L, column_url=L, contact=L, articles=P, summary=L, statistics=M
    ),  # all late
    "tzy": _row(),  # .odt summary, .ods table
    "tsvtc": _row(),  # names only in Content-Type; 新建 Microsoft Word 文档 (2).docx
    "sdfzxy": _row(),  # the plan first as a phone photo; articles from a teacher's iPhone
    "lmkj": _row(articles=P, statistics=M),  # four articles in a nested GBK zip; no table
    "tshl": _row(),
    "tajsxy": _row(),  # to the 人社局 box; summary as RTF
    "dyzj": _row(contact=P),  # an office landline only
    "xtzz": _row(),  # two articles through xintai's forward, three of its own
    "fczz": _row(plan=L),  # the 11-04 plan truncated; the resend 11-07
    "nyzz": _row(),  # liaison in an HTML table of an HTML-only QQ mail
    "dpzj": _row(plan=L, column_url=L, contact=L, statistics=L),  # 11-06; table 11-17
    "jtzz": _row(column_url=P),  # WeChat account only
    "tsqzz": _row(),  # one 汇编 docx of five; summary as scan0001.pdf
}
