"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set19), written unit
by unit from what each story sends and when it arrived (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # plan 17:52; the .docx and .pdf of one article count once: 6
    "dyq": _row(plan=L, column_url=L, contact=L, statistics=L),  # 18:07; table 11-17 09:12
    "xintai": _row(articles=L),  # 09:58 +0000 is on time; the fifth arrived Sunday 07:50
    "feicheng": _row(articles=P),  # 修订版 changes nothing; 11-07's article before the week: 4
    "ningyang": _row(plan=L, column_url=L, contact=L, statistics=P),  # arrived 11-05 20:15; 0 bytes
    "dongping": _row(contact=M),  # no liaison ever; the same two articles to both boxes: 6
    "gaoxin": _row(column_url=L, articles=P, summary=M, statistics=M),  # column 11-06; 3 articles
    "tzy": _row(summary=L, statistics=L),  # sent 17:59:36, taken in 18:02:10
    "tsvtc": _row(column_url=L),  # 专栏正在建设, the address 11-06; .docx + .pdf once: 5
    "sdfzxy": _row(plan=L, column_url=L, contact=L),  # 10:04 +0000 = 18:04; a good table 17:20
    "lmkj": _row(articles=P, summary=L, statistics=L),  # 6 files, 4 articles; 18:20
    "tshl": _row(),  # a PC a day ahead; by arrival everything on time
    "tajsxy": _row(),  # all to the 人社局, the plan at 17:59:50
    "dyzj": _row(plan=L, column_url=L, statistics=M),  # liaison alone on time; no table
    "xtzz": _row(statistics=P),  # truncated twice
    "fczz": _row(),  # email 17:40; two pre-week articles not counted, five in the week
    "nyzz": _row(contact=L, articles=L),  # 职务 11-06; the fifth 11-15 00:07
    "dpzj": _row(column_url=M),  # no address ever; table two days after the summary, on time
    "jtzz": _row(),  # 00:04 on 11-08 and 23:52 on 11-14 both inside the week
    "tsqzz": _row(articles=P, statistics=L),  # 7 files, 4 articles; table 20:05
}
