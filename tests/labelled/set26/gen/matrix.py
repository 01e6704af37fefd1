"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set26), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # tsqzz's two articles in its forwarded mail are the school's
    "dyq": _row(),  # column and liaison in the reply to the ack (11-04); 收到 delivers nothing
    "xintai": _row(statistics=L),  # table 11-17; the forwarded mail is xtzz's
    "feicheng": _row(),  # 联络员变更 11-09: the contact was complete on 11-03
    "ningyang": _row(articles=P, summary=L),  # 4 articles; unreadable summary, PDF on 11-17
    "dongping": _row(),  # the same plan twice counts once; the forwarded mail is dpzj's
    "gaoxin": _row(),  # column corrected 11-05 10:15; 修改版 summary 11-17 changes nothing
    "tzy": _row(),  # new mobile 11-06: the contact was complete on 11-03
    "tsvtc": _row(),
    "sdfzxy": _row(articles=P),  # unreadable plan 11-04, PDF 11-05 09:40; 4 articles
    "lmkj": _row(statistics=M),  # liaison in the reply to the ack 11-05 15:00; a 汇编 of 5
    "tshl": _row(plan=L, column_url=L, contact=L),  # first mail 11-06
    "tajsxy": _row(),  # to the 人社局 box; 联络员调整 11-05
    "dyzj": _row(statistics=L),  # unreadable table 11-16, readable 11-17
    "xtzz": _row(),  # plan, column, liaison in xintai's inline forward 11-04
    "fczz": _row(),  # 谢谢 reply; new mobile 11-09
    "nyzz": _row(articles=P),  # plan, column, liaison in ningyang's rfc822 forward; 3 articles
    "dpzj": _row(),  # plan, column, liaison in dongping's ---原始邮件--- forward 11-05
    "jtzz": _row(column_url=L),  # column in the reply to the ack 11-06
    "tsqzz": _row(statistics=M),  # two of its five articles through taishan 11-10
}
