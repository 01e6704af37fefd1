"""The matrix as a person at 市教育局职成高教科 decides it at 2020-11-17 12:00 (set16), written
unit by unit from what each story sends (not computed)."""

from __future__ import annotations

C, L, P, M = "complete", "late", "partial", "missing"
REQS = ("plan", "column_url", "contact", "articles", "summary", "statistics")


def _row(**exceptions: str) -> dict[str, str]:
    return {r: exceptions.get(r, C) for r in REQS}


MATRIX: dict[str, dict[str, str]] = {
    "taishan": _row(),  # slides PDF plan; 3 WeChat links with titles, a 美篇, a county-site page
    "daiyue": _row(column_url=L, statistics=L),  # WeChat 11-03, site 11-07; photo, then xlsx 11-17
    "xintai": _row(),  # pptx plan; full-width URL colon and digits; .wps/.et
    "feicheng": _row(),  # plan named 20201102.docx; URL followed by 。; a 抖音 video counts
    "ningyang": _row(column_url=P, statistics=P),  # QR code only; the table only as a screenshot
    "dongping": _row(articles=L),  # 135 body, county-site page, two long WeChat links; 5th 11-15
    "gaoxin": _row(column_url=P, articles=P, statistics=L),  # 视频号 only; 3 links; table 11-17
    "tzy": _row(),  # site plus WeChat; liaison in the plan's table
    "tsvtc": _row(),  # slides PDF; 秀米 body with an inline picture
    "sdfzxy": _row(),  # five 美篇 links; full-width mobile; .wps/.et
    "lmkj": _row(plan=L, column_url=L, contact=L, articles=P, statistics=P),  # 11-06; photo only
    "tshl": _row(),  # the 135 article only in the HTML part (stub plain part)
    "tajsxy": _row(),  # to the 人社局; files 01–05
    "dyzj": _row(),  # site and QR; fifth link from the liaison's QQ box
    "xtzz": _row(),  # links only as HTML anchors; screenshot then xlsx before 18:00
    "fczz": _row(column_url=P, articles=P),  # WeChat account only; 秀米 body + 3 files
    "nyzz": _row(),  # NeoMutt; column only in the PDF plan and by pointer in the mail
    "dpzj": _row(summary=L, statistics=L),  # two 抖音 videos and three WeChat links count
    "jtzz": _row(),  # .wps plan and summary, .et table
    "tsqzz": _row(),  # files named by numbers
}
