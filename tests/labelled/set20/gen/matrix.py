"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set20), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # 3 under 一二三 + 1 + a WeChat link; the zip's two are tsqzz's
    "dyq": _row(),  # 稿件1/2, a body article, one more, its 更正版 (once), a news page 11-14
    "xintai": _row(),  # its own 1 + 1.docx + 2.docx + a news page + 1; two bundled are xtzz's
    "feicheng": _row(statistics=L),  # five in a zip; the table on 11-17
    "ningyang": _row(articles=P),  # three, then a 简报 of the same three
    "dongping": _row(articles=L),  # 1 + link + 2 by 11-12; the fifth on 11-15 (no text)
    "gaoxin": _row(articles=P, statistics=M),  # one, its 修改稿, a body article; no table
    "tzy": _row(),
    "tsvtc": _row(),  # four in a zip with photos + a WeChat link
    "sdfzxy": _row(),  # two body articles with cid: pictures + three files
    "lmkj": _row(plan=L, column_url=L, contact=L),  # all on 11-06; 一二三四 + a news page
    "tshl": _row(articles=P),  # six files, four articles (更正版, 修改稿)
    "tajsxy": _row(),  # to the 人社局 mailbox
    "dyzj": _row(),  # two WeChat links, a news page, two files
    "xtzz": _row(articles=P),  # two via xintai, one file, one body article, a resend of the first
    "fczz": _row(),  # three 新建 Microsoft Word 文档 files, three articles; two in 稿件.docx
    "nyzz": _row(),  # three files with IMG_ photos, a plain body article, a WeChat link
    "dpzj": _row(),  # two via dongping, one file, a 修改稿 (once), a WeChat link
    "jtzz": _row(contact=P),  # no email; 稿件1-3 in one file, two in a mail with no text
    "tsqzz": _row(),  # a news page, two via taishan's zip, two files
}
