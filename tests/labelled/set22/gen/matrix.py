"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set22), written
unit by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # liaison once after the 领导小组 table
    "dyq": _row(),  # the 联络员 row of a contact table
    "xintai": _row(),  # 联络员补报 11-05 09:40, before the due time
    "feicheng": _row(),  # 联络员变更 11-10: the first liaison was complete in time
    "ningyang": _row(),  # the mobile corrected 11-05; complete with the first mail
    "dongping": _row(articles=P),  # four articles; the plan mail twice (To + Cc)
    "gaoxin": _row(column_url=L),  # the column 11-07
    "tzy": _row(),  # the liaison inside the 领导小组 paragraph
    "tsvtc": _row(summary=L),  # summary 11-17
    "sdfzxy": _row(),
    "lmkj": _row(statistics=M),  # never sent its table
    "tshl": _row(contact=L),  # 联络员补报 11-06
    "tajsxy": _row(),  # all to the 人社局 mailbox
    "dyzj": _row(),
    "xtzz": _row(plan=L, column_url=L, contact=L),  # 11-05 19:30
    "fczz": _row(contact=L),  # no mobile until the 11-09 变更
    "nyzz": _row(),  # 请与王建华主任联系 as its contact
    "dpzj": _row(),
    "jtzz": _row(contact=L),  # email only in the 11-16 填表人（联络员） line
    "tsqzz": _row(),
}
