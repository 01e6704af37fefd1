"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set27), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # 2 pasted + 1 file + 2 links = exactly 5 on 11-13
    "dyq": _row(articles=P),  # 4: 满庄镇 resent under the same name counts once
    "xintai": _row(),  # 7 over three mails (3 files, 4 links)
    "feicheng": _row(),  # 11-06 (early, counts) + 汇编 of 3 + a 公众号 link = 5
    "ningyang": _row(),  # 2, a 163 超大附件 link (none), then its 3 attached on 11-13 = 5
    "dongping": _row(articles=L),  # 2 pasted, 2 .doc, the fifth on 11-15
    "gaoxin": _row(articles=P),  # 2 files; the QQ 超大附件 never came as files
    "tzy": _row(),  # 1 in the HTML body (cid photos are not articles) + 4 links
    "tsvtc": _row(),  # pdf, doc, docx with 稿件1/稿件2, docx, 2 美篇 = 7
    "sdfzxy": _row(),  # 11-07 (early) + 2 files + 2 .shtml links = 5; photos are other
    "lmkj": _row(articles=P),  # 4: 中医药文化体验周 .docx and .pdf count once
    "tshl": _row(),  # 1 in the HTML body + 2 files + 2 links = 5 on 11-14
    "tajsxy": _row(),  # a 汇编 of 5 to the 人社局
    "dyzj": _row(),  # 3 .wps + 2 美篇
    "xtzz": _row(),  # 3 pasted in one body + 2 .shtml links
    "fczz": _row(),  # 6 ?id= links, one repeated: 5
    "nyzz": _row(),  # 11-05 (with the plan) + 2 pdf + 1 docx + 2 公众号 = 6
    "dpzj": _row(articles=P, summary=L, statistics=L),  # 2 articles; summary and table 11-17
    "jtzz": _row(),  # HTML body + 2 files + 2 ?id= links by 11-14, a sixth on 11-15
    "tsqzz": _row(articles=M, statistics=L),  # only a 163 超大附件 link; table 11-17
}
