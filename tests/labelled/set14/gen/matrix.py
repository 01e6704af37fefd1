"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set14), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # many small mails; the Cc'd copy counts once
    "daiyue": _row(plan=L, column_url=L, contact=L, articles=L),  # everything on 11-16
    "xintai": _row(),  # the 汇编 repeats three: five distinct on 11-13
    "feicheng": _row(),  # column corrected 11-05 08:35 (before the due time); 附件忘了
    "ningyang": _row(articles=P, summary=L, statistics=M),  # body article = file: four
    "dongping": _row(articles=P),  # resent under a new name: four; 联络员变更 changes nothing
    "gaoxin": _row(articles=L),  # the link is the 11-09 article; the fifth on 11-15
    "tzy": _row(),  # two articles on 11-06 count; liaison and column only in the plan
    "tsvtc": _row(),
    "sdfzxy": _row(summary=P, statistics=P),  # both files unreadable
    "lmkj": _row(statistics=M),  # promised, never sent
    "tshl": _row(),  # signature liaison and column
    "tajsxy": _row(),  # To 人社局 Cc the city
    "dyzj": _row(summary=L, statistics=L),  # 11-17; docx+pdf one article (five distinct)
    "xtzz": _row(),
    "fczz": _row(articles=P),  # 汇编 of three + one repeated + one new: four
    "nyzz": _row(plan=L, column_url=L, contact=L),  # 11-06 in the reminder's thread
    "dpzj": _row(contact=P),  # no 职务
    "jtzz": _row(),
    "tsqzz": _row(column_url=L),  # corrected address on 11-09
}
