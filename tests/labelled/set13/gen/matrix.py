"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set13), written unit
by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # its 通知 to its schools is the plan; a 简报 of three, then two
    "dyq": _row(),  # the locked summary at 10:05, the open copy at 16:40 (before 18:00)
    "xintai": _row(),  # liaison in the plan's end table; the stamped scan beside the Word file
    "feicheng": _row(statistics=P),  # its table has an open password; never resent
    "ningyang": _row(plan=L),  # a phone scan on 11-04, the Word copy on 11-06
    "dongping": _row(),  # table on the second sheet after a cover
    "gaoxin": _row(statistics=L),  # truncated xlsx 11-16, an HTML .xls on 11-17
    "tzy": _row(),  # plan title only in a text box, file named 附件
    "tsvtc": _row(),  # the truncated 简报 of four resent next morning, then one more
    "sdfzxy": _row(),  # summary title only in the page header
    "lmkj": _row(summary=L),  # a 0-byte summary at 17:52, the real one 11-17
    "tshl": _row(),  # an HTML page as .doc is its plan
    "tajsxy": _row(),  # to the 人社局 box; table named .et
    "dyzj": _row(),  # the plan is an xlsx 日程安排表
    "xtzz": _row(),  # a docx named .wps
    "fczz": _row(),  # the statistics only as a Calc PDF
    "nyzz": _row(),  # columns in another order, 合计 row
    "dpzj": _row(summary=P, statistics=P),  # both inside a password zip
    "jtzz": _row(),  # a PDF with an open password replaced the same afternoon
    "tsqzz": _row(statistics=P),  # a truncated article resent; the table only as a scan
}
