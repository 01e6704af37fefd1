"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set17), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # all on time; one of five articles a PDF
    "daiyue": _row(contact=L),  # 职务 forgotten on 11-05, sent 11-06 08:32
    "xintai": _row(),  # a WeChat link and four files; summary a PDF
    "feicheng": _row(),  # a question first; plan as .doc; 稿件1-5
    "ningyang": _row(plan=L, column_url=L, contact=L, summary=L, statistics=L),  # 11-06, 11-17
    "dongping": _row(articles=P),  # four articles only
    "gaoxin": _row(statistics=L),  # the table forgotten, sent 11-17 08:26
    "tzy": _row(),  # six articles, a question on length
    "tsvtc": _row(),  # the column in a second mail the same afternoon
    "sdfzxy": _row(),  # two WeChat links then three files
    "lmkj": _row(),  # one article a day
    "tshl": _row(),  # the liaison only in the plan's table
    "tajsxy": _row(),  # everything to the 人社局's mailbox
    "tagj": _row(articles=L),  # fourth and fifth articles on 11-15
    "dyzj": _row(),  # files named 附件1..附件5
    "xtzz": _row(),
    "fczz": _row(),  # two links and three files
    "nyzz": _row(summary=L, statistics=L),  # summary 11-16 19:20
    "dpzj": _row(column_url=L),  # column forgotten, sent 11-10
    "jtzz": _row(),  # a thank-you reply
}
